package io.github.kinerja.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void builder_allAttributes_keepsThem() {
        Person person = Person.builder()
                .name("Siti Aminah, S.E.")
                .nip(Nip.parse("19660812 199402 2 908"))
                .golongan(Golongan.III_B)
                .jabatan("Analis Kepegawaian")
                .unitKerja("BKD Kabupaten Contoh")
                .build();

        assertThat(person.name()).isEqualTo("Siti Aminah, S.E.");
        assertThat(person.nip()).contains(Nip.parse("196608121994022908"));
        assertThat(person.golongan()).contains(Golongan.III_B);
        assertThat(person.jabatan()).contains("Analis Kepegawaian");
        assertThat(person.unitKerja()).contains("BKD Kabupaten Contoh");
    }

    @Test
    void of_nameOnly_leavesTheRestEmpty() {
        Person person = Person.of("Budi");

        assertThat(person.name()).isEqualTo("Budi");
        assertThat(person.nip()).isEmpty();
        assertThat(person.golongan()).isEmpty();
        assertThat(person.jabatan()).isEmpty();
        assertThat(person.unitKerja()).isEmpty();
    }

    @Test
    void of_blankName_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Person.of("  "))
                .withMessage("name must not be blank, was \"  \"");
    }

    @Test
    void builder_blankJabatan_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Person.builder().name("Budi").jabatan(" ").build())
                .withMessageStartingWith("jabatan must not be blank");
    }

    @Test
    void builder_blankUnitKerja_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Person.builder().name("Budi").unitKerja("").build())
                .withMessageStartingWith("unitKerja must not be blank");
    }

    @Test
    void builder_missingName_throws() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Person.builder().build())
                .withMessageContaining("name");
    }

    @Test
    void of_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Person.of(null));
    }
}
