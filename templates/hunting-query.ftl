<#-- One hunting query as a Log Analytics saved search, standalone deployable. -->
<#import "arm.ftl" as arm>
<@arm.templateStart hunting.contentVersion/>
  "parameters": {
<@arm.workspaceParameter/>

  },
  "resources": [
<@arm.savedSearch hunting/>

  ]
}
