package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Checks a PermenPANRB 8/2021 SKP for problems that scoring would otherwise pass over silently, and reports them as
 * findings; it never throws for a problem of the data.
 *
 * <table>
 *   <caption>Finding codes</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>
 *   <tr><td>{@value #UTAMA_MISSING}</td><td>ERROR</td><td>the SKP has no kinerja utama</td></tr>
 *   <tr><td>{@value #IKI_MISSING}</td><td>ERROR</td><td>a rencana kinerja has no IKI; it scores 0</td></tr>
 *   <tr><td>{@value #CAPAIAN_PENILAI_MISSING}</td><td>ERROR</td><td>a qualitative IKI has no capaian from the
 *       appraiser; it scores 0</td></tr>
 *   <tr><td>{@value #REALISASI_MISSING}</td><td>WARNING</td><td>a numeric IKI has no realisasi; it scores
 *       0</td></tr>
 *   <tr><td>{@value #SATUAN_MISSING}</td><td>WARNING</td><td>a numeric target has no satuan</td></tr>
 *   <tr><td>{@value #TARGET_ZERO}</td><td>WARNING</td><td>a target is zero, so its capaian can only be 100 or
 *       0</td></tr>
 *   <tr><td>{@value #TAMBAHAN_BOBOT_MISSING}</td><td>WARNING</td><td>a kinerja tambahan has no bobot, so it adds
 *       nothing</td></tr>
 *   <tr><td>{@value #PERIOD_OUTSIDE}</td><td>WARNING</td><td>the SKP period is not within July to December 2021,
 *       when PermenPANRB 8/2021 applied</td></tr>
 * </table>
 *
 * <p>Locations read like {@code rencanaKinerja/1/iki/1.2}, by the ids of the model.
 */
public final class Permen2021Validator {

    /** The resource bundle of the messages. */
    public static final String BUNDLE = "io.github.kinerja.core.permen2021.Messages";
    /** Finding code: the SKP has no kinerja utama. */
    public static final String UTAMA_MISSING = "permen2021.skp.utama.missing";
    /** Finding code: a rencana kinerja has no IKI. */
    public static final String IKI_MISSING = "permen2021.rencanaKinerja.iki.missing";
    /** Finding code: a qualitative IKI has no capaian from the appraiser. */
    public static final String CAPAIAN_PENILAI_MISSING = "permen2021.iki.capaianPenilai.missing";
    /** Finding code: a numeric IKI has neither realisasi nor a capaian from the appraiser. */
    public static final String REALISASI_MISSING = "permen2021.iki.realisasi.missing";
    /** Finding code: a numeric target has no satuan. */
    public static final String SATUAN_MISSING = "permen2021.iki.target.satuan.missing";
    /** Finding code: the target compared with is zero. */
    public static final String TARGET_ZERO = "permen2021.iki.target.zero";
    /** Finding code: a kinerja tambahan has no bobot. */
    public static final String TAMBAHAN_BOBOT_MISSING = "permen2021.rencanaKinerja.tambahan.bobot.missing";
    /** Finding code: the SKP period lies outside July to December 2021. */
    public static final String PERIOD_OUTSIDE = "permen2021.skp.periode.outside";

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 7, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);

    private Permen2021Validator() {}

    /**
     * Validates an SKP.
     *
     * @param skp  the SKP, not null
     * @return the findings in SKP order, empty when there is nothing to report, not null
     */
    public static Report validate(Skp skp) {
        Objects.requireNonNull(skp, "skp");
        Report.Builder report = Report.builder();
        if (skp.periode().start().isBefore(FIRST_DAY) || skp.periode().end().isAfter(LAST_DAY)) {
            report.addFinding(finding(PERIOD_OUTSIDE, Severity.WARNING, "periode", skp.periode()));
        }
        if (skp.utama().isEmpty()) {
            report.addFinding(finding(UTAMA_MISSING, Severity.ERROR, "rencanaKinerja"));
        }
        for (RencanaKinerja rencana : skp.rencanaKinerja()) {
            String location = "rencanaKinerja/" + rencana.id();
            if (rencana.iki().isEmpty()) {
                report.addFinding(finding(IKI_MISSING, Severity.ERROR, location, rencana.id()));
            }
            if (rencana.jenis() == JenisKinerja.TAMBAHAN && rencana.bobot().isEmpty()) {
                report.addFinding(finding(TAMBAHAN_BOBOT_MISSING, Severity.WARNING, location, rencana.id()));
            }
            for (Iki iki : rencana.iki()) {
                validateIki(iki, location + "/iki/" + iki.id(), report);
            }
        }
        return report.build();
    }

    private static void validateIki(Iki iki, String location, Report.Builder report) {
        IkiTarget target = iki.target();
        if (!target.isNumeric()) {
            if (iki.capaianPenilai().isEmpty()) {
                report.addFinding(finding(CAPAIAN_PENILAI_MISSING, Severity.ERROR, location, iki.id()));
            }
            return;
        }
        if (target.satuan().isEmpty()) {
            report.addFinding(finding(SATUAN_MISSING, Severity.WARNING, location + "/target", iki.id(), target));
        }
        if (hasZeroComparison(target)) {
            report.addFinding(finding(TARGET_ZERO, Severity.WARNING, location + "/target", iki.id()));
        }
        if (iki.realisasi().isEmpty() && iki.capaianPenilai().isEmpty()) {
            report.addFinding(finding(REALISASI_MISSING, Severity.WARNING, location, iki.id()));
        }
    }

    private static boolean hasZeroComparison(IkiTarget target) {
        return target.value().map(BigDecimal::signum).orElse(1) == 0
                || target.lower().map(BigDecimal::signum).orElse(1) == 0;
    }

    private static Finding finding(String code, Severity severity, String location, Object... arguments) {
        return Finding.of(BUNDLE, code, severity, location, arguments);
    }
}
