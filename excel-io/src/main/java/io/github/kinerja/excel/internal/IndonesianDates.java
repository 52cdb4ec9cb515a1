package io.github.kinerja.excel.internal;

import io.github.kinerja.core.IndonesianMonths;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written in Indonesian, such as {@code 2 Januari 2020}, and periods such as
 * {@code 2 Januari s.d. 31 Desember 2020}.
 */
public final class IndonesianDates {

    // A day, a month name and an optional year: "2 Januari", "31 Desember 2020".
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)(?:\\s+(\\d{4}))?");

    private IndonesianDates() {}

    /**
     * Returns the first and last day of a period written as two dates, such as
     * {@code 2 Januari s.d. 31 Desember 2020} or {@code 1 Juni sd 30 Juni 2020}; a first date without a year takes
     * the year of the second.
     *
     * @param text  the text, not null
     * @return the two dates in order, or empty if the text does not hold exactly two valid dates, not null
     */
    public static Optional<List<LocalDate>> period(String text) {
        Objects.requireNonNull(text, "text");
        List<int[]> parts = new ArrayList<>();
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            Optional<Month> parsed = IndonesianMonths.parse(matcher.group(2));
            if (parsed.isEmpty()) {
                continue;
            }
            Month month = parsed.get();
            int year = matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3));
            parts.add(new int[] {Integer.parseInt(matcher.group(1)), month.getValue(), year});
        }
        if (parts.size() != 2 || parts.get(1)[2] < 0) {
            return Optional.empty();
        }
        int firstYear = parts.get(0)[2] < 0 ? parts.get(1)[2] : parts.get(0)[2];
        try {
            LocalDate first = LocalDate.of(firstYear, parts.get(0)[1], parts.get(0)[0]);
            LocalDate last = LocalDate.of(parts.get(1)[2], parts.get(1)[1], parts.get(1)[0]);
            return first.isAfter(last) ? Optional.empty() : Optional.of(List.of(first, last));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
