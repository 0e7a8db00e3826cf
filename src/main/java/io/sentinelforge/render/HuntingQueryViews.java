package io.sentinelforge.render;

import io.sentinelforge.content.HuntingQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a hunting query to a saved search: description, tactics and techniques become the tags
 * Sentinel's hunting blade reads.
 */
public final class HuntingQueryViews {

  private HuntingQueryViews() {}

  /** The view of a hunting query that passed validation. */
  public static HuntingQueryView of(HuntingQuery query, RenderSettings settings) {
    List<NameValue> tags = new ArrayList<>();
    if (query.description() != null) {
      tags.add(NameValue.of("description", SentinelText.description(query.description())));
    }
    if (!query.tactics().isEmpty()) {
      tags.add(NameValue.of("tactics", String.join(",", query.tactics())));
    }
    if (!query.relevantTechniques().isEmpty()) {
      tags.add(NameValue.of("techniques", String.join(",", query.relevantTechniques())));
    }
    return new HuntingQueryView(
        StableGuid.of("hunting-query", query.id()),
        JsonText.quote(settings.savedSearchesApiVersion()),
        JsonText.quote(SentinelText.contentVersion(query.version())),
        JsonText.literal(query.name()),
        JsonText.literal(query.query().text()),
        tags);
  }
}
