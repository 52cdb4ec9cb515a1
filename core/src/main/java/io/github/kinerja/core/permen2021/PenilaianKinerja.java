package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The input of a PermenPANRB 8/2021 appraisal: the SKP with its realisasi, the nilai perilaku kerja and the two
 * flags that PP 30/2019 needs.
 *
 * <p>The nilai perilaku kerja is taken as given (0 to 120): the regulation rates perilaku on levels 1 to 7 per
 * aspect, and the conversion of levels into a number was not available when this was written.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PenilaianKinerja {

    private static final BigDecimal MAX_NILAI = BigDecimal.valueOf(120);

    PenilaianKinerja() {}

    /** Returns a new builder; {@code skp} and {@code nilaiPerilaku} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the SKP with realisasi. */
    public abstract Skp skp();

    // TODO: accept the 8/2021 perilaku levels 1 to 7 per aspect once their conversion into a nilai is available.
    /** Returns the nilai perilaku kerja, from 0 to 120. */
    public abstract BigDecimal nilaiPerilaku();

    /**
     * Checks if the instansi rates perilaku with input from peers and subordinates, which selects
     * {@link PrestasiWeights#SIXTY_FORTY}; false (70/30) by default.
     */
    @Value.Default
    public boolean usesPeerOrSubordinateInput() {
        return false;
    }

    /**
     * Checks if the PNS created a new idea or method that benefits the organisation or the state, which Sangat Baik
     * requires; false by default.
     */
    @Value.Default
    public boolean inovasi() {
        return false;
    }

    /** Returns the weights that {@link #usesPeerOrSubordinateInput()} selects. */
    public PrestasiWeights weights() {
        return PrestasiWeights.forPeerInput(usesPeerOrSubordinateInput());
    }

    @Value.Check
    final void check() {
        if (nilaiPerilaku().signum() < 0 || nilaiPerilaku().compareTo(MAX_NILAI) > 0) {
            throw new IllegalArgumentException("nilaiPerilaku must be between 0 and 120, was "
                    + nilaiPerilaku().toPlainString());
        }
    }

    /** Builder of appraisal inputs. */
    public static final class Builder extends ImmutablePenilaianKinerja.Builder {
        Builder() {}
    }
}
