package io.github.kinerja.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import io.github.kinerja.core.testing.ExcludeTestClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Architecture rules of the core module: framework-free, silent, and free of package cycles.
 */
@AnalyzeClasses(packages = "io.github.kinerja.core", importOptions = ExcludeTestClasses.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_and_compile_only_annotations = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..",
                    "javax.annotation..",
                    "com.google.errorprone.annotations..",
                    "org.immutables.value..",
                    "io.github.kinerja.core..")
            .because("core is embedded in host systems of every kind and must not drag a framework into them");

    @ArchTest
    static final ArchRule core_does_not_depend_on_the_adapters_or_examples = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.github.kinerja.excel..", "io.github.kinerja.json..", "io.github.kinerja.examples..")
            .because("adapters depend on core, never the other way round");

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
    static final ArchRule generated_implementations_are_not_public = classes()
            .that().haveSimpleNameStartingWith("Immutable")
            .should().notBePublic()
            .because("the abstract value types, their factories and builders are the whole public API");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("io.github.kinerja.core.(**)")
            .should().beFreeOfCycles();
}
