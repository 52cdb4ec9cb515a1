package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.permen2021.HasilIki;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.HasilRencanaKinerja;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.KategoriCapaianIki;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.Permen2021Validator;
import io.github.kinerja.core.permen2021.PredikatPp30;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.Permen2021SheetParser.Column;
import io.github.kinerja.excel.Permen2021SheetParser.ShownIki;
import io.github.kinerja.excel.Permen2021SheetParser.ShownRencana;
import io.github.kinerja.excel.Permen2021SheetParser.ShownText;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads SKP workbooks of PP 30/2019 with PermenPANRB 8/2021, as {@code Permen2021FormWriter} writes them and as
 * agencies copy them.
 *
 * <p>The sheet is found by its headers ({@code RENCANA KINERJA} with {@code INDIKATOR KINERJA INDIVIDU}), and every
 * column by its header text, so an extra column or slightly different wording still reads: {@code TARGET} with the
 * sub-headers {@code Nilai}, {@code s.d.} (the upper end of a range), {@code Satuan}, {@code Jenis Target}
 * ({@code Normal}, {@code Kondisi Khusus} or {@code Kualitatif}) and {@code Target Maksimal}; {@code REALISASI};
 * {@code CAPAIAN IKI}; the bobot of the rencana kinerja and of the IKI; the shown kategori, nilai and nilai
 * tertimbang. The people come from the blocks {@code PEGAWAI YANG DINILAI}, {@code PEJABAT PENILAI KINERJA} and
 * {@code ATASAN PEJABAT PENILAI KINERJA}, the period from {@code Periode Penilaian … s.d. …}, and the nilai
 * perilaku kerja, the peer-input flag and the innovation flag from the rows below the table.
 *
 * <p>How cells become the model:
 * <ul>
 *   <li>the NO column gives the id of a rencana kinerja, and its IKI get the ids {@code <id>.1}, {@code <id>.2} in
 *       row order; a duplicate number is an error and is replaced;
 *   <li>a number typed into the capaian column, where the form has a formula, is the appraiser's capaian;
 *   <li>a row whose cells are blank or show empty text from a formula, such as an unfilled row of the
 *       template of {@code Permen2021FormWriter}, is skipped and does not end the table;
 *   <li>without a Jenis Target column, a text target without satuan is qualitative;
 *   <li>a target that is not a number, a negative target or a reversed range is an error and the IKI is skipped;
 *       a realisasi that is not a number or is negative is an error and stays empty;
 *   <li>bobot that are not all given, or do not add up to 100, are an error and are dropped for their group, so
 *       the items weigh the same.
 * </ul>
 *
 * <p>The SKP is scored with the core {@link Permen2021Scorer}, and every value the workbook shows (capaian,
 * kategori and nilai of each IKI, nilai and nilai tertimbang of each rencana kinerja, the nilai kinerja utama and
 * tambahan, the nilai SKP, the nilai akhir and the predikat) is compared with the computed one; a difference of
 * more than 0.005, or another kategori or predikat, is a warning with the cell.
 *
 * <pre>{@code
 * Permen2021ReadResult result = Permen2021WorkbookReader.standard().read(Path.of("skp-2021.xlsx"));
 * result.hasil().map(HasilPenilaian::predikat);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each read opens its own workbook.
 */
public final class Permen2021WorkbookReader {

    /** The largest difference between a shown and a computed value that is not reported: half a cent of a score. */
    static final BigDecimal SHOWN_VALUE_TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal MAX_NILAI = BigDecimal.valueOf(120);
    // The rows below the table that are searched for the totals and the nilai akhir block.
    private static final int ROWS_BELOW_TABLE = 25;

    private static final Permen2021WorkbookReader STANDARD =
            new Permen2021WorkbookReader(Permen2021Scorer.standard());

    private final Permen2021Scorer scorer;

    private Permen2021WorkbookReader(Permen2021Scorer scorer) {
        this.scorer = scorer;
    }

    /** Returns the reader that scores with {@link Permen2021Scorer#standard()}. */
    public static Permen2021WorkbookReader standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this reader that scores with the given scorer.
     *
     * @param scorer  the scorer, not null
     * @return the reader, not null
     */
    public Permen2021WorkbookReader withScorer(Permen2021Scorer scorer) {
        return new Permen2021WorkbookReader(Objects.requireNonNull(scorer, "scorer"));
    }

    /**
     * Reads a PermenPANRB 8/2021 SKP workbook file.
     *
     * @param path  the .xls or .xlsx file, not null
     * @return the SKP, the appraisal, the score and the report, not null
     * @throws WorkbookReadException if the file cannot be opened, or the form has no rencana kinerja, no IKI or
     *     target column, no pegawai name or no period
     * @throws UnsupportedLayoutException if no sheet is a PermenPANRB 8/2021 SKP
     */
    public Permen2021ReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return Workbooks.read(path, this::read);
    }

    /**
     * Reads a PermenPANRB 8/2021 SKP workbook from a stream, which stays open.
     *
     * @param in  the workbook content, not null
     * @param fileName  the name of the file, for messages, not null
     * @return the SKP, the appraisal, the score and the report, not null
     * @throws WorkbookReadException if the content cannot be opened, or the form has no rencana kinerja, no IKI or
     *     target column, no pegawai name or no period
     * @throws UnsupportedLayoutException if no sheet is a PermenPANRB 8/2021 SKP
     */
    public Permen2021ReadResult read(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return Workbooks.read(in, fileName, this::read);
    }

    /** Reads an open workbook, which the caller closes. */
    Permen2021ReadResult read(Workbook workbook, String fileName) {
        ReadContext context = new ReadContext(fileName);
        SheetView view = sheet(workbook, context).orElseThrow(() -> new UnsupportedLayoutException(fileName,
                LayoutDetector.sheetNames(workbook), List.of(LayoutDetector.PERMEN2021_HEADERS)));
        CellRef anchor = HeaderSearch.find(view, Permen2021SheetParser::isRencanaKinerjaHeader).orElseThrow();
        int headerRow = anchor.row();
        int headerEnd = headerRow;
        for (int c = 0; c <= Math.min(view.lastColumn(headerRow), HeaderSearch.COLUMNS - 1); c++) {
            headerEnd = Math.max(headerEnd, view.lastRowOf(headerRow, c));
        }
        Map<Column, Integer> columns = Permen2021SheetParser.mapColumns(view, context, headerRow, headerEnd);
        Permen2021SheetParser.Table table = Permen2021SheetParser.read(view, context, columns, headerEnd + 1);
        if (table.rencana().isEmpty()) {
            throw new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                    "excel.permen2021.noRencana", fileName, view.name(), view.address(headerEnd + 1, anchor.column()),
                    null, view.name(), headerEnd + 2, view.address(headerRow, anchor.column()));
        }

        IdentityBlocks identity = new IdentityBlocks(view, context, headerRow);
        Person pegawai = identity.person(t -> Labels.contains(t, "pegawai yang dinilai"))
                .orElseThrow(() -> new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                        "excel.permen2021.pegawaiMissing", fileName, view.name(), null, null, view.name()));
        AssessmentPeriod periode = identity.period(t -> Labels.contains(t, "periode"))
                .orElseThrow(() -> new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                        "excel.permen2021.periodMissing", fileName, view.name(), null, null, view.name()));
        Skp skp = Skp.builder()
                .pegawai(pegawai)
                .pejabatPenilai(identity.person(t -> Labels.is(t, "pejabat penilai kinerja")
                        || Labels.is(t, "pejabat penilai")))
                .atasanPejabatPenilai(identity.person(t -> Labels.startsWith(t, "atasan pejabat penilai")))
                .periode(periode)
                .rencanaKinerja(checkUtamaBobot(table, columns, view, context))
                .build();

        Below below = readBelow(view, table.endRow(), columns, context);
        PenilaianKinerja penilaian = null;
        if (below.nilaiPerilaku().isPresent()) {
            penilaian = PenilaianKinerja.builder()
                    .skp(skp)
                    .nilaiPerilaku(below.nilaiPerilaku().get())
                    .usesPeerOrSubordinateInput(below.peerInput())
                    .inovasi(below.inovasi())
                    .build();
        }
        context.addAll(Permen2021Validator.validate(skp));
        // An SKP without nilai akhir block is scored with nilai perilaku 0 only to check the values it shows.
        HasilPenilaian hasil = scorer.score(penilaian != null ? penilaian
                : PenilaianKinerja.builder().skp(skp).nilaiPerilaku(BigDecimal.ZERO).build());
        compare(hasil, table.shown(), below, penilaian != null, context);
        return new Permen2021ReadResult(fileName, skp, penilaian, penilaian == null ? null : hasil,
                context.report());
    }

    private static Optional<SheetView> sheet(Workbook workbook, ReadContext context) {
        SheetView hiddenMatch = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            if (!LayoutDetector.isPermen2021(view)) {
                continue;
            }
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return Optional.of(view);
            }
            hiddenMatch = hiddenMatch == null ? view : hiddenMatch;
        }
        if (hiddenMatch != null) {
            context.add("excel.sheet.hidden", Severity.WARNING, hiddenMatch.name() + "!A1", hiddenMatch.name());
        }
        return Optional.ofNullable(hiddenMatch);
    }

    // The model rejects kinerja utama whose bobot are incomplete or do not add up to 100, so such bobot are
    // reported and dropped here.
    private static List<RencanaKinerja> checkUtamaBobot(Permen2021SheetParser.Table table,
            Map<Column, Integer> columns, SheetView view, ReadContext context) {
        List<RencanaKinerja> utama = new ArrayList<>();
        String firstBobot = null;
        String firstRow = null;
        int column = columns.getOrDefault(Column.BOBOT_RK, 0);
        for (int i = 0; i < table.rencana().size(); i++) {
            RencanaKinerja rencana = table.rencana().get(i);
            if (rencana.jenis() == JenisKinerja.UTAMA) {
                utama.add(rencana);
                int row = table.firstRows().get(i);
                firstRow = firstRow == null ? view.address(row, column) : firstRow;
                if (firstBobot == null && !view.value(row, column).isBlank()) {
                    firstBobot = view.address(row, column);
                }
            }
        }
        String location = firstBobot != null ? firstBobot : firstRow;
        List<RencanaKinerja> checked = Permen2021Bobot.allOrNone(utama, RencanaKinerja::bobot,
                rencana -> RencanaKinerja.builder().from(rencana).bobot(Optional.empty()).build(), "kinerja utama",
                location == null ? view.name() + "!A1" : location, context);
        List<RencanaKinerja> all = new ArrayList<>();
        int next = 0;
        for (RencanaKinerja rencana : table.rencana()) {
            all.add(rencana.jenis() == JenisKinerja.UTAMA ? checked.get(next++) : rencana);
        }
        return all;
    }

    /** The values below the table: the totals, the nilai akhir block and the flags. */
    private record Below(Optional<FormValue> nilaiUtama, Optional<FormValue> nilaiTambahan,
            Optional<FormValue> nilaiSkp, Optional<BigDecimal> nilaiPerilaku, boolean peerInput, boolean inovasi,
            Optional<FormValue> nilaiAkhir, Optional<ShownText> predikat) {}

    private static Below readBelow(SheetView view, int firstRow, Map<Column, Integer> columns,
            ReadContext context) {
        FormValue utama = null;
        FormValue tambahan = null;
        FormValue nilaiSkp = null;
        BigDecimal perilaku = null;
        boolean peer = false;
        boolean inovasi = false;
        FormValue akhir = null;
        ShownText predikat = null;
        int last = Math.min(view.lastRow(), firstRow + ROWS_BELOW_TABLE);
        for (int r = firstRow; r <= last; r++) {
            Optional<CellRef> labelAt = firstText(view, r);
            if (labelAt.isEmpty()) {
                continue;
            }
            CellRef at = labelAt.get();
            String label = Labels.withoutNumbering(view.text(r, at.column()));
            Optional<CellValue> value = valueRightOf(view, r, at.column(), columns.get(Column.TERTIMBANG));
            if (Labels.startsWith(label, "nilai kinerja utama") && utama == null) {
                utama = shown(value, "nilai kinerja utama", context);
            } else if (Labels.startsWith(label, "nilai kinerja tambahan") && tambahan == null) {
                tambahan = shown(value, "nilai kinerja tambahan", context);
            } else if (Labels.is(label, "nilai skp") && nilaiSkp == null) {
                nilaiSkp = shown(value, "nilai SKP", context);
            } else if (Labels.startsWith(label, "nilai perilaku") && perilaku == null) {
                perilaku = value.flatMap(v -> nilaiPerilaku(v, context)).orElse(null);
            } else if (Labels.startsWith(label, "nilai akhir") && akhir == null) {
                akhir = shown(value, "nilai akhir", context);
            } else if (Labels.startsWith(label, "predikat") && predikat == null) {
                predikat = value.filter(v -> v.kind() == CellValue.Kind.TEXT)
                        .map(v -> new ShownText(ReadContext.clean(v.text()), v.address())).orElse(null);
            } else if (Labels.contains(label, "masukan")) {
                peer = value.map(v -> flag(v, label, context)).orElse(false);
            } else if (Labels.startsWith(label, "inovasi")) {
                inovasi = value.map(v -> flag(v, label, context)).orElse(false);
            }
        }
        return new Below(Optional.ofNullable(utama), Optional.ofNullable(tambahan), Optional.ofNullable(nilaiSkp),
                Optional.ofNullable(perilaku), peer, inovasi, Optional.ofNullable(akhir),
                Optional.ofNullable(predikat));
    }

    @Nullable
    private static FormValue shown(Optional<CellValue> value, String what, ReadContext context) {
        return value.flatMap(v -> context.number(v, what).map(n -> FormValue.of(n, v.address()))).orElse(null);
    }

    private static Optional<BigDecimal> nilaiPerilaku(CellValue value, ReadContext context) {
        Optional<BigDecimal> nilai = context.number(value, "nilai perilaku kerja");
        if (nilai.isPresent() && (nilai.get().signum() < 0 || nilai.get().compareTo(MAX_NILAI) > 0)) {
            context.add("excel.permen2021.nilaiPerilakuOutOfRange", Severity.ERROR, value.address(),
                    nilai.get().toPlainString());
            return Optional.empty();
        }
        return nilai;
    }

    private static boolean flag(CellValue value, String label, ReadContext context) {
        String text = ReadContext.clean(value.text());
        if (Permen2021SheetParser.isYes(text)) {
            return true;
        }
        if (!(Labels.is(text, "tidak") || Labels.is(text, "t") || Labels.is(text, "no") || text.equals("-"))) {
            context.add("excel.permen2021.flagInvalid", Severity.WARNING, value.address(), ReadContext.clean(label),
                    text);
        }
        return false;
    }

    private static Optional<CellRef> firstText(SheetView view, int row) {
        int last = Math.min(view.lastColumn(row), HeaderSearch.COLUMNS - 1);
        for (int c = 0; c <= last; c++) {
            CellValue value = view.value(row, c);
            if (value.kind() == CellValue.Kind.TEXT && HeaderSearch.isTopLeft(view, row, c)) {
                return Optional.of(new CellRef(row, c));
            }
        }
        return Optional.empty();
    }

    // The value of a label: in the nilai tertimbang column when the label spans up to it, else the first non-blank
    // cell right of the label.
    private static Optional<CellValue> valueRightOf(SheetView view, int row, int column,
            @Nullable Integer tertimbang) {
        int labelEnd = view.lastColumnOf(row, column);
        if (tertimbang != null && labelEnd == tertimbang - 1) {
            return Optional.of(view.value(row, tertimbang));
        }
        int last = Math.min(Math.max(view.lastColumn(row), column), HeaderSearch.COLUMNS - 1);
        for (int c = labelEnd + 1; c <= last; c++) {
            CellValue value = view.value(row, c);
            if (!value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static void compare(HasilPenilaian hasil, List<ShownRencana> shown, Below below, boolean withAkhir,
            ReadContext context) {
        for (int i = 0; i < hasil.rencanaKinerja().size(); i++) {
            HasilRencanaKinerja rencana = hasil.rencanaKinerja().get(i);
            ShownRencana form = shown.get(i);
            String id = rencana.rencanaKinerja().id();
            for (int k = 0; k < rencana.iki().size(); k++) {
                HasilIki iki = rencana.iki().get(k);
                ShownIki formIki = form.iki().get(k);
                String ikiId = iki.iki().id();
                compare("capaian IKI " + ikiId, formIki.capaian(), iki.capaian().percent(), context);
                compareLabel("kategori capaian IKI " + ikiId, formIki.kategori(), label(iki.nilai().kategori()),
                        context);
                compare("nilai capaian IKI " + ikiId, formIki.nilai(), iki.nilaiUsed(), context);
            }
            compare("nilai rencana kinerja " + id, form.nilai(), rencana.nilai(), context);
            compare("nilai tertimbang " + id, form.tertimbang(), rencana.nilaiTertimbang(), context);
        }
        compare("nilai kinerja utama", below.nilaiUtama(), hasil.nilaiUtama(), context);
        compare("nilai kinerja tambahan", below.nilaiTambahan(), hasil.nilaiTambahan(), context);
        compare("nilai SKP", below.nilaiSkp(), hasil.nilaiSkp(), context);
        if (withAkhir) {
            compare("nilai akhir", below.nilaiAkhir(), hasil.nilaiAkhir().nilai(), context);
            compareLabel("predikat kinerja", below.predikat(), label(hasil.predikat()), context);
        }
    }

    private static void compare(String name, Optional<FormValue> shown, BigDecimal computed, ReadContext context) {
        if (shown.isPresent()
                && shown.get().value().subtract(computed).abs().compareTo(SHOWN_VALUE_TOLERANCE) > 0) {
            context.add("excel.permen2021.shownDiffers", Severity.WARNING, shown.get().location(), name,
                    shown.get().value().toPlainString(), display(computed));
        }
    }

    private static void compareLabel(String name, Optional<ShownText> shown, String computed, ReadContext context) {
        if (shown.isPresent() && !Labels.is(shown.get().text(), computed)) {
            context.add("excel.permen2021.shownLabelDiffers", Severity.WARNING, shown.get().location(), name,
                    shown.get().text(), computed);
        }
    }

    private static String label(KategoriCapaianIki kategori) {
        return words(kategori.name());
    }

    private static String label(PredikatPp30 predikat) {
        return words(predikat.name());
    }

    // SANGAT_BAIK becomes "Sangat Baik", as the forms print the kategori and the predikat.
    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(lower);
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || text.charAt(i - 1) == ' ') {
                text.setCharAt(i, Character.toUpperCase(text.charAt(i)));
            }
        }
        return text.toString();
    }

    private static String display(BigDecimal value) {
        BigDecimal shortened = value.scale() > 6 ? value.setScale(6, RoundingMode.HALF_UP) : value;
        return ReadContext.normal(shortened).toPlainString();
    }

    @Override
    public String toString() {
        return "Permen2021WorkbookReader[" + scorer + "]";
    }
}
