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
