package io.github.kinerja.excel;

import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.JenisKinerja;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.TargetDirection;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.NumberText;
import io.github.kinerja.excel.internal.ParsedNumber;
import io.github.kinerja.excel.internal.SheetView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Reads the rencana kinerja table of a PermenPANRB 8/2021 SKP sheet: maps the columns by their header text, then
 * reads one IKI per row under {@code A. KINERJA UTAMA} and {@code B. KINERJA TAMBAHAN}, a rencana kinerja spanning
 * its IKI rows either as merged cells or as blank cells under its first row.
 */
final class Permen2021SheetParser {

    /** The columns the table may have; only the rencana kinerja, IKI and target columns are required. */
    enum Column {
        NO, RK_ATASAN, RK, BOBOT_RK, IKI, BOBOT_IKI, TARGET, TARGET_UPPER, SATUAN, JENIS_TARGET, TARGET_MAKSIMAL,
        REALISASI, CAPAIAN, KATEGORI, NILAI_IKI, NILAI_RK, TERTIMBANG
    }

    /** A text the workbook shows, such as a kategori, with its cell. */
    record ShownText(String text, String location) {}

    /** The values a workbook shows for one IKI row. */
    record ShownIki(Optional<FormValue> capaian, Optional<ShownText> kategori, Optional<FormValue> nilai) {}

    /** The values a workbook shows for one rencana kinerja, with those of its IKI in model order. */
    record ShownRencana(List<ShownIki> iki, Optional<FormValue> nilai, Optional<FormValue> tertimbang) {}

    /**
     * The rencana kinerja of the table with what the sheet shows for them, the 0-based first row of each, and the
     * row after the table.
     */
    record Table(List<RencanaKinerja> rencana, List<ShownRencana> shown, List<Integer> firstRows, int endRow) {}

    private static final int BLANK_ROWS_ENDING_TABLE = 10;

    private final SheetView view;
    private final ReadContext context;
    private final Map<Column, Integer> columns;
    private final List<RencanaKinerja> rencana = new ArrayList<>();
    private final List<ShownRencana> shown = new ArrayList<>();
    private final List<Integer> firstRows = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private Permen2021SheetParser(SheetView view, ReadContext context, Map<Column, Integer> columns) {
        this.view = view;
        this.context = context;
        this.columns = columns;
    }

    /** Checks if a header names the rencana kinerja column, and not the rencana kinerja of the superior. */
    static boolean isRencanaKinerjaHeader(String text) {
        return Labels.startsWith(text, "rencana kinerja") && !Labels.contains(text, "atasan");
    }

    /** Checks if a header names the IKI column. */
    static boolean isIkiHeader(String text) {
        return Labels.contains(text, "indikator kinerja individu") || Labels.is(text, "iki")
                || Labels.is(text, "indikator kinerja");
    }

    /**
     * Maps the columns of the header that starts in {@code headerRow} and ends in {@code headerEnd}.
     *
     * @throws WorkbookReadException if the IKI or the target column is missing
     */
    static Map<Column, Integer> mapColumns(SheetView view, ReadContext context, int headerRow, int headerEnd) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<Integer> bobot = new ArrayList<>();
        for (int c = 0; c < HeaderSearch.COLUMNS; c++) {
            if (!HeaderSearch.isTopLeft(view, headerRow, c)) {
                continue;
            }
            String top = view.text(headerRow, c);
            if (Labels.is(top, "no")) {
                columns.putIfAbsent(Column.NO, c);
            } else if (isRencanaKinerjaHeader(top)) {
                columns.putIfAbsent(Column.RK, c);
            } else if (Labels.contains(top, "rencana kinerja") && Labels.contains(top, "atasan")) {
                columns.putIfAbsent(Column.RK_ATASAN, c);
            } else if (Labels.startsWith(top, "bobot")) {
                if (Labels.contains(top, "iki") || Labels.contains(top, "indikator")) {
                    columns.putIfAbsent(Column.BOBOT_IKI, c);
                } else if (Labels.contains(top, "rencana")) {
                    columns.putIfAbsent(Column.BOBOT_RK, c);
                } else {
                    bobot.add(c);
                }
            } else if (isIkiHeader(top)) {
                columns.putIfAbsent(Column.IKI, c);
            } else if (Labels.is(top, "target")) {
                mapTarget(view, headerRow, headerEnd, c, columns);
            } else if (Labels.is(top, "satuan")) {
                columns.putIfAbsent(Column.SATUAN, c);
            } else if (Labels.startsWith(top, "realisasi")) {
                columns.putIfAbsent(Column.REALISASI, c);
            } else if (Labels.startsWith(top, "kategori")) {
                columns.putIfAbsent(Column.KATEGORI, c);
            } else if (Labels.startsWith(top, "capaian")) {
                columns.putIfAbsent(Column.CAPAIAN, c);
            } else if (Labels.contains(top, "nilai capaian")) {
                columns.putIfAbsent(Column.NILAI_IKI, c);
            } else if (Labels.contains(top, "nilai rencana kinerja")) {
                columns.putIfAbsent(Column.NILAI_RK, c);
            } else if (Labels.contains(top, "tertimbang")) {
                columns.putIfAbsent(Column.TERTIMBANG, c);
            }
        }
        // A plain "Bobot" header belongs to the rencana kinerja left of the IKI column and to the IKI right of it.
        for (int c : bobot) {
            boolean ofIki = columns.containsKey(Column.IKI) && c > columns.get(Column.IKI);
            columns.putIfAbsent(ofIki ? Column.BOBOT_IKI : Column.BOBOT_RK, c);
        }
        for (Column required : List.of(Column.IKI, Column.TARGET)) {
            if (!columns.containsKey(required)) {
                String expected = required == Column.IKI ? "INDIKATOR KINERJA INDIVIDU" : "TARGET";
                throw new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                        "excel.permen2021.columnMissing", context.fileName(), view.name(), view.address(headerRow, 0),
                        null, view.name(), expected, headerRow + 1);
            }
        }
        boolean calculated = columns.containsKey(Column.CAPAIAN) || columns.containsKey(Column.NILAI_IKI);
        if (calculated && !columns.containsKey(Column.REALISASI)) {
            context.add("excel.permen2021.realisasiMissing", Severity.ERROR, view.address(headerRow, 0));
        }
        return columns;
    }

    // Maps the sub-headers of the TARGET group: the value (or lower end), the upper end of a range, the satuan, the
    // jenis target and the maximum attainable mark. A TARGET header without sub-headers is the value column.
    private static void mapTarget(SheetView view, int headerRow, int headerEnd, int group,
            Map<Column, Integer> columns) {
        int subRow = view.lastRowOf(headerRow, group) + 1;
        int last = view.lastColumnOf(headerRow, group);
        if (subRow > headerEnd || last == group) {
            columns.putIfAbsent(Column.TARGET, group);
            return;
        }
        for (int c = group; c <= last; c++) {
            if (!HeaderSearch.isTopLeft(view, subRow, c)) {
                continue;
            }
            String sub = view.text(subRow, c);
            if (Labels.startsWith(sub, "satuan")) {
                columns.putIfAbsent(Column.SATUAN, c);
            } else if (Labels.startsWith(sub, "jenis") || Labels.startsWith(sub, "kondisi")) {
                columns.putIfAbsent(Column.JENIS_TARGET, c);
            } else if (Labels.contains(sub, "maksimal")) {
                columns.putIfAbsent(Column.TARGET_MAKSIMAL, c);
            } else if (Labels.is(sub, "s d") || Labels.is(sub, "sd") || Labels.is(sub, "sampai")
                    || Labels.startsWith(sub, "batas atas")) {
                columns.putIfAbsent(Column.TARGET_UPPER, c);
            } else if (!columns.containsKey(Column.TARGET)) {
                columns.put(Column.TARGET, c);
            }
        }
        columns.putIfAbsent(Column.TARGET, group);
    }

    /** Reads the rows below the header. */
    static Table read(SheetView view, ReadContext context, Map<Column, Integer> columns, int firstRow) {
        Permen2021SheetParser parser = new Permen2021SheetParser(view, context, columns);
        int end = parser.readRows(firstRow);
        return new Table(List.copyOf(parser.rencana), List.copyOf(parser.shown), List.copyOf(parser.firstRows), end);
    }

    /** Checks if a label ends the table: the totals under it. */
    static boolean endsTable(String label) {
        return Labels.startsWith(label, "nilai kinerja") || Labels.startsWith(label, "nilai skp")
                || Labels.is(label, "jumlah") || Labels.startsWith(label, "nilai akhir")
                || Labels.startsWith(label, "nilai perilaku") || Labels.startsWith(label, "unsur penilaian");
    }

    private int readRows(int firstRow) {
        JenisKinerja jenis = JenisKinerja.UTAMA;
        int rkColumn = column(Column.RK);
        int ikiColumn = column(Column.IKI);
        int blankRun = 0;
        @Nullable RencanaRows current = null;
        for (int r = firstRow; r <= view.lastRow(); r++) {
            String label = firstText(r);
            if (endsTable(label)) {
                finish(current);
                return r;
            }
            if (isNumbering(r)) {
                continue;
            }
            Optional<JenisKinerja> section = section(label);
            if (section.isPresent() && (view.value(r, ikiColumn).isBlank() || !HeaderSearch.isTopLeft(view, r,
                    ikiColumn))) {
                finish(current);
                current = null;
                jenis = section.get();
                blankRun = 0;
                continue;
            }
            CellValue rk = view.value(r, rkColumn);
            boolean startsRencana = !rk.isBlank() && HeaderSearch.isTopLeft(view, r, rkColumn);
            boolean hasIki = !view.value(r, ikiColumn).isBlank();
            if (startsRencana) {
                finish(current);
                current = new RencanaRows(r, jenis);
                blankRun = 0;
            } else if (!hasIki) {
                if (rowBlank(r) && hasFormula(r)) {
                    // An unfilled row of a template, whose formulas show nothing, neither ends the table nor
                    // needs a warning.
                    continue;
                }
                blankRun = rowBlank(r) ? blankRun + 1 : 0;
                if (blankRun == 0) {
                    context.add("excel.table.rowWithoutName", Severity.WARNING, view.address(r, ikiColumn),
                            "indikator kinerja individu");
                }
                if (blankRun >= BLANK_ROWS_ENDING_TABLE) {
                    finish(current);
                    return r - blankRun + 1;
                }
                continue;
            }
            blankRun = 0;
            if (hasIki && current != null) {
                current.ikiRows.add(r);
            } else if (hasIki) {
                context.add("excel.permen2021.ikiWithoutRencana", Severity.WARNING, view.address(r, ikiColumn),
                        ReadContext.clean(view.text(r, ikiColumn)));
            }
        }
        finish(current);
        return view.lastRow() + 1;
    }

    /** The rows of one rencana kinerja: its first row and the rows of its IKI. */
    private static final class RencanaRows {
        final int first;
        final JenisKinerja jenis;
        final List<Integer> ikiRows = new ArrayList<>();

        RencanaRows(int first, JenisKinerja jenis) {
            this.first = first;
            this.jenis = jenis;
        }
    }

    private void finish(@Nullable RencanaRows rows) {
        if (rows == null) {
            return;
        }
        int row = rows.first;
        String id = id(row);
        RencanaKinerja.Builder builder = RencanaKinerja.builder()
                .id(id)
                .jenis(rows.jenis)
                .uraian(context.text(view.value(row, column(Column.RK))).orElseThrow());
        text(row, Column.RK_ATASAN).ifPresent(builder::rencanaKinerjaAtasan);
        bobot(row, Column.BOBOT_RK).ifPresent(builder::bobot);

        List<Iki> iki = new ArrayList<>();
        List<ShownIki> shownIki = new ArrayList<>();
        for (int r : rows.ikiRows) {
            Optional<Iki> read = iki(r, id + "." + (iki.size() + 1));
            if (read.isPresent()) {
                iki.add(read.get());
                shownIki.add(new ShownIki(formulaValue(r, Column.CAPAIAN, "capaian IKI"),
                        shownText(r, Column.KATEGORI), shown(r, Column.NILAI_IKI, "nilai capaian IKI")));
            }
        }
        builder.iki(Permen2021Bobot.allOrNone(iki, Iki::bobot, Permen2021SheetParser::withoutBobot, "IKI of rencana kinerja " + id,
                bobotLocation(rows.ikiRows, Column.BOBOT_IKI), context));
        rencana.add(builder.build());
        firstRows.add(row);
        shown.add(new ShownRencana(shownIki, shown(row, Column.NILAI_RK, "nilai rencana kinerja"),
                shown(row, Column.TERTIMBANG, "nilai tertimbang")));
    }

    private static Iki withoutBobot(Iki iki) {
        return Iki.builder().from(iki).bobot(Optional.empty()).build();
    }

    private String bobotLocation(List<Integer> rows, Column column) {
        int at = columns.getOrDefault(column, 0);
        for (int r : rows) {
            if (!view.value(r, at).isBlank()) {
                return view.address(r, at);
            }
        }
        return view.address(rows.isEmpty() ? 0 : rows.get(0), at);
    }

    private String id(int row) {
        String id = columnOf(Column.NO).flatMap(c -> context.text(view.value(row, c)))
                .orElse(String.valueOf(rencana.size() + 1));
        if (ids.add(id)) {
            return id;
        }
        String replacement = id + "-" + (row + 1);
        context.add("excel.permen2021.duplicateId", Severity.ERROR, view.address(row, columns.getOrDefault(
                Column.NO, 0)), id, replacement);
        ids.add(replacement);
        return replacement;
    }

    private Optional<Iki> iki(int row, String id) {
        String indikator = context.text(view.value(row, column(Column.IKI))).orElseThrow();
        Optional<IkiTarget> target = target(row, indikator);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Iki.Builder iki = Iki.builder().id(id).indikator(indikator).target(target.get());
        bobot(row, Column.BOBOT_IKI).ifPresent(iki::bobot);
        notNegative(row, Column.REALISASI, "realisasi").ifPresent(iki::realisasi);
        // A number typed into the capaian column, rather than a formula, is the appraiser's capaian.
        Optional<Integer> capaian = columnOf(Column.CAPAIAN);
        if (capaian.isPresent() && view.value(row, capaian.get()).formula().isEmpty()) {
            notNegative(row, Column.CAPAIAN, "capaian IKI").ifPresent(iki::capaianPenilai);
        }
        return Optional.of(iki.build());
    }

    private Optional<IkiTarget> target(int row, String indikator) {
        int targetColumn = column(Column.TARGET);
        CellValue cell = view.value(row, targetColumn);
        Optional<String> jenis = text(row, Column.JENIS_TARGET);
        Optional<String> satuan = text(row, Column.SATUAN).filter(s -> !cellSharedWithTarget(row));
        boolean qualitative = jenis.map(j -> Labels.is(j, "kualitatif")).orElse(false)
                || (jenis.isEmpty() && cell.kind() == CellValue.Kind.TEXT && satuan.isEmpty()
                        && context.text(cell).isPresent() && isText(cell));
        if (qualitative) {
            Optional<String> description = context.text(cell);
            if (description.isEmpty()) {
                context.add("excel.permen2021.ikiSkipped", Severity.ERROR, cell.address(), indikator);
            }
            return description.map(IkiTarget::qualitative);
        }

        TargetDirection direction = direction(row, jenis);
        Optional<BigDecimal> value = context.number(cell, "target");
        if (value.isEmpty()) {
            context.add("excel.permen2021.ikiSkipped", Severity.ERROR, cell.address(), indikator);
            return Optional.empty();
        }
        Optional<BigDecimal> upper = number(row, Column.TARGET_UPPER, "target");
        for (Optional<BigDecimal> end : List.of(value, upper)) {
            if (end.isPresent() && end.get().signum() < 0) {
                context.add("excel.permen2021.negative", Severity.ERROR, cell.address(), "target",
                        end.get().toPlainString());
                context.add("excel.permen2021.ikiSkipped", Severity.ERROR, cell.address(), indikator);
                return Optional.empty();
            }
        }

        IkiTarget.Builder target = IkiTarget.builder().direction(direction);
        if (upper.isPresent()) {
            if (value.get().compareTo(upper.get()) > 0) {
                context.add("excel.permen2021.rangeReversed", Severity.ERROR, cell.address(),
                        value.get().toPlainString(), upper.get().toPlainString(), indikator);
                return Optional.empty();
            }
            target.kind(TargetKind.RANGE).lower(value.get()).upper(upper.get());
        } else {
            target.kind(TargetKind.VALUE).value(value.get());
        }
        satuan.ifPresent(target::satuan);
        text(row, Column.TARGET_MAKSIMAL).ifPresent(mark -> target.maximumAttainable(isYes(mark)));
        return Optional.of(target.build());
    }

    // A qualitative description merged over the satuan column is not a satuan.
    private boolean cellSharedWithTarget(int row) {
        Optional<Integer> satuan = columnOf(Column.SATUAN);
        return satuan.isPresent() && view.value(row, satuan.get()).address()
                .equals(view.value(row, column(Column.TARGET)).address());
    }

    private static boolean isText(CellValue cell) {
        return !NumberText.parse(cell.text()).kind()
                .equals(ParsedNumber.Kind.NUMBER);
    }

    private TargetDirection direction(int row, Optional<String> jenis) {
        if (jenis.isEmpty() || Labels.is(jenis.get(), "normal")) {
            return TargetDirection.HIGHER_IS_BETTER;
        }
        if (Labels.contains(jenis.get(), "khusus") || Labels.contains(jenis.get(), "minimal")
                || Labels.contains(jenis.get(), "minimize")) {
            return TargetDirection.LOWER_IS_BETTER;
        }
        context.add("excel.permen2021.jenisTargetInvalid", Severity.WARNING,
                view.address(row, column(Column.JENIS_TARGET)), jenis.get());
        return TargetDirection.HIGHER_IS_BETTER;
    }

    static boolean isYes(String mark) {
        return Labels.is(mark, "ya") || Labels.is(mark, "y") || Labels.is(mark, "yes") || mark.strip().equals("✓")
                || mark.strip().equalsIgnoreCase("v");
    }

    private Optional<BigDecimal> bobot(int row, Column column) {
        Optional<Integer> at = columnOf(column);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        CellValue cell = view.value(row, at.get());
        Optional<BigDecimal> bobot = context.percent(cell, "bobot");
        if (bobot.isPresent() && (bobot.get().signum() <= 0 || bobot.get().compareTo(Permen2021Bobot.HUNDRED) > 0)) {
            context.add("excel.permen2021.bobotOutOfRange", Severity.ERROR, cell.address(),
                    bobot.get().toPlainString());
            return Optional.empty();
        }
        return bobot;
    }

    private Optional<BigDecimal> notNegative(int row, Column column, String what) {
        Optional<Integer> at = columnOf(column);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        CellValue cell = view.value(row, at.get());
        Optional<BigDecimal> number = context.number(cell, what);
        if (number.isPresent() && number.get().signum() < 0) {
            context.add("excel.permen2021.negative", Severity.ERROR, cell.address(), what,
                    number.get().toPlainString());
            return Optional.empty();
        }
        return number;
    }

    private static Optional<JenisKinerja> section(String label) {
        String text = Labels.withoutNumbering(label);
        if (Labels.is(text, "kinerja utama") || Labels.is(text, "utama")) {
            return Optional.of(JenisKinerja.UTAMA);
        }
        if (Labels.is(text, "kinerja tambahan") || Labels.is(text, "tambahan")) {
            return Optional.of(JenisKinerja.TAMBAHAN);
        }
        return Optional.empty();
    }

    // The numbering row under the header: the rencana kinerja and IKI cells hold only a column number.
    private boolean isNumbering(int row) {
        return Labels.normalize(view.text(row, column(Column.RK))).matches("[0-9]+")
                && Labels.normalize(view.text(row, column(Column.IKI))).matches("[0-9]+");
    }

    private String firstText(int row) {
        int last = Math.min(view.lastColumn(row), HeaderSearch.COLUMNS - 1);
        for (int c = 0; c <= last; c++) {
            String text = view.text(row, c);
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    private boolean rowBlank(int row) {
        for (int c : columns.values()) {
            if (!view.value(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean hasFormula(int row) {
        for (int c : columns.values()) {
            if (view.value(row, c).formula().isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<FormValue> shown(int row, Column column, String what) {
        Optional<Integer> at = columnOf(column);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        CellValue value = view.value(row, at.get());
        return context.number(value, what).map(n -> FormValue.of(n, value.address()));
    }

    // The value of a formula cell; a constant in the column is an input, not a shown result.
    private Optional<FormValue> formulaValue(int row, Column column, String what) {
        Optional<Integer> at = columnOf(column);
        if (at.isEmpty() || view.value(row, at.get()).formula().isEmpty()) {
            return Optional.empty();
        }
        return shown(row, column, what);
    }

    private Optional<ShownText> shownText(int row, Column column) {
        Optional<Integer> at = columnOf(column);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        CellValue value = view.value(row, at.get());
        if (value.kind() != CellValue.Kind.TEXT) {
            return Optional.empty();
        }
        return Optional.of(new ShownText(ReadContext.clean(value.text()), value.address()));
    }

    private Optional<String> text(int row, Column column) {
        return columnOf(column).flatMap(c -> context.text(view.value(row, c)));
    }

    private Optional<BigDecimal> number(int row, Column column, String what) {
        return columnOf(column).flatMap(c -> context.number(view.value(row, c), what));
    }

    private int column(Column column) {
        return columnOf(column).orElseThrow();
    }

    private Optional<Integer> columnOf(Column column) {
        return Optional.ofNullable(columns.get(column));
    }
}
