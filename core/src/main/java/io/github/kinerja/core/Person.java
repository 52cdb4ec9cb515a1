package io.github.kinerja.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A civil servant as an SKP names them: the appraised employee (pegawai), the appraiser (pejabat penilai) or the
 * appraiser's superior (atasan pejabat penilai).
 *
 * <p>Only the name is required, because forms often leave the NIP, golongan, jabatan or unit kerja empty for one of
 * the three people. Text attributes, when present, are not blank.
 *
 * <pre>{@code
 * Person pegawai = Person.builder()
 *         .name("Siti Aminah")
 *         .nip(Nip.parse("19660812 199402 2 908"))
 *         .golongan(Golongan.III_B)
 *         .jabatan("Analis Kepegawaian")
 *         .unitKerja("BKD Kabupaten Contoh")
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {

    Person() {}

    /**
     * Obtains a person known only by name.
     *
     * @param name  the name, not blank, not null
     * @return the person, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static Person of(String name) {
        return builder().name(name).build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the full name as written on the form, with any academic titles. */
    public abstract String name();

    /** Returns the NIP, if known. */
    public abstract Optional<Nip> nip();

    /** Returns the golongan ruang, if known. */
    public abstract Optional<Golongan> golongan();

    /** Returns the jabatan (position title), if known. */
    public abstract Optional<String> jabatan();

    /** Returns the unit kerja (organisation unit), if known. */
    public abstract Optional<String> unitKerja();

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was \"" + name() + "\"");
        }
        if (jabatan().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("jabatan must not be blank when present, leave it empty instead");
        }
        if (unitKerja().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("unitKerja must not be blank when present, leave it empty instead");
        }
    }

    /** Builder of persons; {@code name} is required. */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {}
    }
}
