package io.github.kinerja.json.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.github.kinerja.core.testing.PackageInfos.packagesWithoutNonnullDefault;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.testing.ExcludeTestClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules of the json-io module.
 */
@AnalyzeClasses(packages = "io.github.kinerja.json", importOptions = ExcludeTestClasses.class)
class JsonArchitectureTest {

    @ArchTest
    static final ArchRule json_does_not_depend_on_excel_or_examples = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.github.kinerja.excel..", "org.apache.poi..", "io.github.kinerja.examples..")
            .because("the adapters are independent of each other and nothing depends on the examples");

    @ArchTest
    static final ArchRule json_uses_only_the_public_core_api = noClasses()
            .should().dependOnClassesThat().resideInAPackage("io.github.kinerja.core..internal..")
            .because("core's internal packages may change in any release");

    @ArchTest
    static final ArchRule no_logging = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.slf4j..", "org.apache.logging..", "org.apache.commons.logging..", "ch.qos.logback..")
            .because("library modules log nothing; warnings belong in a result's report");

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_standard_streams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("only the examples module prints");

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("io.github.kinerja.json.(**)")
            .should().beFreeOfCycles();

    @Test
    void packages_declareNonnullDefault() {
        assertThat(packagesWithoutNonnullDefault(Paths.get("src/main/java"))).isEmpty();
        assertThat(packagesWithoutNonnullDefault(Paths.get("src/test/java"))).isEmpty();
    }
}
