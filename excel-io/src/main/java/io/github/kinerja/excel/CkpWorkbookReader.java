package io.github.kinerja.excel;

import io.github.kinerja.core.ckp.CkpCalculator;
import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpKind;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.ckp.StandardCkpCalculator;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads BPS CKP workbooks: the CKP-T and CKP-R sheets, each with its own identity block, and recomputes the CKP of
 * the CKP-R.
 *
 * <p>Sheets are recognised by their header ({@code Uraian Kegiatan} with {@code Target Kuantitas} for a CKP-T,
 * with {@code Kuantitas → Target / Realisasi / %} for a CKP-R), not by name or position, so both the current
 * layout and the older one with a three-row header and group sub-headers are read. When the two sheets name a
 * different office, employee, jabatan or month, the report gets a warning for each difference. It also warns about
 * each kegiatan that only one sheet lists and each target kuantitas that the CKP-R changes. Text in a number
 * column, cached formula errors, stale cached results and invalid NIPs become findings; reading goes on.
 *
 * <pre>{@code
 * CkpReadResult result = CkpWorkbookReader.standard().read(Path.of("ckp-juni.xlsx"));
 * result.calculation().flatMap(CkpResult::ckp);   // recomputed CKP
 * result.report().render(Locale.forLanguageTag("id"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each read opens its own workbook.
 */
public final class CkpWorkbookReader {

    private static final CkpWorkbookReader STANDARD = new CkpWorkbookReader(StandardCkpCalculator.defaults());

    private final CkpCalculator calculator;

    private CkpWorkbookReader(CkpCalculator calculator) {
        this.calculator = calculator;
    }

    /** Returns the reader that recomputes with {@link StandardCkpCalculator#defaults()}. */
    public static CkpWorkbookReader standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this reader that recomputes the CKP with the given calculator, for example one that caps
     * the capaian at 100 as many real forms do by hand.
     *
     * @param calculator  the calculator, not null
     * @return the reader, not null
     */
    public CkpWorkbookReader withCalculator(CkpCalculator calculator) {
        return new CkpWorkbookReader(Objects.requireNonNull(calculator, "calculator"));
    }

    /**
     * Reads a CKP workbook file.
     *
     * @param path  the .xls or .xlsx file, not null
     * @return the forms, the recomputed CKP and the report, not null
     * @throws WorkbookReadException if the file cannot be opened as a workbook
     * @throws UnsupportedLayoutException if no sheet is a CKP form
     */
    public CkpReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return Workbooks.read(path, this::read);
    }

    /**
     * Reads a CKP workbook from a stream, which stays open.
     *
     * @param in  the workbook content, not null
     * @param fileName  the name of the file, for messages, not null
     * @return the forms, the recomputed CKP and the report, not null
     * @throws WorkbookReadException if the content cannot be opened as a workbook
     * @throws UnsupportedLayoutException if no sheet is a CKP form
     */
    public CkpReadResult read(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return Workbooks.read(in, fileName, this::read);
    }

    /** Reads an open workbook, which the caller closes. */
    CkpReadResult read(Workbook workbook, String fileName) {
        ReadContext context = new ReadContext(fileName, workbook);
        CkpSheetParser.Parsed target = null;
        CkpSheetParser.Parsed realisasi = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            if (!LayoutDetector.isCkp(view)) {
                continue;
            }
            CkpSheetParser.Parsed parsed = CkpSheetParser.parse(view, context);
            if (parsed.form().kind() == CkpKind.TARGET && target == null) {
                target = parsed;
            } else if (parsed.form().kind() == CkpKind.REALISASI && realisasi == null) {
                realisasi = parsed;
            } else {
                context.add("excel.ckp.extraSheet", Severity.WARNING, view.name() + "!A1", view.name(),
                        parsed.form().kind().code());
            }
        }
        if (target == null && realisasi == null) {
            throw new UnsupportedLayoutException(fileName, LayoutDetector.sheetNames(workbook),
                    LayoutDetector.EXPECTED_HEADERS.subList(1, 2));
        }
        if (target != null && realisasi != null) {
            compareIdentity(target, realisasi, context);
            compareKegiatan(target, realisasi, context);
        }
        Set<String> read = new LinkedHashSet<>();
        if (target != null) {
            read.add(target.sheet());
        }
        if (realisasi != null) {
            read.add(realisasi.sheet());
        }
        OtherForms.reportOtherLayouts(workbook, WorkbookLayout.BPS_CKP, read, context);
        CkpResult calculation = null;
        if (realisasi != null) {
            calculation = calculator.calculate(realisasi.form());
            context.addAll(calculation.report());
        }
        return new CkpReadResult(fileName, target == null ? null : target.form(),
                realisasi == null ? null : realisasi.form(), calculation, context.report());
    }

    private static void compareIdentity(CkpSheetParser.Parsed target, CkpSheetParser.Parsed realisasi,
            ReadContext context) {
        for (CkpSheetParser.IdentityField field : CkpSheetParser.IdentityField.values()) {
            Optional<CellValue> left = Optional.ofNullable(target.identity().get(field));
            Optional<CellValue> right = Optional.ofNullable(realisasi.identity().get(field));
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            String leftText = context.labelValue(left.get()).orElse("");
            String rightText = context.labelValue(right.get()).orElse("");
            if (!sameIdentityValue(field, leftText, rightText)) {
                context.add("excel.ckp.identityConflict", Severity.WARNING, right.get().address(), field.label(),
                        leftText, left.get().address(), rightText, right.get().address());
            }
        }
    }

    /**
     * Reports each kegiatan of the CKP-R that the CKP-T does not plan, each planned kegiatan missing from the
     * CKP-R, and each target kuantitas that differs between the two sheets. Kegiatan are matched by their uraian
     * (case, spacing and punctuation aside), in order when an uraian occurs twice.
     */
    private static void compareKegiatan(CkpSheetParser.Parsed target, CkpSheetParser.Parsed realisasi,
            ReadContext context) {
        List<CkpKegiatan> planned = target.form().kegiatan();
        boolean[] matched = new boolean[planned.size()];
        List<CkpKegiatan> done = realisasi.form().kegiatan();
        for (int r = 0; r < done.size(); r++) {
            CkpKegiatan item = done.get(r);
            CkpSheetParser.KegiatanCells rCells = realisasi.kegiatanCells().get(r);
            int t = matchingPlan(planned, matched, item);
            if (t < 0) {
                context.add("excel.ckp.kegiatanNotPlanned", Severity.WARNING, rCells.uraian(), item.uraian(),
                        target.sheet());
                continue;
            }
            matched[t] = true;
            CkpSheetParser.KegiatanCells tCells = target.kegiatanCells().get(t);
            Optional<BigDecimal> planTarget = planned.get(t).targetKuantitas();
            Optional<BigDecimal> shownTarget = item.targetKuantitas();
            boolean differs = planTarget.isPresent() != shownTarget.isPresent() || (planTarget.isPresent()
                    && planTarget.get().compareTo(shownTarget.orElseThrow()) != 0);
            if (differs) {
                context.add("excel.ckp.targetDiffers", Severity.WARNING, rCells.target(), item.uraian(),
                        planTarget.map(BigDecimal::toPlainString).orElse("-"), tCells.target(),
                        shownTarget.map(BigDecimal::toPlainString).orElse("-"), rCells.target());
            }
        }
        for (int t = 0; t < planned.size(); t++) {
            if (!matched[t]) {
                context.add("excel.ckp.kegiatanMissing", Severity.WARNING, target.kegiatanCells().get(t).uraian(),
                        planned.get(t).uraian(), realisasi.sheet());
            }
        }
    }

    private static int matchingPlan(List<CkpKegiatan> planned, boolean[] matched, CkpKegiatan item) {
        String uraian = Labels.normalize(item.uraian());
        for (int t = 0; t < planned.size(); t++) {
            if (!matched[t] && Labels.normalize(planned.get(t).uraian()).equals(uraian)) {
                return t;
            }
        }
        return -1;
    }

    // Periods match when they name the same month ("Maret 2020" and "1 Maret - 31 Maret 2020").
    private static boolean sameIdentityValue(CkpSheetParser.IdentityField field, String left, String right) {
        if (field == CkpSheetParser.IdentityField.PERIODE) {
            Optional<YearMonth> leftMonth = CkpForm.parseBulan(left);
            if (leftMonth.isPresent() && leftMonth.equals(CkpForm.parseBulan(right))) {
                return true;
            }
        }
        return Labels.normalize(left).equals(Labels.normalize(right));
    }

    @Override
    public String toString() {
        return "CkpWorkbookReader[" + calculator + "]";
    }
}
