package io.github.kinerja.core.pp46;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An SKP (Sasaran Kerja Pegawai) under PP 46/2011 with Perka BKN 1/2013, with its realisasi: the input of the
 * penilaian prestasi kerja (work-performance appraisal).
 *
 * <p>It contains the appraised pegawai, the pejabat penilai (appraiser) and the atasan pejabat penilai (the
 * appraiser's superior), the period, the kegiatan tugas jabatan, the tugas tambahan, the kreativitas items and the
 * perilaku kerja scores. The perilaku kerja is optional because some workbooks contain only the SKP evaluation
 * form, and the appraisal then yields the Nilai Capaian SKP without a Nilai Prestasi Kerja.
 *
 * <p>The type accepts what a form contains, including values the scoring cannot use, and {@link Pp46Validator}
 * reports those as findings instead of throwing.
 *
 * <pre>{@code
 * SkpPp46 skp = SkpPp46.builder()
 *         .pegawai(Person.of("Siti Aminah"))
 *         .period(AssessmentPeriod.ofYear(2019))
 *         .addKegiatan(kegiatan)
 *         .addTugasTambahan(TugasTambahan.of("Panitia pengadaan"))
 *         .perilaku(perilaku)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SkpPp46 {

    SkpPp46() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the appraised civil servant (pegawai negeri sipil yang dinilai). */
    public abstract Person pegawai();

    /** Returns the pejabat penilai (appraiser), if the form names one. */
    public abstract Optional<Person> pejabatPenilai();

    /** Returns the atasan pejabat penilai (the appraiser's superior), if the form names one. */
    public abstract Optional<Person> atasanPejabatPenilai();

    /** Returns the period the SKP covers. */
    public abstract AssessmentPeriod period();

    /** Returns the kegiatan tugas jabatan in form order. */
    public abstract List<Kegiatan> kegiatan();

    /** Returns the tugas tambahan (additional tasks) in form order. */
    public abstract List<TugasTambahan> tugasTambahan();

    /** Returns the kreativitas items in form order. */
    public abstract List<Kreativitas> kreativitas();

    /** Returns the perilaku kerja scores, empty when the form contains the SKP evaluation only. */
    public abstract Optional<PerilakuKerja> perilaku();

    /** Builder of SKP; pegawai and period are required. */
    public static final class Builder extends ImmutableSkpPp46.Builder {
        Builder() {}
    }
}
