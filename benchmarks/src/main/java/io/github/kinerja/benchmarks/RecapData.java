package io.github.kinerja.benchmarks;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.Iki;

import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.PlanStatus;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.excel.write.Permen2022RecapWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Generated employees of one unit for the benchmarks: employee {@code i} has a distinct name and NIP and ratings
 * that cycle through the nine cells of the predikat matrix. Results are created while the writer iterates them, so
 * the input itself takes no memory.
 */
final class RecapData {

    /** The evaluation period of every generated result. */
    static final PeriodeEvaluasi PERIODE = PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1));
    /** The unit of every generated recap. */
    static final UnitOrganisasi UNIT = UnitOrganisasi.builder().id("BIDANG-1").nama("Bidang Pengembangan")
            .predikat(PredikatOrganisasi.BAIK).build();

    private static final Rating[] RATINGS = Rating.values();
    private static final Person KABID = Person.builder().name("Budi Santoso")
            .nip(Nip.parse("19700101 199503 1 001")).build();

    private RecapData() {}

    /** Returns {@code count} results, generated one at a time when iterated. */
    static Iterable<HasilPenilaianPegawai> results(int count) {
        return () -> IntStream.range(0, count).mapToObj(RecapData::result).iterator();
    }

    /** Writes a recap of {@code count} employees to a file, in the format its extension names. */
    static void write(int count, Path file) {
        try {
            Permen2022RecapWriter.standard().write(UNIT, PERIODE, results(count), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HasilPenilaianPegawai result(int i) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i / 999);
        Nip nip = Nip.parse(String.format(Locale.ROOT, "%04d%02d%02d199501%d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), 1 + i % 2, 1 + i % 999));
        Person pegawai = Person.builder().name("Pegawai " + i).nip(nip).jabatan("Analis " + i).build();
        String id = "SKP-" + i;
        Skp skp = Skp.builder()
                .id(id)
                .model(ModelSkp.JA_JF)
                .periode(AssessmentPeriod.ofYear(2023))
                .pegawai(pegawai)
                .pejabatPenilai(KABID)
                .status(PlanStatus.AGREED)
                .unitId(UNIT.id())
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("Tersusunnya laporan " + id)
                        .addIki(Iki.builder().id(id + ".1").aspek(AspekIki.KUANTITAS).indikator("Jumlah laporan")
                                .target(IkiTarget.of(BigDecimal.valueOf(12), "laporan")).build())
                        .build())
                .build();
        Evaluasi evaluasi = Evaluasi.builder()
                .skpId(id)
                .periode(PERIODE)
                .ratingHasilKerja(RATINGS[i % RATINGS.length])
                .ratingPerilaku(RATINGS[(i / RATINGS.length) % RATINGS.length])
                .build();
        return Permen2022Scorer.standard().score(PenilaianPegawai.builder().skp(skp).evaluasi(evaluasi).build());
    }
}
