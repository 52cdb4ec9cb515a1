package io.github.kinerja.core.permen2022;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * One entry of the Lampiran of an SKP: the section it belongs to and its text.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LampiranItem {

    LampiranItem() {}

    /**
     * Obtains an entry.
     *
     * @param bagian  the section, not null
     * @param uraian  the text, not blank, not null
     * @return the entry, not null
     * @throws IllegalArgumentException if the text is blank
     */
    public static LampiranItem of(LampiranSkp bagian, String uraian) {
        Objects.requireNonNull(bagian, "bagian");
        Objects.requireNonNull(uraian, "uraian");
        return ImmutableLampiranItem.of(bagian, uraian);
    }

    /** Returns the section. */
    @Value.Parameter
    public abstract LampiranSkp bagian();

    /** Returns the text. */
    @Value.Parameter
    public abstract String uraian();

    @Value.Check
    final void check() {
        if (uraian().isBlank()) {
            throw new IllegalArgumentException("uraian of a lampiran entry in " + bagian() + " must not be blank");
        }
    }
}
