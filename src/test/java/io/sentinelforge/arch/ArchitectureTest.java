package io.sentinelforge.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the one-way package dependencies of DESIGN.md. */
class ArchitectureTest {

  private static final String ROOT = "io.sentinelforge";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void nothingImportsTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheCliImportsTheApplicationLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".app..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void diagnosticsDependOnNothingOfOurs() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".diag..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(ROOT + ".diag..", "java..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void antlrOnlyInTheSyntaxPackage() {
    onlyInside("org.antlr..", ROOT + ".kql.syntax..");
  }

  @Test
  void freemarkerOnlyInRender() {
    onlyInside("freemarker..", ROOT + ".render..");
  }

  @Test
  void azureOnlyInLiveAzure() {
    onlyInside("com.azure..", ROOT + ".live.azure..");
  }

  @Test
  void picocliOnlyInTheCli() {
    onlyInside("picocli..", ROOT + ".cli..");
  }

  @Test
  void domainPackagesDoNotDependOnOrchestration() {
    noClasses()
        .that()
        .resideInAnyPackage(
            ROOT + ".content..",
            ROOT + ".kql..",
            ROOT + ".eval..",
            ROOT + ".verify..",
            ROOT + ".render..",
            ROOT + ".live..",
            ROOT + ".report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".app..", ROOT + ".cli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void syntaxDoesNotDependOnLaterPhases() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".kql.syntax..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".kql.semantic..",
            ROOT + ".kql.lint..",
            ROOT + ".eval..",
            ROOT + ".verify..",
            ROOT + ".content..")
        .allowEmptyShould(true)
        .check(classes);
  }

  private static void onlyInside(String library, String allowedPackage) {
    noClasses()
        .that()
        .resideOutsideOfPackage(allowedPackage)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(library)
        .allowEmptyShould(true)
        .check(classes);
  }
}
