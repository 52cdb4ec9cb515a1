package io.github.kinerja.excel.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import io.github.kinerja.excel.RecapStreamReader;
import io.github.kinerja.excel.RecapStreamResult;
import io.github.kinerja.excel.TableReadResult;
import io.github.kinerja.excel.WorkbookLayout;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated results written as a recap read back, with {@link WorkbookReader} and with {@link RecapStreamReader},
 * to rows with the written NIP, nama, jabatan, ratings and predikat, in both formats.
 */
class RecapRoundTripProperties {

    private static final PeriodeEvaluasi JANUARI = PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1));
    private static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"x\")", "+62 811", "@user",
            "=1+1", "-5 laporan");

    @TempDir
    Path directory;

    /** One generated recap: unit, results and format. */
    private record Recap(UnitOrganisasi unit, List<HasilPenilaianPegawai> results, WorkbookFormat format) {}

    private static Gen<Person> people() {
        Gen<String> words = Gens.lists(Gens.elements(List.of("Ani", "Budi", "Siti", "Rahma", "Analis", "Kepala",
                "Seksi", "Data", "Umum", "Dewi")), 1, 4).map(list -> String.join(" ", list));
        return random -> {
            Person.Builder person = Person.builder().name(random.nextInt(8) == 0
                    ? Gens.elements(FORMULA_LIKE).generate(random) : words.generate(random));
            if (random.nextInt(5) != 0) {
                person.nip(RecapSamples.nip(random.nextInt(99_000)));
            }
            if (random.nextBoolean()) {
                person.jabatan(random.nextInt(8) == 0 ? Gens.elements(FORMULA_LIKE).generate(random)
                        : words.generate(random));
            }
            if (random.nextBoolean()) {
                person.golongan(Gens.oneOf(Golongan.values()).generate(random));
            }
            return person.build();
        };
    }

    private static Gen<Recap> recaps() {
        Gen<Rating> ratings = Gens.oneOf(Rating.values());
        Gen<List<Person>> people = Gens.lists(people(), 0, 12);
        Gen<Optional<PredikatOrganisasi>> organisasi = Gens.optionals(Gens.oneOf(PredikatOrganisasi.values()));
        return random -> {
            List<HasilPenilaianPegawai> results = new ArrayList<>();
            List<Person> pegawai = people.generate(random);
            for (int i = 0; i < pegawai.size(); i++) {
                results.add(RecapSamples.result(pegawai.get(i), "SKP-" + i, ratings.generate(random),
                        ratings.generate(random)));
            }
            UnitOrganisasi.Builder unit = UnitOrganisasi.builder().id("U-1").nama("Bidang " + random.nextInt(100));
            organisasi.generate(random).ifPresent(unit::predikat);
            return new Recap(unit.build(), results, Gens.oneOf(WorkbookFormat.values()).generate(random));
        };
    }

    @Test
    void writtenRecap_readsBackTheSameRows() {
        Property.forAll(recaps(), recap -> {
            byte[] bytes = write(recap);
            String fileName = "rekap" + recap.format().extension();

            WorkbookReadResult read = WorkbookReader.standard().read(new ByteArrayInputStream(bytes), fileName);
            assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_UNIT_RECAP);
            TableReadResult<UnitRecap> table = read.unitRecap().orElseThrow();
            assertRows(table.content().rows(), recap.results());
            assertThat(table.content().unor()).contains(recap.unit().nama());
            assertThat(table.content().periode()).contains("1 Januari 2023 s.d. 31 Januari 2023");
            assertThat(table.report().findings()).allMatch(f -> f.code().equals("excel.table.noRows"));

            List<RecapRow> streamed = new ArrayList<>();
            RecapStreamResult result = RecapStreamReader.standard().read(file(fileName, bytes), streamed::add);
            assertThat(result.layout()).isEqualTo(WorkbookLayout.PERMEN2022_UNIT_RECAP);
            assertThat(result.rowCount()).isEqualTo(recap.results().size());
            assertThat(streamed).isEqualTo(table.content().rows());
            assertThat(result.metadata().unor()).contains(recap.unit().nama());
            assertThat(result.report()).isEqualTo(table.report());
        });
    }

    private static void assertRows(List<RecapRow> rows, List<HasilPenilaianPegawai> results) {
        assertThat(rows).hasSize(results.size());
        for (int i = 0; i < results.size(); i++) {
            RecapRow row = rows.get(i);
            HasilPenilaianPegawai result = results.get(i);
            Person pegawai = result.input().skp().pegawai();
            assertThat(row.nomor()).contains(String.valueOf(i + 1));
            assertThat(row.nama()).isEqualTo(pegawai.name());
            assertThat(row.nip()).isEqualTo(pegawai.nip());
            assertThat(row.jabatan()).isEqualTo(pegawai.jabatan());
            assertThat(row.hasilKerja()).contains(result.ratingHasilKerja());
            assertThat(row.perilakuKerja()).contains(result.ratingPerilaku());
            assertThat(row.predikat()).contains(result.predikat());
        }
    }

    private static byte[] write(Recap recap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Permen2022RecapWriter.standard().write(recap.unit(), JANUARI, recap.results(), recap.format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Path file(String fileName, byte[] bytes) {
        try {
            return Files.write(directory.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
