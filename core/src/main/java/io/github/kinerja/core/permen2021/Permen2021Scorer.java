package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Scores an appraisal under PP 30/2019 and PermenPANRB 8/2021.
 *
 * <ol>
 *   <li>Each IKI: the {@link CapaianIki capaian} from its target and realisasi (or the appraiser's capaian), then
 *       the nilai from the {@link NilaiCapaianTable}.
 *   <li>Each rencana kinerja: the nilai is the mean of its IKI nilai weighted by the IKI bobot (equal weights
 *       without bobot), 0 without IKI.
 *   <li>Nilai tertimbang: a kinerja utama weighs its bobot in percent, or {@code 1 / number of kinerja utama}
 *       without bobot; a kinerja tambahan weighs its bobot, or nothing without one.
 *   <li>Nilai SKP = sum of nilai tertimbang of the kinerja utama + that of the kinerja tambahan.
 *   <li>Nilai akhir = nilai SKP × weight + nilai perilaku × weight, with the {@link PrestasiWeights} that the
 *       peer input flag selects, and the {@link PredikatPp30} of the exact nilai akhir.
 * </ol>
 *
 * <p>The regulation's form shows nilai tertimbang per rencana kinerja, but the weights behind its worked JPT example
 * (59.2 + 43.6 + 0 = 102.8) were not available; equal weights reproduce it with nilai 118.4 and 87.2, which is why
 * they are the default. The nilai of a rencana kinerja as the mean of its IKI nilai is the library's reading too.
 *
 * <p>Rounding follows the {@link RoundingPolicy}: {@code FINAL_ONLY} (the default) rounds only the displayed nilai
 * SKP and nilai akhir; {@code EACH_ITEM} also rounds every IKI nilai, rencana kinerja nilai and nilai tertimbang
 * before they are added up. Bands are always compared on the unrounded result of the last step.
 *
 * <pre>{@code
 * HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian);
 * hasil.nilaiAkhir().nilaiRounded();   // for example 100.46
 * hasil.predikat();                    // BAIK
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Permen2021Scorer {

    /** The identifier of this rule set in results and in the rule-set registry. */
    public static final String RULE_SET_ID = "permenpanrb-8-2021";

    Permen2021Scorer() {}

    /** Returns the scorer with {@link CapaianGapPolicy#INTERPOLATE} and {@link RoundingPolicy#defaults()}. */
    public static Permen2021Scorer standard() {
        return of(NilaiCapaianTable.standard(), RoundingPolicy.defaults());
    }

    /**
     * Obtains a scorer.
     *
     * @param table  the capaian table with its gap policy, not null
     * @param rounding  the rounding policy, not null
     * @return the scorer, not null
     */
    public static Permen2021Scorer of(NilaiCapaianTable table, RoundingPolicy rounding) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rounding, "rounding");
        return ImmutablePermen2021Scorer.of(table, rounding);
    }

    /** Returns the capaian table. */
    @Value.Parameter
    public abstract NilaiCapaianTable table();

    /** Returns the rounding policy. */
    @Value.Parameter
    public abstract RoundingPolicy rounding();

    /**
     * Returns a copy of this scorer with a capaian table using the given gap policy.
     *
     * @param gapPolicy  the gap policy, not null
     * @return the scorer, not null
     */
    public Permen2021Scorer withGapPolicy(CapaianGapPolicy gapPolicy) {
        return of(NilaiCapaianTable.of(gapPolicy), rounding());
    }

    /**
     * Returns a copy of this scorer with the given rounding policy.
     *
     * @param rounding  the rounding policy, not null
     * @return the scorer, not null
     */
    public abstract Permen2021Scorer withRounding(RoundingPolicy rounding);

    /**
     * Scores an appraisal.
     *
     * @param penilaian  the SKP with realisasi, the nilai perilaku and the flags, not null
     * @return the result with its explanation, not null
     */
    public HasilPenilaian score(PenilaianKinerja penilaian) {
        Objects.requireNonNull(penilaian, "penilaian");
        Skp skp = penilaian.skp();
        List<CalculationStep> steps = new ArrayList<>();
        List<HasilRencanaKinerja> rencanaResults = new ArrayList<>();
        BigDecimal nilaiUtama = BigDecimal.ZERO;
        BigDecimal nilaiTambahan = BigDecimal.ZERO;
        int utamaCount = skp.utama().size();

        for (RencanaKinerja rencana : skp.rencanaKinerja()) {
            HasilRencanaKinerja hasil = scoreRencana(rencana, utamaCount);
            rencanaResults.add(hasil);
            if (rencana.jenis() == JenisKinerja.UTAMA) {
                nilaiUtama = nilaiUtama.add(hasil.nilaiTertimbang());
            } else {
                nilaiTambahan = nilaiTambahan.add(hasil.nilaiTertimbang());
            }
        }

        steps.add(CalculationStep.of("permen2021.nilaiUtama", sumFormula(rencanaResults, JenisKinerja.UTAMA),
                nilaiUtama));
        steps.add(CalculationStep.of("permen2021.nilaiTambahan", sumFormula(rencanaResults, JenisKinerja.TAMBAHAN),
                nilaiTambahan));
        BigDecimal nilaiSkp = nilaiUtama.add(nilaiTambahan);
        steps.add(CalculationStep.of("permen2021.nilaiSkp",
                Decimals.plain(nilaiUtama) + " + " + Decimals.plain(nilaiTambahan), nilaiSkp));
        BigDecimal nilaiSkpRounded = rounding().round(nilaiSkp);
        steps.add(CalculationStep.of("permen2021.nilaiSkp.dibulatkan", roundFormula(nilaiSkp), nilaiSkpRounded));

        NilaiAkhir akhir = nilaiAkhir(nilaiSkp, penilaian.nilaiPerilaku(), penilaian.weights(), penilaian.inovasi());
        return ImmutableHasilPenilaian.builder()
                .ruleSetId(RULE_SET_ID)
                .input(penilaian)
                .gapPolicy(table().gapPolicy())
                .rounding(rounding())
                .rencanaKinerja(rencanaResults)
                .nilaiUtama(nilaiUtama)
                .nilaiTambahan(nilaiTambahan)
                .nilaiSkp(nilaiSkp)
                .nilaiSkpRounded(nilaiSkpRounded)
                .nilaiAkhir(akhir)
                .steps(steps)
                .build();
    }

    /**
     * Combines a nilai SKP and a nilai perilaku kerja into the nilai akhir and its predikat.
     *
     * @param nilaiSkp  the exact nilai SKP, not null
     * @param nilaiPerilaku  the nilai perilaku kerja, not null
     * @param weights  the weights, not null
     * @param inovasi  true if the innovation required for Sangat Baik was present
     * @return the nilai akhir with its predikat and explanation, not null
     */
    public NilaiAkhir nilaiAkhir(BigDecimal nilaiSkp, BigDecimal nilaiPerilaku, PrestasiWeights weights,
            boolean inovasi) {
        Objects.requireNonNull(nilaiSkp, "nilaiSkp");
        Objects.requireNonNull(nilaiPerilaku, "nilaiPerilaku");
        Objects.requireNonNull(weights, "weights");
        List<CalculationStep> steps = new ArrayList<>();
        BigDecimal skpPart = rounding().roundItem(nilaiSkp.multiply(weights.skp()));
        steps.add(CalculationStep.of("permen2021.nilaiAkhir.skp",
                Decimals.plain(nilaiSkp) + " × " + Decimals.plain(weights.skp()), skpPart));
        BigDecimal perilakuPart = rounding().roundItem(nilaiPerilaku.multiply(weights.perilaku()));
        steps.add(CalculationStep.of("permen2021.nilaiAkhir.perilaku",
                Decimals.plain(nilaiPerilaku) + " × " + Decimals.plain(weights.perilaku()), perilakuPart));
        BigDecimal nilai = skpPart.add(perilakuPart);
        steps.add(CalculationStep.of("permen2021.nilaiAkhir",
                Decimals.plain(skpPart) + " + " + Decimals.plain(perilakuPart), nilai));
        BigDecimal rounded = rounding().round(nilai);
        steps.add(CalculationStep.of("permen2021.nilaiAkhir.dibulatkan", roundFormula(nilai), rounded));
        PredikatPp30 predikat = PredikatPp30.of(nilai, inovasi);
        steps.add(CalculationStep.of("permen2021.predikat." + predikat.name(),
                "predikat of " + Decimals.plain(nilai) + (inovasi ? " with" : " without") + " innovation: "
                        + predikat.name(), nilai));
        return ImmutableNilaiAkhir.builder()
                .nilaiSkp(nilaiSkp)
                .nilaiPerilaku(nilaiPerilaku)
                .weights(weights)
                .inovasi(inovasi)
                .nilai(nilai)
                .nilaiRounded(rounded)
                .predikat(predikat)
                .steps(steps)
                .build();
    }

    /**
     * Scores one IKI: capaian, then nilai.
     *
     * <p>The capaian is the appraiser's if set; otherwise it is computed from the realisasi. A qualitative IKI without
     * the appraiser's capaian, and any IKI without realisasi, get capaian 0 ({@link CapaianIki#notRealised()}).
     *
     * @param iki  the IKI, not null
     * @return the scored IKI, not null
     */
    public HasilIki scoreIki(Iki iki) {
        Objects.requireNonNull(iki, "iki");
        CapaianIki capaian;
        if (iki.capaianPenilai().isPresent()) {
            capaian = CapaianIki.assessed(iki.capaianPenilai().orElseThrow());
        } else if (iki.target().isNumeric() && iki.realisasi().isPresent()) {
            capaian = CapaianIki.of(iki.target(), iki.realisasi().orElseThrow());
        } else {
            capaian = CapaianIki.notRealised();
        }
        NilaiCapaianIki nilai = table().nilai(capaian, iki.target().maximumAttainable());
        return ImmutableHasilIki.builder()
                .iki(iki)
                .capaian(capaian)
                .nilai(nilai)
                .nilaiUsed(rounding().roundItem(nilai.nilai()))
                .build();
    }

    private HasilRencanaKinerja scoreRencana(RencanaKinerja rencana, int utamaCount) {
        String prefix = "permen2021.rencanaKinerja." + rencana.id();
        List<CalculationStep> steps = new ArrayList<>();
        List<HasilIki> ikiResults = new ArrayList<>();
        for (Iki iki : rencana.iki()) {
            ikiResults.add(scoreIki(iki));
        }
        // NOTE: the regulation pages available show a nilai per rencana kinerja but not its rule. The weighted mean of
        // the IKI nilai is the library's reading.
        BigDecimal nilai = rounding().roundItem(nilaiRencana(ikiResults, prefix, steps));

        BigDecimal weight;
        String weightFormula;
        if (rencana.bobot().isPresent()) {
            weight = Decimals.divide(rencana.bobot().orElseThrow(), Decimals.HUNDRED);
            weightFormula = "bobot " + Decimals.plain(rencana.bobot().orElseThrow()) + " %";
        } else if (rencana.jenis() == JenisKinerja.UTAMA) {
            weight = Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(utamaCount));
            weightFormula = "equal weight 1 / " + utamaCount;
        } else {
            weight = BigDecimal.ZERO;
            weightFormula = "kinerja tambahan without bobot: weight 0";
        }
        steps.add(CalculationStep.of(prefix + ".bobot", weightFormula, weight));
        BigDecimal tertimbang;
        String tertimbangFormula;
        if (rencana.bobot().isEmpty() && rencana.jenis() == JenisKinerja.UTAMA) {
            // Dividing once keeps equal thirds exact enough that three of them add up to the mean.
            tertimbang = Decimals.divide(nilai, BigDecimal.valueOf(utamaCount));
            tertimbangFormula = Decimals.plain(nilai) + " / " + utamaCount;
        } else {
            tertimbang = nilai.multiply(weight);
            tertimbangFormula = Decimals.plain(nilai) + " × " + Decimals.plain(weight);
        }
        tertimbang = rounding().roundItem(tertimbang);
        steps.add(CalculationStep.of(prefix + ".nilaiTertimbang", tertimbangFormula, tertimbang));
        return ImmutableHasilRencanaKinerja.builder()
                .rencanaKinerja(rencana)
                .iki(ikiResults)
                .nilai(nilai)
                .weight(weight)
                .nilaiTertimbang(tertimbang)
                .steps(steps)
                .build();
    }

    private static BigDecimal nilaiRencana(List<HasilIki> ikiResults, String prefix, List<CalculationStep> steps) {
        if (ikiResults.isEmpty()) {
            steps.add(CalculationStep.of(prefix + ".nilai", "no IKI: nilai 0", BigDecimal.ZERO));
            return BigDecimal.ZERO;
        }
        boolean weighted = ikiResults.get(0).iki().bobot().isPresent();
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder formula = new StringBuilder();
        for (HasilIki iki : ikiResults) {
            if (formula.length() > 0) {
                formula.append(" + ");
            }
            if (weighted) {
                BigDecimal bobot = iki.iki().bobot().orElseThrow();
                sum = sum.add(iki.nilaiUsed().multiply(bobot));
                formula.append(Decimals.plain(iki.nilaiUsed())).append(" × ").append(Decimals.plain(bobot));
            } else {
                sum = sum.add(iki.nilaiUsed());
                formula.append(Decimals.plain(iki.nilaiUsed()));
            }
        }
        BigDecimal divisor = weighted ? Decimals.HUNDRED : BigDecimal.valueOf(ikiResults.size());
        BigDecimal nilai = Decimals.divide(sum, divisor);
        steps.add(CalculationStep.of(prefix + ".nilai", "(" + formula + ") / " + Decimals.plain(divisor), nilai));
        return nilai;
    }

    private static String sumFormula(List<HasilRencanaKinerja> results, JenisKinerja jenis) {
        StringBuilder formula = new StringBuilder();
        for (HasilRencanaKinerja result : results) {
            if (result.rencanaKinerja().jenis() == jenis) {
                formula.append(formula.length() > 0 ? " + " : "").append(Decimals.plain(result.nilaiTertimbang()));
            }
        }
        return formula.length() > 0 ? formula.toString() : "no " + jenis.name().toLowerCase(Locale.ROOT)
                + " rencana kinerja: 0";
    }

    private String roundFormula(BigDecimal value) {
        return "round(" + Decimals.plain(value) + ", " + rounding().scale() + ", " + rounding().mode() + ")";
    }
}
