package io.github.kinerja.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1.234,5       | 1234.5",
        "1,234.00      | 1234.00",
        "170.395.000   | 170395000",
        "170,395,000   | 170395000",
        "Rp 170.395.000,- | 170395000",
        "Rp. 1.500.000,00 | 1500000.00",
        "88,67         | 88.67",
        "9.12          | 9.12",
        "1,5           | 1.5",
        "0.125         | 0.125",
        "0,125         | 0.125",
        ".5            | 0.5",
        "12            | 12",
        "-3,5          | -3.5",
        "'\u00a012 '   | 12",
        "1 234 567     | 1234567",
        "1 234,5       | 1234.5",
        "96%           | 96",
        "1.234,56%     | 1234.56",
    })
    void parse_unambiguous_number(String text, String expected) {
        ParsedNumber parsed = NumberText.parse(text);

        assertThat(parsed.kind()).isEqualTo(ParsedNumber.Kind.NUMBER);
        assertThat(parsed.value()).contains(new BigDecimal(expected));
        assertThat(parsed.isAmbiguous()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} or {2}")
    @CsvSource(delimiter = '|', value = {
        "1.234  | 1234  | 1.234",
        "1,234  | 1234  | 1.234",
        "12.500 | 12500 | 12.500",
        "-1.234 | -1234 | -1.234",
    })
    void parse_loneSeparatorBeforeThreeDigits_thousandsWithAlternative(String text, String value, String other) {
        ParsedNumber parsed = NumberText.parse(text);

        assertThat(parsed.value()).contains(new BigDecimal(value));
        assertThat(parsed.isAmbiguous()).isTrue();
        assertThat(parsed.alternative()).contains(new BigDecimal(other));
    }

    @ParameterizedTest(name = "\"{0}\" in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "1.234 | INDONESIAN | 1234",
        "1,234 | INDONESIAN | 1.234",
        "1.234 | ENGLISH    | 1.234",
        "1,234 | ENGLISH    | 1234",
    })
    void parse_knownStyle_decidesWithoutFlag(String text, NumberStyle style, String expected) {
        ParsedNumber parsed = NumberText.parse(text, style);

        assertThat(parsed.value()).contains(new BigDecimal(expected));
        assertThat(parsed.isAmbiguous()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is empty")
    @ValueSource(strings = {"", "   ", "-", "\u2013", "\u2014", "--", "\u00a0"})
    void parse_blankOrDash_empty(String text) {
        assertThat(NumberText.parse(text).kind()).isEqualTo(ParsedNumber.Kind.EMPTY);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"a", "(4)", "1.23.4", "1,2,3", "12 Laporan", "1.234.5,6,7", "1.", "NIP Pegawai"})
    void parse_text_notANumber(String text) {
        assertThat(NumberText.parse(text).kind()).isEqualTo(ParsedNumber.Kind.NOT_A_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"60%", "60 %"})
    void parse_percentSign_flagsPercent(String text) {
        ParsedNumber parsed = NumberText.parse(text);

        assertThat(parsed.isPercent()).isTrue();
        assertThat(parsed.value()).contains(new BigDecimal("60"));
    }
}
