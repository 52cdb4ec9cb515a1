package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.calc.Decimals.text;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Pp46Validator;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.report.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Scores an SKP under PP 46/2011 with Perka BKN 1/2013: the one entry point that validates the SKP, runs every
 * calculator and presents the values.
 *
 * <p>The calculation, step by step:
 * <ol>
 *   <li>each kegiatan: the capaian of each aspect ({@link AspekCalculator}) and their mean over 3 or 4 aspects
 *       ({@link KegiatanCalculator});
 *   <li>the Nilai Capaian SKP: the mean of the kegiatan plus the tugas tambahan and kreativitas values
 *       ({@link CapaianSkpCalculator}, {@link TugasTambahanCalculator}, {@link KreativitasCalculator});
 *   <li>the Nilai Perilaku Kerja: the mean of the aspect scores ({@link PerilakuCalculator});
 *   <li>the Nilai Prestasi Kerja: 60 % SKP plus 40 % perilaku ({@link PrestasiCalculator});
 *   <li>presentation: each value rounded by the {@link RoundingPolicy} and placed in a category by the
 *       {@link KategoriClassifier}, using the rounded value.
 * </ol>
 * Values stay exact until presented. Under {@link io.github.kinerja.core.RoundingStage#FINAL_ONLY} (the default) the
 * prestasi is calculated from the exact Nilai Capaian SKP and perilaku; under
 * {@link io.github.kinerja.core.RoundingStage#EACH_ITEM} each kegiatan value, the Nilai Capaian SKP and the perilaku
 * mean are rounded before they are used further, as spreadsheets that reuse 2-decimal cells do.
 *
 * <p>Every part is replaceable with a {@code withXxx} copy:
 * <pre>{@code
 * Pp46Scorer scorer = Pp46Scorer.defaults()
 *         .withKategoriClassifier(BandBoundaryPolicy.UPPER_INCLUSIVE)
 *         .withKreativitasCalculator(KreativitasAggregation.SUM)
 *         .withRoundingPolicy(RoundingPolicy.defaults().withMode(RoundingMode.DOWN));
 * Pp46Result result = scorer.score(skp);
 * result.nilaiCapaianSkp().rounded();   // 92.24
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe if the calculators are.
 */
@Value.Immutable
public abstract class Pp46Scorer {

    Pp46Scorer() {}

    /**
     * Returns the scorer of PP 46/2011 with the default policies: {@link BandBoundaryPolicy#HYBRID} bands,
     * kreativitas by {@link KreativitasAggregation#MAX}, 60/40 weights and {@link RoundingPolicy#defaults()}.
     */
    public static Pp46Scorer defaults() {
        return ImmutablePp46Scorer.builder().build();
    }

    /** Returns the calculator of the aspect capaian. */
    @Value.Default
    public AspekCalculator aspekCalculator() {
        return AspekCalculator.standard();
    }

    /** Returns the calculator of the kegiatan values. */
    @Value.Default
    public KegiatanCalculator kegiatanCalculator() {
        return KegiatanCalculator.standard();
    }

    /** Returns the calculator of the tugas tambahan value. */
    @Value.Default
    public TugasTambahanCalculator tugasTambahanCalculator() {
        return TugasTambahanCalculator.standard();
    }

    /** Returns the calculator of the kreativitas value, {@link KreativitasAggregation#MAX} by default. */
    @Value.Default
    public KreativitasCalculator kreativitasCalculator() {
        return KreativitasAggregation.MAX;
    }

    /** Returns the calculator of the Nilai Capaian SKP. */
    @Value.Default
    public CapaianSkpCalculator capaianSkpCalculator() {
        return CapaianSkpCalculator.standard();
    }

    /** Returns the calculator of the Nilai Perilaku Kerja. */
    @Value.Default
    public PerilakuCalculator perilakuCalculator() {
        return PerilakuCalculator.standard();
    }

    /** Returns the calculator of the Nilai Prestasi Kerja, 60/40 by default. */
    @Value.Default
    public PrestasiCalculator prestasiCalculator() {
        return PrestasiCalculator.standard();
    }

    /** Returns the classifier of the categories, {@link BandBoundaryPolicy#HYBRID} by default. */
    @Value.Default
    public KategoriClassifier kategoriClassifier() {
        return BandBoundaryPolicy.HYBRID;
    }

    /** Returns the rounding policy, {@link RoundingPolicy#defaults()} by default. */
    @Value.Default
    public RoundingPolicy roundingPolicy() {
        return RoundingPolicy.defaults();
    }

    /**
     * Returns a copy of this scorer with another aspect calculator.
     *
     * @param calculator  the calculator, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withAspekCalculator(AspekCalculator calculator);

    /**
     * Returns a copy of this scorer with another kegiatan calculator.
     *
     * @param calculator  the calculator, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withKegiatanCalculator(KegiatanCalculator calculator);

    /**
     * Returns a copy of this scorer with another tugas tambahan calculator.
     *
     * @param calculator  the calculator, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withTugasTambahanCalculator(TugasTambahanCalculator calculator);

    /**
     * Returns a copy of this scorer with another kreativitas calculator, such as {@link KreativitasAggregation#SUM}.
     *
     * @param calculator  the calculator, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withKreativitasCalculator(KreativitasCalculator calculator);

    /**
     * Returns a copy of this scorer with another Nilai Capaian SKP calculator.
     *
     * @param calculator  the calculator, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withCapaianSkpCalculator(CapaianSkpCalculator calculator);

    /**
     * Returns a copy of this scorer with another perilaku calculator.
     *
     * @param calculator  the calculator, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withPerilakuCalculator(PerilakuCalculator calculator);

    /**
     * Returns a copy of this scorer with another prestasi calculator, such as one from
     * {@link PrestasiCalculator#weighted(BigDecimal, BigDecimal)}.
     *
     * @param calculator  the calculator, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withPrestasiCalculator(PrestasiCalculator calculator);

    /**
     * Returns a copy of this scorer with another category classifier, such as a {@link BandBoundaryPolicy}.
     *
     * @param classifier  the classifier, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withKategoriClassifier(KategoriClassifier classifier);

    /**
     * Returns a copy of this scorer with another rounding policy.
     *
     * @param policy  the policy, not null
     * @return the scorer, not null
     */
    public abstract Pp46Scorer withRoundingPolicy(RoundingPolicy policy);

    /**
     * Validates an SKP without scoring it, as {@link Pp46Validator#validate(SkpPp46)}.
     *
     * @param skp  the SKP, not null
     * @return the findings, not null
     */
    public Report validate(SkpPp46 skp) {
        return Pp46Validator.validate(skp);
    }

    /**
     * Scores an SKP.
     *
     * @param skp  the SKP, not null
     * @return the result with every step, not null
     * @throws InvalidSkpException if the validation of the SKP finds errors, with all of them in its report
     */
    public Pp46Result score(SkpPp46 skp) {
        Objects.requireNonNull(skp, "skp");
        Report report = Pp46Validator.validate(skp);
        if (report.hasErrors()) {
            throw new InvalidSkpException(report);
        }
        RoundingPolicy rounding = roundingPolicy();
        List<CalculationStep> steps = new ArrayList<>();
        Pp46Result.Builder result = Pp46Result.builder().roundingPolicy(rounding).report(report);

        List<KegiatanResult> kegiatan = new ArrayList<>(skp.kegiatan().size());
        for (Kegiatan item : skp.kegiatan()) {
            KegiatanResult kegiatanResult = kegiatanCalculator().calculate(item, aspekCalculator());
            kegiatan.add(kegiatanResult);
            steps.addAll(kegiatanResult.steps());
        }
        CapaianSkpResult capaian = capaianSkpCalculator().calculate(kegiatan,
                tugasTambahanCalculator().calculate(skp.tugasTambahan()),
                kreativitasCalculator().calculate(skp.kreativitas()), rounding);
        steps.addAll(capaian.steps());
        Nilai nilaiCapaian = present(capaian.value(), Pp46Steps.SKP_ROUNDED, steps);
        result.addAllKegiatan(kegiatan).capaianSkp(capaian).nilaiCapaianSkp(nilaiCapaian);

        if (skp.perilaku().isPresent()) {
            PerilakuKerja perilaku = skp.perilaku().get();
            perilaku.scores().forEach((aspek, score) ->
                    result.putKategoriPerilaku(aspek, kategoriClassifier().classify(rounding.round(score))));
            PerilakuResult perilakuResult = perilakuCalculator().calculate(perilaku);
            steps.addAll(perilakuResult.steps());
            Nilai nilaiPerilaku = present(perilakuResult.value(), Pp46Steps.PERILAKU_ROUNDED, steps);

            PrestasiResult prestasi = prestasiCalculator().calculate(
                    rounding.roundItem(capaian.value()), rounding.roundItem(perilakuResult.value()));
            steps.addAll(prestasi.steps());
            Nilai nilaiPrestasi = present(prestasi.value(), Pp46Steps.PRESTASI_ROUNDED, steps);
            result.perilaku(perilakuResult)
                    .nilaiPerilaku(nilaiPerilaku)
                    .prestasi(prestasi)
                    .nilaiPrestasiKerja(nilaiPrestasi);
        }
        return result.addAllSteps(steps).build();
    }

    private Nilai present(BigDecimal exact, String stepName, List<CalculationStep> steps) {
        RoundingPolicy rounding = roundingPolicy();
        BigDecimal rounded = rounding.round(exact);
        steps.add(CalculationStep.of(stepName,
                "round(" + text(exact) + ", " + rounding.scale() + ", " + rounding.mode() + ")", rounded));
        return Nilai.of(exact, rounded, kategoriClassifier().classify(rounded));
    }
}
