package io.github.kinerja.excel;

import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a group of bobot read from a form before the model is built. The model rejects a group where only some
 * items have a bobot, or where the bobot do not add up to 100. The reader therefore reports such a group and drops
 * its bobot, so all items of the group weigh the same.
 */
final class Permen2021Bobot {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Permen2021Bobot() {}

    /**
     * Returns the items unchanged when none or all of them have a bobot adding up to 100, and otherwise reports an
     * error at {@code location} and returns the items without bobot.
     *
     * @param what  the group, for the message, such as {@code IKI of rencana kinerja 2}
     */
    static <T> List<T> allOrNone(List<T> items, Function<T, Optional<BigDecimal>> bobot,
            Function<T, T> withoutBobot, String what, String location, ReadContext context) {
        long withBobot = items.stream().filter(item -> bobot.apply(item).isPresent()).count();
        if (withBobot == 0) {
            return items;
        }
        if (withBobot != items.size()) {
            context.add("excel.permen2021.bobotIncomplete", Severity.ERROR, location, what, withBobot, items.size());
            return items.stream().map(withoutBobot).toList();
        }
        BigDecimal sum = items.stream().map(item -> bobot.apply(item).orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            context.add("excel.permen2021.bobotSum", Severity.ERROR, location, what,
                    ReadContext.normal(sum).toPlainString());
            return items.stream().map(withoutBobot).toList();
        }
        return items;
    }
}
