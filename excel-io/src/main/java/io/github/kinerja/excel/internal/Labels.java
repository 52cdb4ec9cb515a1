package io.github.kinerja.excel.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Normalised matching of header and label text, so that readers find a block by its text and not by its position
 * in the sheet.
 *
 * <p>{@link #normalize(String)} lower-cases the text, turns no-break spaces, line breaks and every character other
 * than a letter, a digit or {@code %} into a space, and collapses runs of spaces. Matching then compares words, and
 * two words of five or more letters also match when one edit apart (one letter added, removed, replaced, or two
 * neighbours swapped), which covers typos such as {@code Kreatifitas} for {@code Kreativitas} or {@code Displin}
 * for {@code Disiplin}. Shorter words must match exactly, because {@code AK}, {@code NO} or {@code NIP} differ by
 * one letter from unrelated words. Words written together or apart ({@code Kerjasama}, {@code Kerja Sama}) match
 * as well.
 */
public final class Labels {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}%]+");
    // A section number before a label: "I.", "II.", "1.", "a." or "b)" followed by white space.
    private static final Pattern NUMBERING =
            Pattern.compile("^[\\s\u00A0]*(?:[IVXivx]{1,4}|[0-9]{1,2}|[a-zA-Z])[.)][\\s\u00A0]+");
    private static final int FUZZY_MINIMUM_LENGTH = 5;

    private Labels() {}

    /**
     * Returns the text in normal form: lower case, words separated by single spaces, punctuation removed.
     *
     * @param text  the text, not null
     * @return the normal form, empty for text without letters or digits, not null
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Returns the text without a leading section number such as {@code I.}, {@code 2.} or {@code a.}.
     *
     * @param text  the text, not null
     * @return the text after the section number, or the text itself, not null
     */
    public static String withoutNumbering(String text) {
        return NUMBERING.matcher(text).replaceFirst("");
    }

    /**
     * Checks if the text is the label, word for word, after normalisation and with a leading section number
     * ignored.
     *
     * @param text  the cell text, not null
     * @param label  the expected label, not null
     * @return true if they match
     */
    public static boolean is(String text, String label) {
        List<String> words = words(withoutNumbering(text));
        List<String> expected = words(label);
        return (words.size() == expected.size() && containsAt(words, expected, 0))
                || joined(words).equals(joined(expected));
    }

    /**
     * Checks if the label's words occur in the text, one after the other, after normalisation.
     *
     * @param text  the cell text, not null
     * @param label  the expected label, not null
     * @return true if the text contains the label
     */
    public static boolean contains(String text, String label) {
        List<String> words = words(text);
        List<String> expected = words(label);
        if (expected.isEmpty()) {
            return false;
        }
        for (int start = 0; start + expected.size() <= words.size(); start++) {
            if (containsAt(words, expected, start)) {
                return true;
            }
        }
        return containsJoined(words, joined(expected));
    }

    /**
     * Checks if the text starts with the label's words, after normalisation and with a leading section number
     * ignored.
     *
     * @param text  the cell text, not null
     * @param label  the expected label, not null
     * @return true if the text starts with the label
     */
    public static boolean startsWith(String text, String label) {
        List<String> words = words(withoutNumbering(text));
        List<String> expected = words(label);
        return !expected.isEmpty() && expected.size() <= words.size() && containsAt(words, expected, 0);
    }

    /**
     * Checks if two words match: equal, or one edit apart when both have five or more letters.
     *
     * @param word  a normalised word, not null
     * @param expected  the expected normalised word, not null
     * @return true if they match
     */
    public static boolean wordMatches(String word, String expected) {
        if (word.equals(expected)) {
            return true;
        }
        if (word.length() < FUZZY_MINIMUM_LENGTH || expected.length() < FUZZY_MINIMUM_LENGTH) {
            return false;
        }
        return Math.abs(word.length() - expected.length()) <= 1 && editDistance(word, expected) <= 1;
    }

    private static List<String> words(String text) {
        String normal = normalize(text);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    private static boolean containsAt(List<String> words, List<String> expected, int start) {
        for (int i = 0; i < expected.size(); i++) {
            if (!wordMatches(words.get(start + i), expected.get(i))) {
                return false;
            }
        }
        return true;
    }

    // Checks if some run of whole words, written together, equals the joined label ("kerja sama" in "5 kerjasama").
    private static boolean containsJoined(List<String> words, String joinedLabel) {
        for (int start = 0; start < words.size(); start++) {
            StringBuilder run = new StringBuilder();
            for (int end = start; end < words.size() && run.length() < joinedLabel.length(); end++) {
                run.append(words.get(end));
            }
            if (run.toString().equals(joinedLabel)) {
                return true;
            }
        }
        return false;
    }

    private static String joined(List<String> words) {
        return String.join("", words);
    }

    // The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
