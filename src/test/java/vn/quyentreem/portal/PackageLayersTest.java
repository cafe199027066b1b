package vn.quyentreem.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one statement of how the portal's packages may depend on one another. From the bottom up:
 * <ul>
 *   <li><b>toolkit</b>: the store and its change feed, platform helpers, the web toolkit of pages and the API,
 *       reading the content directory;</li>
 *   <li><b>services</b> that several features use: accounts, audit, mail, media, Markdown, guardian consent,
 *       judging and the publication core;</li>
 *   <li><b>features</b>, each in its own package; one may use another (a campaign lists articles), never in a
 *       circle;</li>
 *   <li><b>aggregators</b> that gather every feature: the sitemap and search.</li>
 * </ul>
 * A new package must be placed here, or the build fails: nothing lands outside the layering unnoticed.
 */
class PackageLayersTest {

    private static final String ROOT = "vn.quyentreem.portal";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..")
                .layer("toolkit").definedBy(packages("store", "changes", "platform", "site", "api", "content"))
                .layer("services").definedBy(packages("accounts", "audit", "mail", "media", "markdown", "consent",
                        "judging", "publishing"))
                .layer("features").definedBy(packages("articles", "campaigns", "club", "events", "library",
                        "contests", "awards"))
                .layer("aggregators").definedBy(packages("sitemap", "search"))
                .whereLayer("aggregators").mayNotBeAccessedByAnyLayer()
                .whereLayer("features").mayOnlyBeAccessedByLayers("aggregators")
                .whereLayer("services").mayOnlyBeAccessedByLayers("features", "aggregators")
                .ensureAllClassesAreContainedInArchitectureIgnoring(ROOT);
    }

    private static String[] packages(String... names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = ROOT + "." + names[i] + "..";
        }
        return packages;
    }

    @Test
    void everyPackageDependsOnlyOnTheLayersBelowIt() {
        layers().check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
