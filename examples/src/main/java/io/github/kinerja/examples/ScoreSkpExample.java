package io.github.kinerja.examples;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import java.math.BigDecimal;

/**
 * Scores a PP 46/2011 SKP built in code: the snippet of the README, kept here so that it compiles and is tested.
 */
public final class ScoreSkpExample {

    private ScoreSkpExample() {}

    /**
     * Builds an SKP with one kegiatan and scores it.
     *
     * @return the result, not null
     */
    public static Pp46Result score() {
        Kegiatan laporan = Kegiatan.builder()
                .name("Menyusun laporan keuangan")
                .satuanOutput("Laporan")
                .target(Target.of(new BigDecimal("12"), new BigDecimal("100"), new BigDecimal("12")))
                .realisasi(Realisasi.of(new BigDecimal("12"), new BigDecimal("90"), new BigDecimal("12")))
                .build();

        SkpPp46 skp = SkpPp46.builder()
                .pegawai(Person.builder().name("Siti Aminah").nip(Nip.parse("NIP. 19800101 200501 2 001")).build())
                .period(AssessmentPeriod.ofYear(2020))
                .addKegiatan(laporan)
                .build();

        return Pp46Scorer.defaults().score(skp);
    }

    /**
     * Prints the Nilai Capaian SKP and the steps behind each kegiatan value.
     *
     * @param args  not used
     */
    public static void main(String[] args) {
        Pp46Result result = score();
        System.out.println(result.nilaiCapaianSkp().rounded());
        for (KegiatanResult kegiatan : result.kegiatan()) {
            kegiatan.aspects().forEach(aspect -> aspect.steps().forEach(step ->
                    System.out.println(step.name() + ": " + step.formula() + " = " + step.value())));
        }
    }
}
