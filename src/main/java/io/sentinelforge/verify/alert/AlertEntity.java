package io.sentinelforge.verify.alert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An entity attached to a simulated alert: its type and identifier values (as text). */
public record AlertEntity(String type, Map<String, String> identifiers) {

  /** Keeps identifier order. */
  public AlertEntity {
    identifiers = Collections.unmodifiableMap(new LinkedHashMap<>(identifiers));
  }

  /** {@code Type.Identifier=value, …} for messages. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    identifiers.forEach(
        (identifier, value) -> {
          if (text.length() > 0) {
            text.append(", ");
          }
          text.append(type).append('.').append(identifier).append('=').append(value);
        });
    return text.toString();
  }
}
