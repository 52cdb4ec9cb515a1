package io.github.kinerja.excel;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads any supported workbook: detects its layout with the {@link LayoutDetector} and hands it to the
 * {@link Pp46WorkbookReader}, the {@link CkpWorkbookReader}, the standard {@link Permen2022WorkbookReader} or the
 * reader of a flat table (a recap or an export with one row per employee, RHK or activity); a PermenPANRB 8/2021 SKP
 * goes to the {@link Permen2021WorkbookReader}.
 *
 * <pre>{@code
 * WorkbookReadResult result = WorkbookReader.standard().read(Path.of("form.xlsx"));
 * switch (result.layout()) { ... }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each read opens its own workbook.
 */
public final class WorkbookReader {

    private static final WorkbookReader STANDARD =
            new WorkbookReader(Pp46WorkbookReader.standard(), CkpWorkbookReader.standard());

    private final Pp46WorkbookReader pp46Reader;
    private final CkpWorkbookReader ckpReader;
    private final Permen2021WorkbookReader permen2021Reader;

    private WorkbookReader(Pp46WorkbookReader pp46Reader, CkpWorkbookReader ckpReader) {
        this(pp46Reader, ckpReader, Permen2021WorkbookReader.standard());
    }

    private WorkbookReader(Pp46WorkbookReader pp46Reader, CkpWorkbookReader ckpReader,
            Permen2021WorkbookReader permen2021Reader) {
        this.pp46Reader = pp46Reader;
        this.ckpReader = ckpReader;
        this.permen2021Reader = permen2021Reader;
    }

    /** Returns the reader with the standard PP 46 and CKP readers. */
    public static WorkbookReader standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this reader with the given readers of each kind.
     *
     * @param pp46Reader  the reader of PP 46 workbooks, not null
     * @param ckpReader  the reader of CKP workbooks, not null
     * @return the reader, not null
     */
    public static WorkbookReader of(Pp46WorkbookReader pp46Reader, CkpWorkbookReader ckpReader) {
        return new WorkbookReader(Objects.requireNonNull(pp46Reader, "pp46Reader"),
                Objects.requireNonNull(ckpReader, "ckpReader"));
    }

    /**
     * Returns a copy of this reader that reads PermenPANRB 8/2021 SKP workbooks with the given reader.
     *
     * @param reader  the reader of PermenPANRB 8/2021 SKP workbooks, not null
     * @return the reader, not null
     */
    public WorkbookReader withPermen2021Reader(Permen2021WorkbookReader reader) {
        return new WorkbookReader(pp46Reader, ckpReader, Objects.requireNonNull(reader, "reader"));
    }

    /**
     * Reads a workbook file of any supported layout.
     *
     * @param path  the .xls or .xlsx file, not null
     * @return the layout and the result of its reader, not null
     * @throws WorkbookReadException if the file cannot be opened or lacks content its form requires
     * @throws UnsupportedLayoutException if no sheet contains a supported form
     */
    public WorkbookReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return Workbooks.read(path, this::read);
    }

    /**
     * Reads a workbook of any supported layout from a stream, which stays open.
     *
     * @param in  the workbook content, not null
     * @param fileName  the name of the file, for messages, not null
     * @return the layout and the result of its reader, not null
     * @throws WorkbookReadException if the content cannot be opened or lacks content its form requires
     * @throws UnsupportedLayoutException if no sheet contains a supported form
     */
    public WorkbookReadResult read(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return Workbooks.read(in, fileName, this::read);
    }

    private WorkbookReadResult read(Workbook workbook, String fileName) {
        WorkbookLayout layout = LayoutDetector.standard().detect(workbook, fileName);
        return switch (layout) {
            case PP46_PENILAIAN_SKP, PP46_FORMULIR_SKP -> WorkbookReadResult.of(pp46Reader.read(workbook, fileName));
            case PERMEN2021_SKP -> WorkbookReadResult.of(permen2021Reader.read(workbook, fileName));
            case BPS_CKP -> WorkbookReadResult.of(ckpReader.read(workbook, fileName));
            case BKN_LAPORAN_PENILAIAN_SKP -> WorkbookReadResult.ofTable(BknReportParser.read(workbook, fileName));
            case PP46_PRESTASI_KERJA_RECAP ->
                    WorkbookReadResult.ofTable(PrestasiRecapParser.read(workbook, fileName));
            case KIPAPP_RENCANA_KINERJA ->
                    WorkbookReadResult.ofTable(KipappParser.readRencanaKinerja(workbook, fileName));
            case KIPAPP_PELAKSANAAN_BULANAN ->
                    WorkbookReadResult.ofTable(KipappParser.readActivityLog(workbook, fileName));
            case EKINERJA_AKTIVITAS -> WorkbookReadResult.ofTable(AktivitasListParser.read(workbook, fileName));
            case PERMEN2022_SKP, PERMEN2022_EVALUASI ->
                    WorkbookReadResult.of(Permen2022WorkbookReader.standard().read(workbook, fileName));
            case PERMEN2022_UNIT_RECAP ->
                    WorkbookReadResult.ofTable(RecapTableReader.readKinerjaRecap(workbook, fileName));
        };
    }

    @Override
    public String toString() {
        return "WorkbookReader[" + pp46Reader + ", " + ckpReader + ", " + permen2021Reader + "]";
    }
}
