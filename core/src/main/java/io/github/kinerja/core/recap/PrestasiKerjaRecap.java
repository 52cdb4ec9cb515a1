package io.github.kinerja.core.recap;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PP 46/2011 recap of the Nilai Prestasi Kerja of several employees for one year, one
 * {@link PrestasiKerjaRow} per employee. The rows may be empty, as in a template.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PrestasiKerjaRecap {

    PrestasiKerjaRecap() {}

    /** Returns a new builder; every attribute is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the year of the appraisal ({@code Periode}). */
    public abstract Optional<Integer> tahun();

    /** Returns the employees, in recap order. */
    public abstract List<PrestasiKerjaRow> rows();

    /** Builder of prestasi kerja recaps. */
    public static final class Builder extends ImmutablePrestasiKerjaRecap.Builder {
        Builder() {}
    }
}
