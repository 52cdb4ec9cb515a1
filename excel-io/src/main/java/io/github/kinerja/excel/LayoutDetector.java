package io.github.kinerja.excel;

import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Recognises the layout of a workbook by the header text of its sheets.
 *
 * <p>A sheet holds
 * <ul>
 *   <li>a PP 46/2011 SKP form when it has a {@code Kegiatan Tugas Jabatan} header and a {@code TARGET} header; the
 *       form is the evaluation (Penilaian Capaian SKP) when it also has {@code REALISASI}, {@code PENGHITUNGAN},
 *       {@code Nilai Capaian SKP} or {@code Pencapaian Kuantitas}, and the plan (Formulir SKP) otherwise;
 *   <li>a PermenPANRB 8/2021 SKP when it has a {@code RENCANA KINERJA} header (not the one of the superior) and an
 *       {@code INDIKATOR KINERJA INDIVIDU} header;
 *   <li>a BPS CKP form when it has an {@code Uraian Kegiatan} header and a {@code Target Kuantitas} or
 *       {@code Kuantitas} header;
 *   <li>the PermenPANRB 6/2022 recap of {@code Permen2022RecapWriter} when one row has {@code NIP}, {@code NAMA},
 *       {@code RATING HASIL KERJA}, {@code RATING PERILAKU KERJA} and {@code PREDIKAT KINERJA PEGAWAI};
 *   <li>a BKN <i>Laporan Penilaian SKP</i> export when it has that title, or a header row with {@code nip},
 *       {@code nama} and one of {@code hasil_kerja}, {@code perilaku_kerja} and {@code hasil_akhir};
 *   <li>a PP 46 prestasi kerja recap when one row has {@code NIP}, {@code Nama} and {@code Nilai Prestasi Kerja};
 *   <li>a KiPApp RHK export when one row has {@code rencana_kinerja} and {@code rencana_kinerja_atasan}, a KiPApp
 *       activity log when one row has {@code tanggal} and {@code deskripsi};
 *   <li>an e-Kinerja activity list when it has an {@code URAIAN AKTIVITAS} header;
 *   <li>a PermenPANRB 6/2022 SKP when it has a {@code RENCANA HASIL KERJA} header and an
 *       {@code INDIKATOR KINERJA} header; the document is the evaluation when it also has a {@code REALISASI} or
 *       {@code UMPAN BALIK} header or a {@code RATING HASIL KERJA} label.
 * </ul>
 * Headers match after normalisation (case, spacing, line breaks, punctuation, one-letter typos in long words), so
 * the detector finds them wherever they stand. Visible sheets are searched first; hidden sheets only when no
 * visible sheet matches. A PP 46 or PermenPANRB 6/2022 evaluation wins over a plan, a plan over a CKP and a CKP
 * over the flat tables (recaps and exports, in the order of the list) when a workbook contains several.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LayoutDetector {

    /** The header combination that identifies a PermenPANRB 8/2021 SKP, for messages. */
    static final String PERMEN2021_HEADERS =
            "\"Rencana Kinerja\" + \"Indikator Kinerja Individu\" (SKP PermenPANRB 8/2021)";

    /** The headers that identify a PermenPANRB 6/2022 form, for messages. */
    static final String PERMEN2022_HEADERS =
            "\"Rencana Hasil Kerja\" + \"Indikator Kinerja Individu\" (SKP PermenPANRB 6/2022)";

    /**
     * The header combinations that identify a supported form, for messages in English and Indonesian alike:
     * {@code +} joins headers that must all be present, {@code /} separates alternatives, and each form is named by
     * its own title, which both languages use.
     */
    static final List<String> EXPECTED_HEADERS = List.of(
            "\"Kegiatan Tugas Jabatan\" + \"TARGET\" (SKP PP 46)",
            "\"Uraian Kegiatan\" + \"Target Kuantitas\" / \"Kuantitas\" (CKP BPS)",
            BknReportParser.EXPECTED_HEADERS,
            PrestasiRecapParser.EXPECTED_HEADERS,
            KipappParser.RENCANA_HEADERS,
            KipappParser.LOG_HEADERS,
            AktivitasListParser.EXPECTED_HEADERS,
            PERMEN2021_HEADERS,
            PERMEN2022_HEADERS,
            RecapTableReader.EXPECTED_HEADERS);

    private static final LayoutDetector STANDARD = new LayoutDetector();

    private LayoutDetector() {}

    /** Returns the detector of the layouts described above. */
    public static LayoutDetector standard() {
        return STANDARD;
    }

    /**
     * Detects the layout of a workbook.
     *
     * @param workbook  the open workbook, not null
     * @param fileName  the file name, for the message of an exception, not null
     * @return the layout, not null
     * @throws UnsupportedLayoutException if no sheet holds a supported form
     */
    public WorkbookLayout detect(Workbook workbook, String fileName) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(fileName, "fileName");
        for (boolean hidden : new boolean[] {false, true}) {
            Optional<WorkbookLayout> best = Optional.empty();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                boolean sheetHidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
                if (sheetHidden != hidden) {
                    continue;
                }
                Optional<WorkbookLayout> layout = layoutOf(new SheetView(workbook.getSheetAt(i)));
                if (layout.isPresent() && (best.isEmpty() || priority(layout.get()) > priority(best.get()))) {
                    best = layout;
                }
            }
            if (best.isPresent()) {
                return best.get();
            }
        }
        throw new UnsupportedLayoutException(fileName, sheetNames(workbook), EXPECTED_HEADERS);
    }

    /** Returns the layout of one sheet, if it holds a supported form. */
    static Optional<WorkbookLayout> layoutOf(SheetView view) {
        if (Permen2022SheetParser.matches(view)) {
            return Optional.of(Permen2022SheetParser.isEvaluation(view) ? WorkbookLayout.PERMEN2022_EVALUASI
                    : WorkbookLayout.PERMEN2022_SKP);
        }
        if (isPp46(view)) {
            return Optional.of(isPp46Evaluation(view) ? WorkbookLayout.PP46_PENILAIAN_SKP
                    : WorkbookLayout.PP46_FORMULIR_SKP);
        }
        if (isPermen2021(view)) {
            return Optional.of(WorkbookLayout.PERMEN2021_SKP);
        }
        if (isCkp(view)) {
            return Optional.of(WorkbookLayout.BPS_CKP);
        }
        if (RecapTableReader.matchesKinerjaRecap(view)) {
            return Optional.of(WorkbookLayout.PERMEN2022_UNIT_RECAP);
        }
        if (BknReportParser.matches(view)) {
            return Optional.of(WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP);
        }
        if (PrestasiRecapParser.matches(view)) {
            return Optional.of(WorkbookLayout.PP46_PRESTASI_KERJA_RECAP);
        }
        if (KipappParser.isRencanaKinerja(view)) {
            return Optional.of(WorkbookLayout.KIPAPP_RENCANA_KINERJA);
        }
        if (KipappParser.isActivityLog(view)) {
            return Optional.of(WorkbookLayout.KIPAPP_PELAKSANAAN_BULANAN);
        }
        if (AktivitasListParser.matches(view)) {
            return Optional.of(WorkbookLayout.EKINERJA_AKTIVITAS);
        }
        return Optional.empty();
    }

    static boolean isCkp(SheetView view) {
        return HeaderSearch.find(view, t -> Labels.is(t, "uraian kegiatan")).isPresent()
                && HeaderSearch.find(view, t -> Labels.is(t, "target kuantitas") || Labels.is(t, "kuantitas"))
                        .isPresent();
    }

    static boolean isPermen2021(SheetView view) {
        return HeaderSearch.find(view, Permen2021SheetParser::isRencanaKinerjaHeader).isPresent()
                && HeaderSearch.find(view, Permen2021SheetParser::isIkiHeader).isPresent();
    }

    static boolean isPp46(SheetView view) {
        return HeaderSearch.find(view, t -> Labels.contains(t, "kegiatan tugas jabatan")).isPresent()
                && HeaderSearch.find(view, t -> Labels.is(t, "target")).isPresent();
    }

    static boolean isPp46Evaluation(SheetView view) {
        return HeaderSearch.find(view, t -> Labels.is(t, "realisasi") || Labels.contains(t, "penghitungan")
                || Labels.contains(t, "nilai capaian skp") || Labels.contains(t, "pencapaian kuantitas"))
                .isPresent();
    }

    private static int priority(WorkbookLayout layout) {
        return switch (layout) {
            case PP46_PENILAIAN_SKP, PERMEN2022_EVALUASI -> 3;
            case PP46_FORMULIR_SKP, PERMEN2022_SKP -> 2;
            case PERMEN2021_SKP -> 2;
            case BPS_CKP -> 1;
            case BKN_LAPORAN_PENILAIAN_SKP, PP46_PRESTASI_KERJA_RECAP, KIPAPP_RENCANA_KINERJA,
                    KIPAPP_PELAKSANAAN_BULANAN, EKINERJA_AKTIVITAS, PERMEN2022_UNIT_RECAP -> 0;
        };
    }

    static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }
}
