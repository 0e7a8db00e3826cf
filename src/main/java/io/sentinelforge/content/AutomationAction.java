package io.sentinelforge.content;

import java.util.List;

/** One action of an automation rule. */
public sealed interface AutomationAction
    permits AutomationAction.RunPlaybook, AutomationAction.ModifyIncident {

  /** Dispatches on the action kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method per action kind. */
  interface Visitor<R> {
    /** A playbook run. */
    R visitRunPlaybook(RunPlaybook action);

    /** A change of incident properties. */
    R visitModifyIncident(ModifyIncident action);
  }

  /**
   * Runs a playbook of the pack.
   *
   * @param playbook the playbook's {@code name} (its Logic App name)
   */
  record RunPlaybook(String playbook) implements AutomationAction {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRunPlaybook(this);
    }
  }

  /**
   * Changes incident properties; absent fields stay as they are.
   *
   * @param status New, Active or Closed
   * @param classification for Closed: BenignPositive, TruePositive, FalsePositive, Undetermined
   * @param classificationReason e.g. SuspiciousButExpected
   * @param classificationComment free text
   * @param severity Informational, Low, Medium or High
   * @param ownerObjectId the new owner's Entra object id
   * @param labels tags to add
   */
  record ModifyIncident(
      String status,
      String classification,
      String classificationReason,
      String classificationComment,
      String severity,
      String ownerObjectId,
      List<String> labels)
      implements AutomationAction {

    /** Copies the list. */
    public ModifyIncident {
      labels = List.copyOf(labels);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitModifyIncident(this);
    }
  }
}
