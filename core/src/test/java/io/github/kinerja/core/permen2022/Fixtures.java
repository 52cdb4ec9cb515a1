package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2021.IkiTarget;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Small PermenPANRB 6/2022 plans for the tests of this package and of the cascade and rule-set packages: a unit
 * leader (Kepala Bidang) with a JPT-style SKP and staff with JA/JF SKP whose RHK intervene the leader's.
 */
public final class Fixtures {

    /** The NIP of the unit leader. */
    public static final Nip KABID_NIP = Nip.parse("19700101 199503 1 001");
    /** The unit leader. */
    public static final Person KABID = Person.builder().name("Budi Santoso").nip(KABID_NIP).build();
    /** The year all fixtures cover. */
    public static final AssessmentPeriod YEAR = AssessmentPeriod.ofYear(2023);

    private Fixtures() {}

    /** Returns a staff member with a NIP that differs by the sequence number. */
    public static Person staff(String name, int sequence) {
        return Person.builder().name(name).nip(Nip.parse(String.format("19900202 201503 2 %03d", sequence))).build();
    }

    /** Returns a quantitative IKI with a target of {@code target} laporan. */
    public static Iki iki(String id, String target) {
        return Iki.builder().id(id).aspek(AspekIki.KUANTITAS).indikator("Jumlah laporan " + id)
                .target(IkiTarget.of(new BigDecimal(target), "laporan")).build();
    }

    /** Returns the leader's SKP {@code SKP-KABID} with RHK 1 and 2, each with one IKI. */
    public static Skp leaderSkp() {
        return Skp.builder()
                .id("SKP-KABID")
                .model(ModelSkp.JPT)
                .periode(YEAR)
                .pegawai(KABID)
                .status(PlanStatus.AGREED)
                .unitId("BIDANG-1")
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("Meningkatnya kualitas layanan")
                        .perspektif(Perspektif.PENERIMA_LAYANAN).addIki(iki("K1.1", "4")).build())
                .addRhk(Rhk.builder().id("2").jenis(JenisRhk.UTAMA).uraian("Tertibnya administrasi")
                        .perspektif(Perspektif.PROSES_BISNIS).addIki(iki("K2.1", "12")).build())
                .build();
    }

    /** Returns a staff SKP whose one RHK intervenes the leader's RHK {@code leaderRhk}. */
    public static Skp staffSkp(String id, Person pegawai, String leaderRhk) {
        return Skp.builder()
                .id(id)
                .model(ModelSkp.JA_JF)
                .periode(YEAR)
                .pegawai(pegawai)
                .pejabatPenilai(KABID)
                .status(PlanStatus.AGREED)
                .unitId("BIDANG-1")
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("Tersusunnya laporan " + id)
                        .rhkAtasan(RhkReference.of("SKP-KABID", leaderRhk)).addIki(iki(id + ".1", "12")).build())
                .putEkspektasiKhususPimpinan(CoreValue.KOLABORATIF, "Aktif berbagi data dengan bidang lain")
                .build();
    }

    /** Returns an evaluation of an SKP for January 2023 with the given ratings. */
    public static Evaluasi januari(String skpId, Rating hasilKerja, Rating perilaku) {
        return Evaluasi.builder()
                .skpId(skpId)
                .periode(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)))
                .ratingHasilKerja(hasilKerja)
                .ratingPerilaku(perilaku)
                .build();
    }
}
