package io.github.kinerja.excel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.Rating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A recap written to a file is written completely or not at all. */
class RecapWriterFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"rekap.xlsx", "rekap.xls"})
    void writePath_overlongName_rejectedAndNoFileLeft(String name, @TempDir Path directory) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, "older recap");
        Person longName = Person.builder().name("x".repeat(40_000)).build();
        List<HasilPenilaianPegawai> results = List.of(
                RecapSamples.result(Person.builder().name("Siti Aminah").build(), "SKP-1", Rating.SESUAI_EKSPEKTASI,
                        Rating.SESUAI_EKSPEKTASI),
                RecapSamples.result(longName, "SKP-2", Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));

        assertThatThrownBy(() -> Permen2022RecapWriter.standard().write(RecapSamples.unit(PredikatOrganisasi.BAIK),
                PeriodeEvaluasi.tahunan(2023), results, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text of 40000 characters for cell REKAP PREDIKAT!C")
                .hasMessageContaining("32767 characters an Excel cell accepts");

        assertThat(Files.readString(file)).isEqualTo("older recap");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }
}
