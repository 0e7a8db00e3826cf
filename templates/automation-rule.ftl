<#-- One automation rule as a standalone deployable ARM template; the playbooks it runs are deployed by their own templates. -->
<#import "arm.ftl" as arm>
<@arm.templateStart "\"1.0.0.0\""/>
  "parameters": {
<@arm.workspaceParameter/>

  },
  "resources": [
<@arm.automationRule rule/>

  ]
}
