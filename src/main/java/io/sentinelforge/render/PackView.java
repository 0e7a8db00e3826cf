package io.sentinelforge.render;

import java.util.List;

/**
 * The aggregate template's model: every resource of the pack, in a stable order.
 *
 * @param contentVersion quoted contentVersion
 * @param needsLocation whether some resource needs the {@code location} parameter
 * @param resources the resources, each printed by the {@code arm.ftl} macro it names
 */
public record PackView(String contentVersion, boolean needsLocation, List<Resource> resources) {

  /**
   * One resource of the pack.
   *
   * @param macro the {@code arm.ftl} macro that prints it ({@code alertRule}, {@code savedSearch}…)
   * @param view that macro's view model
   */
  public record Resource(String macro, Object view) {}
}
