package io.github.kinerja.json.internal;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.RoundingStage;
import io.github.kinerja.core.Sex;
import io.github.kinerja.core.ckp.CapaianCap;
import io.github.kinerja.core.ckp.CkpKind;
import io.github.kinerja.core.ckp.JenisKegiatan;
import io.github.kinerja.core.permen2021.CapaianBasis;
import io.github.kinerja.core.permen2021.CapaianGapPolicy;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.KategoriCapaianIki;
import io.github.kinerja.core.permen2021.PredikatPp30;
import io.github.kinerja.core.permen2021.PrestasiWeights;
import io.github.kinerja.core.permen2021.TargetDirection;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.core.permen2022.AnnualPredikatPolicy;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.JenisPeriode;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.JenjangJf;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.PlanStatus;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.RatingSource;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.AspekSkp;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.SatuanWaktu;
import io.github.kinerja.core.pp46.calc.BandBoundaryPolicy;
import io.github.kinerja.core.pp46.calc.EfficiencyBranch;
import io.github.kinerja.core.report.Severity;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JSON code tables of every enum of the format, one table per enum. A code, once released, never changes
 * meaning; a new constant gets a new code (a minor format version).
 */
public final class Enums {

    /** The codes of {@link Golongan}. */
    public static final EnumCodes<Golongan> GOLONGAN = EnumCodes.of(Golongan.class, "Golongan")
            .code(Golongan.I_A, "i/a")
            .code(Golongan.I_B, "i/b")
            .code(Golongan.I_C, "i/c")
            .code(Golongan.I_D, "i/d")
            .code(Golongan.II_A, "ii/a")
            .code(Golongan.II_B, "ii/b")
            .code(Golongan.II_C, "ii/c")
            .code(Golongan.II_D, "ii/d")
            .code(Golongan.III_A, "iii/a")
            .code(Golongan.III_B, "iii/b")
            .code(Golongan.III_C, "iii/c")
            .code(Golongan.III_D, "iii/d")
            .code(Golongan.IV_A, "iv/a")
            .code(Golongan.IV_B, "iv/b")
            .code(Golongan.IV_C, "iv/c")
            .code(Golongan.IV_D, "iv/d")
            .code(Golongan.IV_E, "iv/e")
            .build();

    /** The codes of {@link Sex}. */
    public static final EnumCodes<Sex> SEX = EnumCodes.of(Sex.class, "Sex")
            .code(Sex.MALE, "male")
            .code(Sex.FEMALE, "female")
            .build();

    /** The codes of {@link RoundingMode}. */
    public static final EnumCodes<RoundingMode> ROUNDING_MODE = EnumCodes.of(RoundingMode.class, "RoundingMode")
            .code(RoundingMode.UP, "up")
            .code(RoundingMode.DOWN, "down")
            .code(RoundingMode.CEILING, "ceiling")
            .code(RoundingMode.FLOOR, "floor")
            .code(RoundingMode.HALF_UP, "half_up")
            .code(RoundingMode.HALF_DOWN, "half_down")
            .code(RoundingMode.HALF_EVEN, "half_even")
            .code(RoundingMode.UNNECESSARY, "unnecessary")
            .build();

    /** The codes of {@link RoundingStage}. */
    public static final EnumCodes<RoundingStage> ROUNDING_STAGE = EnumCodes.of(RoundingStage.class, "RoundingStage")
            .code(RoundingStage.FINAL_ONLY, "final_only")
            .code(RoundingStage.EACH_ITEM, "each_item")
            .build();

    /** The codes of {@link Severity}. */
    public static final EnumCodes<Severity> SEVERITY = EnumCodes.of(Severity.class, "Severity")
            .code(Severity.ERROR, "error")
            .code(Severity.WARNING, "warning")
            .code(Severity.INFO, "info")
            .build();

    /** The codes of {@link AspekPerilaku}. */
    public static final EnumCodes<AspekPerilaku> ASPEK_PERILAKU = EnumCodes.of(AspekPerilaku.class, "pp46.AspekPerilaku")
            .code(AspekPerilaku.ORIENTASI_PELAYANAN, "orientasi_pelayanan")
            .code(AspekPerilaku.INTEGRITAS, "integritas")
            .code(AspekPerilaku.KOMITMEN, "komitmen")
            .code(AspekPerilaku.DISIPLIN, "disiplin")
            .code(AspekPerilaku.KERJA_SAMA, "kerja_sama")
            .code(AspekPerilaku.KEPEMIMPINAN, "kepemimpinan")
            .build();

    /** The codes of {@link AspekSkp}. */
    public static final EnumCodes<AspekSkp> ASPEK_SKP = EnumCodes.of(AspekSkp.class, "pp46.AspekSkp")
            .code(AspekSkp.KUANTITAS, "kuantitas")
            .code(AspekSkp.KUALITAS, "kualitas")
            .code(AspekSkp.WAKTU, "waktu")
            .code(AspekSkp.BIAYA, "biaya")
            .build();

    /** The codes of {@link KategoriPp46}. */
    public static final EnumCodes<KategoriPp46> KATEGORI_PP46 = EnumCodes.of(KategoriPp46.class, "pp46.KategoriPp46")
            .code(KategoriPp46.SANGAT_BAIK, "sangat_baik")
            .code(KategoriPp46.BAIK, "baik")
            .code(KategoriPp46.CUKUP, "cukup")
            .code(KategoriPp46.KURANG, "kurang")
            .code(KategoriPp46.BURUK, "buruk")
            .build();

    /** The codes of {@link ManfaatKreativitas}. */
    public static final EnumCodes<ManfaatKreativitas> MANFAAT_KREATIVITAS =
            EnumCodes.of(ManfaatKreativitas.class, "pp46.ManfaatKreativitas")
                    .code(ManfaatKreativitas.UNIT_KERJA, "unit_kerja")
                    .code(ManfaatKreativitas.ORGANISASI, "organisasi")
                    .code(ManfaatKreativitas.NEGARA, "negara")
                    .build();

    /** The codes of {@link SatuanWaktu}. */
    public static final EnumCodes<SatuanWaktu> SATUAN_WAKTU = EnumCodes.of(SatuanWaktu.class, "pp46.SatuanWaktu")
            .code(SatuanWaktu.BULAN, "bulan")
            .code(SatuanWaktu.HARI, "hari")
            .build();

    /** The codes of {@link CapaianCap}. */
    public static final EnumCodes<CapaianCap> CAPAIAN_CAP = EnumCodes.of(CapaianCap.class, "ckp.CapaianCap")
            .code(CapaianCap.NOT_CAPPED, "not_capped")
            .code(CapaianCap.CAPPED_AT_100, "capped_at_100")
            .build();

    /** The codes of {@link CkpKind}. */
    public static final EnumCodes<CkpKind> CKP_KIND = EnumCodes.of(CkpKind.class, "ckp.CkpKind")
            .code(CkpKind.TARGET, "ckp_t")
            .code(CkpKind.REALISASI, "ckp_r")
            .build();

    /** The codes of {@link JenisKegiatan}. */
    public static final EnumCodes<JenisKegiatan> JENIS_KEGIATAN = EnumCodes.of(JenisKegiatan.class, "ckp.JenisKegiatan")
            .code(JenisKegiatan.UTAMA, "utama")
            .code(JenisKegiatan.TAMBAHAN, "tambahan")
            .build();

    /** The codes of {@link CapaianBasis}. */
    public static final EnumCodes<CapaianBasis> CAPAIAN_BASIS = EnumCodes.of(CapaianBasis.class, "permen2021.CapaianBasis")
            .code(CapaianBasis.RATIO, "ratio")
            .code(CapaianBasis.KONDISI_KHUSUS, "kondisi_khusus")
            .code(CapaianBasis.WITHIN_RANGE, "within_range")
            .code(CapaianBasis.ZERO_TARGET, "zero_target")
            .code(CapaianBasis.NOT_REALISED, "not_realised")
            .code(CapaianBasis.APPRAISER_ASSESSED, "appraiser_assessed")
            .build();

    /** The codes of {@link CapaianGapPolicy}. */
    public static final EnumCodes<CapaianGapPolicy> CAPAIAN_GAP_POLICY =
            EnumCodes.of(CapaianGapPolicy.class, "permen2021.CapaianGapPolicy")
                    .code(CapaianGapPolicy.INTERPOLATE, "interpolate")
                    .code(CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER, "round_capaian_to_integer")
                    .build();

    /** The codes of {@link JenisKinerja}. */
    public static final EnumCodes<JenisKinerja> JENIS_KINERJA = EnumCodes.of(JenisKinerja.class, "permen2021.JenisKinerja")
            .code(JenisKinerja.UTAMA, "utama")
            .code(JenisKinerja.TAMBAHAN, "tambahan")
            .build();

    /** The codes of {@link KategoriCapaianIki}. */
    public static final EnumCodes<KategoriCapaianIki> KATEGORI_CAPAIAN_IKI =
            EnumCodes.of(KategoriCapaianIki.class, "permen2021.KategoriCapaianIki")
                    .code(KategoriCapaianIki.SANGAT_BAIK, "sangat_baik")
                    .code(KategoriCapaianIki.BAIK, "baik")
                    .code(KategoriCapaianIki.CUKUP, "cukup")
                    .code(KategoriCapaianIki.KURANG, "kurang")
                    .code(KategoriCapaianIki.SANGAT_KURANG, "sangat_kurang")
                    .build();

    /** The codes of {@link PredikatPp30}. */
    public static final EnumCodes<PredikatPp30> PREDIKAT_PP30 = EnumCodes.of(PredikatPp30.class, "permen2021.PredikatPp30")
            .code(PredikatPp30.SANGAT_BAIK, "sangat_baik")
            .code(PredikatPp30.BAIK, "baik")
            .code(PredikatPp30.CUKUP, "cukup")
            .code(PredikatPp30.KURANG, "kurang")
            .code(PredikatPp30.SANGAT_KURANG, "sangat_kurang")
            .build();

    /** The codes of {@link PrestasiWeights}. */
    public static final EnumCodes<PrestasiWeights> PRESTASI_WEIGHTS =
            EnumCodes.of(PrestasiWeights.class, "permen2021.PrestasiWeights")
                    .code(PrestasiWeights.SEVENTY_THIRTY, "70_30")
                    .code(PrestasiWeights.SIXTY_FORTY, "60_40")
                    .build();

    /** The codes of {@link TargetDirection}. */
    public static final EnumCodes<TargetDirection> TARGET_DIRECTION =
            EnumCodes.of(TargetDirection.class, "permen2021.TargetDirection")
                    .code(TargetDirection.HIGHER_IS_BETTER, "higher_is_better")
                    .code(TargetDirection.LOWER_IS_BETTER, "lower_is_better")
                    .build();

    /** The codes of {@link TargetKind}. */
    public static final EnumCodes<TargetKind> TARGET_KIND = EnumCodes.of(TargetKind.class, "permen2021.TargetKind")
            .code(TargetKind.VALUE, "value")
            .code(TargetKind.RANGE, "range")
            .code(TargetKind.QUALITATIVE, "qualitative")
            .build();

    /** The codes of {@link EfficiencyBranch}. */
    public static final EnumCodes<EfficiencyBranch> EFFICIENCY_BRANCH =
            EnumCodes.of(EfficiencyBranch.class, "pp46.EfficiencyBranch")
                    .code(EfficiencyBranch.UP_TO_24_PERCENT, "up_to_24_percent")
                    .code(EfficiencyBranch.ABOVE_24_PERCENT, "above_24_percent")
                    .build();

    /** The codes of {@link BandBoundaryPolicy}. */
    public static final EnumCodes<BandBoundaryPolicy> BAND_BOUNDARY_POLICY =
            EnumCodes.of(BandBoundaryPolicy.class, "pp46.BandBoundaryPolicy")
                    .code(BandBoundaryPolicy.HYBRID, "hybrid")
                    .code(BandBoundaryPolicy.LOWER_INCLUSIVE, "lower_inclusive")
                    .code(BandBoundaryPolicy.UPPER_INCLUSIVE, "upper_inclusive")
                    .build();

    /** The codes of {@link AnnualPredikatPolicy}. */
    public static final EnumCodes<AnnualPredikatPolicy> ANNUAL_PREDIKAT_POLICY =
            EnumCodes.of(AnnualPredikatPolicy.class, "permen2022.AnnualPredikatPolicy")
                    .code(AnnualPredikatPolicy.APPRAISER_INPUT, "appraiser_input")
                    .code(AnnualPredikatPolicy.LAST_PERIOD, "last_period")
                    .build();

    /** The codes of {@link AspekIki}. */
    public static final EnumCodes<AspekIki> ASPEK_IKI =
            EnumCodes.of(AspekIki.class, "permen2022.AspekIki")
                    .code(AspekIki.KUANTITAS, "kuantitas")
                    .code(AspekIki.KUALITAS, "kualitas")
                    .code(AspekIki.WAKTU, "waktu")
                    .code(AspekIki.BIAYA, "biaya")
                    .build();

    /** The codes of {@link CoreValue}. */
    public static final EnumCodes<CoreValue> CORE_VALUE =
            EnumCodes.of(CoreValue.class, "permen2022.CoreValue")
                    .code(CoreValue.BERORIENTASI_PELAYANAN, "berorientasi_pelayanan")
                    .code(CoreValue.AKUNTABEL, "akuntabel")
                    .code(CoreValue.KOMPETEN, "kompeten")
                    .code(CoreValue.HARMONIS, "harmonis")
                    .code(CoreValue.LOYAL, "loyal")
                    .code(CoreValue.ADAPTIF, "adaptif")
                    .code(CoreValue.KOLABORATIF, "kolaboratif")
                    .build();

    /** The codes of {@link JenisPeriode}. */
    public static final EnumCodes<JenisPeriode> JENIS_PERIODE =
            EnumCodes.of(JenisPeriode.class, "permen2022.JenisPeriode")
                    .code(JenisPeriode.BULANAN, "bulanan")
                    .code(JenisPeriode.TRIWULANAN, "triwulanan")
                    .code(JenisPeriode.TAHUNAN, "tahunan")
                    .code(JenisPeriode.CUSTOM, "custom")
                    .build();

    /** The codes of {@link JenisRhk}. */
    public static final EnumCodes<JenisRhk> JENIS_RHK =
            EnumCodes.of(JenisRhk.class, "permen2022.JenisRhk")
                    .code(JenisRhk.UTAMA, "utama")
                    .code(JenisRhk.TAMBAHAN, "tambahan")
                    .build();

    /** The codes of {@link JenjangJf}. */
    public static final EnumCodes<JenjangJf> JENJANG_JF =
            EnumCodes.of(JenjangJf.class, "permen2022.JenjangJf")
                    .code(JenjangJf.PEMULA, "pemula")
                    .code(JenjangJf.TERAMPIL, "terampil")
                    .code(JenjangJf.MAHIR, "mahir")
                    .code(JenjangJf.PENYELIA, "penyelia")
                    .code(JenjangJf.AHLI_PERTAMA, "ahli_pertama")
                    .code(JenjangJf.AHLI_MUDA, "ahli_muda")
                    .code(JenjangJf.AHLI_MADYA, "ahli_madya")
                    .code(JenjangJf.AHLI_UTAMA, "ahli_utama")
                    .build();

    /** The codes of {@link LampiranSkp}. */
    public static final EnumCodes<LampiranSkp> LAMPIRAN_SKP =
            EnumCodes.of(LampiranSkp.class, "permen2022.LampiranSkp")
                    .code(LampiranSkp.DUKUNGAN_SUMBER_DAYA, "dukungan_sumber_daya")
                    .code(LampiranSkp.SKEMA_PERTANGGUNGJAWABAN, "skema_pertanggungjawaban")
                    .code(LampiranSkp.KONSEKUENSI, "konsekuensi")
                    .build();

    /** The codes of {@link ModelSkp}. */
    public static final EnumCodes<ModelSkp> MODEL_SKP =
            EnumCodes.of(ModelSkp.class, "permen2022.ModelSkp")
                    .code(ModelSkp.JPT, "jpt")
                    .code(ModelSkp.JA_JF, "ja_jf")
                    .build();

    /** The codes of {@link Perspektif}. */
    public static final EnumCodes<Perspektif> PERSPEKTIF =
            EnumCodes.of(Perspektif.class, "permen2022.Perspektif")
                    .code(Perspektif.PENERIMA_LAYANAN, "penerima_layanan")
                    .code(Perspektif.PROSES_BISNIS, "proses_bisnis")
                    .code(Perspektif.PENGUATAN_INTERNAL, "penguatan_internal")
                    .code(Perspektif.ANGGARAN, "anggaran")
                    .build();

    /** The codes of {@link PlanStatus}. */
    public static final EnumCodes<PlanStatus> PLAN_STATUS =
            EnumCodes.of(PlanStatus.class, "permen2022.PlanStatus")
                    .code(PlanStatus.DRAFT, "draft")
                    .code(PlanStatus.AGREED, "agreed")
                    .code(PlanStatus.EVALUATED, "evaluated")
                    .build();

    /** The codes of {@link PredikatOrganisasi}. */
    public static final EnumCodes<PredikatOrganisasi> PREDIKAT_ORGANISASI =
            EnumCodes.of(PredikatOrganisasi.class, "permen2022.PredikatOrganisasi")
                    .code(PredikatOrganisasi.ISTIMEWA, "istimewa")
                    .code(PredikatOrganisasi.BAIK, "baik")
                    .code(PredikatOrganisasi.BUTUH_PERBAIKAN, "butuh_perbaikan")
                    .code(PredikatOrganisasi.KURANG, "kurang")
                    .code(PredikatOrganisasi.SANGAT_KURANG, "sangat_kurang")
                    .build();

    /** The codes of {@link PredikatPegawai}. */
    public static final EnumCodes<PredikatPegawai> PREDIKAT_PEGAWAI =
            EnumCodes.of(PredikatPegawai.class, "permen2022.PredikatPegawai")
                    .code(PredikatPegawai.SANGAT_BAIK, "sangat_baik")
                    .code(PredikatPegawai.BAIK, "baik")
                    .code(PredikatPegawai.BUTUH_PERBAIKAN, "butuh_perbaikan")
                    .code(PredikatPegawai.KURANG_MISCONDUCT, "kurang_misconduct")
                    .code(PredikatPegawai.SANGAT_KURANG, "sangat_kurang")
                    .build();

    /** The codes of {@link Rating}. */
    public static final EnumCodes<Rating> RATING =
            EnumCodes.of(Rating.class, "permen2022.Rating")
                    .code(Rating.DI_ATAS_EKSPEKTASI, "di_atas_ekspektasi")
                    .code(Rating.SESUAI_EKSPEKTASI, "sesuai_ekspektasi")
                    .code(Rating.DI_BAWAH_EKSPEKTASI, "di_bawah_ekspektasi")
                    .build();

    /** The codes of {@link RatingSource}. */
    public static final EnumCodes<RatingSource> RATING_SOURCE =
            EnumCodes.of(RatingSource.class, "permen2022.RatingSource")
                    .code(RatingSource.APPRAISER, "appraiser")
                    .code(RatingSource.UNIT_PREDIKAT, "unit_predikat")
                    .build();

    /** Every table, for the schema and for the test that each core enum has one. */
    public static final List<EnumCodes<?>> ALL = List.of(GOLONGAN, SEX, ROUNDING_MODE, ROUNDING_STAGE, SEVERITY,
            ASPEK_PERILAKU, ASPEK_SKP, KATEGORI_PP46, MANFAAT_KREATIVITAS, SATUAN_WAKTU,
            CAPAIAN_CAP, CKP_KIND, JENIS_KEGIATAN,
            CAPAIAN_BASIS, CAPAIAN_GAP_POLICY, JENIS_KINERJA, KATEGORI_CAPAIAN_IKI, PREDIKAT_PP30, PRESTASI_WEIGHTS,
            TARGET_DIRECTION, TARGET_KIND, EFFICIENCY_BRANCH, BAND_BOUNDARY_POLICY,
            ANNUAL_PREDIKAT_POLICY, ASPEK_IKI, CORE_VALUE, JENIS_PERIODE, JENIS_RHK, JENJANG_JF, LAMPIRAN_SKP, MODEL_SKP,
            PERSPEKTIF, PLAN_STATUS, PREDIKAT_ORGANISASI, PREDIKAT_PEGAWAI, RATING, RATING_SOURCE);

    private Enums() {}
}
