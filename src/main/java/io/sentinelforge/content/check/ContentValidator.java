package io.sentinelforge.content.check;

import io.sentinelforge.content.ContentCodes;
import io.sentinelforge.content.ContentSet;
import io.sentinelforge.content.LoadedFile;
import io.sentinelforge.diag.Diagnostic;
import io.sentinelforge.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the structure and content checks over loaded content. A check that fails on unexpected input
 * yields an {@code SF199} diagnostic instead of aborting the run.
 */
public final class ContentValidator {

  private final List<FileCheck> fileChecks;
  private final List<ProjectCheck> projectChecks;

  /** A validator with the given checks. */
  public ContentValidator(List<FileCheck> fileChecks, List<ProjectCheck> projectChecks) {
    this.fileChecks = List.copyOf(fileChecks);
    this.projectChecks = List.copyOf(projectChecks);
  }

  /** Every check of sentinel-formats.md §1.4 plus the YAML structure checks. */
  public static ContentValidator standard(List<String> extraConnectorIds) {
    return new ContentValidator(
        List.of(
            new MigrationStubCheck(),
            new DuplicateKeyCheck(),
            new StructureCheck(),
            new MisplacedMetadataCheck(),
            new RequiredFieldCheck(),
            new KindCheck(),
            new IdCheck(),
            new LengthCheck(),
            new SeverityCheck(),
            new DataConnectorCheck(extraConnectorIds),
            new ScheduleCheck(),
            new TriggerCheck(),
            new EntityMappingCountCheck(),
            new EntityIdentifierCheck(),
            new ColumnNameCheck(),
            new LegacyEntityColumnCheck(),
            new CustomDetailsCheck(),
            new TacticCheck(),
            new TechniqueCheck(),
            new AlertDetailsOverrideCheck(),
            new EventGroupingCheck(),
            new VersionCheck()),
        List.of(new DuplicateIdCheck(), new DuplicateFileNameCheck()));
  }

  /** Load diagnostics plus the findings of every check, in check order. */
  public List<Diagnostic> validate(ContentSet content) {
    Findings findings = new Findings();
    for (LoadedFile file : content.files()) {
      file.diagnostics().forEach(findings::add);
      file.source()
          .ifPresent(
              source -> {
                CheckTarget target = new CheckTarget(source, file.role(), file.item());
                for (FileCheck check : fileChecks) {
                  guarded(check, file.file(), findings, () -> check.check(target, findings));
                }
              });
    }
    for (ProjectCheck check : projectChecks) {
      guarded(check, "<project>", findings, () -> check.check(content, findings));
    }
    return findings.all();
  }

  private static void guarded(Object check, String file, Findings findings, Runnable run) {
    try {
      run.run();
    } catch (RuntimeException bug) {
      findings.error(
          ContentCodes.INTERNAL_CHECK_ERROR,
          "internal error in "
              + check.getClass().getSimpleName()
              + ": "
              + bug
              + " (please report this)",
          SourceSpan.at(file, 1, 1));
    }
  }

  /** The number of file checks (for documentation and tests). */
  public List<String> checkNames() {
    List<String> names = new ArrayList<>();
    fileChecks.forEach(c -> names.add(c.getClass().getSimpleName()));
    projectChecks.forEach(c -> names.add(c.getClass().getSimpleName()));
    return names;
  }
}
