package io.github.kinerja.core.permen2022;

import static io.github.kinerja.core.permen2022.Rating.DI_ATAS_EKSPEKTASI;
import static io.github.kinerja.core.permen2022.Rating.DI_BAWAH_EKSPEKTASI;
import static io.github.kinerja.core.permen2022.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kuadran kinerja pegawai, cell by cell, keyed (hasil kerja, perilaku). */
class PredikatMatrixTest {

    @ParameterizedTest(name = "cell {0}: ({1}, {2}) -> {3}")
    @CsvSource({
        "1, DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SANGAT_BAIK",
        "2, DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
        "3, DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG_MISCONDUCT",
        "4, SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BAIK",
        "5, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
        "6, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG_MISCONDUCT",
        "7, DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BUTUH_PERBAIKAN",
        "8, DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN",
        "9, DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
    })
    void standard_cell(int cell, Rating hasilKerja, Rating perilaku, PredikatPegawai expected) {
        assertThat(PredikatMatrix.standard().predikat(hasilKerja, perilaku)).isEqualTo(expected);
        assertThat(PredikatMatrix.cellNumber(hasilKerja, perilaku)).isEqualTo(cell);
    }

    @Test
    void standard_cells3And7_differ() {
        // Swapping the arguments turns misconduct into "needs improvement": the transposition bug of some HR software.
        PredikatPegawai cell3 = PredikatMatrix.standard().predikat(DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI);
        PredikatPegawai cell7 = PredikatMatrix.standard().predikat(DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI);

        assertThat(cell3).isEqualTo(PredikatPegawai.KURANG_MISCONDUCT);
        assertThat(cell7).isEqualTo(PredikatPegawai.BUTUH_PERBAIKAN);
        assertThat(cell3).isNotEqualTo(cell7);
    }

    @Test
    void explain_namesTheCellAndBothRatings() {
        var step = PredikatMatrix.standard().explain(DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI);

        assertThat(step.name()).isEqualTo("permen2022.predikat.matriks");
        assertThat(step.value()).isEqualByComparingTo("3");
        assertThat(step.formula()).isEqualTo("kuadran kinerja pegawai cell 3: hasil kerja DI_ATAS_EKSPEKTASI, "
                + "perilaku DI_BAWAH_EKSPEKTASI -> KURANG_MISCONDUCT");
    }

    @Test
    void of_allCells_reproducesTheMatrix() {
        Map<Rating, Map<Rating, PredikatPegawai>> cells = new EnumMap<>(Rating.class);
        for (Rating hasil : Rating.values()) {
            Map<Rating, PredikatPegawai> row = new EnumMap<>(Rating.class);
            for (Rating perilaku : Rating.values()) {
                row.put(perilaku, PredikatMatrix.standard().predikat(hasil, perilaku));
            }
            cells.put(hasil, row);
        }

        assertThat(PredikatMatrix.of(cells)).isEqualTo(PredikatMatrix.standard());
    }

    @Test
    void of_missingCell_throws() {
        Map<Rating, Map<Rating, PredikatPegawai>> cells = new EnumMap<>(Rating.class);
        cells.put(SESUAI_EKSPEKTASI, Map.of(SESUAI_EKSPEKTASI, PredikatPegawai.BAIK));

        assertThatIllegalArgumentException().isThrownBy(() -> PredikatMatrix.of(cells))
                .withMessage("matrix cell (DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI) is missing; give all nine cells");
    }
}
