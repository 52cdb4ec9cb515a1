package io.github.kinerja.core.ckp;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CKP as the BPS CKP-R form computes it.
 *
 * <ol>
 *   <li>Capaian of each kegiatan: {@code realisasi / target × 100}, capped at 100 only if the {@link CapaianCap}
 *       says so. An empty realisasi counts as 0, as an empty cell does in the form's formula; a kegiatan without
 *       a target above zero has no capaian (the form shows {@code #DIV/0!}) and is left out of the mean.
 *   <li>RATA-RATA capaian: the mean of the capaian of all kegiatan, UTAMA and TAMBAHAN alike.
 *   <li>RATA-RATA kualitas: the mean of the tingkat kualitas of the kegiatan that have one; empty cells are left
 *       out, as the form's {@code AVERAGE} leaves them out.
 *   <li>CKP: the mean of the two RATA-RATA. When no kegiatan has a tingkat kualitas, the CKP is the RATA-RATA
 *       capaian alone; this is what older forms compute with one {@code AVERAGE} over both columns.
 * </ol>
 *
 * <p>Each value is compared with the one the form shows. The form's values come from binary floating point
 * (99.96999999999998 for 99.97), so differences up to {@link #SHOWN_VALUE_TOLERANCE} are noise and not reported;
 * larger ones become warnings.
 *
 * <pre>{@code
 * CkpResult result = StandardCkpCalculator.defaults().calculate(form);
 * result.ckp();      // recomputed, exact
 * result.shownCkp(); // as the workbook shows it
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StandardCkpCalculator implements CkpCalculator {

    /** The largest difference between a shown and a recomputed value that counts as floating-point noise. */
    public static final BigDecimal SHOWN_VALUE_TOLERANCE = new BigDecimal("0.000001");

    static final String BUNDLE = "io.github.kinerja.core.ckp.Messages";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final StandardCkpCalculator DEFAULTS = new StandardCkpCalculator(CapaianCap.NOT_CAPPED);

    private final CapaianCap capaianCap;

    private StandardCkpCalculator(CapaianCap capaianCap) {
        this.capaianCap = capaianCap;
    }

    /** Returns the calculator with the form's own rule: capaian {@linkplain CapaianCap#NOT_CAPPED not capped}. */
    public static StandardCkpCalculator defaults() {
        return DEFAULTS;
    }

    /**
     * Obtains a calculator with the given cap on the capaian of each kegiatan.
     *
     * @param capaianCap  whether the capaian is capped at 100, not null
     * @return the calculator, not null
     */
    public static StandardCkpCalculator of(CapaianCap capaianCap) {
        Objects.requireNonNull(capaianCap, "capaianCap");
        return capaianCap == DEFAULTS.capaianCap ? DEFAULTS : new StandardCkpCalculator(capaianCap);
    }

    /** Returns whether the capaian of each kegiatan is capped at 100. */
    public CapaianCap capaianCap() {
        return capaianCap;
    }

    /**
     * Returns a copy of this calculator with the given cap.
     *
     * @param capaianCap  whether the capaian is capped at 100, not null
     * @return the calculator, not null
     */
    public StandardCkpCalculator withCapaianCap(CapaianCap capaianCap) {
        return of(capaianCap);
    }

    @Override
    public CkpResult calculate(CkpForm form) {
        Objects.requireNonNull(form, "form");
        if (form.kind() != CkpKind.REALISASI) {
            throw new IllegalArgumentException("form must be a CKP-R (realisasi) form, was " + form.kind().code());
        }
        Report.Builder report = Report.builder();
        List<CalculationStep> steps = new ArrayList<>();
        if (form.kegiatan().isEmpty()) {
            report.addFindings(finding("ckp.kegiatan.none", Severity.WARNING, ""));
        }

        List<CkpKegiatanResult> results = new ArrayList<>();
        for (CkpKegiatan kegiatan : form.kegiatan()) {
            Optional<BigDecimal> capaian = capaian(kegiatan, steps, report);
            results.add(CkpKegiatanResult.of(kegiatan, capaian));
            compareKegiatan(kegiatan, capaian, report);
        }
        checkKualitas(form.kegiatan(), report);

        List<BigDecimal> capaianValues = results.stream()
                .flatMap(r -> r.capaian().stream())
                .collect(Collectors.toList());
        List<BigDecimal> kualitasValues = form.kegiatan().stream()
                .flatMap(k -> k.tingkatKualitas().stream())
                .collect(Collectors.toList());
        Optional<BigDecimal> rataRataCapaian = mean("ckp.rataRata.capaian", capaianValues, steps);
        Optional<BigDecimal> rataRataKualitas = mean("ckp.rataRata.kualitas", kualitasValues, steps);
        Optional<BigDecimal> ckp = ckp(rataRataCapaian, rataRataKualitas, steps, report);

        compareTotal("RATA-RATA capaian", form.shownRataRataCapaian(), rataRataCapaian, report);
        compareTotal("RATA-RATA kualitas", form.shownRataRataKualitas(), rataRataKualitas, report);
        compareTotal("CKP", form.shownCkp(), ckp, report);

        return CkpResult.builder()
                .form(form)
                .capaianCap(capaianCap)
                .kegiatan(results)
                .rataRataCapaian(rataRataCapaian)
                .rataRataKualitas(rataRataKualitas)
                .ckp(ckp)
                .steps(steps)
                .report(report.build())
                .build();
    }

    private Optional<BigDecimal> capaian(CkpKegiatan kegiatan, List<CalculationStep> steps, Report.Builder report) {
        String location = kegiatan.location().orElse("");
        Optional<BigDecimal> target = kegiatan.targetKuantitas();
        if (target.isEmpty()) {
            report.addFindings(finding("ckp.kegiatan.targetMissing", Severity.WARNING, location, kegiatan.uraian()));
            return Optional.empty();
        }
        if (target.get().signum() <= 0) {
            report.addFindings(finding("ckp.kegiatan.targetNotPositive", Severity.WARNING, location,
                    kegiatan.uraian(), target.get().toPlainString()));
            return Optional.empty();
        }
        BigDecimal realisasi = kegiatan.realisasiKuantitas().orElse(BigDecimal.ZERO);
        if (kegiatan.realisasiKuantitas().isEmpty()) {
            report.addFindings(finding("ckp.kegiatan.realisasiMissing", Severity.WARNING, location,
                    kegiatan.uraian()));
        } else if (realisasi.signum() < 0) {
            report.addFindings(finding("ckp.kegiatan.realisasiNegative", Severity.WARNING, location,
                    kegiatan.uraian(), realisasi.toPlainString()));
        }
        BigDecimal raw = realisasi.multiply(HUNDRED).divide(target.get(), MathContext.DECIMAL128);
        String formula = realisasi.toPlainString() + " / " + target.get().toPlainString() + " × 100";
        BigDecimal value = raw;
        if (capaianCap == CapaianCap.CAPPED_AT_100) {
            value = raw.min(HUNDRED);
            formula = "min(" + formula + ", 100)";
        }
        steps.add(CalculationStep.of("ckp.capaian", formula, value));
        return Optional.of(value);
    }

    private static void compareKegiatan(CkpKegiatan kegiatan, Optional<BigDecimal> capaian, Report.Builder report) {
        if (kegiatan.shownCapaian().isEmpty()) {
            return;
        }
        FormValue shown = kegiatan.shownCapaian().get();
        if (capaian.isEmpty()) {
            report.addFindings(finding("ckp.capaian.notRecomputed", Severity.WARNING, shown.location(),
                    kegiatan.uraian(), display(shown.value())));
        } else if (differs(shown.value(), capaian.get())) {
            report.addFindings(finding("ckp.capaian.differs", Severity.WARNING, shown.location(),
                    kegiatan.uraian(), display(shown.value()), display(capaian.get())));
        }
    }

    private static void checkKualitas(List<CkpKegiatan> kegiatan, Report.Builder report) {
        long withKualitas = kegiatan.stream().filter(k -> k.tingkatKualitas().isPresent()).count();
        for (CkpKegiatan item : kegiatan) {
            String location = item.location().orElse("");
            if (item.tingkatKualitas().isEmpty() && withKualitas > 0) {
                report.addFindings(finding("ckp.kegiatan.kualitasMissing", Severity.WARNING, location,
                        item.uraian()));
            }
            item.tingkatKualitas()
                    .filter(k -> k.signum() < 0 || k.compareTo(HUNDRED) > 0)
                    .ifPresent(k -> report.addFindings(finding("ckp.kegiatan.kualitasOutOfRange", Severity.WARNING,
                            location, item.uraian(), k.toPlainString())));
        }
    }

    private static Optional<BigDecimal> mean(String name, List<BigDecimal> values, List<CalculationStep> steps) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
        String terms = values.stream().map(StandardCkpCalculator::display).collect(Collectors.joining(" + "));
        steps.add(CalculationStep.of(name, "(" + terms + ") / " + values.size(), mean));
        return Optional.of(mean);
    }

    private static Optional<BigDecimal> ckp(Optional<BigDecimal> rataRataCapaian,
            Optional<BigDecimal> rataRataKualitas, List<CalculationStep> steps, Report.Builder report) {
        if (rataRataCapaian.isPresent() && rataRataKualitas.isPresent()) {
            BigDecimal ckp = rataRataCapaian.get().add(rataRataKualitas.get())
                    .divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
            steps.add(CalculationStep.of("ckp.nilai",
                    "(" + display(rataRataCapaian.get()) + " + " + display(rataRataKualitas.get()) + ") / 2", ckp));
            return Optional.of(ckp);
        }
        if (rataRataCapaian.isPresent()) {
            report.addFindings(finding("ckp.kualitas.none", Severity.WARNING, ""));
            steps.add(CalculationStep.of("ckp.nilai", display(rataRataCapaian.get()), rataRataCapaian.get()));
            return rataRataCapaian;
        }
        if (rataRataKualitas.isPresent()) {
            report.addFindings(finding("ckp.capaian.none", Severity.WARNING, ""));
            steps.add(CalculationStep.of("ckp.nilai", display(rataRataKualitas.get()), rataRataKualitas.get()));
            return rataRataKualitas;
        }
        return Optional.empty();
    }

    private static void compareTotal(String name, Optional<FormValue> shown, Optional<BigDecimal> recomputed,
            Report.Builder report) {
        if (shown.isEmpty()) {
            return;
        }
        if (recomputed.isEmpty()) {
            report.addFindings(finding("ckp.total.notRecomputed", Severity.WARNING, shown.get().location(), name,
                    display(shown.get().value())));
        } else if (differs(shown.get().value(), recomputed.get())) {
            report.addFindings(finding("ckp.total.differs", Severity.WARNING, shown.get().location(), name,
                    display(shown.get().value()), display(recomputed.get())));
        }
    }

    private static boolean differs(BigDecimal shown, BigDecimal recomputed) {
        return shown.subtract(recomputed).abs().compareTo(SHOWN_VALUE_TOLERANCE) > 0;
    }

    // Messages show at most 6 decimals; the result itself keeps the exact values.
    private static String display(BigDecimal value) {
        BigDecimal shortened = value.scale() > 6 ? value.setScale(6, RoundingMode.HALF_UP) : value;
        return shortened.stripTrailingZeros().toPlainString();
    }

    private static Finding finding(String code, Severity severity, String location, Object... arguments) {
        return Finding.of(BUNDLE, code, severity, location, arguments);
    }

    @Override
    public String toString() {
        return "StandardCkpCalculator[" + capaianCap + "]";
    }
}
