package io.github.kinerja.excel.write.internal;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Dates, periods and identity fields written the way Indonesian forms print them.
 */
public final class IndonesianText {

    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember");

    private IndonesianText() {}

    /**
     * Formats a date such as {@code 2 Januari 2020}: the day without a leading zero, the month name, the year.
     *
     * @param date  the date, not null
     * @return the text, not null
     */
    public static String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /**
     * Formats a period as {@code 2 Januari 2020 s.d. 31 Desember 2020}, with both years written out.
     *
     * @param period  the period, not null
     * @return the text, not null
     */
    public static String period(AssessmentPeriod period) {
        Objects.requireNonNull(period, "period");
        return date(period.start()) + " s.d. " + date(period.end());
    }

    /**
     * Formats a golongan with its pangkat as forms print it, such as {@code Penata Muda Tingkat I, III/b}.
     *
     * @param golongan  the golongan, not null
     * @return the text, not null
     */
    public static String pangkat(Golongan golongan) {
        return golongan.pangkat() + ", " + golongan.code();
    }

    /**
     * Formats a NIP for a signature block, such as {@code NIP. 19660812 199402 2 908}.
     *
     * @param nip  the NIP, not null
     * @return the text, not null
     */
    public static String nipLine(Nip nip) {
        return "NIP. " + nip.formatted();
    }
}
