package io.github.kinerja.core.permen2021;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Checks of the bobot (weight, in percent) columns shared by the model types of this package. */
final class Weights {

    private Weights() {}

    /** Checks that one bobot lies in (0, 100]. */
    static void checkBobot(String owner, Optional<BigDecimal> bobot) {
        if (bobot.isPresent()) {
            BigDecimal value = bobot.orElseThrow();
            if (value.signum() <= 0 || value.compareTo(Decimals.HUNDRED) > 0) {
                throw new IllegalArgumentException("bobot of " + owner + " must be above 0 and at most 100, was "
                        + value.toPlainString());
            }
        }
    }

    /** Checks that either no item or every item has a bobot, and that present bobot add up to 100. */
    static <T> void checkAllOrNone(String what, List<T> items, Function<T, Optional<BigDecimal>> bobot) {
        long withBobot = items.stream().filter(item -> bobot.apply(item).isPresent()).count();
        if (withBobot == 0) {
            return;
        }
        if (withBobot != items.size()) {
            throw new IllegalArgumentException("bobot must be given for every " + what + " or for none, was given for "
                    + withBobot + " of " + items.size());
        }
        BigDecimal sum = items.stream().map(item -> bobot.apply(item).orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(Decimals.HUNDRED) != 0) {
            throw new IllegalArgumentException("bobot of the " + what + " must add up to 100, was "
                    + sum.toPlainString());
        }
    }
}
