package io.github.kinerja.excel;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reports the sheets of a workbook that contain a form the reader did not read, because each read returns one
 * form: a second evaluation, the plan of another pegawai, or a form of another layout.
 */
final class OtherForms {

    private OtherForms() {}

    /**
     * Reports every sheet other than the one read that contains a supported form. The Formulir SKP of the same
     * pegawai beside the evaluation is the plan the evaluation was made from and is not reported.
     *
     * @param read  the sheet that was read
     * @param layout  the layout of the sheet that was read
     * @param pegawai  the pegawai of the sheet that was read
     */
    static void reportPp46(Workbook workbook, SheetView read, WorkbookLayout layout, Person pegawai,
            ReadContext context) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            if (view.name().equals(read.name())) {
                continue;
            }
            Optional<WorkbookLayout> other = LayoutDetector.layoutOf(view);
            if (other.isEmpty()) {
                continue;
            }
            if (other.get() != WorkbookLayout.PP46_FORMULIR_SKP && other.get() != WorkbookLayout.PP46_PENILAIAN_SKP) {
                reportOther(view, read.name(), context);
                continue;
            }
            // Findings about the other sheet's identity would concern a form that is not read.
            Optional<Person> otherPegawai = Pp46SheetParser.pegawai(view, Pp46SheetParser.headerRow(view),
                    new ReadContext(context.fileName()));
            boolean samePegawai = otherPegawai.map(p -> isSame(p, pegawai)).orElse(false);
            if (otherPegawai.isPresent() && !samePegawai) {
                context.add("excel.workbook.otherPegawai", Severity.WARNING, view.name() + "!A1", view.name(),
                        otherPegawai.get().name(), pegawai.name(), read.name());
            } else if (!(samePegawai && layout == WorkbookLayout.PP46_PENILAIAN_SKP
                    && other.get() == WorkbookLayout.PP46_FORMULIR_SKP)) {
                reportOther(view, read.name(), context);
            }
        }
    }

    /**
     * Reports every sheet that contains a supported form of a layout other than {@code layout}. The reader of that
     * layout reports its own extra sheets.
     */
    static void reportOtherLayouts(Workbook workbook, WorkbookLayout layout, Set<String> read, ReadContext context) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            Optional<WorkbookLayout> other = LayoutDetector.layoutOf(view);
            if (other.isPresent() && other.get() != layout && !read.isEmpty()) {
                reportOther(view, String.join(", ", read), context);
            }
        }
    }

    private static void reportOther(SheetView view, String read, ReadContext context) {
        context.add("excel.workbook.otherForm", Severity.WARNING, view.name() + "!A1", view.name(), read);
    }

    // The same pegawai: the same NIP when both forms give one, the same name otherwise.
    private static boolean isSame(Person a, Person b) {
        if (a.nip().isPresent() && b.nip().isPresent()) {
            return a.nip().equals(b.nip());
        }
        return Labels.normalize(a.name()).equals(Labels.normalize(b.name()));
    }
}
