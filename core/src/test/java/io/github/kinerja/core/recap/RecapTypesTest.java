package io.github.kinerja.core.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class RecapTypesTest {

    @Test
    void unitRecap_keepsRowsInOrder() {
        RecapRow first = RecapRow.builder().nama("Siti Aminah").nipText("19660812 199402 2 908")
                .nip(Nip.parse("19660812 199402 2 908")).hasilKerja(Rating.SESUAI_EKSPEKTASI)
                .perilakuKerja(Rating.DI_ATAS_EKSPEKTASI).predikat(PredikatPegawai.BAIK).build();
        RecapRow second = RecapRow.builder().nama("Budi").nipText("123").build();

        UnitRecap recap = UnitRecap.builder().instansi("Pemerintah Kabupaten Contoh").addRows(first, second).build();

        assertThat(recap.rows()).containsExactly(first, second);
        assertThat(recap.instansi()).contains("Pemerintah Kabupaten Contoh");
        assertThat(recap.periode()).isEmpty();
        assertThat(second.nip()).isEmpty();
    }

    @Test
    void recapRow_blankNama_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RecapRow.builder().nama(" ").build())
                .withMessageContaining("nama");
    }

    @Test
    void recapRow_nipWithoutText_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecapRow.builder().nama("Siti").nip(Nip.parse("196608121994022908")).build())
                .withMessageContaining("nipText");
    }

    @Test
    void prestasiKerjaRow_blankNama_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> PrestasiKerjaRow.builder().nama("").build())
                .withMessageContaining("nama");
    }

    @Test
    void prestasiKerjaRecap_keepsValues() {
        PrestasiKerjaRow row = PrestasiKerjaRow.builder().nama("Siti").nilaiSkp(new BigDecimal("85.5"))
                .nilaiPrestasiKerja(new BigDecimal("84.1")).build();

        PrestasiKerjaRecap recap = PrestasiKerjaRecap.builder().tahun(2017).addRow(row).build();

        assertThat(recap.tahun()).contains(2017);
        assertThat(recap.rows()).singleElement().satisfies(r -> {
            assertThat(r.nilaiSkp()).contains(new BigDecimal("85.5"));
            assertThat(r.kepemimpinan()).isEmpty();
        });
    }

    @Test
    void rencanaKinerjaRow_blankUraian_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> RencanaKinerjaRow.builder().uraian("  ").build())
                .withMessageContaining("uraian");
    }

    @Test
    void activityLogEntry_blankDeskripsi_namesDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActivityLogEntry.builder().tanggal(LocalDate.of(2025, 12, 1)).deskripsi("").build())
                .withMessageContaining("2025-12-01");
    }

    @Test
    void activityLogEntry_keepsTime() {
        ActivityLogEntry entry = ActivityLogEntry.builder().tanggal(LocalDate.of(2025, 12, 1))
                .waktu(LocalTime.of(8, 8)).deskripsi("Upacara").build();

        assertThat(entry.waktu()).contains(LocalTime.of(8, 8));
    }

    @Test
    void aktivitasRow_blankUraian_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> AktivitasRow.builder().uraian("").build())
                .withMessageContaining("uraian");
    }
}
