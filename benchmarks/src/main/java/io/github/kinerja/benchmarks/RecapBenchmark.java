package io.github.kinerja.benchmarks;

import io.github.kinerja.excel.RecapStreamReader;
import io.github.kinerja.excel.RecapStreamResult;
import io.github.kinerja.excel.WorkbookReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a unit recap of many employees and reads it back row by row, and prints for each step the wall-clock time
 * and the peak heap.
 *
 * <p>The peak heap is the sum of the peak usage of every heap memory pool ({@link MemoryPoolMXBean#getPeakUsage()})
 * after the peaks were reset at the start of the step. The pools peak at different moments, so the sum is an upper
 * bound of the true peak. Run it with a small {@code -Xmx} to show that both steps fit.
 *
 * <p>Arguments, all optional: the number of employees (default 100 000), the file to write, whose extension
 * chooses the format (default {@code rekap-benchmark.xlsx} in the temporary directory, deleted afterwards), and
 * {@code --usermodel} to read the file a second time whole with {@link WorkbookReader}, for comparison.
 */
public final class RecapBenchmark {

    private static final int DEFAULT_COUNT = 100_000;
    private static final double MEBIBYTE = 1024.0 * 1024.0;

    private RecapBenchmark() {}

    /**
     * Runs the benchmark.
     *
     * @param args  the number of employees, the file and {@code --usermodel}, all optional
     * @throws IOException if the file cannot be written or deleted
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COUNT;
        boolean temporary = args.length < 2;
        Path file = temporary ? Files.createTempFile("rekap-benchmark", ".xlsx") : Path.of(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "employees: %d, file: %s, max heap: %.0f MiB%n", count, file,
                Runtime.getRuntime().maxMemory() / MEBIBYTE);
        try {
            startStep();
            long start = System.nanoTime();
            RecapData.write(count, file);
            report(out, "write", start, String.format(Locale.ROOT, "%.1f MiB file", Files.size(file) / MEBIBYTE));

            startStep();
            start = System.nanoTime();
            int[] rows = {0};
            RecapStreamResult result = RecapStreamReader.standard().read(file, row -> rows[0]++);
            report(out, "stream read", start, rows[0] + " rows, " + result.report().findings().size()
                    + " findings");
            if (result.rowCount() != count) {
                throw new IllegalStateException("read " + result.rowCount() + " rows, expected " + count);
            }
            if (args.length > 2 && args[2].equals("--usermodel")) {
                startStep();
                start = System.nanoTime();
                int read = WorkbookReader.standard().read(file).unitRecap().orElseThrow().content().rows().size();
                report(out, "usermodel", start, read + " rows");
            }
        } finally {
            if (temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    // Collects garbage and resets the peaks, so that the step's peak does not include the previous step's.
    private static void startStep() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static void report(PrintStream out, String step, long startNanos, String detail) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "%-12s %8.2f s  peak heap %7.1f MiB  (%s)%n", step, seconds, peak / MEBIBYTE,
                detail);
    }
}
