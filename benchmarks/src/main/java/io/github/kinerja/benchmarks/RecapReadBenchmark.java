package io.github.kinerja.benchmarks;

import io.github.kinerja.excel.RecapStreamReader;
import io.github.kinerja.excel.RecapStreamResult;
import io.github.kinerja.excel.WorkbookReader;
import io.github.kinerja.excel.write.WorkbookFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures reading a unit recap of {@code size} employees: row by row with {@link RecapStreamReader} (SAX for
 * .xlsx, the usermodel for .xls), and whole with {@link WorkbookReader}, which builds the workbook in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RecapReadBenchmark {

    /** The number of employees. */
    @Param({"1000", "10000"})
    public int size;

    /** The format of the file. */
    @Param({"XLSX", "XLS"})
    public WorkbookFormat format = WorkbookFormat.XLSX;

    private Path directory = Path.of("");
    private Path file = Path.of("");

    /** Writes the recap that the benchmarks read. */
    @Setup(Level.Trial)
    public void writeRecap() throws IOException {
        directory = Files.createTempDirectory("kinerja-recap-read");
        file = directory.resolve("rekap" + format.extension());
        RecapData.write(size, file);
    }

    /** Reads the recap row by row and hands each row to the black hole. */
    @Benchmark
    public int stream(Blackhole rows) {
        RecapStreamResult result = RecapStreamReader.standard().read(file, rows::consume);
        return result.rowCount();
    }

    /** Reads the recap whole into a {@code UnitRecap}. */
    @Benchmark
    public int usermodel() {
        return WorkbookReader.standard().read(file).unitRecap().orElseThrow().content().rows().size();
    }

    /** Deletes the file and the directory. */
    @TearDown(Level.Trial)
    public void deleteDirectory() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
