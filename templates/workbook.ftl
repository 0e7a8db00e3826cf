<#-- One workbook as a standalone deployable ARM template. -->
<#import "arm.ftl" as arm>
<@arm.templateStart "\"1.0.0.0\""/>
  "parameters": {
<@arm.workspaceParameter/>,
<@arm.locationParameter/>

  },
  "resources": [
<@arm.workbook workbook/>

  ]
}
