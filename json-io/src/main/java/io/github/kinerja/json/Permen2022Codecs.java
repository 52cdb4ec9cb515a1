package io.github.kinerja.json;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2022.AngkaKreditCalculator;
import io.github.kinerja.core.permen2022.BuktiDukung;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.HasilAngkaKredit;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeAngkaKredit;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.PredikatTahunan;
import io.github.kinerja.core.permen2022.RatingSuggestion;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UmpanBalik;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.json.internal.Enums;
import java.util.List;
import java.util.Optional;

/**
 * The codecs of the SKP under PermenPANRB 6/2022: the plan, its evaluations, the appraisal input and result, and
 * the angka kredit. Results are read by computing them again from what they record (see {@link Recomputation}).
 */
final class Permen2022Codecs {

    private static final Shape STEPS = Shape.listOf(CoreCodecs.STEP);

    static final Codec<RhkReference> RHK_REFERENCE = Codec.builder(RhkReference.class, "permen2022.RhkReference",
                    "The RHK of the superior that an RHK intervenes: the superior's SKP id and RHK id.")
            .required("skpId", Shape.TEXT)
            .required("rhkId", Shape.TEXT)
            .writer((reference, out) -> out.text("skpId", reference.skpId()).text("rhkId", reference.rhkId()))
            .reader(in -> {
                String skpId = in.text("skpId");
                String rhkId = in.text("rhkId");
                return in.build(() -> RhkReference.of(skpId, rhkId));
            })
            .build();

    static final Codec<Iki> IKI = Codec.builder(Iki.class, "permen2022.Iki",
                    "An indikator kinerja individu of an RHK, with its aspect and target.")
            .required("id", Shape.TEXT)
            .optional("aspek", Shape.code(Enums.ASPEK_IKI))
            .required("indikator", Shape.TEXT)
            .required("target", Shape.object(Permen2021Codecs.IKI_TARGET))
            .writer((iki, out) -> out
                    .text("id", iki.id())
                    .optionalCode("aspek", Enums.ASPEK_IKI, iki.aspek())
                    .text("indikator", iki.indikator())
                    .object("target", Permen2021Codecs.IKI_TARGET, iki.target()))
            .reader(in -> {
                Iki.Builder iki = Iki.builder()
                        .id(in.text("id"))
                        .aspek(in.optionalCode("aspek", Enums.ASPEK_IKI))
                        .indikator(in.text("indikator"))
                        .target(in.object("target", Permen2021Codecs.IKI_TARGET));
                return in.build(iki::build);
            })
            .build();

    static final Codec<Rhk> RHK = Codec.builder(Rhk.class, "permen2022.Rhk",
                    "A rencana hasil kerja, utama or tambahan, with the superior's RHK it intervenes and its IKI.")
            .required("id", Shape.TEXT)
            .required("jenis", Shape.code(Enums.JENIS_RHK))
            .required("uraian", Shape.TEXT)
            .optional("rhkAtasan", Shape.object(RHK_REFERENCE))
            .optional("perspektif", Shape.code(Enums.PERSPEKTIF))
            .optional("iki", Shape.listOf(IKI))
            .writer((rhk, out) -> out
                    .text("id", rhk.id())
                    .code("jenis", Enums.JENIS_RHK, rhk.jenis())
                    .text("uraian", rhk.uraian())
                    .optionalObject("rhkAtasan", RHK_REFERENCE, rhk.rhkAtasan())
                    .optionalCode("perspektif", Enums.PERSPEKTIF, rhk.perspektif())
                    .list("iki", IKI, rhk.iki()))
            .reader(in -> {
                Rhk.Builder rhk = Rhk.builder()
                        .id(in.text("id"))
                        .jenis(in.code("jenis", Enums.JENIS_RHK))
                        .uraian(in.text("uraian"))
                        .rhkAtasan(in.optionalObject("rhkAtasan", RHK_REFERENCE))
                        .perspektif(in.optionalCode("perspektif", Enums.PERSPEKTIF))
                        .iki(in.list("iki", IKI));
                return in.build(rhk::build);
            })
            .build();

    static final Codec<LampiranItem> LAMPIRAN = Codec.builder(LampiranItem.class, "permen2022.LampiranItem",
                    "One entry of the lampiran (annex) of an SKP.")
            .required("bagian", Shape.code(Enums.LAMPIRAN_SKP))
            .required("uraian", Shape.TEXT)
            .writer((item, out) -> out
                    .code("bagian", Enums.LAMPIRAN_SKP, item.bagian())
                    .text("uraian", item.uraian()))
            .reader(in -> {
                var bagian = in.code("bagian", Enums.LAMPIRAN_SKP);
                String uraian = in.text("uraian");
                return in.build(() -> LampiranItem.of(bagian, uraian));
            })
            .build();

    static final Codec<Skp> SKP = Codec.builder(Skp.class, "permen2022.Skp",
                    "An SKP under PermenPANRB 6/2022: the plan of one employee for one period.")
            .required("id", Shape.TEXT)
            .required("model", Shape.code(Enums.MODEL_SKP))
            .required("periode", Shape.object(CoreCodecs.PERIOD))
            .required("pegawai", Shape.object(CoreCodecs.PERSON))
            .optional("pejabatPenilai", Shape.object(CoreCodecs.PERSON))
            .optional("atasanPejabatPenilai", Shape.object(CoreCodecs.PERSON))
            .optional("status", Shape.code(Enums.PLAN_STATUS))
            .optional("unitId", Shape.TEXT)
            .optional("rhk", Shape.listOf(RHK))
            .optional("ekspektasiKhususPimpinan", Shape.codeMap(Enums.CORE_VALUE, Shape.TEXT))
            .optional("lampiran", Shape.listOf(LAMPIRAN))
            .writer((skp, out) -> out
                    .text("id", skp.id())
                    .code("model", Enums.MODEL_SKP, skp.model())
                    .object("periode", CoreCodecs.PERIOD, skp.periode())
                    .object("pegawai", CoreCodecs.PERSON, skp.pegawai())
                    .optionalObject("pejabatPenilai", CoreCodecs.PERSON, skp.pejabatPenilai())
                    .optionalObject("atasanPejabatPenilai", CoreCodecs.PERSON, skp.atasanPejabatPenilai())
                    .code("status", Enums.PLAN_STATUS, skp.status())
                    .optionalText("unitId", skp.unitId())
                    .list("rhk", RHK, skp.rhk())
                    .map("ekspektasiKhususPimpinan", Enums.CORE_VALUE, skp.ekspektasiKhususPimpinan(),
                            ObjectOut::text)
                    .list("lampiran", LAMPIRAN, skp.lampiran()))
            .reader(in -> {
                Skp.Builder skp = Skp.builder()
                        .id(in.text("id"))
                        .model(in.code("model", Enums.MODEL_SKP))
                        .periode(in.object("periode", CoreCodecs.PERIOD))
                        .pegawai(in.object("pegawai", CoreCodecs.PERSON))
                        .pejabatPenilai(in.optionalObject("pejabatPenilai", CoreCodecs.PERSON))
                        .atasanPejabatPenilai(in.optionalObject("atasanPejabatPenilai", CoreCodecs.PERSON))
                        .unitId(in.optionalText("unitId"))
                        .rhk(in.list("rhk", RHK))
                        .putAllEkspektasiKhususPimpinan(in.map("ekspektasiKhususPimpinan", Enums.CORE_VALUE,
                                JsonIn::text))
                        .lampiran(in.list("lampiran", LAMPIRAN));
                in.optionalCode("status", Enums.PLAN_STATUS).ifPresent(skp::status);
                return in.build(skp::build);
            })
            .build();

    static final Codec<BuktiDukung> BUKTI_DUKUNG = Codec.builder(BuktiDukung.class, "permen2022.BuktiDukung",
                    "A bukti dukung (supporting evidence) of a realisasi: a reference such as a link or document"
                            + " number.")
            .required("reference", Shape.TEXT)
            .optional("keterangan", Shape.TEXT)
            .writer((bukti, out) -> out
                    .text("reference", bukti.reference())
                    .optionalText("keterangan", bukti.keterangan()))
            .reader(in -> {
                String reference = in.text("reference");
                Optional<String> keterangan = in.optionalText("keterangan");
                return in.build(() -> keterangan.map(k -> BuktiDukung.of(reference, k))
                        .orElseGet(() -> BuktiDukung.of(reference)));
            })
            .build();

    static final Codec<RealisasiIki> REALISASI = Codec.builder(RealisasiIki.class, "permen2022.RealisasiIki",
                    "The realisasi of one IKI in an evaluation period, with its bukti dukung.")
            .required("ikiId", Shape.TEXT)
            .optional("nilai", Shape.DECIMAL)
            .optional("satuan", Shape.TEXT)
            .optional("keterangan", Shape.TEXT)
            .optional("buktiDukung", Shape.listOf(BUKTI_DUKUNG))
            .writer((realisasi, out) -> out
                    .text("ikiId", realisasi.ikiId())
                    .optionalDecimal("nilai", realisasi.nilai())
                    .optionalText("satuan", realisasi.satuan())
                    .optionalText("keterangan", realisasi.keterangan())
                    .list("buktiDukung", BUKTI_DUKUNG, realisasi.buktiDukung()))
            .reader(in -> {
                RealisasiIki.Builder realisasi = RealisasiIki.builder()
                        .ikiId(in.text("ikiId"))
                        .nilai(in.optionalDecimal("nilai"))
                        .satuan(in.optionalText("satuan"))
                        .keterangan(in.optionalText("keterangan"))
                        .buktiDukung(in.list("buktiDukung", BUKTI_DUKUNG));
                return in.build(realisasi::build);
            })
            .build();

    static final Codec<UmpanBalik> UMPAN_BALIK = Codec.builder(UmpanBalik.class, "permen2022.UmpanBalik",
                    "An umpan balik (feedback) of the appraiser, on an RHK or a core value, or on the whole period.")
            .optional("rhkId", Shape.TEXT)
            .optional("coreValue", Shape.code(Enums.CORE_VALUE))
            .required("teks", Shape.TEXT)
            .writer((umpanBalik, out) -> out
                    .optionalText("rhkId", umpanBalik.rhkId())
                    .optionalCode("coreValue", Enums.CORE_VALUE, umpanBalik.coreValue())
                    .text("teks", umpanBalik.teks()))
            .reader(in -> {
                UmpanBalik.Builder umpanBalik = UmpanBalik.builder()
                        .rhkId(in.optionalText("rhkId"))
                        .coreValue(in.optionalCode("coreValue", Enums.CORE_VALUE))
                        .teks(in.text("teks"));
                return in.build(umpanBalik::build);
            })
            .build();

    static final Codec<PeriodeEvaluasi> PERIODE = Codec.builder(PeriodeEvaluasi.class,
                    "permen2022.PeriodeEvaluasi", "An evaluation period: monthly, quarterly or yearly, with its days.")
            .required("jenis", Shape.code(Enums.JENIS_PERIODE))
            .required("range", Shape.object(CoreCodecs.PERIOD))
            .writer((periode, out) -> out
                    .code("jenis", Enums.JENIS_PERIODE, periode.jenis())
                    .object("range", CoreCodecs.PERIOD, periode.range()))
            .reader(in -> {
                var jenis = in.code("jenis", Enums.JENIS_PERIODE);
                AssessmentPeriod range = in.object("range", CoreCodecs.PERIOD);
                return in.build(() -> PeriodeEvaluasi.of(jenis, range));
            })
            .build();

    static final Codec<Evaluasi> EVALUASI = Codec.builder(Evaluasi.class, "permen2022.Evaluasi",
                    "The evaluation of an SKP for one period: realisasi, umpan balik and the two ratings.")
            .required("skpId", Shape.TEXT)
            .required("periode", Shape.object(PERIODE))
            .optional("realisasi", Shape.listOf(REALISASI))
            .optional("umpanBalik", Shape.listOf(UMPAN_BALIK))
            .optional("ratingHasilKerja", Shape.code(Enums.RATING))
            .optional("ratingPerilaku", Shape.code(Enums.RATING))
            .writer((evaluasi, out) -> out
                    .text("skpId", evaluasi.skpId())
                    .object("periode", PERIODE, evaluasi.periode())
                    .list("realisasi", REALISASI, evaluasi.realisasi())
                    .list("umpanBalik", UMPAN_BALIK, evaluasi.umpanBalik())
                    .optionalCode("ratingHasilKerja", Enums.RATING, evaluasi.ratingHasilKerja())
                    .optionalCode("ratingPerilaku", Enums.RATING, evaluasi.ratingPerilaku()))
            .reader(in -> {
                Evaluasi.Builder evaluasi = Evaluasi.builder()
                        .skpId(in.text("skpId"))
                        .periode(in.object("periode", PERIODE))
                        .realisasi(in.list("realisasi", REALISASI))
                        .umpanBalik(in.list("umpanBalik", UMPAN_BALIK))
                        .ratingHasilKerja(in.optionalCode("ratingHasilKerja", Enums.RATING))
                        .ratingPerilaku(in.optionalCode("ratingPerilaku", Enums.RATING));
                return in.build(evaluasi::build);
            })
            .build();

    static final Codec<PenilaianPegawai> PENILAIAN = Codec.builder(PenilaianPegawai.class,
                    "permen2022.PenilaianPegawai",
                    "The input of an appraisal: the SKP, the evaluation of one period and, for a unit leader, the"
                            + " predikat of the unit.")
            .required("skp", Shape.object(SKP))
            .required("evaluasi", Shape.object(EVALUASI))
            .optional("predikatUnitDipimpin", Shape.code(Enums.PREDIKAT_ORGANISASI))
            .writer((penilaian, out) -> out
                    .object("skp", SKP, penilaian.skp())
                    .object("evaluasi", EVALUASI, penilaian.evaluasi())
                    .optionalCode("predikatUnitDipimpin", Enums.PREDIKAT_ORGANISASI,
                            penilaian.predikatUnitDipimpin()))
            .reader(in -> {
                PenilaianPegawai.Builder penilaian = PenilaianPegawai.builder()
                        .skp(in.object("skp", SKP))
                        .evaluasi(in.object("evaluasi", EVALUASI))
                        .predikatUnitDipimpin(in.optionalCode("predikatUnitDipimpin", Enums.PREDIKAT_ORGANISASI));
                return in.build(penilaian::build);
            })
            .build();

    static final Codec<UnitOrganisasi> UNIT = Codec.builder(UnitOrganisasi.class, "permen2022.UnitOrganisasi",
                    "A unit of the organisation, with its parent, its leader and its predikat.")
            .required("id", Shape.TEXT)
            .required("nama", Shape.TEXT)
            .optional("indukId", Shape.TEXT)
            .optional("pimpinan", Shape.NIP)
            .optional("predikat", Shape.code(Enums.PREDIKAT_ORGANISASI))
            .writer((unit, out) -> out
                    .text("id", unit.id())
                    .text("nama", unit.nama())
                    .optionalText("indukId", unit.indukId())
                    .optionalNip("pimpinan", unit.pimpinan())
                    .optionalCode("predikat", Enums.PREDIKAT_ORGANISASI, unit.predikat()))
            .reader(in -> {
                UnitOrganisasi.Builder unit = UnitOrganisasi.builder()
                        .id(in.text("id"))
                        .nama(in.text("nama"))
                        .indukId(in.optionalText("indukId"))
                        .pimpinan(in.optionalNip("pimpinan"))
                        .predikat(in.optionalCode("predikat", Enums.PREDIKAT_ORGANISASI));
                return in.build(unit::build);
            })
            .build();

    static final Codec<RatingSuggestion> SUGGESTION = Codec.builder(RatingSuggestion.class,
                    "permen2022.RatingSuggestion",
                    "A rating hasil kerja suggested by a pluggable rule, shown next to the appraiser's rating.")
            .required("rating", Shape.code(Enums.RATING))
            .required("suggester", Shape.TEXT)
            .optional("steps", STEPS)
            .writer((suggestion, out) -> out
                    .code("rating", Enums.RATING, suggestion.rating())
                    .text("suggester", suggestion.suggester())
                    .list("steps", CoreCodecs.STEP, suggestion.steps()))
            .reader(in -> {
                RatingSuggestion.Builder suggestion = RatingSuggestion.builder()
                        .rating(in.code("rating", Enums.RATING))
                        .suggester(in.text("suggester"))
                        .steps(in.list("steps", CoreCodecs.STEP));
                return in.build(suggestion::build);
            })
            .build();

    static final Codec<HasilPenilaianPegawai> HASIL = Codec.builder(HasilPenilaianPegawai.class,
                    "permen2022.HasilPenilaianPegawai",
                    "The appraisal result under PermenPANRB 6/2022: the two ratings, the matrix cell and the"
                            + " predikat; read by scoring the recorded input again with the standard matrix and"
                            + " comparing.")
            .required("ruleSetId", Shape.TEXT)
            .required("input", Shape.object(PENILAIAN))
            .required("ratingHasilKerja", Shape.code(Enums.RATING))
            .required("ratingHasilKerjaSource", Shape.code(Enums.RATING_SOURCE))
            .required("ratingPerilaku", Shape.code(Enums.RATING))
            .required("matrixCell", Shape.integer(1, 9))
            .required("predikat", Shape.code(Enums.PREDIKAT_PEGAWAI))
            .optional("suggestion", Shape.object(SUGGESTION))
            .required("steps", STEPS)
            .writer((hasil, out) -> out
                    .text("ruleSetId", hasil.ruleSetId())
                    .object("input", PENILAIAN, hasil.input())
                    .code("ratingHasilKerja", Enums.RATING, hasil.ratingHasilKerja())
                    .code("ratingHasilKerjaSource", Enums.RATING_SOURCE, hasil.ratingHasilKerjaSource())
                    .code("ratingPerilaku", Enums.RATING, hasil.ratingPerilaku())
                    .integer("matrixCell", hasil.matrixCell())
                    .code("predikat", Enums.PREDIKAT_PEGAWAI, hasil.predikat())
                    .optionalObject("suggestion", SUGGESTION, hasil.suggestion())
                    .list("steps", CoreCodecs.STEP, hasil.steps()))
            .reader(in -> {
                PenilaianPegawai input = in.object("input", PENILAIAN);
                Optional<RatingSuggestion> suggestion = in.optionalObject("suggestion", SUGGESTION);
                // The suggester that made a stored suggestion is not recorded, so the stored one is replayed.
                Permen2022Scorer scorer = suggestion
                        .map(s -> Permen2022Scorer.standard().withSuggester((skp, evaluasi) -> Optional.of(s)))
                        .orElseGet(Permen2022Scorer::standard);
                HasilPenilaianPegawai hasil = in.build(() -> scorer.score(input));
                Recomputation.verify(in.in(), Permen2022Codecs.HASIL.write(hasil));
                return hasil;
            })
            .build();

    static final Codec<PeriodeAngkaKredit> PERIODE_ANGKA_KREDIT = Codec.builder(PeriodeAngkaKredit.class,
                    "permen2022.PeriodeAngkaKredit", "The months of one period and the predikat earned in it.")
            .required("bulan", Shape.integer(1, 12))
            .required("predikat", Shape.code(Enums.PREDIKAT_PEGAWAI))
            .writer((periode, out) -> out
                    .integer("bulan", periode.bulan())
                    .code("predikat", Enums.PREDIKAT_PEGAWAI, periode.predikat()))
            .reader(in -> {
                int bulan = in.required("bulan", value -> value.integer(1, 12));
                var predikat = in.code("predikat", Enums.PREDIKAT_PEGAWAI);
                return in.build(() -> PeriodeAngkaKredit.of(bulan, predikat));
            })
            .build();

    static final Codec<HasilAngkaKredit> HASIL_ANGKA_KREDIT = Codec.builder(HasilAngkaKredit.class,
                    "permen2022.HasilAngkaKredit",
                    "The angka kredit earned from the predikat of one or more periods; read by computing it again"
                            + " and comparing.")
            .optional("jenjang", Shape.code(Enums.JENJANG_JF))
            .required("koefisien", Shape.DECIMAL)
            .required("rounding", Shape.object(CoreCodecs.ROUNDING))
            .required("periods", Shape.listOf(PERIODE_ANGKA_KREDIT))
            .required("exactPerPeriod", Shape.list(Shape.DECIMAL))
            .required("exactTotal", Shape.DECIMAL)
            .required("total", Shape.DECIMAL)
            .required("steps", STEPS)
            .writer((hasil, out) -> out
                    .optionalCode("jenjang", Enums.JENJANG_JF, hasil.jenjang())
                    .decimal("koefisien", hasil.koefisien())
                    .object("rounding", CoreCodecs.ROUNDING, hasil.rounding())
                    .list("periods", PERIODE_ANGKA_KREDIT, hasil.periods())
                    .put("exactPerPeriod", ObjectOut.decimals(hasil.exactPerPeriod()))
                    .decimal("exactTotal", hasil.exactTotal())
                    .decimal("total", hasil.total())
                    .list("steps", CoreCodecs.STEP, hasil.steps()))
            .reader(in -> {
                var jenjang = in.optionalCode("jenjang", Enums.JENJANG_JF);
                var koefisien = in.decimal("koefisien");
                var rounding = in.object("rounding", CoreCodecs.ROUNDING);
                List<PeriodeAngkaKredit> periods = in.requiredList("periods", PERIODE_ANGKA_KREDIT);
                AngkaKreditCalculator calculator = AngkaKreditCalculator.of(rounding);
                HasilAngkaKredit hasil = in.build(() -> jenjang.isPresent()
                        ? calculator.calculate(jenjang.get(), periods)
                        : calculator.calculate(koefisien, periods));
                Recomputation.verify(in.in(), Permen2022Codecs.HASIL_ANGKA_KREDIT.write(hasil));
                return hasil;
            })
            .build();

    static final Codec<PredikatTahunan> PREDIKAT_TAHUNAN = Codec.builder(PredikatTahunan.class,
                    "permen2022.PredikatTahunan", "The annual predikat, with the policy and the period it came from.")
            .required("predikat", Shape.code(Enums.PREDIKAT_PEGAWAI))
            .required("policy", Shape.code(Enums.ANNUAL_PREDIKAT_POLICY))
            .required("source", Shape.object(PERIODE))
            .required("steps", STEPS)
            .writer((tahunan, out) -> out
                    .code("predikat", Enums.PREDIKAT_PEGAWAI, tahunan.predikat())
                    .code("policy", Enums.ANNUAL_PREDIKAT_POLICY, tahunan.policy())
                    .object("source", PERIODE, tahunan.source())
                    .list("steps", CoreCodecs.STEP, tahunan.steps()))
            .reader(in -> {
                PredikatTahunan.Builder tahunan = PredikatTahunan.builder()
                        .predikat(in.code("predikat", Enums.PREDIKAT_PEGAWAI))
                        .policy(in.code("policy", Enums.ANNUAL_PREDIKAT_POLICY))
                        .source(in.object("source", PERIODE))
                        .steps(in.requiredList("steps", CoreCodecs.STEP));
                return in.build(tahunan::build);
            })
            .build();

    private Permen2022Codecs() {}
}
