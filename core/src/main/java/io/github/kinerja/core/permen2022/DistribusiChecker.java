package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Checks the predikat of a unit's employees against the {@link PolaDistribusi} of the unit's
 * {@link PredikatOrganisasi}, and reports every violated bound as a finding; it never throws for any counts.
 *
 * <table>
 *   <caption>Finding codes</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>
 *   <tr><td>{@value Permen2022Validator#DISTRIBUSI_MAX}</td><td>ERROR</td><td>more employees than a maximum
 *       share allows</td></tr>
 *   <tr><td>{@value Permen2022Validator#DISTRIBUSI_MIN}</td><td>ERROR</td><td>fewer employees than a minimum
 *       share requires</td></tr>
 *   <tr><td>{@value Permen2022Validator#DISTRIBUSI_AT_LEAST_ONE}</td><td>ERROR</td><td>no employee where at least
 *       one is required</td></tr>
 *   <tr><td>{@value Permen2022Validator#DISTRIBUSI_NOT_MODAL}</td><td>WARNING</td><td>the "sebagian besar" group
 *       is not the largest</td></tr>
 *   <tr><td>{@value Permen2022Validator#DISTRIBUSI_EMPTY}</td><td>INFO</td><td>the unit has no employees to
 *       check</td></tr>
 *   <tr><td>{@value Permen2022Validator#DISTRIBUSI_PREDIKAT_MISSING}</td><td>WARNING</td><td>the unit has no
 *       predikat organisasi, so there is no pattern to check</td></tr>
 * </table>
 * The bounds are reported as errors, so {@link Report#hasErrors()} is true exactly when the pattern is broken. SE
 * MenPANRB 3/2023 offers the pattern as a consideration for the leader, so a caller may treat them as advice.
 *
 * <pre>{@code
 * Report report = DistribusiChecker.standard().check(PredikatOrganisasi.BAIK, PredikatCounts.of(2, 15, 3, 0, 0));
 * report.hasErrors();   // true: Baik 15 of 20, more than the 14 allowed
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DistribusiChecker {

    DistribusiChecker() {}

    /** Returns the checker with the standard patterns of SE MenPANRB 3/2023 and the standard headcount rounding. */
    public static DistribusiChecker standard() {
        return ImmutableDistribusiChecker.builder()
                .pola(PolaDistribusi.standardTable())
                .rounding(HeadcountRounding.standard())
                .build();
    }

    /** Returns the pattern per organisation predikat; a predikat without pattern is not checked. */
    public abstract Map<PredikatOrganisasi, PolaDistribusi> pola();

    /** Returns the headcount rounding. */
    public abstract HeadcountRounding rounding();

    /**
     * Returns a copy of this checker with another headcount rounding.
     *
     * @param rounding  the rounding, not null
     * @return the checker, not null
     */
    public abstract DistribusiChecker withRounding(HeadcountRounding rounding);

    /**
     * Returns a copy of this checker in which one pattern replaces the one for its organisation predikat.
     *
     * @param replacement  the pattern, not null
     * @return the checker, not null
     */
    public DistribusiChecker withPola(PolaDistribusi replacement) {
        Objects.requireNonNull(replacement, "replacement");
        Map<PredikatOrganisasi, PolaDistribusi> table = new EnumMap<>(PredikatOrganisasi.class);
        table.putAll(pola());
        table.put(replacement.organisasi(), replacement);
        return ImmutableDistribusiChecker.builder().from(this).pola(table).build();
    }

    /**
     * Checks counts against the pattern of an organisation predikat.
     *
     * @param organisasi  the predikat of the unit, not null
     * @param counts  the predikat counts of the unit's employees, not null
     * @return the findings, empty when the pattern is met, not null
     */
    public Report check(PredikatOrganisasi organisasi, PredikatCounts counts) {
        return check(organisasi, counts, "");
    }

    /**
     * Checks the results of a unit's employees against the pattern of the unit's predikat.
     *
     * @param unit  the unit, with its predikat, not null
     * @param results  one result per employee of the unit for the period, not null
     * @return the findings, located at the unit id, not null
     */
    public Report check(UnitOrganisasi unit, Iterable<HasilPenilaianPegawai> results) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(results, "results");
        if (unit.predikat().isEmpty()) {
            return Report.of(List.of(Finding.of(Permen2022Validator.BUNDLE,
                    Permen2022Validator.DISTRIBUSI_PREDIKAT_MISSING, Severity.WARNING, unit.id(), unit.nama())));
        }
        List<PredikatPegawai> predikat = new ArrayList<>();
        for (HasilPenilaianPegawai result : results) {
            predikat.add(result.predikat());
        }
        return check(unit.predikat().orElseThrow(), PredikatCounts.from(predikat), unit.id());
    }

    private Report check(PredikatOrganisasi organisasi, PredikatCounts counts, String location) {
        Objects.requireNonNull(organisasi, "organisasi");
        Objects.requireNonNull(counts, "counts");
        Report.Builder report = Report.builder();
        int total = counts.total();
        PolaDistribusi pattern = pola().get(organisasi);
        if (pattern == null) {
            return report.build();
        }
        if (total == 0) {
            return report.addFinding(finding(Permen2022Validator.DISTRIBUSI_EMPTY, Severity.INFO, location,
                    organisasi.label())).build();
        }
        for (DistributionRule rule : pattern.rules()) {
            int count = counts.count(rule.predikat());
            switch (rule.kind()) {
                case MAX_SHARE -> {
                    BigDecimal percent = rule.percent().orElseThrow();
                    int allowed = rounding().maxAllowed(total, percent);
                    if (count > allowed) {
                        report.addFinding(finding(Permen2022Validator.DISTRIBUSI_MAX, Severity.ERROR, location,
                                rule.label(), count, total, allowed, percent.toPlainString(), organisasi.label()));
                    }
                }
                case MIN_SHARE -> {
                    BigDecimal percent = rule.percent().orElseThrow();
                    int required = rounding().minRequired(total, percent);
                    if (count < required) {
                        report.addFinding(finding(Permen2022Validator.DISTRIBUSI_MIN, Severity.ERROR, location,
                                rule.label(), count, total, required, percent.toPlainString(), organisasi.label()));
                    }
                }
                case AT_LEAST_ONE -> {
                    if (count < 1) {
                        report.addFinding(finding(Permen2022Validator.DISTRIBUSI_AT_LEAST_ONE, Severity.ERROR,
                                location, rule.label(), organisasi.label()));
                    }
                }
                case MODAL -> checkModal(rule, counts, organisasi, location, report);
            }
        }
        return report.build();
    }

    private static void checkModal(DistributionRule rule, PredikatCounts counts, PredikatOrganisasi organisasi,
            String location, Report.Builder report) {
        PredikatPegawai expected = rule.predikat().get(0);
        PredikatPegawai largest = expected;
        for (PredikatPegawai p : PredikatPegawai.values()) {
            if (counts.count(p) > counts.count(largest)) {
                largest = p;
            }
        }
        if (largest != expected) {
            report.addFinding(finding(Permen2022Validator.DISTRIBUSI_NOT_MODAL, Severity.WARNING, location,
                    expected.label(), counts.count(expected), largest.label(), counts.count(largest),
                    organisasi.label()));
        }
    }

    private static Finding finding(String code, Severity severity, String location, Object... arguments) {
        return Finding.of(Permen2022Validator.BUNDLE, code, severity, location, arguments);
    }
}
