package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A {@code Jangka Waktu Penilaian} label in A2 whose dates the reader cannot read. */
class PeriodLabelTest {

    private static final String UNREADABLE = "Jangka Waktu Penilaian Januari - Desember 2020";

    private static byte[] withPeriodText(Pp46FormFixtures.Format format) throws IOException {
        byte[] original = Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), format);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            workbook.getSheet(Pp46FormFixtures.SHEET).getRow(1).getCell(0).setCellValue(UNREADABLE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_unreadablePeriodWithoutDefault_failsNamingTheCell(Pp46FormFixtures.Format format) throws IOException {
        byte[] workbook = withPeriodText(format);

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> Pp46WorkbookReader.standard().read(new ByteArrayInputStream(workbook), "p.xlsx"))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.MISSING_CONTENT);
                    assertThat(e.code()).isEqualTo("excel.pp46.periodUnreadable");
                    assertThat(e.cell()).contains("SKP!A2");
                    assertThat(e.getMessage()).contains("\"" + UNREADABLE + "\" in SKP!A2 cannot be read");
                    assertThat(e.message(Locale.forLanguageTag("id"))).contains("di SKP!A2 tidak dapat dibaca");
                });
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_unreadablePeriodWithDefault_warnsAtTheCell(Pp46FormFixtures.Format format) throws IOException {
        AssessmentPeriod period = AssessmentPeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

        Pp46ReadResult result = Pp46WorkbookReader.standard().withDefaultPeriod(period)
                .read(new ByteArrayInputStream(withPeriodText(format)), "p" + format.extension());

        assertThat(result.skp().period()).isEqualTo(period);
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.pp46.periodInvalid"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location()).isEqualTo("SKP!A2");
                    assertThat(f.arguments()).containsExactly(UNREADABLE, "2020-01-01 s.d. 2020-12-31");
                });
    }
}
