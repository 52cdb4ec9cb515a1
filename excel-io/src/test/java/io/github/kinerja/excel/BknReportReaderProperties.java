package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2022.PredikatMatrix;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generated BKN exports with ratings and predikat in random spellings read back to the same values, with a
 * warning exactly on the rows whose predikat differs from the matrix.
 */
class BknReportReaderProperties {

    /** One generated employee: the two ratings and the predikat the export states. */
    private record Employee(Rating hasilKerja, Rating perilaku, PredikatPegawai predikat) {}

    private static Gen<Employee> employees() {
        Gen<Rating> ratings = Gens.oneOf(Rating.values());
        return random -> {
            Rating hasilKerja = ratings.generate(random);
            Rating perilaku = ratings.generate(random);
            PredikatPegawai predikat = random.nextInt(4) == 0 ? Gens.oneOf(PredikatPegawai.values()).generate(random)
                    : PredikatMatrix.standard().predikat(hasilKerja, perilaku);
            return new Employee(hasilKerja, perilaku, predikat);
        };
    }

    // Upper case as BKN exports, lower case, or as printed; "DI ATAS" with or without its space.
    private static Gen<String> spelling(String label) {
        return random -> {
            String text = random.nextBoolean() ? label : label.replaceFirst("^Di ", "Di");
            return switch (random.nextInt(3)) {
                case 0 -> text.toUpperCase(Locale.ROOT);
                case 1 -> text.toLowerCase(Locale.ROOT);
                default -> text;
            };
        };
    }

    @Test
    void generatedExport_readsBackWithMatrixWarnings() {
        Gen<List<Employee>> lists = Gens.lists(employees(), 1, 6);
        Gen<TableWorkbooks.Format> formats = Gens.oneOf(TableWorkbooks.Format.values());
        Property.forAll(random -> {
            List<Employee> employees = lists.generate(random);
            TableWorkbooks workbook = new TableWorkbooks().row("Laporan Penilaian SKP Periode Tahunan Tahun 2024")
                    .blank()
                    .row("No", "nip", "nama", "hasil_kerja", "perilaku_kerja", "hasil_akhir");
            for (int i = 0; i < employees.size(); i++) {
                Employee e = employees.get(i);
                workbook.row(i + 1, "196608121994022908", "Pegawai " + (i + 1),
                        spelling(e.hasilKerja().label()).generate(random),
                        spelling(e.perilaku().label()).generate(random),
                        spelling(e.predikat().label()).generate(random));
            }
            return List.of(employees, workbook, formats.generate(random));
        }, generated -> {
            @SuppressWarnings("unchecked")
            List<Employee> employees = (List<Employee>) generated.get(0);
            TableWorkbooks workbook = (TableWorkbooks) generated.get(1);
            TableWorkbooks.Format format = (TableWorkbooks.Format) generated.get(2);

            TableReadResult<UnitRecap> result = workbook.read(format, "laporan").unitRecap().orElseThrow();

            List<RecapRow> rows = result.content().rows();
            assertThat(rows).hasSize(employees.size());
            List<String> expectedWarnings = new ArrayList<>();
            for (int i = 0; i < employees.size(); i++) {
                Employee e = employees.get(i);
                assertThat(rows.get(i).hasilKerja()).contains(e.hasilKerja());
                assertThat(rows.get(i).perilakuKerja()).contains(e.perilaku());
                assertThat(rows.get(i).predikat()).contains(e.predikat());
                if (PredikatMatrix.standard().predikat(e.hasilKerja(), e.perilaku()) != e.predikat()) {
                    expectedWarnings.add("Sheet1!F" + (i + 4));
                }
            }
            assertThat(result.report().findings()).extracting(Finding::location)
                    .containsExactlyElementsOf(expectedWarnings);
        });
    }
}
