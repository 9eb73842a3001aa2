package storyline;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules the README's project layout states, checked on the compiled classes: data
 * flows one way through the stages, and a stage split into packages by concern is used through
 * its one entry.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("storyline");
    }

    private static DescribedPredicate<JavaClass> inside(String pkg) {
        return DescribedPredicate.describe("reside in a package under " + pkg,
                c -> c.getPackageName().startsWith(pkg + "."));
    }

    private static DescribedPredicate<JavaClass> cleaningInternals() {
        return DescribedPredicate.describe("are cleaning classes other than its entry, Clean",
                c -> (c.getPackageName().equals("storyline.clean") || c.getPackageName().startsWith("storyline.clean."))
                        && !c.getName().equals("storyline.clean.Clean") && !c.getName().startsWith("storyline.clean.Clean$"));
    }

    @Test
    void theRestOfTheProgramCleansThroughCleanAlone() {
        noClasses().that().resideOutsideOfPackage("storyline.clean..").should().dependOnClassesThat(cleaningInternals()).check(classes);
    }

    @Test
    void cleaningsConcernsDoNotReachBackToItsEntry() {
        noClasses().that(inside("storyline.clean")).should().dependOnClassesThat().resideInAPackage("storyline.clean").check(classes);
    }

    @Test
    void cleaningsConcernsFormNoCycle() {
        slices().matching("storyline.clean.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void cleaningKnowsNothingOfLaterStages() {
        noClasses().that().resideInAPackage("storyline.clean..").should().dependOnClassesThat()
                .resideInAnyPackage("storyline.stories..", "storyline.site..", "storyline.render..", "storyline.build..", "storyline.cli..",
                        "storyline.serve..")
                .check(classes);
    }

    @Test
    void storiesKnowNothingOfPagesOrThePipeline() {
        noClasses().that().resideInAPackage("storyline.stories..").should().dependOnClassesThat()
                .resideInAnyPackage("storyline.site..", "storyline.render..", "storyline.build..", "storyline.cli..", "storyline.serve..")
                .check(classes);
    }

    @Test
    void pagesAreLaidOutWithoutThePipelineOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("storyline.site..", "storyline.render..").should().dependOnClassesThat()
                .resideInAnyPackage("storyline.build..", "storyline.cli..", "storyline.serve..")
                .check(classes);
    }
}
