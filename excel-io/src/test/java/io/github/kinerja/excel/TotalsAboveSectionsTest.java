package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Penilaian forms that put JUMLAH and the Nilai Capaian SKP above the Tugas Tambahan and Kreativitas sections. */
class TotalsAboveSectionsTest {

    private static SkpPp46 withSections() {
        return SkpPp46.builder().from(SpecVectorWorkbooks.s1WithPerilaku())
                .addTugasTambahan(TugasTambahan.of("Panitia pengadaan barang"))
                .addTugasTambahan(TugasTambahan.of("Sekretaris tim penilai"))
                .addKreativitas(Kreativitas.of("Aplikasi arsip digital", ManfaatKreativitas.ORGANISASI))
                .build();
    }

    private static Pp46ReadResult read(SkpPp46 skp, Pp46FormFixtures.Format format,
            Pp46FormFixtures.Options options) {
        byte[] workbook = Pp46FormFixtures.write(skp, format, options);
        return Pp46WorkbookReader.standard().read(new ByteArrayInputStream(workbook), "totals" + format.extension());
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_totalsAboveSections_readsTugasTambahanAndKreativitas(Pp46FormFixtures.Format format) {
        SkpPp46 skp = withSections();

        Pp46ReadResult result = read(skp, format, Pp46FormFixtures.Options.standard().totalsAboveSections());

        assertThat(result.skp().tugasTambahan()).isEqualTo(skp.tugasTambahan());
        assertThat(result.skp().kreativitas()).isEqualTo(skp.kreativitas());
        assertThat(result.skp()).isEqualTo(skp);
        assertThat(result.shown().tugasTambahan()).isPresent();
        assertThat(result.shown().kreativitas()).isPresent();
        assertThat(result.shown().nilaiCapaianSkp().orElseThrow().location()).isEqualTo("SKP!R18");
        assertThat(result.shown().kategoriCapaianSkp()).isPresent();
        assertThat(result.report().findings()).extracting(Finding::code)
                .doesNotContain("excel.pp46.shownDiffers", "excel.pp46.categoryDiffers", "excel.pp46.rowNotRead");
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_textBetweenTotalsAndSections_reportedAsNotRead(Pp46FormFixtures.Format format) {
        SkpPp46 skp = withSections();

        Pp46ReadResult result = read(skp, format,
                Pp46FormFixtures.Options.standard().totalsAboveSections().strayRowBelowTotals());

        assertThat(result.skp()).isEqualTo(skp);
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.pp46.rowNotRead"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location()).isEqualTo("SKP!B20");
                    assertThat(f.arguments()).containsExactly("20", "Catatan: lihat lampiran");
                });
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_standardOrder_unchanged(Pp46FormFixtures.Format format) {
        SkpPp46 skp = withSections();

        Pp46ReadResult result = read(skp, format, Pp46FormFixtures.Options.standard());

        assertThat(result.skp()).isEqualTo(skp);
        assertThat(result.report().findings()).extracting(Finding::code)
                .doesNotContain("excel.pp46.shownDiffers", "excel.pp46.rowNotRead");
    }
}
