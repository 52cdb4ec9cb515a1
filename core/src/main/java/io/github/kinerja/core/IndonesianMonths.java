package io.github.kinerja.core;

import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Month names as Indonesian forms write them, including the older spellings {@code Pebruari} and {@code Nopember}.
 */
public final class IndonesianMonths {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("januari", Month.JANUARY),
            Map.entry("februari", Month.FEBRUARY),
            Map.entry("pebruari", Month.FEBRUARY),
            Map.entry("maret", Month.MARCH),
            Map.entry("april", Month.APRIL),
            Map.entry("mei", Month.MAY),
            Map.entry("juni", Month.JUNE),
            Map.entry("juli", Month.JULY),
            Map.entry("agustus", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER),
            Map.entry("oktober", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER),
            Map.entry("nopember", Month.NOVEMBER),
            Map.entry("desember", Month.DECEMBER));

    private IndonesianMonths() {}

    /**
     * Parses one Indonesian month name, ignoring case.
     *
     * @param word  a single word such as {@code Januari} or {@code NOPEMBER}, not null
     * @return the month, or empty when the word is not a month name, not null
     */
    public static Optional<Month> parse(CharSequence word) {
        Objects.requireNonNull(word, "word");
        return Optional.ofNullable(MONTHS.get(word.toString().toLowerCase(Locale.ROOT)));
    }
}
