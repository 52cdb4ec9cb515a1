package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.recap.AktivitasRow;
import io.github.kinerja.core.report.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The e-Kinerja activity list: real uploads with one activity among empty rows, and a generated variant. */
class AktivitasListReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"ekin2022/format_data_skp.xls", "ekin2022/dataskp_20180207154908.xls"})
    void realList_readsTheOneActivity(String name) {
        WorkbookReadResult result = WorkbookReader.standard().read(RealFixtures.path(name));

        assertThat(result.layout()).isEqualTo(WorkbookLayout.EKINERJA_AKTIVITAS);
        TableReadResult<List<AktivitasRow>> read = result.aktivitas().orElseThrow();
        assertThat(read.sheetName()).isEqualTo("Sheet4");
        assertThat(read.content()).singleElement().satisfies(row -> {
            assertThat(row.nomor()).contains("1");
            assertThat(row.uraian()).isEqualTo("Merekap RUK & RPK");
            assertThat(row.satuan()).contains("Kegiatan");
            assertThat(row.waktu()).isEmpty();
        });
        assertThat(read.report().isEmpty()).isTrue();
    }

    @Test
    void generatedList_skipsRowsWithoutUraian() {
        TableReadResult<List<AktivitasRow>> read = new TableWorkbooks()
                .row("NO", "URAIAN AKTIVITAS", "SATUAN/\nHASIL AKHIR", "WAKTU")
                .row(1, "Menyusun laporan", "Dokumen", 60)
                .row(2)
                .row(3, null, "Berkas", null)
                .blank()
                .row(4, "Mengarsip surat", "Berkas", "30")
                .read(TableWorkbooks.Format.XLSX, "aktivitas").aktivitas().orElseThrow();

        assertThat(read.content()).extracting(AktivitasRow::uraian).containsExactly("Menyusun laporan",
                "Mengarsip surat");
        assertThat(read.content().get(0).waktu()).contains(new BigDecimal("60"));
        assertThat(read.content().get(1).waktu()).contains(new BigDecimal("30"));
        assertThat(read.content().get(1).nomor()).contains("4");
        assertThat(read.report().findings()).extracting(Finding::location).containsExactly("Sheet1!B4");
    }
}
