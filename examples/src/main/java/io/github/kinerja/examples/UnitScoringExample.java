package io.github.kinerja.examples;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.cascade.CascadeChecker;
import io.github.kinerja.core.cascade.CascadeRenderer;
import io.github.kinerja.core.cascade.CascadeResult;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2022.AngkaKreditCalculator;
import io.github.kinerja.core.permen2022.AnnualPredikatPolicy;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.BuktiDukung;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.DistribusiChecker;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.HasilAngkaKredit;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.JenjangJf;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeAngkaKredit;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Permen2021BandsRatingSuggester;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.Permen2022Validator;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.PlanStatus;
import io.github.kinerja.core.permen2022.PredikatCounts;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.RatingSource;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores one organisation unit under PermenPANRB 6/2022, built in code: a Kepala Bidang (unit leader) and five staff
 * whose RHK intervene the leader's.
 *
 * <p>The program validates the plans, checks and prints the cascade, sets each employee's predikat for the 2023
 * annual evaluation (with the steps that explain it and a rating suggestion for comparison), checks the unit's pola
 * distribusi, and converts one jabatan fungsional's predikat into angka kredit.
 *
 * <p>Usage: {@code UnitScoringExample [--lang id|en]}; Indonesian by default. Exit code 0 on success, 2 for a wrong
 * argument.
 */
public final class UnitScoringExample {

    private static final AssessmentPeriod YEAR = AssessmentPeriod.ofYear(2023);
    private static final String LEADER_SKP = "SKP-2023-KABID";

    private final PrintStream out;
    private final boolean indonesian;

    private UnitScoringExample(PrintStream out, Locale locale) {
        this.out = out;
        this.indonesian = locale.getLanguage().equals("id");
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang id} or {@code --lang en}, or nothing for Indonesian, not null
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Locale locale = Locale.forLanguageTag("id");
        if (args.length == 2 && args[0].equals("--lang") && (args[1].equals("id") || args[1].equals("en"))) {
            locale = Locale.forLanguageTag(args[1]);
        } else if (args.length != 0) {
            System.err.println("usage: UnitScoringExample [--lang id|en]");
            System.exit(2);
        }
        new UnitScoringExample(out, locale).run(locale);
    }

    private void run(Locale locale) {
        Person kabid = person("Ir. Budi Santoso, M.Si.", "19700101 199503 1 001", "Kepala Bidang Mutasi");
        List<Person> staff = List.of(
                person("Siti Aminah, S.E.", "19900202 201503 2 001", "Analis Kepegawaian Ahli Pertama"),
                person("Andi Wijaya, S.Kom.", "19910303 201603 1 002", "Pranata Komputer Ahli Pertama"),
                person("Dewi Lestari, S.H.", "19920404 201703 2 003", "Analis Hukum"),
                person("Rudi Hartono", "19930505 201803 1 004", "Pengadministrasi Umum"),
                person("Maya Sari, S.Sos.", "19940606 201903 2 005", "Analis SDM Aparatur"));

        Skp leaderSkp = leaderSkp(kabid);
        List<Skp> staffSkps = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            // Staff 1, 3 and 5 support the leader's RHK 1; staff 2 and 4 support RHK 2.
            staffSkps.add(staffSkp(i + 1, staff.get(i), kabid, i % 2 == 0 ? "1" : "2"));
        }
        List<Skp> allSkps = new ArrayList<>(staffSkps);
        allSkps.add(0, leaderSkp);

        heading(t("Validation of the plans", "Validasi rencana"));
        Report planReport = Report.empty();
        for (Skp skp : allSkps) {
            planReport = planReport.plus(Permen2022Validator.validate(skp));
        }
        printReport(planReport, locale);

        heading(t("Cascade (matriks peran hasil)", "Cascading (matriks peran hasil)"));
        CascadeResult cascade = CascadeChecker.check(allSkps);
        out.print(CascadeRenderer.render(cascade.roots()));
        printReport(cascade.report(), locale);

        UnitOrganisasi unit = UnitOrganisasi.builder()
                .id("BIDANG-MUTASI")
                .nama("Bidang Mutasi dan Promosi")
                .pimpinan(kabid.nip().orElseThrow())
                .predikat(PredikatOrganisasi.BAIK)
                .build();
        Permen2022Scorer scorer = Permen2022Scorer.standard().withSuggester(Permen2021BandsRatingSuggester.standard());

        heading(t("Annual evaluation 2023", "Evaluasi tahunan 2023") + " - " + unit.nama() + ", "
                + t("unit predikat ", "predikat unit ") + unit.predikat().orElseThrow().label());
        Evaluasi leaderEvaluasi = evaluasi(LEADER_SKP, List.of(
                RealisasiIki.of("K1.1", new BigDecimal("4")), RealisasiIki.of("K2.1", new BigDecimal("12"))),
                Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
        HasilPenilaianPegawai leaderResult = score(scorer, PenilaianPegawai.builder().skp(leaderSkp)
                .evaluasi(leaderEvaluasi).predikatUnitDipimpin(unit.predikat().orElseThrow()).build(), locale);
        // The annual evaluation is the appraiser's own act; APPRAISER_INPUT takes its predikat as the year's.
        AnnualPredikatPolicy.APPRAISER_INPUT.annual(List.of(leaderResult)).ifPresent(annual -> out.println("  "
                + t("Annual predikat (", "Predikat tahunan (") + annual.policy() + "): " + annual.predikat().label()));

        String[] realisasi = {"13", "12", "12", "10", "12"};
        Rating[] hasilKerja = {Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
            Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI};
        Rating[] perilaku = {Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI,
            Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI};
        List<HasilPenilaianPegawai> staffResults = new ArrayList<>();
        for (int i = 0; i < staffSkps.size(); i++) {
            Skp skp = staffSkps.get(i);
            Evaluasi evaluasi = evaluasi(skp.id(),
                    List.of(RealisasiIki.builder().ikiId(skp.id() + ".1").nilai(new BigDecimal(realisasi[i]))
                            .satuan("laporan").addBuktiDukung(BuktiDukung.of("SIMPEG/laporan/" + skp.id())).build()),
                    hasilKerja[i], perilaku[i]);
            staffResults.add(score(scorer, PenilaianPegawai.builder().skp(skp).evaluasi(evaluasi).build(), locale));
        }

        // The pola distribusi covers the unit's staff; the leader is rated through the unit's own predikat.
        heading("Pola distribusi (" + unit.predikat().orElseThrow().label() + ")");
        List<PredikatPegawai> predikat = staffResults.stream().map(HasilPenilaianPegawai::predikat).toList();
        out.println(counts(PredikatCounts.from(predikat)));
        Report distribution = DistribusiChecker.standard().check(unit, staffResults);
        printReport(distribution, locale);

        out.println(t("What if Rudi Hartono were rated 'as expected' on results:",
                "Seandainya hasil kerja Rudi Hartono dinilai 'sesuai ekspektasi':"));
        List<PredikatPegawai> whatIf = new ArrayList<>(predikat);
        whatIf.set(3, PredikatPegawai.BAIK);
        out.println(counts(PredikatCounts.from(whatIf)));
        printReport(DistribusiChecker.standard().check(PredikatOrganisasi.BAIK, PredikatCounts.from(whatIf)), locale);

        heading("Angka kredit - " + staff.get(0).name() + ", "
                + JenjangJf.AHLI_PERTAMA.label());
        HasilAngkaKredit angkaKredit = AngkaKreditCalculator.standard().calculate(JenjangJf.AHLI_PERTAMA,
                List.of(PeriodeAngkaKredit.of(YEAR, staffResults.get(0).predikat())));
        printSteps(angkaKredit.steps());
        out.println(t("Angka kredit earned: ", "Angka kredit yang diperoleh: ") + angkaKredit.total().toPlainString());
    }

    private Skp leaderSkp(Person kabid) {
        return Skp.builder()
                .id(LEADER_SKP)
                .model(ModelSkp.JPT)
                .periode(YEAR)
                .pegawai(kabid)
                .pejabatPenilai(person("Dr. Hendra Gunawan", "19650707 199003 1 006", "Kepala Badan"))
                .status(PlanStatus.AGREED)
                .unitId("BIDANG-MUTASI")
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA)
                        .uraian("Meningkatnya ketepatan layanan mutasi pegawai")
                        .perspektif(Perspektif.PENERIMA_LAYANAN)
                        .addIki(Iki.builder().id("K1.1").indikator("Jumlah inovasi layanan mutasi")
                                .target(IkiTarget.of(new BigDecimal("4"), "inovasi")).build())
                        .build())
                .addRhk(Rhk.builder().id("2").jenis(JenisRhk.UTAMA)
                        .uraian("Tertibnya administrasi kenaikan pangkat dan promosi")
                        .perspektif(Perspektif.PROSES_BISNIS)
                        .addIki(Iki.builder().id("K2.1").indikator("Jumlah laporan tertib administrasi")
                                .target(IkiTarget.of(new BigDecimal("12"), "laporan")).build())
                        .build())
                .addLampiran(LampiranItem.of(LampiranSkp.DUKUNGAN_SUMBER_DAYA, "Akses SIASN dan anggaran rapat"))
                .build();
    }

    private static Skp staffSkp(int number, Person pegawai, Person kabid, String leaderRhk) {
        String id = "SKP-2023-STAF" + number;
        return Skp.builder()
                .id(id)
                .model(ModelSkp.JA_JF)
                .periode(YEAR)
                .pegawai(pegawai)
                .pejabatPenilai(kabid)
                .status(PlanStatus.AGREED)
                .unitId("BIDANG-MUTASI")
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA)
                        .uraian("Tersusunnya laporan bulanan " + pegawai.jabatan().orElse("staf"))
                        .rhkAtasan(RhkReference.of(LEADER_SKP, leaderRhk))
                        .addIki(Iki.builder().id(id + ".1").aspek(AspekIki.KUANTITAS)
                                .indikator("Jumlah laporan yang disampaikan tepat waktu")
                                .target(IkiTarget.of(new BigDecimal("12"), "laporan")).build())
                        .build())
                .putEkspektasiKhususPimpinan(CoreValue.KOLABORATIF, "Berbagi data dengan bidang lain setiap bulan")
                .addLampiran(LampiranItem.of(LampiranSkp.SKEMA_PERTANGGUNGJAWABAN, "Laporan diunggah ke SIMPEG"))
                .build();
    }

    private static Evaluasi evaluasi(String skpId, List<RealisasiIki> realisasi, Rating hasilKerja,
            Rating perilaku) {
        return Evaluasi.builder()
                .skpId(skpId)
                .periode(PeriodeEvaluasi.tahunan(2023))
                .realisasi(realisasi)
                .ratingHasilKerja(hasilKerja)
                .ratingPerilaku(perilaku)
                .build();
    }

    private static Person person(String name, String nip, String jabatan) {
        return Person.builder().name(name).nip(Nip.parse(nip)).jabatan(jabatan).build();
    }

    /** Scores one employee and prints the result, then the findings on the evaluation. */
    private HasilPenilaianPegawai score(Permen2022Scorer scorer, PenilaianPegawai penilaian, Locale locale) {
        HasilPenilaianPegawai result = scorer.score(penilaian);
        printResult(result);
        out.println("  " + t("Findings on the evaluation:", "Temuan pada evaluasi:"));
        printReport(Permen2022Validator.validateEvaluations(penilaian.skp(), List.of(penilaian.evaluasi())), locale);
        return result;
    }

    private void printResult(HasilPenilaianPegawai result) {
        Person pegawai = result.input().skp().pegawai();
        out.println();
        out.println(pegawai.name() + " (" + pegawai.jabatan().orElse("-") + ")");
        boolean byAppraiser = result.ratingHasilKerjaSource() == RatingSource.APPRAISER;
        String source = byAppraiser ? t("set by the appraiser", "ditetapkan pejabat penilai")
                : t("from the unit's predikat", "dari predikat unit");
        out.println("  Rating hasil kerja: " + result.ratingHasilKerja().label() + " [" + source + "]");
        out.println("  Rating perilaku: " + result.ratingPerilaku().label());
        out.println("  Predikat: " + result.predikat().label() + " ("
                + t("matrix cell ", "sel matriks ") + result.matrixCell() + ")");
        result.suggestion().ifPresent(s -> out.println("  " + t("Suggestion only (local rule): ",
                "Sekadar saran (aturan lokal): ") + s.rating().label()));
        printSteps(result.steps());
    }

    private void printSteps(List<CalculationStep> steps) {
        for (CalculationStep step : steps) {
            out.println("    " + step);
        }
    }

    private void printReport(Report report, Locale locale) {
        if (report.isEmpty()) {
            out.println(t("    No findings.", "    Tidak ada temuan."));
            return;
        }
        for (Finding finding : report.findings()) {
            String where = finding.location().isEmpty() ? "" : finding.location() + ": ";
            out.println("    " + finding.severity() + " " + where + finding.message(locale));
        }
    }

    private String counts(PredikatCounts counts) {
        StringBuilder text = new StringBuilder("  ");
        for (PredikatPegawai predikat : PredikatPegawai.values()) {
            text.append(predikat.label()).append(' ').append(counts.count(predikat)).append("; ");
        }
        return text.append(t("total ", "jumlah ")).append(counts.total()).toString();
    }

    private void heading(String title) {
        out.println();
        out.println("== " + title);
    }

    /** Returns the text in the language of the run. */
    private String t(String english, String indonesianText) {
        return indonesian ? indonesianText : english;
    }
}
