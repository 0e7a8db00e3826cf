<#-- One playbook (API connections, Logic App, role assignments) as a standalone deployable ARM template. -->
<#import "arm.ftl" as arm>
<@arm.templateStart "\"1.0.0.0\""/>
  "metadata": {
    "title": ${playbook.displayName},
    "description": ${playbook.description}
  },
  "parameters": {
<@arm.workspaceParameter/>,
<@arm.locationParameter/>

  },
  "resources": [
<@arm.playbook playbook/>

  ]
}
