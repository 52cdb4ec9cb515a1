package io.github.kinerja.benchmarks;

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

/**
 * Measures writing a unit recap of {@code size} employees to a file, including the scoring of the generated
 * results, which the writer iterates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RecapWriteBenchmark {

    /** The number of employees. */
    @Param({"1000", "10000", "100000"})
    public int size;

    /** The format of the file. */
    @Param({"XLSX", "XLS"})
    public WorkbookFormat format = WorkbookFormat.XLSX;

    private Path directory = Path.of("");
    private Path file = Path.of("");

    /** Creates a temporary directory for the file. */
    @Setup(Level.Trial)
    public void createDirectory() throws IOException {
        directory = Files.createTempDirectory("kinerja-recap-write");
        file = directory.resolve("rekap" + format.extension());
    }

    /** Writes the recap; .xls stops at the sizes that fit its sheets like any other size. */
    @Benchmark
    public long write() throws IOException {
        RecapData.write(size, file);
        return Files.size(file);
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
