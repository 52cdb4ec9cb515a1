package io.github.kinerja.core.permen2021;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An SKP (Sasaran Kinerja Pegawai) under PP 30/2019 and PermenPANRB 8/2021: the employee, the appraisers, the
 * period and the rencana kinerja with their IKI.
 *
 * <p>Rencana kinerja ids are unique. The bobot of the kinerja utama add up to 100, or none has one.
 *
 * <pre>{@code
 * Skp skp = Skp.builder()
 *         .pegawai(Person.of("Siti Aminah"))
 *         .periode(AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)))
 *         .addRencanaKinerja(rencana)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Skp {

    Skp() {}

    /** Returns a new builder; {@code pegawai} and {@code periode} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the appraised employee. */
    public abstract Person pegawai();

    /** Returns the appraiser (pejabat penilai kinerja), if named. */
    public abstract Optional<Person> pejabatPenilai();

    /** Returns the appraiser's superior (atasan pejabat penilai kinerja), if named. */
    public abstract Optional<Person> atasanPejabatPenilai();

    /** Returns the period the SKP covers. */
    public abstract AssessmentPeriod periode();

    /** Returns the rencana kinerja, kinerja utama and tambahan, in form order. */
    public abstract List<RencanaKinerja> rencanaKinerja();

    /** Returns the kinerja utama, in form order. */
    public List<RencanaKinerja> utama() {
        return byJenis(JenisKinerja.UTAMA);
    }

    /** Returns the kinerja tambahan, in form order. */
    public List<RencanaKinerja> tambahan() {
        return byJenis(JenisKinerja.TAMBAHAN);
    }

    private List<RencanaKinerja> byJenis(JenisKinerja jenis) {
        return rencanaKinerja().stream().filter(r -> r.jenis() == jenis).collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    final void check() {
        Set<String> ids = new HashSet<>();
        for (RencanaKinerja rencana : rencanaKinerja()) {
            if (!ids.add(rencana.id())) {
                throw new IllegalArgumentException("rencana kinerja id " + rencana.id() + " appears twice in the SKP");
            }
        }
        Weights.checkAllOrNone("kinerja utama", utama(), RencanaKinerja::bobot);
    }

    /** Builder of SKP. */
    public static final class Builder extends ImmutableSkp.Builder {
        Builder() {}
    }
}
