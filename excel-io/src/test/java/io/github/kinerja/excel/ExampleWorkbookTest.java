package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ExampleWorkbookTest {

    @Test
    void bundledExample_readsAndScores() {
        assertThat(Files.isRegularFile(ExampleWorkbook.BUNDLED)).as("bundled example exists").isTrue();

        WorkbookReadResult result = WorkbookReader.standard().read(ExampleWorkbook.BUNDLED);

        assertThat(result.layout()).isEqualTo(WorkbookLayout.PP46_PENILAIAN_SKP);
        Pp46ReadResult pp46 = result.pp46().orElseThrow();
        assertThat(pp46.skp()).isEqualTo(ExampleWorkbook.skp());
        assertThat(pp46.skp().pegawai().name()).isEqualTo("Dewi Lestari Puspitasari, S.E.");
        assertThat(pp46.skp().pejabatPenilai().map(Person::name)).contains("Bambang Sutrisno, S.Sos., M.Si.");
        Pp46Result score = pp46.score().orElseThrow();
        assertThat(score.nilaiPrestasiKerja()).isPresent();
        assertThat(score.nilaiCapaianSkp().kategori()).isIn(KategoriPp46.BAIK, KategoriPp46.SANGAT_BAIK);
        assertThat(pp46.report().findings()).noneMatch(f -> f.code().startsWith("excel."));
    }

    @Test
    void bundledExample_sameAsGenerator() {
        Pp46ReadResult fresh = Pp46WorkbookReader.standard()
                .read(new java.io.ByteArrayInputStream(ExampleWorkbook.bytes()), "fresh.xlsx");
        Pp46ReadResult bundled = Pp46WorkbookReader.standard().read(ExampleWorkbook.BUNDLED);

        assertThat(bundled.skp()).isEqualTo(fresh.skp());
        assertThat(bundled.shown().nilaiCapaianSkp().orElseThrow().value())
                .isEqualByComparingTo(fresh.shown().nilaiCapaianSkp().orElseThrow().value());
    }
}
