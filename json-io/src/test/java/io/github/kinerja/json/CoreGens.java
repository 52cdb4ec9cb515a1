package io.github.kinerja.json;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generators of the shared core types for the round-trip properties: valid values only, because the codecs read
 * through the core factories, which reject invalid ones.
 */
final class CoreGens {

    /** Letters, digits, punctuation, JSON escapes and non-ASCII text, to exercise string escaping. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789.,:/-'\""
            + "\\\t\né–ü漢";

    private CoreGens() {}

    /** Returns non-blank text of 1 to {@code maxLength} characters. */
    static Gen<String> text(int maxLength) {
        return Gens.strings(1, maxLength, ALPHABET).filter(s -> !s.isBlank());
    }

    /** Returns any text, the empty string included. */
    static Gen<String> anyText(int maxLength) {
        return Gens.strings(0, maxLength, ALPHABET);
    }

    /** Returns exact decimals from 0 to {@code max} with 0 to 8 decimals, such as 12, 0.5 or 0.00000012. */
    static Gen<BigDecimal> decimals(String max) {
        return random -> Gens.decimals("0", max, random.nextInt(9)).generate(random);
    }

    /** Returns exact decimals from {@code -max} to {@code max} with 0 to 8 decimals. */
    static Gen<BigDecimal> signedDecimals(String max) {
        return random -> {
            BigDecimal value = decimals(max).generate(random);
            return random.nextBoolean() ? value.negate() : value;
        };
    }

    static <T> Gen<Optional<T>> optional(Gen<T> values) {
        return Gens.optionals(values);
    }

    static <T> Gen<List<T>> list(Gen<T> elements, int max) {
        return Gens.lists(elements, 0, max);
    }

    static Gen<Nip> nip() {
        return random -> {
            LocalDate birth = Gens.dates(LocalDate.of(1950, 1, 1), LocalDate.of(2000, 12, 31)).generate(random);
            int appointmentYear = birth.getYear() + 18 + random.nextInt(20);
            int month = 1 + random.nextInt(12);
            int sex = 1 + random.nextInt(2);
            int sequence = random.nextInt(1000);
            return Nip.parse(String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), appointmentYear, month, sex, sequence));
        };
    }

    static Gen<Person> person() {
        return random -> Person.builder()
                .name(text(30).generate(random))
                .nip(optional(nip()).generate(random))
                .golongan(optional(Gens.oneOf(Golongan.values())).generate(random))
                .jabatan(optional(text(30)).generate(random))
                .unitKerja(optional(text(30)).generate(random))
                .build();
    }

    static Gen<AssessmentPeriod> period() {
        return random -> {
            LocalDate start = Gens.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 12, 31)).generate(random);
            return AssessmentPeriod.of(start, start.plusDays(random.nextInt(400)));
        };
    }

    static Gen<RoundingPolicy> rounding() {
        List<RoundingMode> modes = new ArrayList<>(List.of(RoundingMode.values()));
        modes.remove(RoundingMode.UNNECESSARY);
        return random -> RoundingPolicy.of(random.nextInt(7), Gens.elements(modes).generate(random),
                Gens.oneOf(RoundingStage.values()).generate(random));
    }

    static Gen<CalculationStep> step() {
        return random -> CalculationStep.of(text(20).generate(random), text(40).generate(random),
                signedDecimals("1000").generate(random));
    }

    static Gen<Finding> finding() {
        return random -> Finding.of(Gens.oneOf("io.github.kinerja.core.pp46.Messages",
                        "io.github.kinerja.core.ckp.Messages", "io.github.kinerja.json.Missing").generate(random),
                text(30).generate(random), Gens.oneOf(Severity.values()).generate(random),
                anyText(20).generate(random), list(anyText(10), 3).generate(random).toArray());
    }

    static Gen<Report> report() {
        return random -> Report.of(list(finding(), 3).generate(random));
    }
}
