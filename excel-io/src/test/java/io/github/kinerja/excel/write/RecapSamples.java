package io.github.kinerja.excel.write;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.Fixtures;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;

/** Employees and units for the recap tests: scored results, and large recaps generated row by row. */
final class RecapSamples {

    private static final Rating[] RATINGS = Rating.values();

    private RecapSamples() {}

    /** Returns the unit {@code Bidang Pengembangan}, with the predikat organisasi if it is not null. */
    static UnitOrganisasi unit(PredikatOrganisasi predikat) {
        UnitOrganisasi.Builder unit = UnitOrganisasi.builder().id("BIDANG-1").nama("Bidang Pengembangan");
        if (predikat != null) {
            unit.predikat(predikat);
        }
        return unit.build();
    }

    /** Returns the scored January 2023 result of an employee with the given ratings. */
    static HasilPenilaianPegawai result(Person pegawai, String skpId, Rating hasilKerja, Rating perilaku) {
        PenilaianPegawai penilaian = PenilaianPegawai.builder()
                .skp(Fixtures.staffSkp(skpId, pegawai, "1"))
                .evaluasi(Fixtures.januari(skpId, hasilKerja, perilaku))
                .build();
        return Permen2022Scorer.standard().score(penilaian);
    }

    /**
     * Returns {@code count} employees generated while the recap writer iterates, so that none of them stays in
     * memory: employee {@code i} (from 0) is {@link #name(int)} with {@link #nip(int)}, jabatan {@code Analis i},
     * rating hasil kerja {@link #hasilKerja(int)} and rating perilaku {@link #perilaku(int)}.
     */
    static Iterable<HasilPenilaianPegawai> generated(int count) {
        return () -> IntStream.range(0, count).mapToObj(i -> result(
                Person.builder().name(name(i)).nip(nip(i)).jabatan("Analis " + i).build(), "SKP-" + i,
                hasilKerja(i), perilaku(i))).iterator();
    }

    /** Returns the name of generated employee {@code i}. */
    static String name(int i) {
        return "Pegawai " + i;
    }

    /** Returns a distinct valid NIP for generated employee {@code i}: birth date and sequence number vary. */
    static Nip nip(int i) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i / 999);
        return Nip.parse(String.format(Locale.ROOT, "%04d%02d%02d199501%d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), 1 + i % 2, 1 + i % 999));
    }

    /** Returns the rating hasil kerja of generated employee {@code i}. */
    static Rating hasilKerja(int i) {
        return RATINGS[i % RATINGS.length];
    }

    /** Returns the rating perilaku kerja of generated employee {@code i}. */
    static Rating perilaku(int i) {
        return RATINGS[(i / RATINGS.length) % RATINGS.length];
    }
}
