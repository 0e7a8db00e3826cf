<#-- Shared pieces of every Sentinel Forge ARM template. Every ${...} value arrives as a finished
     JSON literal from the view model (escaped, ARM-safe), so nothing here escapes or defaults. -->
<#macro stringList values indent>
<#if values?has_content>[
<#list values as value>
${""?left_pad(indent + 2)}${value}<#sep>,</#sep>
</#list>
${""?left_pad(indent)}]<#else>[]</#if></#macro>

<#macro alertRule rule>
    {
      "type": "Microsoft.OperationalInsights/workspaces/providers/alertRules",
      "apiVersion": ${rule.apiVersion},
      "name": "[concat(parameters('workspace'), '/Microsoft.SecurityInsights/', '${rule.resourceName}')]",
      "kind": ${rule.kind},
      "properties": {
        "description": ${rule.description},
        "displayName": ${rule.displayName},
        "enabled": ${rule.enabled},
        "query": ${rule.query},
<#if rule.scheduled>
        "queryFrequency": ${rule.queryFrequency},
        "queryPeriod": ${rule.queryPeriod},
</#if>
        "severity": ${rule.severity},
        "suppressionDuration": ${rule.suppressionDuration},
        "suppressionEnabled": ${rule.suppressionEnabled},
<#if rule.scheduled>
        "triggerOperator": ${rule.triggerOperator},
        "triggerThreshold": ${rule.triggerThreshold},
</#if>
<#if rule.tactics?has_content>
        "tactics": <@stringList rule.tactics 8/>,
</#if>
<#if rule.techniques?has_content>
        "techniques": <@stringList rule.techniques 8/>,
</#if>
<#if rule.subTechniques?has_content>
        "subTechniques": <@stringList rule.subTechniques 8/>,
</#if>
<#if rule.entityMappings?has_content>
        "entityMappings": [
<#list rule.entityMappings as mapping>
          {
            "entityType": ${mapping.entityType},
            "fieldMappings": [
<#list mapping.fieldMappings as field>
              {
                "columnName": ${field.columnName},
                "identifier": ${field.identifier}
              }<#sep>,</#sep>
</#list>
            ]
          }<#sep>,</#sep>
</#list>
        ],
</#if>
<#if rule.customDetails?has_content>
        "customDetails": {
<#list rule.customDetails as detail>
          ${detail.name}: ${detail.value}<#sep>,</#sep>
</#list>
        },
</#if>
<#if rule.alertDetailsOverride??>
<#assign override = rule.alertDetailsOverride>
        "alertDetailsOverride": {
<#list override.fields as field>
          ${field.name}: ${field.value}<#if field?has_next || override.dynamicProperties?has_content>,</#if>
</#list>
<#if override.dynamicProperties?has_content>
          "alertDynamicProperties": [
<#list override.dynamicProperties as property>
            {
              "alertProperty": ${property.name},
              "value": ${property.value}
            }<#sep>,</#sep>
</#list>
          ]
</#if>
        },
</#if>
<#if rule.eventGrouping??>
        "eventGroupingSettings": {
          "aggregationKind": ${rule.eventGrouping}
        },
</#if>
<#assign incident = rule.incidentConfiguration>
        "incidentConfiguration": {
          "createIncident": ${incident.createIncident},
          "groupingConfiguration": {
            "enabled": ${incident.groupingEnabled},
            "reopenClosedIncident": ${incident.reopenClosedIncident},
            "lookbackDuration": ${incident.lookbackDuration},
            "matchingMethod": ${incident.matchingMethod},
            "groupByEntities": <@stringList incident.groupByEntities 12/>,
            "groupByAlertDetails": <@stringList incident.groupByAlertDetails 12/>,
            "groupByCustomDetails": <@stringList incident.groupByCustomDetails 12/>
          }
        }
      }
    }</#macro>

<#macro savedSearch hunting>
    {
      "type": "Microsoft.OperationalInsights/workspaces/savedSearches",
      "apiVersion": ${hunting.apiVersion},
      "name": "[concat(parameters('workspace'), '/${hunting.resourceName}')]",
      "properties": {
        "category": "Hunting Queries",
        "displayName": ${hunting.displayName},
        "query": ${hunting.query},
        "version": 2,
        "tags": [
<#list hunting.tags as tag>
          {
            "name": ${tag.name},
            "value": ${tag.value}
          }<#sep>,</#sep>
</#list>
        ]
      }
    }</#macro>

<#macro workspaceParameter>
    "workspace": {
      "type": "string",
      "metadata": {
        "description": "Name of the Log Analytics workspace where Microsoft Sentinel is enabled"
      }
    }</#macro>

<#macro templateStart contentVersion>
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": ${contentVersion},
</#macro>

<#macro locationParameter>
    "location": {
      "type": "string",
      "defaultValue": "[resourceGroup().location]",
      "metadata": {
        "description": "Azure region of the workbooks, playbooks and their connections"
      }
    }</#macro>

<#macro workbook workbook>
    {
      "type": "Microsoft.Insights/workbooks",
      "apiVersion": ${workbook.apiVersion},
      "name": "${workbook.resourceName}",
      "location": "[parameters('location')]",
      "kind": "shared",
      "properties": {
        "displayName": ${workbook.displayName},
        "description": ${workbook.description},
        "serializedData": ${workbook.serializedData},
        "version": "1.0",
        "sourceId": "[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspace'))]",
        "category": "sentinel"
      }
    }</#macro>

<#macro playbook playbook>
<#list playbook.connections as connection>
    {
      "type": "Microsoft.Web/connections",
      "apiVersion": ${playbook.connectionsApiVersion},
      "name": "${connection.name}",
      "location": "[parameters('location')]",
      "kind": "V1",
      "properties": {
        "displayName": "${connection.name}",
        "customParameterValues": {},
        "parameterValueType": "Alternative",
        "api": {
          "id": "[concat('/subscriptions/', subscription().subscriptionId, '/providers/Microsoft.Web/locations/', parameters('location'), '/managedApis/${connection.api}')]"
        }
      }
    },
</#list>
    {
      "type": "Microsoft.Logic/workflows",
      "apiVersion": ${playbook.logicAppsApiVersion},
      "name": "${playbook.name}",
      "location": "[parameters('location')]",
      "identity": {
        "type": "SystemAssigned"
      },
      "tags": {
        "hidden-SentinelTemplateName": "${playbook.name}",
        "hidden-SentinelTemplateVersion": "1.0"
      },
      "dependsOn": [
<#list playbook.connections as connection>
        "[resourceId('Microsoft.Web/connections', '${connection.name}')]"<#sep>,</#sep>
</#list>
      ],
      "properties": {
        "state": ${playbook.state},
        "definition": {
          "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "$connections": {
              "defaultValue": {},
              "type": "Object"
            }<#list playbook.parameters as parameter>,
            ${parameter.name}: {
              "type": "String"
            }</#list>
          },
          "triggers": ${playbook.triggers},
          "actions": ${playbook.actions},
          "outputs": {}
        },
        "parameters": {
          "$connections": {
            "value": {
<#list playbook.connections as connection>
              "${connection.api}": {
                "connectionId": "[resourceId('Microsoft.Web/connections', '${connection.name}')]",
                "connectionName": "${connection.name}",
                "id": "[concat('/subscriptions/', subscription().subscriptionId, '/providers/Microsoft.Web/locations/', parameters('location'), '/managedApis/${connection.api}')]",
                "connectionProperties": {
                  "authentication": {
                    "type": "ManagedServiceIdentity"
                  }
                }
              }<#sep>,</#sep>
</#list>
            }
          }<#list playbook.parameters as parameter>,
          ${parameter.name}: {
            "value": ${parameter.value}
          }</#list>
        }
      }
    }<#list playbook.roles as role>,
<#if role.subscriptionScope>
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "${role.deploymentName}",
      "subscriptionId": "[subscription().subscriptionId]",
      "location": "[parameters('location')]",
      "dependsOn": [
        "[resourceId('Microsoft.Logic/workflows', '${playbook.name}')]"
      ],
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": {
          "scope": "inner"
        },
        "parameters": {
          "principalId": {
            "value": ${playbook.principalId}
          }
        },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "principalId": {
              "type": "string"
            }
          },
          "resources": [
            {
              "type": "Microsoft.Authorization/roleAssignments",
              "apiVersion": "2022-04-01",
              "name": "[guid(subscription().id, parameters('principalId'), '${role.roleDefinitionId}')]",
              "properties": {
                "description": ${role.roleName},
                "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${role.roleDefinitionId}')]",
                "principalId": "[parameters('principalId')]",
                "principalType": "ServicePrincipal"
              }
            }
          ]
        }
      }
    }<#else><#rt>
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "name": "[guid(resourceGroup().id, '${role.assignmentSeed}')]",
      "dependsOn": [
        "[resourceId('Microsoft.Logic/workflows', '${playbook.name}')]"
      ],
      "properties": {
        "description": ${role.roleName},
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${role.roleDefinitionId}')]",
        "principalId": ${playbook.principalId},
        "principalType": "ServicePrincipal"
      }
    }</#if></#list></#macro>

<#macro automationRule rule>
    {
      "type": "Microsoft.OperationalInsights/workspaces/providers/automationRules",
      "apiVersion": ${rule.apiVersion},
      "name": "[concat(parameters('workspace'), '/Microsoft.SecurityInsights/', '${rule.resourceName}')]",
<#if rule.dependsOn?has_content>
      "dependsOn": <@stringList rule.dependsOn 6/>,
</#if>
      "properties": {
        "displayName": ${rule.displayName},
        "order": ${rule.order},
        "triggeringLogic": {
          "isEnabled": ${rule.enabled},
<#if rule.expires??>
          "expirationTimeUtc": ${rule.expires},
</#if>
          "triggersOn": ${rule.triggersOn},
          "triggersWhen": ${rule.triggersWhen},
          "conditions": [
<#list rule.conditions as condition>
            {
              "conditionType": "Property",
              "conditionProperties": {
                "propertyName": ${condition.propertyName},
                "operator": ${condition.operator},
                "propertyValues": <@stringList condition.propertyValues 16/>
              }
            }<#sep>,</#sep>
</#list>
          ]
        },
        "actions": [
<#list rule.actions as action>
          {
            "order": ${action.order},
            "actionType": ${action.actionType},
            "actionConfiguration": ${action.configuration}
          }<#sep>,</#sep>
</#list>
        ]
      }
    }</#macro>
