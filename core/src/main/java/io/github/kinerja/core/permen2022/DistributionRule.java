package io.github.kinerja.core.permen2022;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One bound of a {@link PolaDistribusi}: a maximum or minimum share, "at least one", or "the largest group", for
 * one predikat or a group of predikat counted together.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DistributionRule {

    /** The kind of bound. */
    public enum Kind {
        /** At most the given percentage of the unit; the headcount is rounded by {@link HeadcountRounding}. */
        MAX_SHARE,
        /** At least the given percentage of the unit; the headcount is rounded by {@link HeadcountRounding}. */
        MIN_SHARE,
        /** At least one employee. */
        AT_LEAST_ONE,
        /**
         * The largest group ("sebagian besar"): a warning when another predikat has more employees. A tie counts as
         * the largest group.
         */
        MODAL
    }

    DistributionRule() {}

    /**
     * Obtains a maximum share.
     *
     * @param percent  the maximum percentage of the unit, from 0 to 100, not null
     * @param predikat  the predikat counted together, at least one, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the percentage is outside 0 to 100 or no predikat is given
     */
    public static DistributionRule max(BigDecimal percent, PredikatPegawai... predikat) {
        Objects.requireNonNull(percent, "percent");
        return build(Kind.MAX_SHARE, Optional.of(percent), predikat);
    }

    /**
     * Obtains a minimum share.
     *
     * @param percent  the minimum percentage of the unit, from 0 to 100, not null
     * @param predikat  the predikat counted together, at least one, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the percentage is outside 0 to 100 or no predikat is given
     */
    public static DistributionRule min(BigDecimal percent, PredikatPegawai... predikat) {
        Objects.requireNonNull(percent, "percent");
        return build(Kind.MIN_SHARE, Optional.of(percent), predikat);
    }

    /**
     * Obtains an "at least one employee" rule.
     *
     * @param predikat  the predikat counted together, at least one, not null
     * @return the rule, not null
     */
    public static DistributionRule atLeastOne(PredikatPegawai... predikat) {
        return build(Kind.AT_LEAST_ONE, Optional.empty(), predikat);
    }

    /**
     * Obtains a "largest group" rule.
     *
     * @param predikat  the predikat that should be the largest group, not null
     * @return the rule, not null
     */
    public static DistributionRule modal(PredikatPegawai predikat) {
        return build(Kind.MODAL, Optional.empty(), predikat);
    }

    private static DistributionRule build(Kind kind, Optional<BigDecimal> percent, PredikatPegawai... predikat) {
        Objects.requireNonNull(predikat, "predikat");
        return ImmutableDistributionRule.builder()
                .kind(kind)
                .percent(percent)
                .predikat(Arrays.asList(predikat))
                .build();
    }

    /** Returns the kind of bound. */
    public abstract Kind kind();

    /** Returns the percentage of a share bound, empty for the other kinds. */
    public abstract Optional<BigDecimal> percent();

    /** Returns the predikat counted together, in the order given. */
    public abstract List<PredikatPegawai> predikat();

    /** Returns the labels of the predikat joined with {@code " + "}, such as {@code Butuh Perbaikan + Kurang/Misconduct}. */
    public String label() {
        StringBuilder text = new StringBuilder();
        for (PredikatPegawai p : predikat()) {
            text.append(text.length() > 0 ? " + " : "").append(p.label());
        }
        return text.toString();
    }

    @Value.Check
    final void check() {
        if (predikat().isEmpty()) {
            throw new IllegalArgumentException("a distribution rule needs at least one predikat");
        }
        boolean share = kind() == Kind.MAX_SHARE || kind() == Kind.MIN_SHARE;
        if (share != percent().isPresent()) {
            throw new IllegalArgumentException(kind() + " rule " + (share ? "needs" : "must not have") + " a percent");
        }
        if (percent().map(p -> p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0).orElse(false)) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was "
                    + percent().orElseThrow().toPlainString());
        }
        if (kind() == Kind.MODAL && predikat().size() != 1) {
            throw new IllegalArgumentException("a MODAL rule names exactly one predikat, was " + predikat());
        }
    }
}
