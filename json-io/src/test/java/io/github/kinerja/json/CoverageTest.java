package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.kinerja.json.internal.EnumCodes;
import io.github.kinerja.json.internal.Enums;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Makes every value type, attribute and enum that core adds to a mapped package fail a test until json-io gives it
 * a JSON form or lists it here as deliberately left out, so the format cannot silently fall behind core. Attributes
 * are found as public abstract accessors; an attribute with a default value is not abstract and is not checked.
 */
class CoverageTest {

    private static final List<String> MAPPED_PACKAGES = List.of("io.github.kinerja.core",
            "io.github.kinerja.core.report", "io.github.kinerja.core.pp46", "io.github.kinerja.core.pp46.calc",
            "io.github.kinerja.core.ckp", "io.github.kinerja.core.permen2021", "io.github.kinerja.core.permen2022",
            "io.github.kinerja.core.recap", "io.github.kinerja.core.cascade");

    // Calculators, scorers and their settings: behaviour, not data that HRIS systems exchange. The settings that
    // a result depends on are written inside the result (rounding, gap policy, capaian cap).
    private static final Set<String> NOT_MAPPED = Set.of(
            "io.github.kinerja.core.pp46.calc.Pp46Scorer",
            "io.github.kinerja.core.pp46.calc.KreativitasAggregation",
            "io.github.kinerja.core.permen2021.NilaiCapaianTable",
            "io.github.kinerja.core.permen2021.Permen2021Scorer",
            "io.github.kinerja.core.permen2022.Permen2022Scorer",
            "io.github.kinerja.core.permen2022.AngkaKreditCalculator",
            "io.github.kinerja.core.permen2022.Permen2021BandsRatingSuggester",
            "io.github.kinerja.core.permen2022.PredikatMatrix",
            "io.github.kinerja.core.permen2022.DistribusiChecker",
            "io.github.kinerja.core.permen2022.PolaDistribusi",
            "io.github.kinerja.core.permen2022.DistributionRule",
            "io.github.kinerja.core.permen2022.DistributionRule$Kind",
            "io.github.kinerja.core.permen2022.PredikatCounts",
            "io.github.kinerja.core.permen2022.StandardUnitLeaderRating");

    // Values written as JSON strings by the module rather than as objects of a codec.
    private static final Set<String> SCALARS = Set.of("io.github.kinerja.core.Nip");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(MAPPED_PACKAGES.toArray(String[]::new));

    @Test
    void everyCoreValueType_hasACodec() {
        Set<String> missing = new TreeSet<>();
        for (JavaClass generated : CORE) {
            if (!generated.getSimpleName().startsWith("Immutable")
                    || !MAPPED_PACKAGES.contains(generated.getPackageName())) {
                continue;
            }
            JavaClass value = generated.getRawSuperclass().orElseThrow();
            if (value.getModifiers().contains(JavaModifier.PUBLIC) && !NOT_MAPPED.contains(value.getName())
                    && !SCALARS.contains(value.getName())
                    && Codecs.forClass(value.reflect()).isEmpty()) {
                missing.add(value.getName());
            }
        }
        assertThat(missing).as("core value types without a JSON form").isEmpty();
    }

    @Test
    void everyCoreAttribute_hasAProperty() {
        Set<String> missing = new TreeSet<>();
        for (Codec<?> codec : Codecs.ALL) {
            for (Method method : codec.type().getDeclaredMethods()) {
                boolean attribute = Modifier.isPublic(method.getModifiers())
                        && Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0;
                if (attribute && !codec.properties().containsKey(method.getName())) {
                    missing.add(codec.type().getName() + "." + method.getName() + "()");
                }
            }
        }
        assertThat(missing).as("core attributes that the format does not write").isEmpty();
    }

    @Test
    void everyCoreEnum_hasACodeTable() {
        Set<Class<?>> tables = Enums.ALL.stream().map(EnumCodes::type).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (JavaClass type : CORE) {
            if (type.isEnum() && type.getModifiers().contains(JavaModifier.PUBLIC)
                    && MAPPED_PACKAGES.contains(type.getPackageName())
                    && !NOT_MAPPED.contains(type.getName()) && !tables.contains(type.reflect())) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("core enums without a code table").isEmpty();
    }
}
