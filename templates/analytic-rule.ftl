<#-- One analytics rule (Scheduled or NRT) as a standalone deployable ARM template. -->
<#import "arm.ftl" as arm>
<@arm.templateStart rule.contentVersion/>
  "parameters": {
<@arm.workspaceParameter/>

  },
  "resources": [
<@arm.alertRule rule/>

  ]
}
