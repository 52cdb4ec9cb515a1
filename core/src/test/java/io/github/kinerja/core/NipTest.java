package io.github.kinerja.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NipTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "196608121994022908",
        "19660812 199402 2 908",
        "  19660812 199402 2 908  ",
        "19660812\u00A0199402\u00A02\u00A0908",
        "'196608121994022908",
        "'19660812 199402 2 908",
        "NIP 196608121994022908",
        "NIP. 19660812 199402 2 908",
        "NIP.196608121994022908",
        "NIP: 196608121994022908",
        "NIP : 19660812 199402 2 908",
        "nip. 196608121994022908",
        "Nip.  196608121994022908"
    })
    void parse_writtenForms_readTheSameDigits(String written) {
        assertThat(Nip.parse(written).digits()).isEqualTo("196608121994022908");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NIP.  196709141992032905 | 196709141992032905",
        "NIP: 199511142019011907  | 199511142019011907",
        "19660812 199402 2 908    | 196608121994022908"
    })
    void parse_formsSeenOnRealForms_succeed(String written, String digits) {
        assertThat(Nip.parse(written).toString()).isEqualTo(digits);
    }

    @Test
    void accessors_spacedForm_splitTheStructure() {
        Nip nip = Nip.parse("19660812 199402 2 908");

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1966, 8, 12));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(1994, 2));
        assertThat(nip.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nip.sequence()).isEqualTo(908);
        assertThat(nip.formatted()).isEqualTo("19660812 199402 2 908");
        assertThat(nip.toString()).isEqualTo("196608121994022908");
    }

    @Test
    void sex_digitOne_isMale() {
        assertThat(Nip.parse("NIP: 199511142019011907").sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void parse_sameDigitsInOtherForms_areEqual() {
        Nip plain = Nip.parse("196608121994022908");
        Nip labelled = Nip.parse("NIP. 19660812 199402 2 908");

        assertThat(labelled).isEqualTo(plain);
        assertThat(labelled.hashCode()).isEqualTo(plain.hashCode());
        assertThat(Nip.parse(plain.formatted())).isEqualTo(plain);
        assertThat(Nip.parse(plain.toString())).isEqualTo(plain);
    }

    @Test
    void parse_seventeenDigits_throwsWithCountAndValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("19920618201903190"))
                .withMessage("NIP must have 18 digits, was 17: \"19920618201903190\"");
    }

    @Test
    void parse_nineteenDigits_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("1992061820190319071"))
                .withMessage("NIP must have 18 digits, was 19: \"1992061820190319071\"");
    }

    @Test
    void parse_empty_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("  "))
                .withMessage("NIP must have 18 digits, was 0: \"  \"");
    }

    @Test
    void parse_letters_throwsWithValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("19920618201903190A"))
                .withMessage("NIP must contain only digits, spaces and an optional NIP label, was: "
                        + "\"19920618201903190A\"");
    }

    @Test
    void parse_otherLabel_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("NRP 196608121994022908"))
                .withMessageContaining("only digits")
                .withMessageContaining("\"NRP 196608121994022908\"");
    }

    @Test
    void parse_invalidBirthDate_throwsWithDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("199202302019031907"))
                .withMessage("NIP birth date (digits 1-8, YYYYMMDD) must be a real date, was 19920230: "
                        + "\"199202302019031907\"");
    }

    @Test
    void parse_birthMonthThirteen_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("199213012019031907"))
                .withMessageContaining("must be a real date, was 19921301");
    }

    @Test
    void parse_birthYearBefore1900_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("189908122019031907"))
                .withMessage("NIP birth year (digits 1-4) must be 1900 or later, was 1899: \"189908122019031907\"");
    }

    @Test
    void parse_appointmentMonthThirteen_throwsWithMonth() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("199206182019131907"))
                .withMessage("NIP appointment month (digits 13-14) must be 01 to 12, was 13: "
                        + "\"199206182019131907\"");
    }

    @Test
    void parse_appointmentMonthZero_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("199206182019001907"))
                .withMessageContaining("must be 01 to 12, was 00");
    }

    @Test
    void parse_appointmentBeforeAge18_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("199206182009031907"))
                .withMessage("NIP appointment year (digits 9-12) must be at least the birth year plus 18 (2010), "
                        + "was 2009: \"199206182009031907\"");
    }

    @Test
    void parse_appointmentInYearOf18thBirthday_succeeds() {
        assertThat(Nip.parse("199212312010011001").appointment()).isEqualTo(YearMonth.of(2010, 1));
    }

    @Test
    void parse_sexDigitThree_throwsWithDigit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("199206182019013907"))
                .withMessage("NIP sex digit (digit 15) must be 1 (male) or 2 (female), was 3: "
                        + "\"199206182019013907\"");
    }

    @Test
    void parse_sexDigitZero_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Nip.parse("199206182019010907"))
                .withMessageContaining("was 0");
    }

    @Test
    void parse_sequenceZero_isAccepted() {
        assertThat(Nip.parse("199206182019011000").sequence()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19920618201903190", "199202302019031907", "199206182019131907",
        "199206182019013907", "19920618201903190A", ""})
    void tryParse_invalid_isEmpty(String written) {
        assertThat(Nip.tryParse(written)).isEmpty();
    }

    @Test
    void tryParse_valid_isPresent() {
        assertThat(Nip.tryParse("NIP. 19660812 199402 2 908")).contains(Nip.parse("196608121994022908"));
    }

    @Test
    void parse_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Nip.parse(null)).withMessage("text");
    }

    @Test
    void tryParse_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Nip.tryParse(null)).withMessage("text");
    }
}
