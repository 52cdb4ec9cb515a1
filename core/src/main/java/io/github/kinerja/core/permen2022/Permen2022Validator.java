package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks PermenPANRB 6/2022 plans, evaluations and units, and reports problems as findings; it never throws for a
 * problem of the data. The pola distribusi is checked by {@link DistribusiChecker}, whose codes are listed here
 * too.
 *
 * <table>
 *   <caption>Finding codes</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>
 *   <tr><td>{@value #SKP_UTAMA_MISSING}</td><td>ERROR</td><td>the SKP has no RHK utama</td></tr>
 *   <tr><td>{@value #RHK_IKI_MISSING}</td><td>ERROR</td><td>an RHK has no IKI</td></tr>
 *   <tr><td>{@value #RHK_INTERVENSI_MISSING}</td><td>ERROR</td><td>a JA/JF RHK names no superior RHK</td></tr>
 *   <tr><td>{@value #RHK_PERSPEKTIF_MISSING}</td><td>WARNING</td><td>a JPT RHK has no perspektif</td></tr>
 *   <tr><td>{@value #RHK_PERSPEKTIF_UNEXPECTED}</td><td>WARNING</td><td>a JA/JF RHK has a perspektif</td></tr>
 *   <tr><td>{@value #TARGET_SATUAN_MISSING}</td><td>WARNING</td><td>a numeric target has no satuan</td></tr>
 *   <tr><td>{@value #TARGET_ZERO}</td><td>WARNING</td><td>a target is zero</td></tr>
 *   <tr><td>{@value #EVALUASI_SKP_MISMATCH}</td><td>ERROR</td><td>an evaluation belongs to another SKP</td></tr>
 *   <tr><td>{@value #EVALUASI_PERIODE_OUTSIDE}</td><td>ERROR</td><td>an evaluation period is not within the SKP
 *       period</td></tr>
 *   <tr><td>{@value #EVALUASI_PERIODE_OVERLAP}</td><td>ERROR</td><td>two periodic evaluations overlap</td></tr>
 *   <tr><td>{@value #EVALUASI_PERIODE_GAP}</td><td>WARNING</td><td>days between the SKP start or one periodic
 *       evaluation and the next are not evaluated</td></tr>
 *   <tr><td>{@value #EVALUASI_RATING_MISSING}</td><td>WARNING</td><td>a rating is not set yet</td></tr>
 *   <tr><td>{@value #REALISASI_IKI_UNKNOWN}</td><td>ERROR</td><td>a realisasi names an IKI the SKP lacks</td></tr>
 *   <tr><td>{@value #REALISASI_MISSING}</td><td>WARNING</td><td>an IKI has no realisasi in an evaluation</td></tr>
 *   <tr><td>{@value #REALISASI_SATUAN_MISMATCH}</td><td>ERROR</td><td>a realisasi is in another satuan than its
 *       target</td></tr>
 *   <tr><td>{@value #REALISASI_NILAI_MISSING}</td><td>WARNING</td><td>a realisasi of a numeric target has no
 *       number</td></tr>
 *   <tr><td>{@value #REALISASI_NILAI_UNEXPECTED}</td><td>WARNING</td><td>a realisasi of a qualitative target has a
 *       number</td></tr>
 *   <tr><td>{@value #UNIT_NIP_DUPLICATE}</td><td>ERROR</td><td>two SKP of a unit belong to the same NIP</td></tr>
 *   <tr><td>{@value #DISTRIBUSI_MAX}, {@value #DISTRIBUSI_MIN}, {@value #DISTRIBUSI_AT_LEAST_ONE},
 *       {@value #DISTRIBUSI_NOT_MODAL}, {@value #DISTRIBUSI_EMPTY}, {@value #DISTRIBUSI_PREDIKAT_MISSING}</td>
 *       <td>see {@link DistribusiChecker}</td><td>pola distribusi</td></tr>
 * </table>
 *
 * <p>Locations read like {@code SKP-1/rhk/2/iki/2.1} or {@code SKP-1/evaluasi/BULANAN 2023-01-01/2023-01-31}.
 */
public final class Permen2022Validator {

    /** The resource bundle of the messages. */
    public static final String BUNDLE = "io.github.kinerja.core.permen2022.Messages";

    /** Finding code: the SKP has no RHK utama. */
    public static final String SKP_UTAMA_MISSING = "permen2022.skp.utama.missing";
    /** Finding code: an RHK has no IKI. */
    public static final String RHK_IKI_MISSING = "permen2022.rhk.iki.missing";
    /** Finding code: an RHK of a JA/JF SKP does not name the superior's RHK it intervenes. */
    public static final String RHK_INTERVENSI_MISSING = "permen2022.rhk.intervensi.missing";
    /** Finding code: an RHK of a JPT SKP has no perspektif. */
    public static final String RHK_PERSPEKTIF_MISSING = "permen2022.rhk.perspektif.missing";
    /** Finding code: an RHK of a JA/JF SKP has a perspektif, which only the JPT model uses. */
    public static final String RHK_PERSPEKTIF_UNEXPECTED = "permen2022.rhk.perspektif.unexpected";
    /** Finding code: a numeric target has no satuan. */
    public static final String TARGET_SATUAN_MISSING = "permen2022.iki.target.satuan.missing";
    /** Finding code: a target is zero. */
    public static final String TARGET_ZERO = "permen2022.iki.target.zero";
    /** Finding code: an evaluation names another SKP. */
    public static final String EVALUASI_SKP_MISMATCH = "permen2022.evaluasi.skp.mismatch";
    /** Finding code: an evaluation period lies partly or wholly outside the SKP period. */
    public static final String EVALUASI_PERIODE_OUTSIDE = "permen2022.evaluasi.periode.outside";
    /** Finding code: two periodic evaluations overlap. */
    public static final String EVALUASI_PERIODE_OVERLAP = "permen2022.evaluasi.periode.overlap";
    /** Finding code: days before or between periodic evaluations are not evaluated. */
    public static final String EVALUASI_PERIODE_GAP = "permen2022.evaluasi.periode.gap";
    /** Finding code: the rating hasil kerja or perilaku of an evaluation is not set. */
    public static final String EVALUASI_RATING_MISSING = "permen2022.evaluasi.rating.missing";
    /** Finding code: a realisasi names an IKI the SKP does not have. */
    public static final String REALISASI_IKI_UNKNOWN = "permen2022.realisasi.iki.unknown";
    /** Finding code: an IKI has no realisasi in an evaluation. */
    public static final String REALISASI_MISSING = "permen2022.realisasi.missing";
    /** Finding code: a realisasi is recorded in another satuan than its target. */
    public static final String REALISASI_SATUAN_MISMATCH = "permen2022.realisasi.satuan.mismatch";
    /** Finding code: a realisasi of a numeric target has no number. */
    public static final String REALISASI_NILAI_MISSING = "permen2022.realisasi.nilai.missing";
    /** Finding code: a realisasi of a qualitative target has a number. */
    public static final String REALISASI_NILAI_UNEXPECTED = "permen2022.realisasi.nilai.unexpected";
    /** Finding code: two SKP of one unit belong to the same NIP. */
    public static final String UNIT_NIP_DUPLICATE = "permen2022.unit.nip.duplicate";
    /** Finding code: more employees than a maximum share of the pola distribusi allows. */
    public static final String DISTRIBUSI_MAX = "permen2022.distribusi.max.exceeded";
    /** Finding code: fewer employees than a minimum share of the pola distribusi requires. */
    public static final String DISTRIBUSI_MIN = "permen2022.distribusi.min.notMet";
    /** Finding code: no employee where the pola distribusi requires at least one. */
    public static final String DISTRIBUSI_AT_LEAST_ONE = "permen2022.distribusi.atLeastOne.missing";
    /** Finding code: the "sebagian besar" predikat is not the largest group. */
    public static final String DISTRIBUSI_NOT_MODAL = "permen2022.distribusi.notModal";
    /** Finding code: the unit has no employees to check. */
    public static final String DISTRIBUSI_EMPTY = "permen2022.distribusi.empty";
    /** Finding code: the unit has no predikat organisasi. */
    public static final String DISTRIBUSI_PREDIKAT_MISSING = "permen2022.distribusi.predikatOrganisasi.missing";

    private Permen2022Validator() {}

    /**
     * Validates the plan of an SKP.
     *
     * @param skp  the SKP, not null
     * @return the findings in SKP order, not null
     */
    public static Report validate(Skp skp) {
        Objects.requireNonNull(skp, "skp");
        Report.Builder report = Report.builder();
        if (skp.rhk().stream().noneMatch(r -> r.jenis() == JenisRhk.UTAMA)) {
            report.addFinding(finding(SKP_UTAMA_MISSING, Severity.ERROR, skp.id(), skp.id()));
        }
        for (Rhk rhk : skp.rhk()) {
            String location = skp.id() + "/rhk/" + rhk.id();
            if (rhk.iki().isEmpty()) {
                report.addFinding(finding(RHK_IKI_MISSING, Severity.ERROR, location, rhk.id()));
            }
            if (skp.model() == ModelSkp.JA_JF) {
                if (rhk.rhkAtasan().isEmpty()) {
                    report.addFinding(finding(RHK_INTERVENSI_MISSING, Severity.ERROR, location, rhk.id()));
                }
                if (rhk.perspektif().isPresent()) {
                    report.addFinding(finding(RHK_PERSPEKTIF_UNEXPECTED, Severity.WARNING, location, rhk.id()));
                }
            } else if (rhk.perspektif().isEmpty()) {
                report.addFinding(finding(RHK_PERSPEKTIF_MISSING, Severity.WARNING, location, rhk.id()));
            }
            for (Iki iki : rhk.iki()) {
                validateTarget(iki, location + "/iki/" + iki.id(), report);
            }
        }
        return report.build();
    }

    /**
     * Validates the evaluations of an SKP: each on its own against the plan, and the periodic ones together for
     * overlaps and gaps. Gaps are reported before the first periodic evaluation and between two of them, not after
     * the last, because the year may still be running.
     *
     * @param skp  the SKP, not null
     * @param evaluations  the evaluations of the SKP, in any order, not null
     * @return the findings, not null
     */
    public static Report validateEvaluations(Skp skp, Collection<Evaluasi> evaluations) {
        Objects.requireNonNull(skp, "skp");
        Objects.requireNonNull(evaluations, "evaluations");
        Report.Builder report = Report.builder();
        List<Evaluasi> periodic = new ArrayList<>();
        for (Evaluasi evaluasi : evaluations) {
            validateEvaluation(skp, evaluasi, report);
            if (evaluasi.periode().isPeriodic() && evaluasi.skpId().equals(skp.id())) {
                periodic.add(evaluasi);
            }
        }
        periodic.sort(Comparator.comparing((Evaluasi e) -> e.periode().range().start())
                .thenComparing(e -> e.periode().range().end()));
        LocalDate covered = skp.periode().start().minusDays(1);
        for (Evaluasi evaluasi : periodic) {
            LocalDate start = evaluasi.periode().range().start();
            String location = evaluationLocation(skp, evaluasi);
            if (!start.isAfter(covered)) {
                report.addFinding(finding(EVALUASI_PERIODE_OVERLAP, Severity.ERROR, location, evaluasi.periode(),
                        covered));
            } else if (start.isAfter(covered.plusDays(1))) {
                report.addFinding(finding(EVALUASI_PERIODE_GAP, Severity.WARNING, location, covered.plusDays(1),
                        start.minusDays(1)));
            }
            if (evaluasi.periode().range().end().isAfter(covered)) {
                covered = evaluasi.periode().range().end();
            }
        }
        return report.build();
    }

    /**
     * Validates the SKP of one unit together: no NIP may appear twice.
     *
     * @param unit  the unit, not null
     * @param skps  the SKP of the unit's employees for one period, not null
     * @return the findings, located at the unit id, not null
     */
    public static Report validateUnit(UnitOrganisasi unit, Collection<Skp> skps) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(skps, "skps");
        Report.Builder report = Report.builder();
        Map<Nip, Skp> seen = new HashMap<>();
        for (Skp skp : skps) {
            Optional<Nip> nip = skp.pegawai().nip();
            if (nip.isEmpty()) {
                continue;
            }
            Skp first = seen.putIfAbsent(nip.orElseThrow(), skp);
            if (first != null) {
                report.addFinding(finding(UNIT_NIP_DUPLICATE, Severity.ERROR, unit.id(), nip.orElseThrow().formatted(),
                        first.id(), skp.id()));
            }
        }
        return report.build();
    }

    private static void validateTarget(Iki iki, String location, Report.Builder report) {
        IkiTarget target = iki.target();
        if (!target.isNumeric()) {
            return;
        }
        if (target.satuan().isEmpty()) {
            report.addFinding(finding(TARGET_SATUAN_MISSING, Severity.WARNING, location, iki.id(), target));
        }
        boolean zero = target.value().map(BigDecimal::signum).orElse(1) == 0
                || target.lower().map(BigDecimal::signum).orElse(1) == 0;
        if (zero) {
            report.addFinding(finding(TARGET_ZERO, Severity.WARNING, location, iki.id()));
        }
    }

    private static void validateEvaluation(Skp skp, Evaluasi evaluasi, Report.Builder report) {
        String location = evaluationLocation(skp, evaluasi);
        if (!evaluasi.skpId().equals(skp.id())) {
            report.addFinding(finding(EVALUASI_SKP_MISMATCH, Severity.ERROR, location, evaluasi.skpId(), skp.id()));
            return;
        }
        if (evaluasi.periode().range().start().isBefore(skp.periode().start())
                || evaluasi.periode().range().end().isAfter(skp.periode().end())) {
            report.addFinding(finding(EVALUASI_PERIODE_OUTSIDE, Severity.ERROR, location, evaluasi.periode(),
                    skp.periode()));
        }
        if (evaluasi.ratingHasilKerja().isEmpty() || evaluasi.ratingPerilaku().isEmpty()) {
            report.addFinding(finding(EVALUASI_RATING_MISSING, Severity.WARNING, location, evaluasi.periode()));
        }
        for (RealisasiIki realisasi : evaluasi.realisasi()) {
            String realisasiLocation = location + "/iki/" + realisasi.ikiId();
            Optional<Iki> iki = skp.findIki(realisasi.ikiId());
            if (iki.isEmpty()) {
                report.addFinding(finding(REALISASI_IKI_UNKNOWN, Severity.ERROR, realisasiLocation,
                        realisasi.ikiId(), skp.id()));
                continue;
            }
            validateRealisasi(iki.orElseThrow(), realisasi, realisasiLocation, report);
        }
        for (Iki iki : skp.allIki()) {
            if (evaluasi.findRealisasi(iki.id()).isEmpty()) {
                report.addFinding(finding(REALISASI_MISSING, Severity.WARNING, location + "/iki/" + iki.id(),
                        iki.id(), evaluasi.periode()));
            }
        }
    }

    private static void validateRealisasi(Iki iki, RealisasiIki realisasi, String location, Report.Builder report) {
        IkiTarget target = iki.target();
        if (!target.isNumeric()) {
            if (realisasi.nilai().isPresent()) {
                report.addFinding(finding(REALISASI_NILAI_UNEXPECTED, Severity.WARNING, location, iki.id()));
            }
            return;
        }
        if (realisasi.nilai().isEmpty()) {
            report.addFinding(finding(REALISASI_NILAI_MISSING, Severity.WARNING, location, iki.id(), target));
        }
        if (realisasi.satuan().isPresent() && target.satuan().isPresent()
                && !normalise(realisasi.satuan().orElseThrow()).equals(normalise(target.satuan().orElseThrow()))) {
            report.addFinding(finding(REALISASI_SATUAN_MISMATCH, Severity.ERROR, location, iki.id(),
                    realisasi.satuan().orElseThrow(), target.satuan().orElseThrow()));
        }
    }

    private static String normalise(String satuan) {
        return satuan.strip().toLowerCase(Locale.ROOT);
    }

    private static String evaluationLocation(Skp skp, Evaluasi evaluasi) {
        return skp.id() + "/evaluasi/" + evaluasi.periode();
    }

    private static Finding finding(String code, Severity severity, String location, Object... arguments) {
        return Finding.of(BUNDLE, code, severity, location, arguments);
    }
}
