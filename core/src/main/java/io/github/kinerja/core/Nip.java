package io.github.kinerja.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The NIP (Nomor Induk Pegawai), the 18-digit identity number of an Indonesian civil servant.
 *
 * <p>The digits have a fixed structure: the birth date as {@code YYYYMMDD}, the month of appointment as CPNS
 * (candidate civil servant) as {@code YYYYMM}, the sex digit ({@code 1} male, {@code 2} female) and a 3-digit
 * sequence number. {@link #parse(CharSequence)} accepts the written forms found on real SKP forms and checks that
 * structure:
 * <ul>
 *   <li>the birth date is a real calendar date in 1900 or later (earlier years are typing mistakes);
 *   <li>the appointment month is 01 to 12 and its year is at least the birth year plus 18, because 18 is the
 *       minimum age of a CPNS applicant. The check compares years only, so it accepts an appointment up to 11
 *       months before the 18th birthday;
 *   <li>the sex digit is 1 or 2; the sequence number may be any 3 digits.
 * </ul>
 *
 * <pre>{@code
 * Nip nip = Nip.parse("NIP. 19660812 199402 2 908");
 * nip.birthDate();    // 1966-08-12
 * nip.appointment();  // 1994-02
 * nip.sex();          // FEMALE
 * nip.formatted();    // "19660812 199402 2 908"
 * nip.toString();     // "196608121994022908"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nip {

    /** The number of digits of a NIP. */
    public static final int LENGTH = 18;

    private static final int MINIMUM_BIRTH_YEAR = 1900;
    private static final int MINIMUM_APPOINTMENT_AGE = 18;

    // An optional spreadsheet text marker ('), an optional "NIP" label with "." or ":" and the digits.
    private static final Pattern WRITTEN_FORM =
            Pattern.compile("^'?\\s*(?:NIP\\s*[.:]?\\s*)?'?(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]*");

    Nip() {}

    /**
     * Obtains a NIP from its written form.
     *
     * <p>Accepted: the 18 digits with or without spaces between them ({@code 19660812 199402 2 908}), after a
     * {@code NIP}, {@code NIP.} or {@code NIP:} label in any letter case and with any spaces
     * ({@code NIP.  196709141992032905}), and after a leading apostrophe, which spreadsheets use to mark text.
     * Leading and trailing white space is ignored.
     *
     * @param text  the written NIP, not null
     * @return the NIP, not null
     * @throws IllegalArgumentException if the text is not a NIP; the message shows the text and the broken rule
     */
    public static Nip parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String written = text.toString();
        String digits = extractDigits(written);
        String problem = structureProblem(digits);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": \"" + written + "\"");
        }
        return ImmutableNip.of(digits);
    }

    /**
     * Obtains a NIP from its written form, or an empty optional if the text is not a NIP.
     *
     * @param text  the written NIP, in any form {@link #parse(CharSequence)} accepts, not null
     * @return the NIP, or empty if the text is not a valid NIP, not null
     */
    public static Optional<Nip> tryParse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String digits = extractDigits(text.toString());
        return structureProblem(digits) == null ? Optional.of(ImmutableNip.of(digits)) : Optional.empty();
    }

    /** Returns the 18 digits, without spaces or label. */
    @Value.Parameter
    public abstract String digits();

    /** Returns the birth date, digits 1 to 8. */
    public LocalDate birthDate() {
        return LocalDate.of(number(0, 4), number(4, 6), number(6, 8));
    }

    /** Returns the month of appointment as CPNS, digits 9 to 14. */
    public YearMonth appointment() {
        return YearMonth.of(number(8, 12), number(12, 14));
    }

    /** Returns the sex, digit 15. */
    public Sex sex() {
        return digits().charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
    }

    /** Returns the sequence number, digits 16 to 18, from 0 to 999. */
    public int sequence() {
        return number(15, 18);
    }

    /** Returns the NIP in the spaced form printed on forms, such as {@code 19660812 199402 2 908}. */
    public String formatted() {
        String d = digits();
        return d.substring(0, 8) + ' ' + d.substring(8, 14) + ' ' + d.substring(14, 15) + ' ' + d.substring(15);
    }

    @Value.Check
    final void check() {
        String problem = structureProblem(digits());
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": \"" + digits() + "\"");
        }
    }

    /** Returns the 18 digits, the form {@link #parse(CharSequence)} reads back. */
    @Override
    public String toString() {
        return digits();
    }

    private int number(int from, int to) {
        return Integer.parseInt(digits().substring(from, to));
    }

    private static String extractDigits(String written) {
        Matcher matcher = WRITTEN_FORM.matcher(written.strip());
        // The pattern matches every text because its last group takes the rest.
        String rest = matcher.matches() ? matcher.group(1) : written;
        return SPACES.matcher(rest).replaceAll("");
    }

    // Returns what is wrong with the digits, or null if they form a valid NIP.
    @Nullable
    private static String structureProblem(String digits) {
        if (!DIGITS.matcher(digits).matches()) {
            return "NIP must contain only digits, spaces and an optional NIP label, was";
        }
        if (digits.length() != LENGTH) {
            return "NIP must have " + LENGTH + " digits, was " + digits.length();
        }
        int birthYear = Integer.parseInt(digits.substring(0, 4));
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(birthYear, Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return "NIP birth date (digits 1-8, YYYYMMDD) must be a real date, was " + digits.substring(0, 8);
        }
        if (birthDate.getYear() < MINIMUM_BIRTH_YEAR) {
            return "NIP birth year (digits 1-4) must be " + MINIMUM_BIRTH_YEAR + " or later, was " + birthYear;
        }
        int appointmentMonth = Integer.parseInt(digits.substring(12, 14));
        if (appointmentMonth < 1 || appointmentMonth > 12) {
            return "NIP appointment month (digits 13-14) must be 01 to 12, was " + digits.substring(12, 14);
        }
        int appointmentYear = Integer.parseInt(digits.substring(8, 12));
        if (appointmentYear < birthYear + MINIMUM_APPOINTMENT_AGE) {
            return "NIP appointment year (digits 9-12) must be at least the birth year plus "
                    + MINIMUM_APPOINTMENT_AGE + " (" + (birthYear + MINIMUM_APPOINTMENT_AGE) + "), was "
                    + appointmentYear;
        }
        char sex = digits.charAt(14);
        if (sex != '1' && sex != '2') {
            return "NIP sex digit (digit 15) must be 1 (male) or 2 (female), was " + sex;
        }
        return null;
    }
}
