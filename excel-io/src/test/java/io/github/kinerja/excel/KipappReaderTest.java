package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kinerja.core.recap.ActivityLogEntry;
import io.github.kinerja.core.recap.RencanaKinerjaRow;
import io.github.kinerja.core.report.Finding;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The KiPApp flat exports: real files and generated variants. */
class KipappReaderTest {

    @Test
    void rencanaKinerjaTahunan_readsAllRhk() {
        WorkbookReadResult result = WorkbookReader.standard()
                .read(RealFixtures.path("kipapp-otomatisasi/Rencana_Kinerja_Tahunan.xlsx"));

        assertThat(result.layout()).isEqualTo(WorkbookLayout.KIPAPP_RENCANA_KINERJA);
        TableReadResult<List<RencanaKinerjaRow>> read = result.rencanaKinerja().orElseThrow();
        List<RencanaKinerjaRow> rows = read.content();
        assertThat(rows).hasSize(51);
        RencanaKinerjaRow first = rows.get(0);
        assertThat(first.id()).contains("9133357");
        assertThat(first.uraian()).isEqualTo("Terlaksananya Pelayanan BPS yang berkualitas dan sesuai SOP");
        assertThat(first.rhkAtasan()).contains("Terwujudnya Kemudahan Akses Data Bps");
        assertThat(first.tahun()).contains(2025);
        assertThat(first.tim()).contains("Tim Kepulauan Meranti");
        RencanaKinerjaRow last = rows.get(50);
        assertThat(last.id()).contains("9133346");
        assertThat(last.uraian())
                .isEqualTo("Terlaksananya Pemutakhiran Tabel Dinamis di website BPS yang tepat waktu dan sesuai SOP");
        assertThat(last.rhkAtasan())
                .contains("Terlaksananya pemeliharaan dan pemutakhiran website BPS yang tepat waktu dan sesuai SOP");
        Map<String, Long> perTim = rows.stream()
                .collect(Collectors.groupingBy(r -> r.tim().orElseThrow(), Collectors.counting()));
        assertThat(perTim).containsOnly(
                Map.entry("Tim Integrasi Pengolahan dan Diseminasi Statistik", 42L),
                Map.entry("Tim Kepulauan Meranti", 8L),
                Map.entry("Tim Statistik Produksi", 1L));
        assertThat(read.report().isEmpty()).isTrue();
    }

    @Test
    void pelaksanaanBulanan_readsIsoText() {
        WorkbookReadResult result = WorkbookReader.standard()
                .read(RealFixtures.path("kipapp-otomatisasi/Pelaksanaan_Bulanan.xlsx"));

        assertThat(result.layout()).isEqualTo(WorkbookLayout.KIPAPP_PELAKSANAAN_BULANAN);
        TableReadResult<List<ActivityLogEntry>> read = result.activityLog().orElseThrow();
        List<ActivityLogEntry> entries = read.content();
        assertThat(entries).hasSize(47);
        assertThat(entries.get(0).tanggal()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(entries.get(0).waktu()).contains(LocalTime.of(8, 8));
        assertThat(entries.get(0).deskripsi()).isEqualTo("Melakukan pembawaan bendera saat Upacara Korpri.");
        assertThat(entries.get(46).tanggal()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(entries.get(46).waktu()).contains(LocalTime.of(8, 37));
        assertThat(entries.get(46).deskripsi()).isEqualTo("Belajar Membuat Program Scrapping KipApp");
        assertThat(entries).extracting(e -> e.tanggal().getMonthValue()).containsOnly(12);
        assertThat(read.report().isEmpty()).isTrue();
    }

    @Test
    void activityLog_dateCellsAndBadValues_reported() {
        TableReadResult<List<ActivityLogEntry>> read = new TableWorkbooks()
                .row("tanggal", "waktu", "deskripsi", "tahun", "bulan")
                .row(LocalDate.of(2025, 11, 3), 0.5, "Rapat tim", 2025, 11)
                .row("2025-11-04", "8:05", "Entri data", "2025", "12")
                .row("4 November", "08:00:00", "Tanggal bukan ISO", "2025", "11")
                .row("2025-11-05", "pagi", "Waktu tidak sah", "2025", "11")
                .row("2025-11-06", "09:00:00", null, "2025", "11")
                .read(TableWorkbooks.Format.XLS, "Pelaksanaan_Bulanan").activityLog().orElseThrow();

        assertThat(read.content()).extracting(ActivityLogEntry::deskripsi)
                .containsExactly("Rapat tim", "Entri data", "Waktu tidak sah");
        assertThat(read.content().get(0).tanggal()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(read.content().get(0).waktu()).contains(LocalTime.NOON);
        assertThat(read.content().get(1).waktu()).contains(LocalTime.of(8, 5));
        assertThat(read.content().get(2).waktu()).isEmpty();
        assertThat(read.report().findings()).extracting(Finding::code, Finding::location).containsExactly(
                tuple("excel.log.periodDiffers", "Sheet1!E3"),
                tuple("excel.date.invalid", "Sheet1!A4"),
                tuple("excel.time.invalid", "Sheet1!B5"),
                tuple("excel.table.rowWithoutName", "Sheet1!C6"));
    }

    @Test
    void rencanaKinerja_numericIdAndMissingOptionalColumns() {
        List<RencanaKinerjaRow> rows = new TableWorkbooks()
                .row("rencana_kinerja", "rencana_kinerja_atasan", "rkid")
                .row("Tersusunnya laporan", "Terwujudnya data", 9133357)
                .read(TableWorkbooks.Format.XLSX, "rkt").rencanaKinerja().orElseThrow().content();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.id()).contains("9133357");
            assertThat(row.tahun()).isEmpty();
            assertThat(row.tim()).isEmpty();
        });
    }
}
