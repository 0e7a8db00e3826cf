package io.sentinelforge.content;

/**
 * An Azure role the playbook's managed identity receives.
 *
 * @param role the role's name, e.g. {@code Microsoft Sentinel Responder}
 * @param roleDefinitionId the built-in role definition GUID
 * @param scope {@code resourceGroup} (the deployment's) or {@code subscription}
 */
public record RoleGrant(String role, String roleDefinitionId, String scope) {}
