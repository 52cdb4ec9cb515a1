package io.github.kinerja.core.pp46;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Kegiatan, perilaku and SKP of the PP 46/2011 test vectors, shared by the model and calculator tests.
 *
 * <p>K3 is not given by the sources; it is derived so that the mean of K1, K2 and K3 is the published S1 value.
 * With K1 = 85.5 and K2 = 266/3, a mean of 4981/54 = 92.2407407… needs K3 = 3 × 4981/54 − 85.5 − 266/3 = 923/9 =
 * 102.555…. Kuantitas 4 of 3 (400/3), kualitas 90 and waktu 11 of 12 months (176 − 1100/12 = 253/3, efisiensi
 * 8.33 %) give (400/3 + 90 + 253/3) / 3 = 923/9.
 */
public final class Pp46Fixtures {

    private Pp46Fixtures() {}

    /** Returns the decimal of the text, the way every test number is written. */
    public static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** Returns K1: 1/1, 100/90, 12/12 months, biaya 170 395 000 spent in full; scores 342 / 4 = 85.5. */
    public static Kegiatan k1() {
        return Kegiatan.builder()
                .name("K1 Menyusun laporan keuangan")
                .satuanOutput("laporan")
                .target(Target.of(d("1"), d("100"), d("12"), d("170395000")))
                .realisasi(Realisasi.of(d("1"), d("90"), d("12"), d("170395000")))
                .build();
    }

    /** Returns K2: 1/1, 100/90, 12/12 months, biaya "-"; scores 266 / 3 = 88.666…. */
    public static Kegiatan k2() {
        return Kegiatan.builder()
                .name("K2 Menyusun rencana kerja")
                .satuanOutput("dokumen")
                .target(Target.of(d("1"), d("100"), d("12")))
                .realisasi(Realisasi.of(d("1"), d("90"), d("12")))
                .build();
    }

    /** Returns K3, derived for S1: 3/4, 100/90, 12/11 months, biaya "-"; scores 923 / 9 = 102.555…. */
    public static Kegiatan k3() {
        return Kegiatan.builder()
                .name("K3 Melaksanakan verifikasi")
                .satuanOutput("berkas")
                .target(Target.of(d("3"), d("100"), d("12")))
                .realisasi(Realisasi.of(d("4"), d("90"), d("11")))
                .build();
    }

    /** Returns K4: target 5, 100, 12 months, biaya "-", not executed; scores 0. */
    public static Kegiatan k4() {
        return Kegiatan.builder()
                .name("K4 Menyusun pedoman")
                .satuanOutput("pedoman")
                .target(Target.of(d("5"), d("100"), d("12")))
                .build();
    }

    /** Returns the P1 scores of a PNS who is not a pejabat struktural: 80, 82, 78, 85, 80; mean 81. */
    public static PerilakuKerja p1() {
        Map<AspekPerilaku, BigDecimal> scores = new EnumMap<>(AspekPerilaku.class);
        scores.put(AspekPerilaku.ORIENTASI_PELAYANAN, d("80"));
        scores.put(AspekPerilaku.INTEGRITAS, d("82"));
        scores.put(AspekPerilaku.KOMITMEN, d("78"));
        scores.put(AspekPerilaku.DISIPLIN, d("85"));
        scores.put(AspekPerilaku.KERJA_SAMA, d("80"));
        return PerilakuKerja.of(scores);
    }

    /** Returns the P2 scores of a pejabat struktural: P1 and kepemimpinan 75; mean 80. */
    public static PerilakuKerja p2() {
        return PerilakuKerja.builder().from(p1()).putScore(AspekPerilaku.KEPEMIMPINAN, d("75")).build();
    }

    /** Returns a builder of an SKP for 2019 with pegawai and appraiser and no kegiatan yet. */
    public static SkpPp46.Builder skp() {
        SkpPp46.Builder builder = SkpPp46.builder();
        builder.pegawai(Person.of("Siti Aminah"))
                .pejabatPenilai(Person.of("Budi Santoso"))
                .period(AssessmentPeriod.ofYear(2019));
        return builder;
    }

    /** Returns the S1 SKP: K1, K2 and K3 without tugas tambahan, kreativitas or perilaku. */
    public static SkpPp46 s1() {
        SkpPp46.Builder builder = skp();
        builder.addKegiatan(k1(), k2(), k3());
        return builder.build();
    }
}
