package io.sentinelforge.render;

import java.util.List;

/**
 * What {@code arm.ftl}'s {@code playbook} macro prints: the API connections, the Logic App and the
 * role assignments of its managed identity.
 *
 * @param name the Logic App name (plain; letters, digits and {@code -_.()} only)
 * @param displayName quoted name
 * @param description quoted description
 * @param logicAppsApiVersion quoted
 * @param connectionsApiVersion quoted
 * @param state quoted Enabled/Disabled
 * @param connections the API connections
 * @param parameters workflow parameters and the ARM expression each gets
 * @param triggers the definition's {@code triggers} as indented JSON text
 * @param actions the definition's {@code actions} as indented JSON text
 * @param roles role assignments
 * @param principalId quoted ARM expression of the Logic App identity's principal id
 */
public record PlaybookView(
    String name,
    String displayName,
    String description,
    String logicAppsApiVersion,
    String connectionsApiVersion,
    String state,
    List<Connection> connections,
    List<Parameter> parameters,
    String triggers,
    String actions,
    List<Role> roles,
    String principalId) {

  /**
   * A managed API connection authenticated by the Logic App's managed identity.
   *
   * @param name the connection resource name (plain)
   * @param api the managed API, e.g. {@code azuresentinel} (plain)
   */
  public record Connection(String name, String api) {}

  /**
   * A workflow parameter set at deployment.
   *
   * @param name quoted name
   * @param value quoted ARM expression
   */
  public record Parameter(String name, String value) {}

  /**
   * A role assignment for the Logic App's identity.
   *
   * @param roleName quoted role name (for the deployment name and readers)
   * @param roleDefinitionId the role definition GUID (plain)
   * @param subscriptionScope true for a subscription-wide assignment, else the resource group
   * @param deploymentName for subscription scope: the nested deployment's name (plain)
   * @param assignmentSeed plain text that makes the assignment's guid() unique
   */
  public record Role(
      String roleName,
      String roleDefinitionId,
      boolean subscriptionScope,
      String deploymentName,
      String assignmentSeed) {}
}
