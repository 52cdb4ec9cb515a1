package io.github.kinerja.json;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpKind;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.ckp.JenisKegiatan;
import io.github.kinerja.core.ckp.StandardCkpCalculator;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.Permen2021Validator;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2022.AngkaKreditCalculator;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.JenjangJf;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeAngkaKredit;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.UmpanBalik;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Pp46Validator;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values behind the golden documents under {@code src/test/resources/golden/}, one realistic example of each
 * document type per rule set, with the numbers of the test vectors of the domain specification.
 */
final class GoldenExamples {

    private GoldenExamples() {}

    /** Returns the examples by golden file name, in a stable order. */
    static Map<String, Object> all() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("pp46/skp.json", pp46Skp());
        examples.put("pp46/hasil.json", Pp46Scorer.defaults().score(pp46Skp()));
        examples.put("pp46/validation-report.json", Pp46Validator.validate(pp46InvalidSkp()));
        examples.put("ckp/form.json", ckpForm());
        examples.put("ckp/result.json", StandardCkpCalculator.defaults().calculate(ckpForm()));
        examples.put("permen2021/penilaian.json", permen2021Penilaian());
        examples.put("permen2021/hasil.json", Permen2021Scorer.standard().score(permen2021Penilaian()));
        examples.put("permen2021/validation-report.json",
                Permen2021Validator.validate(permen2021Penilaian().skp()));
        examples.put("permen2022/skp.json", permen2022Penilaian().skp());
        examples.put("permen2022/evaluasi.json", permen2022Penilaian().evaluasi());
        examples.put("permen2022/penilaian.json", permen2022Penilaian());
        examples.put("permen2022/hasil.json", Permen2022Scorer.standard().score(permen2022Penilaian()));
        examples.put("permen2022/angka-kredit.json", AngkaKreditCalculator.standard().calculate(
                JenjangJf.AHLI_PERTAMA, List.of(PeriodeAngkaKredit.of(6, PredikatPegawai.BAIK),
                        PeriodeAngkaKredit.of(6, PredikatPegawai.SANGAT_BAIK))));
        return examples;
    }

    static Person pegawai() {
        return Person.builder()
                .name("Siti Aminah, S.E.")
                .nip(Nip.parse("19660812 199402 2 908"))
                .golongan(Golongan.III_B)
                .jabatan("Analis Kepegawaian")
                .unitKerja("BKD Kabupaten Contoh")
                .build();
    }

    static Person penilai() {
        return Person.builder()
                .name("Drs. Bambang Sutrisno")
                .nip(Nip.parse("196709141992031005"))
                .golongan(Golongan.IV_A)
                .jabatan("Kepala Bidang Mutasi")
                .build();
    }

    static SkpPp46 pp46Skp() {
        // Kegiatan K1 (with biaya, 85.50) and K2 (without, 88.67) and perilaku P1 (81) of the test vectors.
        return SkpPp46.builder()
                .pegawai(pegawai())
                .pejabatPenilai(penilai())
                .period(AssessmentPeriod.ofYear(2019))
                .addKegiatan(Kegiatan.builder()
                        .name("Menyusun rencana pengadaan pegawai")
                        .satuanOutput("dokumen")
                        .target(Target.of(BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("12"),
                                new BigDecimal("170395000")))
                        .realisasi(Realisasi.of(BigDecimal.ONE, new BigDecimal("90"), new BigDecimal("12"),
                                new BigDecimal("170395000")))
                        .build())
                .addKegiatan(Kegiatan.builder()
                        .name("Menyusun laporan kinerja")
                        .satuanOutput("laporan")
                        .target(Target.of(BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("12")))
                        .realisasi(Realisasi.of(BigDecimal.ONE, new BigDecimal("90"), new BigDecimal("12")))
                        .build())
                .addTugasTambahan(TugasTambahan.of("Panitia pengadaan barang"))
                .addKreativitas(Kreativitas.of("Aplikasi arsip digital", ManfaatKreativitas.UNIT_KERJA))
                .perilaku(PerilakuKerja.builder()
                        .putScore(AspekPerilaku.ORIENTASI_PELAYANAN, new BigDecimal("80"))
                        .putScore(AspekPerilaku.INTEGRITAS, new BigDecimal("82"))
                        .putScore(AspekPerilaku.KOMITMEN, new BigDecimal("78"))
                        .putScore(AspekPerilaku.DISIPLIN, new BigDecimal("85"))
                        .putScore(AspekPerilaku.KERJA_SAMA, new BigDecimal("80"))
                        .build())
                .build();
    }

    private static SkpPp46 pp46InvalidSkp() {
        return SkpPp46.builder()
                .pegawai(pegawai())
                .period(AssessmentPeriod.ofYear(2019))
                .addKegiatan(Kegiatan.builder()
                        .name("Menyusun laporan kinerja")
                        .target(Target.of(BigDecimal.ONE, new BigDecimal("120"), BigDecimal.ZERO))
                        .build())
                .build();
    }

    static CkpForm ckpForm() {
        return CkpForm.builder()
                .kind(CkpKind.REALISASI)
                .satuanOrganisasi("BPS Kabupaten Tolitoli")
                .pegawai(Person.builder().name("Arif Galih Pamungkas").jabatan("Statistisi Ahli Pertama").build())
                .pegawaiNipText("19900101 201402 1 001")
                .periode("1 Maret - 31 Maret 2020")
                .bulan(YearMonth.of(2020, 3))
                .addKegiatan(CkpKegiatan.builder()
                        .jenis(JenisKegiatan.UTAMA)
                        .nomor("1")
                        .uraian("Pencacahan SUSENAS Maret 2020")
                        .satuan("Rumah Tangga")
                        .targetKuantitas(new BigDecimal("10"))
                        .realisasiKuantitas(new BigDecimal("10"))
                        .shownCapaian(FormValue.of(new BigDecimal("100"), "CKP-R!F13"))
                        .tingkatKualitas(new BigDecimal("95"))
                        .location("CKP-R!A13")
                        .build())
                .addKegiatan(CkpKegiatan.builder()
                        .jenis(JenisKegiatan.TAMBAHAN)
                        .nomor("2")
                        .uraian("Pengolahan data Sakernas")
                        .satuan("Dokumen")
                        .targetKuantitas(new BigDecimal("40"))
                        .realisasiKuantitas(new BigDecimal("38"))
                        .tingkatKualitas(new BigDecimal("90"))
                        .location("CKP-R!A17")
                        .build())
                .shownCkp(FormValue.of(new BigDecimal("94.75"), "CKP-R!G22"))
                .build();
    }

    static PenilaianKinerja permen2021Penilaian() {
        // IKI I1 of the test vectors (realisasi 70 against 80) and a range target met exactly.
        return PenilaianKinerja.builder()
                .skp(io.github.kinerja.core.permen2021.Skp.builder()
                        .pegawai(pegawai())
                        .pejabatPenilai(penilai())
                        .periode(AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)))
                        .addRencanaKinerja(RencanaKinerja.builder()
                                .id("RK-1")
                                .jenis(JenisKinerja.UTAMA)
                                .uraian("Terlaksananya mutasi pegawai tepat waktu")
                                .rencanaKinerjaAtasan("Meningkatnya kualitas layanan kepegawaian")
                                .addIki(Iki.builder()
                                        .id("IKI-1")
                                        .indikator("Persentase usul mutasi yang selesai")
                                        .target(IkiTarget.of(new BigDecimal("80"), "persen"))
                                        .realisasi(new BigDecimal("70"))
                                        .build())
                                .addIki(Iki.builder()
                                        .id("IKI-2")
                                        .indikator("Jumlah laporan mutasi")
                                        .target(IkiTarget.ofRange(new BigDecimal("4"), new BigDecimal("6"),
                                                "laporan"))
                                        .realisasi(new BigDecimal("5"))
                                        .build())
                                .build())
                        .addRencanaKinerja(RencanaKinerja.builder()
                                .id("RK-2")
                                .jenis(JenisKinerja.TAMBAHAN)
                                .uraian("Menjadi narasumber sosialisasi")
                                .addIki(Iki.builder()
                                        .id("IKI-1")
                                        .indikator("Kualitas materi sosialisasi")
                                        .target(IkiTarget.qualitative("Materi disetujui kepala bidang"))
                                        .capaianPenilai(new BigDecimal("100"))
                                        .build())
                                .bobot(new BigDecimal("10"))
                                .build())
                        .build())
                .nilaiPerilaku(new BigDecimal("95"))
                .build();
    }

    static PenilaianPegawai permen2022Penilaian() {
        io.github.kinerja.core.permen2022.Skp skp = io.github.kinerja.core.permen2022.Skp.builder()
                .id("SKP-2023-0001")
                .model(ModelSkp.JA_JF)
                .periode(AssessmentPeriod.ofYear(2023))
                .pegawai(pegawai())
                .pejabatPenilai(penilai())
                .unitId("BKD-MUT")
                .addRhk(Rhk.builder()
                        .id("RHK-1")
                        .jenis(JenisRhk.UTAMA)
                        .uraian("Tersusunnya rekomendasi mutasi pegawai")
                        .rhkAtasan(RhkReference.of("SKP-2023-0000", "RHK-2"))
                        .perspektif(Perspektif.PENERIMA_LAYANAN)
                        .addIki(io.github.kinerja.core.permen2022.Iki.builder()
                                .id("IKI-1")
                                .aspek(AspekIki.KUANTITAS)
                                .indikator("Jumlah rekomendasi mutasi yang disusun")
                                .target(IkiTarget.of(new BigDecimal("24"), "rekomendasi"))
                                .build())
                        .build())
                .putEkspektasiKhususPimpinan(CoreValue.AKUNTABEL, "Menyelesaikan berkas tepat waktu")
                .addLampiran(LampiranItem.of(LampiranSkp.DUKUNGAN_SUMBER_DAYA, "Akses aplikasi SIASN"))
                .build();
        Evaluasi evaluasi = Evaluasi.builder()
                .skpId(skp.id())
                .periode(PeriodeEvaluasi.triwulanan(2023, 1))
                .addRealisasi(RealisasiIki.builder()
                        .ikiId("IKI-1")
                        .nilai(new BigDecimal("7"))
                        .satuan("rekomendasi")
                        .build())
                .addUmpanBalik(UmpanBalik.builder()
                        .rhkId("RHK-1")
                        .teks("Pertahankan ketepatan waktu penyusunan")
                        .build())
                .ratingHasilKerja(Rating.DI_ATAS_EKSPEKTASI)
                .ratingPerilaku(Rating.SESUAI_EKSPEKTASI)
                .build();
        return PenilaianPegawai.builder().skp(skp).evaluasi(evaluasi).build();
    }
}
