package io.sentinelforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StableGuidTest {

  @Test
  void matchesTheRfc4122Version5Example() {
    // RFC 4122 errata / Python uuid.uuid5(NAMESPACE_DNS, "python.org")
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertEquals(
        "886313e1-3b8a-5372-9b90-0c9aee199e5d", StableGuid.nameBased(dns, "python.org").toString());
  }

  @Test
  void dependsOnKindAndId() {
    String id = "011c84d8-85f0-4370-b864-24c13455aa94";
    assertEquals(StableGuid.of("analytic-rule", id), StableGuid.of("analytic-rule", id));
    assertNotEquals(StableGuid.of("analytic-rule", id), StableGuid.of("hunting-query", id));
    assertEquals(5, UUID.fromString(StableGuid.of("analytic-rule", id)).version());
  }
}
