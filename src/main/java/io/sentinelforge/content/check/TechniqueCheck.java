package io.sentinelforge.content.check;

import com.google.re2j.Pattern;
import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.yaml.YamlScalar;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules 14–15: each technique is {@code T####} or {@code T####.###}, and (for analytics rules) at
 * least one of the tactics it belongs to is listed in {@code tactics}. The repository's stored
 * versions disagree between "any" and "all"; real rules only satisfy "any", so that is the rule.
 */
public final class TechniqueCheck implements FileCheck {

  private static final Pattern FORMAT = Pattern.compile("^T\\d{4}(\\.\\d{3})?$");

  @Override
  public void check(CheckTarget target, Findings findings) {
    if (!target.hasItem()) {
      return;
    }
    List<String> tactics = target.scalarItems("tactics").stream().map(YamlScalar::value).toList();
    for (YamlScalar technique : target.scalarItems("relevantTechniques")) {
      String id = technique.value();
      if (!FORMAT.matcher(id).matches()) {
        findings.error(
            ContentCodes.TECHNIQUE_FORMAT,
            "technique '" + id + "' must look like T1234 or T1234.001",
            technique.span());
      } else if (target.rule().isPresent()) {
        checkTactic(id, tactics, technique, findings);
      }
    }
  }

  private static void checkTactic(
      String id, List<String> tactics, YamlScalar technique, Findings findings) {
    Set<String> expected = MitreCatalogue.tacticsOf(id);
    if (expected.isEmpty()) {
      findings.error(
          ContentCodes.TECHNIQUE_TACTIC,
          "technique " + id + " is not in Sentinel's technique table, so no tactic can match it",
          technique.span());
    } else if (expected.stream().noneMatch(tactics::contains)) {
      findings.error(
          ContentCodes.TECHNIQUE_TACTIC,
          "technique "
              + id
              + " belongs to "
              + String.join(", ", new TreeSet<>(expected))
              + " but tactics lists none of them",
          technique.span());
    }
  }
}
