package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Workbooks with a second PP 46 form on the sheet {@value Pp46FormFixtures#SECOND_SHEET}. */
class OtherFormsTest {

    private static SkpPp46 otherPegawai() {
        return SkpPp46.builder().from(SpecVectorWorkbooks.s1WithPerilaku())
                .pegawai(Person.builder().name("Budi Hartono").nip(Nip.parse("198107262005121903")).build())
                .build();
    }

    private static Pp46ReadResult read(Pp46FormFixtures.Format format, SkpPp46 second, boolean plan) {
        byte[] workbook = Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), format,
                Pp46FormFixtures.Options.standard().secondForm(second, plan));
        return Pp46WorkbookReader.standard().read(new ByteArrayInputStream(workbook), "two" + format.extension());
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_evaluationsOfTwoPegawai_warnsNamingBoth(Pp46FormFixtures.Format format) {
        Pp46ReadResult result = read(format, otherPegawai(), false);

        assertThat(result.skp().pegawai().name()).isEqualTo("Siti Aminah");
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.workbook.otherPegawai"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location()).isEqualTo("SKP 2!A1");
                    assertThat(f.arguments()).containsExactly("SKP 2", "Budi Hartono", "Siti Aminah", "SKP");
                    assertThat(f.message(Locale.ROOT)).contains("only the form of Siti Aminah on the sheet SKP");
                });
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_planOfAnotherPegawai_warns(Pp46FormFixtures.Format format) {
        Pp46ReadResult result = read(format, otherPegawai(), true);

        assertThat(result.layout()).isEqualTo(WorkbookLayout.PP46_PENILAIAN_SKP);
        assertThat(result.report().findings()).extracting(Finding::code).contains("excel.workbook.otherPegawai");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_planOfTheSamePegawai_notReported(Pp46FormFixtures.Format format) {
        Pp46ReadResult result = read(format, SpecVectorWorkbooks.s1WithPerilaku(), true);

        assertThat(result.report().findings()).extracting(Finding::code)
                .doesNotContain("excel.workbook.otherPegawai", "excel.workbook.otherForm");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_secondEvaluationOfTheSamePegawai_warnsAsOtherForm(Pp46FormFixtures.Format format) {
        Pp46ReadResult result = read(format, SpecVectorWorkbooks.s1WithPerilaku(), false);

        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.workbook.otherForm"))
                .singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("SKP 2", "SKP"));
    }
}
