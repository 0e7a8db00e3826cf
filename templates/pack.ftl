<#-- The whole content pack in one deployable template: every resource of every per-item template. -->
<#import "arm.ftl" as arm>
<@arm.templateStart pack.contentVersion/>
  "parameters": {
<@arm.workspaceParameter/><#if pack.needsLocation>,
<@arm.locationParameter/></#if>

  },
  "resources": [
<#list pack.resources as resource>
<#assign resourceMacro = arm[resource.macro]>
<@resourceMacro resource.view/><#sep>,</#sep>
</#list>
  ]
}
