package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.ContentItem;
import io.sentinelforge.content.ContentSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Rule 20: no two rules or hunting queries share an id (GUIDs compare without case). */
public final class DuplicateIdCheck implements ProjectCheck {

  @Override
  public void check(ContentSet content, Findings findings) {
    Map<String, ContentItem> seen = new HashMap<>();
    for (ContentItem item : content.items()) {
      if (item.id() == null) {
        continue;
      }
      String key = item.id().trim().toLowerCase(Locale.ROOT);
      ContentItem first = seen.putIfAbsent(key, item);
      if (first != null) {
        findings.error(
            ContentCodes.DUPLICATE_ID,
            "id "
                + item.id()
                + " is also used by "
                + first.source().file()
                + "; ids must be"
                + " unique",
            item.source().span("id"));
      }
    }
  }
}
