package io.github.kinerja.core.permen2022;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bukti dukung (supporting evidence) of a realisasi: a reference to a document, file or link, and a note.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class BuktiDukung {

    BuktiDukung() {}

    /**
     * Obtains evidence without a note.
     *
     * @param reference  where the evidence is, such as a link or a letter number, not blank, not null
     * @return the evidence, not null
     * @throws IllegalArgumentException if the reference is blank
     */
    public static BuktiDukung of(String reference) {
        Objects.requireNonNull(reference, "reference");
        return ImmutableBuktiDukung.builder().reference(reference).build();
    }

    /**
     * Obtains evidence with a note.
     *
     * @param reference  where the evidence is, not blank, not null
     * @param keterangan  a note on what it shows, not blank, not null
     * @return the evidence, not null
     * @throws IllegalArgumentException if a text is blank
     */
    public static BuktiDukung of(String reference, String keterangan) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(keterangan, "keterangan");
        return ImmutableBuktiDukung.builder().reference(reference).keterangan(keterangan).build();
    }

    /** Returns where the evidence is: a link, a file name or a letter number. */
    public abstract String reference();

    /** Returns a note on what the evidence shows, if any. */
    public abstract Optional<String> keterangan();

    @Value.Check
    final void check() {
        if (reference().isBlank()) {
            throw new IllegalArgumentException("reference of a bukti dukung must not be blank");
        }
        if (keterangan().map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("keterangan of bukti dukung " + reference()
                    + " must not be blank when present; leave it empty instead");
        }
    }
}
