package io.sentinelforge.content;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Azure built-in roles a playbook commonly needs, by name (ids are the same in every tenant). */
public final class BuiltInRoles {

  private static final Map<String, String> IDS = new TreeMap<>();

  static {
    IDS.put("Microsoft Sentinel Responder", "3e150937-b8fe-4cfb-8069-0eaf05ecd056");
    IDS.put("Microsoft Sentinel Reader", "8d289c81-5878-46d4-8554-54e1e3d8b5cb");
    IDS.put("Microsoft Sentinel Contributor", "ab8e14d6-4a74-4a29-9ba8-549422addade");
    IDS.put("Microsoft Sentinel Automation Contributor", "f4c81013-99ee-4d62-a7ee-b3f1f648599a");
    IDS.put("Security Admin", "fb1c8493-542b-48eb-b624-b4c8fea62acd");
    IDS.put("Security Reader", "39bc4728-0917-49c7-9d2c-d95423bc2eb4");
    IDS.put("Log Analytics Reader", "73c42c96-874c-492b-b04d-ab87d138a893");
  }

  private BuiltInRoles() {}

  /** The role definition id of a built-in role name. */
  public static Optional<String> id(String name) {
    return Optional.ofNullable(IDS.get(name));
  }

  /** The names we know, for messages. */
  public static String names() {
    return String.join(", ", IDS.keySet());
  }
}
