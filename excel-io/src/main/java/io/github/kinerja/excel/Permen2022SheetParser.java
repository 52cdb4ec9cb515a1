package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.BuktiDukung;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.JenisPeriode;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.RealisasiIki;
import io.github.kinerja.core.permen2022.UmpanBalik;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.IndonesianDates;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.NumberText;
import io.github.kinerja.excel.internal.ParsedNumber;
import io.github.kinerja.excel.internal.Permen2022Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the plan table and the blocks around it from one sheet of a PermenPANRB 6/2022 SKP or evaluation
 * document: the title area, the identity blocks, the periods, the {@code HASIL KERJA} table, the
 * {@code PERILAKU KERJA} table and, on an evaluation, the umpan balik, the ratings and the predikat.
 *
 * <p>Columns are found by their header text, never by position, so that the BKN e-Kinerja print (with
 * {@code PIMPINAN} for {@code ATASAN}, other letter case, extra columns, RHK cells merged or repeated, numbering
 * such as {@code 1.1} and targets written as text such as {@code 12 Dokumen}) reads like the library's own form.
 */
final class Permen2022SheetParser {

    enum Column {
        NO, ATASAN, RHK, PERSPEKTIF, ASPEK, IKI, TARGET, TARGET_SATUAN, REALISASI, REALISASI_SATUAN, KETERANGAN,
        BUKTI, UMPAN_BALIK
    }

    private static final int BLANK_ROWS_ENDING_TABLE = 10;
    private static final int IDENTITY_ROWS = 7;
    private static final int PERILAKU_ROWS = 16;
    private static final Pattern RANGE =
            Pattern.compile("^([0-9][0-9.,]*)\\s*[-\u2013\u2014]\\s*([0-9][0-9.,]*)\\s*(.*)$");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("^([0-9][0-9.,]*)\\s*(.*)$");
    private static final Pattern SUB_NUMBER = Pattern.compile("^[0-9]+(\\.[0-9]+)+\\.?$");
    private static final Pattern TAHUN = Pattern.compile("(?i)\\btahun\\b");
    private static final Pattern EKSPEKTASI_PREFIX =
            Pattern.compile("(?i)^\\s*ekspektasi\\s+khusus\\s+pimpinan\\s*:?\\s*");

    private final SheetView view;
    private final ReadContext context;
    private final boolean evaluation;
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final List<RhkDraft> rhk = new ArrayList<>();
    private final Set<String> rhkIds = new HashSet<>();
    private final Set<String> ikiIds = new HashSet<>();
    private final List<RealisasiIki> realisasi = new ArrayList<>();
    private final List<UmpanBalik> umpanBalik = new ArrayList<>();
    private final Map<CoreValue, String> ekspektasi = new EnumMap<>(CoreValue.class);
    private boolean perspektifSeen;

    private Permen2022SheetParser(SheetView view, ReadContext context, boolean evaluation) {
        this.view = view;
        this.context = context;
        this.evaluation = evaluation;
    }

    /** One RHK as read, before the SKP is built: its id, its cells and its IKI. */
    static final class RhkDraft {
        final String id;
        final String no;
        final String uraian;
        final JenisRhk jenis;
        final Optional<Perspektif> perspektif;
        final Optional<String> atasanText;
        final List<Iki> iki = new ArrayList<>();
        final Set<String> umpanBalik = new LinkedHashSet<>();

        RhkDraft(String id, String no, String uraian, JenisRhk jenis, Optional<Perspektif> perspektif,
                Optional<String> atasanText) {
            this.id = id;
            this.no = no;
            this.uraian = uraian;
            this.jenis = jenis;
            this.perspektif = perspektif;
            this.atasanText = atasanText;
        }
    }

    /** The content of one sheet; the caller adds the Lampiran, builds the model and scores it. */
    record Parsed(Optional<String> instansi, boolean jpt, Person pegawai, Optional<Person> pejabatPenilai,
            Optional<Person> atasanPejabatPenilai, AssessmentPeriod skpPeriod, Optional<AssessmentPeriod> evaluasiRange,
            Optional<JenisPeriode> jenisPeriode, String periodLocation, List<RhkDraft> rhk,
            Map<CoreValue, String> ekspektasi, List<RealisasiIki> realisasi, List<UmpanBalik> umpanBalik,
            Optional<CellValue> predikatOrganisasi, Optional<CellValue> ratingHasilKerja,
            Optional<CellValue> ratingPerilaku, Optional<CellValue> predikat) {}

    /** Checks if the sheet has the plan table, with {@code RENCANA HASIL KERJA} and {@code INDIKATOR KINERJA}. */
    static boolean matches(SheetView view) {
        return anchor(view).isPresent()
                && HeaderSearch.find(view, t -> Labels.contains(t, "indikator kinerja")).isPresent();
    }

    /** Checks if the sheet is an evaluation: a realisasi or umpan balik column, or a rating hasil kerja. */
    static boolean isEvaluation(SheetView view) {
        return HeaderSearch.find(view, t -> Labels.contains(t, "realisasi") || Labels.contains(t, "umpan balik")
                || Labels.is(t, "rating hasil kerja")).isPresent();
    }

    private static Optional<CellRef> anchor(SheetView view) {
        return HeaderSearch.find(view, t -> Labels.is(t, "rencana hasil kerja"));
    }

    /** Reads a sheet that {@link #matches(SheetView)} accepted. */
    static Parsed parse(SheetView view, ReadContext context, boolean evaluation) {
        return new Permen2022SheetParser(view, context, evaluation).parse();
    }

    private Parsed parse() {
        CellRef anchor = anchor(view).orElseThrow();
        int headerRow = anchor.row();
        int headerEnd = headerEnd(headerRow);
        mapColumns(headerRow, headerEnd);
        int tableEnd = readRows(headerEnd + 1);
        if (rhk.isEmpty()) {
            throw new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT, "excel.permen2022.noRhk",
                    context.fileName(), view.name(), view.address(headerEnd + 1, column(Column.RHK)), null,
                    view.name(), headerEnd + 2, tableEnd + 1, view.address(headerEnd + 1, column(Column.RHK)));
        }
        readPerilaku(tableEnd);

        Person pegawai = person(identityBlock(headerRow, "pegawai yang dinilai"))
                .orElseThrow(() -> new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                        "excel.permen2022.pegawaiMissing", context.fileName(), view.name(), null, null,
                        view.name()));
        Optional<Person> pejabat = person(identityBlock(headerRow, "pejabat penilai kinerja"));
        Optional<Person> atasan = person(identityBlock(headerRow, "atasan pejabat penilai"));

        Optional<Labelled> skpPeriodText = labelled(0, headerRow, "periode skp")
                .or(() -> labelled(0, headerRow, "periode"))
                .or(() -> evaluation ? Optional.empty() : labelled(0, headerRow, "periode penilaian"));
        AssessmentPeriod skpPeriod = skpPeriodText.flatMap(l -> period(l.text()))
                .orElseThrow(() -> periodMissing(skpPeriodText));
        Optional<AssessmentPeriod> evaluasiRange = Optional.empty();
        Optional<JenisPeriode> jenis = Optional.empty();
        String periodLocation = skpPeriodText.map(Labelled::location).orElse("");
        if (evaluation) {
            Optional<Labelled> text = labelled(0, headerRow, "periode penilaian");
            evaluasiRange = Optional.of(text.flatMap(l -> period(l.text())).orElseThrow(() -> periodMissing(text)));
            periodLocation = text.map(Labelled::location).orElse(periodLocation);
            jenis = labelled(0, headerRow, "jenis periode").flatMap(l -> jenisPeriode(l));
        }

        Optional<CellValue> predikatOrganisasi = Optional.empty();
        Optional<CellValue> ratingHasil = Optional.empty();
        Optional<CellValue> ratingPerilaku = Optional.empty();
        Optional<CellValue> predikat = Optional.empty();
        if (evaluation) {
            readGeneralUmpanBalik(tableEnd);
            predikatOrganisasi = valueOfLabel(tableEnd, "predikat kinerja organisasi");
            ratingHasil = valueOfLabel(tableEnd, "rating hasil kerja");
            ratingPerilaku = valueOfLabel(tableEnd, "rating perilaku kerja");
            predikat = valueOfLabel(tableEnd, "predikat kinerja pegawai");
        }
        boolean jpt = perspektifSeen || columns.containsKey(Column.PERSPEKTIF)
                || HeaderSearch.find(view, 0, headerRow - 1, t -> Labels.contains(t, "pimpinan tinggi")).isPresent();
        return new Parsed(instansi(headerRow), jpt, pegawai, pejabat, atasan, skpPeriod, evaluasiRange, jenis,
                periodLocation, rhk, ekspektasi, realisasi, umpanBalik, predikatOrganisasi, ratingHasil,
                ratingPerilaku, predikat);
    }

    private WorkbookReadException periodMissing(Optional<Labelled> label) {
        return new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                "excel.permen2022.periodMissing", context.fileName(), view.name(),
                label.map(Labelled::location).orElse(null), null, view.name(),
                label.map(Labelled::text).orElse(""), evaluation ? "Periode Penilaian" : "Periode");
    }

    private int headerEnd(int headerRow) {
        int end = headerRow;
        for (int c = 0; c <= Math.min(view.lastColumn(headerRow), HeaderSearch.COLUMNS - 1); c++) {
            end = Math.max(end, view.lastRowOf(headerRow, c));
        }
        return end;
    }

    // Maps the columns by header text; TARGET and REALISASI are groups whose sub-headers name the value, satuan,
    // keterangan and bukti dukung columns. Columns with other headers are ignored.
    private void mapColumns(int headerRow, int headerEnd) {
        for (int c = 0; c < HeaderSearch.COLUMNS; c++) {
            if (!HeaderSearch.isTopLeft(view, headerRow, c)) {
                continue;
            }
            String text = view.text(headerRow, c);
            if (Labels.is(text, "no") || Labels.is(text, "nomor")) {
                columns.putIfAbsent(Column.NO, c);
            } else if (Labels.contains(text, "rencana hasil kerja") && (Labels.contains(text, "atasan")
                    || Labels.contains(text, "pimpinan") || Labels.contains(text, "diintervensi"))) {
                columns.putIfAbsent(Column.ATASAN, c);
            } else if (Labels.is(text, "rencana hasil kerja")) {
                columns.putIfAbsent(Column.RHK, c);
            } else if (Labels.is(text, "perspektif")) {
                columns.putIfAbsent(Column.PERSPEKTIF, c);
            } else if (Labels.is(text, "aspek")) {
                columns.putIfAbsent(Column.ASPEK, c);
            } else if (Labels.contains(text, "indikator kinerja")) {
                columns.putIfAbsent(Column.IKI, c);
            } else if (Labels.startsWith(text, "target")) {
                group(headerRow, headerEnd, c, Column.TARGET, Column.TARGET_SATUAN);
            } else if (Labels.startsWith(text, "realisasi")) {
                group(headerRow, headerEnd, c, Column.REALISASI, Column.REALISASI_SATUAN);
            } else if (Labels.contains(text, "umpan balik")) {
                columns.putIfAbsent(Column.UMPAN_BALIK, c);
            }
        }
        for (Column required : List.of(Column.RHK, Column.IKI, Column.TARGET)) {
            if (!columns.containsKey(required)) {
                throw new WorkbookReadException(WorkbookReadException.Reason.MISSING_CONTENT,
                        "excel.table.columnMissing", context.fileName(), view.name(), view.address(headerRow, 0),
                        null, headerName(required), view.name(), headerRow + 1, String.join(", ", found(headerRow)));
            }
        }
    }

    private static String headerName(Column column) {
        return switch (column) {
            case RHK -> "RENCANA HASIL KERJA";
            case IKI -> "INDIKATOR KINERJA INDIVIDU";
            default -> "TARGET";
        };
    }

    private List<String> found(int headerRow) {
        List<String> found = new ArrayList<>();
        for (int c = 0; c <= Math.min(view.lastColumn(headerRow), HeaderSearch.COLUMNS - 1); c++) {
            String text = ReadContext.clean(view.text(headerRow, c));
            if (!text.isEmpty() && HeaderSearch.isTopLeft(view, headerRow, c)) {
                found.add(text);
            }
        }
        return found;
    }

    private void group(int headerRow, int headerEnd, int first, Column value, Column satuan) {
        int last = view.lastColumnOf(headerRow, first);
        int subRow = view.lastRowOf(headerRow, first) + 1;
        if (last == first || subRow > headerEnd) {
            columns.putIfAbsent(value, first);
            if (last > first) {
                columns.putIfAbsent(satuan, first + 1);
            }
            return;
        }
        for (int c = first; c <= last; c++) {
            String sub = view.text(subRow, c);
            if (Labels.startsWith(sub, "satuan")) {
                columns.putIfAbsent(satuan, c);
            } else if (value == Column.REALISASI && Labels.startsWith(sub, "keterangan")) {
                columns.putIfAbsent(Column.KETERANGAN, c);
            } else if (value == Column.REALISASI && Labels.contains(sub, "bukti")) {
                columns.putIfAbsent(Column.BUKTI, c);
            } else if (!sub.isBlank()) {
                columns.putIfAbsent(value, c);
            }
        }
        columns.putIfAbsent(value, first);
    }

    /** Reads the rows of the table; returns the 0-based row after its last row. */
    private int readRows(int firstRow) {
        JenisRhk jenis = JenisRhk.UTAMA;
        Optional<Perspektif> perspektif = Optional.empty();
        RhkDraft current = null;
        int blankRun = 0;
        int lastColumn = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int r = firstRow; r <= view.lastRow(); r++) {
            String rowText = firstText(r, lastColumn);
            String label = Labels.withoutNumbering(rowText);
            if (endsTable(r, label)) {
                return r;
            }
            if (rowText.isEmpty()) {
                if (++blankRun >= BLANK_ROWS_ENDING_TABLE && !tableGoesOn(r + 1, lastColumn)) {
                    return r - blankRun + 1;
                }
                continue;
            }
            blankRun = 0;
            if (isNumberingRow(r)) {
                continue;
            }
            String rhkText = text(r, Column.RHK);
            String ikiText = text(r, Column.IKI);
            boolean labelRow = ikiText.isEmpty() || ikiText.equals(rowText);
            Optional<JenisRhk> section = section(label);
            if (labelRow && section.isPresent()) {
                jenis = section.get();
                perspektif = Optional.empty();
                continue;
            }
            Optional<Perspektif> group = Permen2022Labels.parsePerspektif(rowText);
            if (labelRow && group.isPresent() && (rhkText.isEmpty() || rhkText.equals(rowText))) {
                perspektif = group;
                perspektifSeen = true;
                continue;
            }
            if (columns.containsKey(Column.PERSPEKTIF)) {
                Optional<Perspektif> cell = Permen2022Labels.parsePerspektif("Perspektif " + text(r,
                        Column.PERSPEKTIF));
                if (cell.isPresent()) {
                    perspektif = cell;
                }
            }
            if (rhkText.isEmpty() && ikiText.isEmpty()) {
                // Text outside the RHK, IKI, aspek and target columns, such as a signature line, is not a row.
                if (!text(r, Column.TARGET).isEmpty() || !text(r, Column.ASPEK).isEmpty()) {
                    context.add("excel.table.rowWithoutName", Severity.WARNING, view.address(r, column(Column.RHK)),
                            "rencana hasil kerja");
                }
                continue;
            }
            String no = text(r, Column.NO);
            if (!rhkText.isEmpty() && startsRhk(r, rhkText, no, current)) {
                current = startRhk(r, no, rhkText, jenis, perspektif);
            }
            if (current == null) {
                context.add("excel.table.rowWithoutName", Severity.WARNING, view.address(r, column(Column.RHK)),
                        "rencana hasil kerja");
                continue;
            }
            if (columns.containsKey(Column.UMPAN_BALIK)) {
                current.umpanBalik.addAll(lines(view.value(r, column(Column.UMPAN_BALIK))));
            }
            if (!ikiText.isEmpty()) {
                readIki(r, no, ikiText, current);
            } else if (!text(r, Column.TARGET).isEmpty()) {
                context.add("excel.table.rowWithoutName", Severity.WARNING, view.address(r, column(Column.IKI)),
                        "indikator kinerja individu");
            }
        }
        return view.lastRow() + 1;
    }

    private boolean endsTable(int row, String label) {
        return Labels.startsWith(label, "perilaku kerja") || Labels.startsWith(label, "rating hasil kerja")
                || Labels.startsWith(label, "lampiran sasaran kinerja")
                || HeaderSearch.find(view, row, row, t -> Labels.contains(t, "ekspektasi khusus pimpinan"))
                        .isPresent();
    }

    // A run of blank rows ends the table unless the next text is a section, a perspektif or the table's end, as
    // in an empty form whose unfilled rows stand between the sections.
    private boolean tableGoesOn(int from, int lastColumn) {
        for (int r = from; r <= view.lastRow(); r++) {
            String rowText = firstText(r, lastColumn);
            if (!rowText.isEmpty()) {
                String label = Labels.withoutNumbering(rowText);
                return endsTable(r, label) || section(label).isPresent()
                        || Permen2022Labels.parsePerspektif(rowText).isPresent();
            }
        }
        return false;
    }

    private static Optional<JenisRhk> section(String label) {
        for (String prefix : List.of("", "hasil kerja ", "rhk ", "kinerja ", "rencana hasil kerja ")) {
            if (Labels.is(label, prefix + "utama")) {
                return Optional.of(JenisRhk.UTAMA);
            }
            if (Labels.is(label, prefix + "tambahan")) {
                return Optional.of(JenisRhk.TAMBAHAN);
            }
        }
        return Optional.empty();
    }

    // A row of column numbers such as "1 | 2 | 3" or "(1) | (2)" under the header.
    private boolean isNumberingRow(int row) {
        String rhkText = Labels.normalize(text(row, Column.RHK));
        String ikiText = Labels.normalize(text(row, Column.IKI));
        return rhkText.matches("[0-9]+") && ikiText.matches("[0-9]+");
    }

    // A merged RHK cell starts its RHK on its first row. A repeated RHK cell starts a new RHK when its text changes
    // or when the NO column shows a new top-level number.
    private boolean startsRhk(int row, String rhkText, String no, @Nullable RhkDraft current) {
        Optional<CellRangeAddress> merged = view.mergedRegion(row, column(Column.RHK))
                .filter(region -> region.getFirstRow() != region.getLastRow());
        if (merged.isPresent()) {
            return merged.get().getFirstRow() == row;
        }
        if (current == null || !rhkText.equals(current.uraian)) {
            return true;
        }
        String top = topNumber(no);
        return !top.isEmpty() && !SUB_NUMBER.matcher(no).matches() && !top.equals(current.no);
    }

    private RhkDraft startRhk(int row, String no, String uraian, JenisRhk jenis, Optional<Perspektif> perspektif) {
        String top = topNumber(no);
        String id = top.isEmpty() ? String.valueOf(rhk.size() + 1) : top;
        if (rhkIds.contains(id) && jenis == JenisRhk.TAMBAHAN) {
            id = "T" + id;
        }
        String unique = id;
        for (int n = 2; rhkIds.contains(unique); n++) {
            unique = id + "-" + n;
        }
        rhkIds.add(unique);
        Optional<String> atasan = columnOf(Column.ATASAN).flatMap(c -> context.text(view.value(row, c)))
                .filter(t -> !t.equals("-"));
        RhkDraft draft = new RhkDraft(unique, top, uraian, jenis, perspektif, atasan);
        rhk.add(draft);
        return draft;
    }

    private static String topNumber(String no) {
        String text = no.strip();
        int dot = text.indexOf('.');
        String top = dot < 0 ? text : text.substring(0, dot);
        return top.matches("[0-9A-Za-z-]+") ? top : "";
    }

    private void readIki(int row, String no, String indikator, RhkDraft owner) {
        Optional<AspekIki> aspek = Optional.empty();
        if (columns.containsKey(Column.ASPEK)) {
            CellValue cell = view.value(row, column(Column.ASPEK));
            Optional<String> text = context.text(cell).filter(t -> !t.equals("-"));
            if (text.isPresent()) {
                aspek = Permen2022Labels.parseAspek(text.get());
                if (aspek.isEmpty()) {
                    context.add("excel.permen2022.aspekUnknown", Severity.ERROR, cell.address(), text.get());
                }
            }
        }
        Optional<IkiTarget> target = target(row, indikator);
        if (target.isEmpty()) {
            return;
        }
        String id = owner.id + "." + (owner.iki.size() + 1);
        if (SUB_NUMBER.matcher(no).matches() && topNumber(no).equals(owner.no)) {
            String written = no.endsWith(".") ? no.substring(0, no.length() - 1) : no;
            id = ikiIds.contains(written) ? id : written;
        }
        for (int n = 2; ikiIds.contains(id); n++) {
            id = owner.id + "." + (owner.iki.size() + n);
        }
        ikiIds.add(id);
        owner.iki.add(Iki.builder().id(id).aspek(aspek).indikator(indikator).target(target.get()).build());
        if (evaluation) {
            readRealisasi(row, id);
        }
    }

    // A target is a number cell, a text such as "12 Dokumen", "80-100 %" or "7,5-8", or a description. In the
    // library's form the satuan is in its own column and a description is merged over both columns.
    private Optional<IkiTarget> target(int row, String indikator) {
        int targetColumn = column(Column.TARGET);
        CellValue cell = view.value(row, targetColumn);
        Optional<Integer> satuanColumn = columnOf(Column.TARGET_SATUAN);
        boolean mergedOverSatuan = satuanColumn.isPresent()
                && view.lastColumnOf(row, targetColumn) >= satuanColumn.get();
        Optional<String> satuan = mergedOverSatuan ? Optional.empty()
                : satuanColumn.flatMap(c -> context.text(view.value(row, c))).filter(s -> !s.equals("-"));
        if (cell.isBlank() || context.text(cell).map(t -> t.equals("-")).orElse(true)) {
            context.add("excel.permen2022.targetMissing", Severity.ERROR, cell.address(), indikator);
            return Optional.empty();
        }
        if (cell.kind() == CellValue.Kind.NUMBER) {
            return context.percent(cell, "target").flatMap(n -> numeric(n, null, satuan, cell));
        }
        String text = context.text(cell).orElse("");
        if (mergedOverSatuan || cell.kind() != CellValue.Kind.TEXT) {
            return Optional.of(IkiTarget.qualitative(text));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            Optional<BigDecimal> lower = number(range.group(1), cell);
            Optional<BigDecimal> upper = number(range.group(2), cell);
            Optional<String> unit = unit(range.group(3)).or(() -> satuan);
            if (lower.isPresent() && upper.isPresent()) {
                return numeric(lower.get(), upper.get(), unit, cell);
            }
        }
        Matcher single = NUMBER_AND_UNIT.matcher(text);
        if (single.matches()) {
            Optional<BigDecimal> value = number(single.group(1), cell);
            if (value.isPresent()) {
                return numeric(value.get(), null, unit(single.group(2)).or(() -> satuan), cell);
            }
        }
        if (satuan.isPresent()) {
            context.add("excel.permen2022.targetNotANumber", Severity.ERROR, cell.address(), text, satuan.get());
        }
        return Optional.of(IkiTarget.qualitative(text));
    }

    private Optional<IkiTarget> numeric(BigDecimal value, @Nullable BigDecimal upper, Optional<String> satuan,
            CellValue cell) {
        try {
            IkiTarget.Builder target = IkiTarget.builder().satuan(satuan);
            if (upper == null) {
                target.kind(TargetKind.VALUE).value(value);
            } else {
                target.kind(TargetKind.RANGE).lower(value).upper(upper);
            }
            return Optional.of(target.build());
        } catch (IllegalArgumentException e) {
            // The core rejects a negative value and a range whose lower end exceeds its upper end.
            context.add("excel.permen2022.targetInvalid", Severity.ERROR, cell.address(),
                    ReadContext.clean(cell.text()));
            return Optional.empty();
        }
    }

    private static Optional<String> unit(String text) {
        String unit = ReadContext.clean(text);
        return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
    }

    private Optional<BigDecimal> number(String text, CellValue cell) {
        ParsedNumber parsed = NumberText.parse(text);
        if (parsed.kind() != ParsedNumber.Kind.NUMBER) {
            return Optional.empty();
        }
        BigDecimal value = ReadContext.normal(parsed.value().orElseThrow());
        if (parsed.isAmbiguous()) {
            context.add("excel.number.ambiguous", Severity.WARNING, cell.address(), text, value.toPlainString(),
                    parsed.alternative().orElseThrow().toPlainString());
        }
        return Optional.of(value);
    }

    private void readRealisasi(int row, String ikiId) {
        Optional<BigDecimal> nilai = Optional.empty();
        Optional<String> satuan = columnOf(Column.REALISASI_SATUAN).flatMap(c -> context.text(view.value(row, c)));
        Optional<String> keterangan = columnOf(Column.KETERANGAN).flatMap(c -> context.text(view.value(row, c)));
        Optional<Integer> valueColumn = columnOf(Column.REALISASI);
        if (valueColumn.isPresent()) {
            CellValue cell = view.value(row, valueColumn.get());
            Matcher withUnit = NUMBER_AND_UNIT.matcher(context.text(cell).orElse(""));
            if (cell.kind() == CellValue.Kind.TEXT && satuan.isEmpty() && withUnit.matches()
                    && !withUnit.group(2).isBlank()) {
                nilai = number(withUnit.group(1), cell);
                satuan = unit(withUnit.group(2));
            } else {
                nilai = context.number(cell, "realisasi");
            }
        }
        List<BuktiDukung> bukti = new ArrayList<>();
        if (columns.containsKey(Column.BUKTI)) {
            for (String line : lines(view.value(row, column(Column.BUKTI)))) {
                int at = line.indexOf(Permen2022Labels.BUKTI_SEPARATOR.strip());
                if (at > 0 && at + 1 < line.length()) {
                    bukti.add(BuktiDukung.of(line.substring(0, at).strip(), line.substring(at + 1).strip()));
                } else {
                    bukti.add(BuktiDukung.of(line));
                }
            }
        }
        if (nilai.isEmpty() && satuan.isEmpty() && keterangan.isEmpty() && bukti.isEmpty()) {
            return;
        }
        try {
            realisasi.add(RealisasiIki.builder().ikiId(ikiId).nilai(nilai).satuan(satuan).keterangan(keterangan)
                    .addAllBuktiDukung(bukti).build());
        } catch (IllegalArgumentException e) {
            // The core rejects a negative realisasi.
            context.add("excel.permen2022.realisasiInvalid", Severity.ERROR,
                    view.address(row, valueColumn.orElse(column(Column.IKI))),
                    nilai.map(BigDecimal::toPlainString).orElse(""));
        }
    }

    // The PERILAKU KERJA table: a header row with EKSPEKTASI KHUSUS PIMPINAN, then one row per core value.
    private void readPerilaku(int from) {
        int last = Math.min(view.lastRow(), from + PERILAKU_ROWS);
        Optional<CellRef> header = HeaderSearch.find(view, from, last,
                t -> Labels.contains(t, "ekspektasi khusus pimpinan"));
        if (header.isEmpty()) {
            return;
        }
        int ekspektasiColumn = header.get().column();
        Optional<CellRef> umpan = evaluation ? HeaderSearch.find(view, header.get().row(), header.get().row(),
                t -> Labels.contains(t, "umpan balik")) : Optional.empty();
        for (int r = header.get().row() + 1; r <= Math.min(view.lastRow(), header.get().row() + PERILAKU_ROWS); r++) {
            Optional<CoreValue> value = Optional.empty();
            for (int c = 0; c < ekspektasiColumn && value.isEmpty(); c++) {
                if (HeaderSearch.isTopLeft(view, r, c)) {
                    value = Permen2022Labels.parseCoreValue(Labels.withoutNumbering(view.text(r, c)));
                }
            }
            if (value.isEmpty()) {
                continue;
            }
            String text = EKSPEKTASI_PREFIX.matcher(view.text(r, ekspektasiColumn)).replaceFirst("");
            String cleaned = ReadContext.clean(text);
            if (!cleaned.isEmpty() && !cleaned.equals("-")) {
                ekspektasi.putIfAbsent(value.get(), cleaned);
            }
            if (umpan.isPresent()) {
                for (String line : lines(view.value(r, umpan.get().column()))) {
                    umpanBalik.add(UmpanBalik.builder().coreValue(value.get()).teks(line).build());
                }
            }
        }
    }

    private void readGeneralUmpanBalik(int from) {
        Optional<CellRef> label = find(from, t -> Labels.is(t, "umpan balik umum"));
        if (label.isPresent()) {
            Optional<CellValue> value = rightOf(label.get().row(), label.get().column());
            value.ifPresent(v -> lines(v).forEach(line -> umpanBalik.add(UmpanBalik.builder().teks(line).build())));
        }
    }

    // The value right of a label, or after a colon in the label's own cell, as in "RATING HASIL KERJA : SESUAI".
    private Optional<CellValue> valueOfLabel(int from, String label) {
        Optional<CellRef> at = find(from, t -> Labels.startsWith(Labels.withoutNumbering(t), label));
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Optional<CellValue> right = rightOf(at.get().row(), at.get().column());
        CellValue own = view.value(at.get().row(), at.get().column());
        int colon = own.text().indexOf(':');
        if (right.isPresent() || colon < 0 || own.text().substring(colon + 1).isBlank()) {
            return right;
        }
        return Optional.of(CellValue.text(own.address(), own.text().substring(colon + 1), null));
    }

    private Optional<CellRef> find(int from, Predicate<String> matches) {
        return HeaderSearch.find(view, from, view.lastRow(), matches);
    }

    private Optional<CellValue> rightOf(int row, int column) {
        int last = Math.min(Math.max(view.lastColumn(row), column), HeaderSearch.COLUMNS - 1);
        for (int c = view.lastColumnOf(row, column) + 1; c <= last; c++) {
            CellValue value = view.value(row, c);
            if (!value.isBlank() && !Labels.normalize(value.text()).isEmpty()) {
                return Optional.of(value);
            }
            if (!value.isBlank() || value.formula().isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A label found above the table, with the text of its cell and the cells right of it. */
    private record Labelled(String text, String location) {}

    // The first label cell above the table that starts with the words; "periode" alone does not match a
    // "Periode Penilaian" or "Periode SKP" label.
    private Optional<Labelled> labelled(int from, int headerRow, String label) {
        Optional<CellRef> at = HeaderSearch.find(view, from, headerRow - 1, t -> {
            String text = Labels.withoutNumbering(t);
            if (!Labels.startsWith(text, label)) {
                return false;
            }
            return !label.equals("periode") || !(Labels.startsWith(text, "periode penilaian")
                    || Labels.startsWith(text, "periode skp"));
        });
        if (at.isEmpty()) {
            return Optional.empty();
        }
        int row = at.get().row();
        StringBuilder text = new StringBuilder(view.text(row, at.get().column()));
        int last = Math.min(Math.max(view.lastColumn(row), at.get().column()), HeaderSearch.COLUMNS - 1);
        for (int c = view.lastColumnOf(row, at.get().column()) + 1; c <= last; c++) {
            if (HeaderSearch.isTopLeft(view, row, c)) {
                text.append(' ').append(view.text(row, c));
            }
        }
        return Optional.of(new Labelled(ReadContext.clean(text.toString()), view.address(row, at.get().column())));
    }

    private static Optional<AssessmentPeriod> period(String text) {
        Optional<List<LocalDate>> dates = IndonesianDates.period(TAHUN.matcher(text).replaceAll(" "));
        return dates.map(d -> AssessmentPeriod.of(d.get(0), d.get(1)));
    }

    private Optional<JenisPeriode> jenisPeriode(Labelled label) {
        String value = label.text().replaceFirst("(?i)^\\s*jenis\\s+periode\\s*:?", "").strip();
        Optional<JenisPeriode> jenis = Permen2022Labels.parseJenisPeriode(value);
        if (jenis.isEmpty() && !value.isEmpty()) {
            context.add("excel.permen2022.jenisPeriodeUnknown", Severity.WARNING, label.location(), value);
        }
        return jenis;
    }

    private Optional<String> instansi(int headerRow) {
        Optional<CellRef> title = HeaderSearch.find(view, 0, headerRow - 1,
                t -> Labels.contains(t, "sasaran kinerja pegawai") || Labels.contains(t, "evaluasi kinerja pegawai"));
        if (title.isEmpty()) {
            return Optional.empty();
        }
        for (int r = 0; r < title.get().row(); r++) {
            String text = firstText(r, HeaderSearch.COLUMNS - 1);
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private Map<IdentityBlock.Field, CellValue> identityBlock(int headerRow, String caption) {
        Map<IdentityBlock.Field, CellValue> block = new EnumMap<>(IdentityBlock.Field.class);
        Optional<CellRef> at = HeaderSearch.find(view, 0, headerRow - 1, t -> {
            String text = Labels.withoutNumbering(t);
            return caption.startsWith("atasan") ? Labels.startsWith(text, caption)
                    : Labels.startsWith(text, caption) && !Labels.contains(text, "atasan");
        });
        if (at.isEmpty()) {
            return block;
        }
        int captionColumn = at.get().column();
        int lastColumn = view.lastColumnOf(at.get().row(), captionColumn);
        if (lastColumn == captionColumn) {
            lastColumn = HeaderSearch.COLUMNS - 1;
        }
        // The NO column of a block is left of its caption, so labels are searched from there.
        int firstColumn = Math.max(0, captionColumn - 1);
        for (int r = at.get().row() + 1; r <= Math.min(headerRow - 1, at.get().row() + IDENTITY_ROWS); r++) {
            for (int c = firstColumn; c <= Math.min(lastColumn, view.lastColumn(r)); c++) {
                if (!HeaderSearch.isTopLeft(view, r, c)) {
                    continue;
                }
                Optional<IdentityBlock.Field> field = IdentityBlock.field(Labels.withoutNumbering(view.text(r, c)));
                if (field.isPresent()) {
                    IdentityBlock.valueRightOf(view, r, c, lastColumn)
                            .ifPresent(value -> block.putIfAbsent(field.get(), value));
                    break;
                }
            }
        }
        return block;
    }

    // The e-Kinerja print may keep the apostrophe that marked a NIP as text, so it is dropped before parsing.
    private Optional<Person> person(Map<IdentityBlock.Field, CellValue> block) {
        Optional<String> name = IdentityBlock.text(block, IdentityBlock.Field.NAMA, context);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Map<IdentityBlock.Field, CellValue> others = new EnumMap<>(block);
        CellValue nip = others.remove(IdentityBlock.Field.NIP);
        Person.Builder person = IdentityBlock.person(name.get(), others, context);
        Optional.ofNullable(nip).ifPresent(cell -> context.labelValue(cell).map(BknReportParser::withoutApostrophe)
                .flatMap(text -> context.nip(cell, text)).ifPresent(person::nip));
        return Optional.of(person.build());
    }

    // The non-blank lines of a cell, each with its white space collapsed: one umpan balik or bukti per line.
    private static List<String> lines(CellValue value) {
        if (value.kind() != CellValue.Kind.TEXT) {
            return List.of();
        }
        return value.text().lines().map(ReadContext::clean).filter(line -> !line.isEmpty() && !line.equals("-"))
                .toList();
    }

    private String firstText(int row, int lastColumn) {
        for (int c = 0; c <= Math.min(lastColumn, Math.max(view.lastColumn(row), 0)); c++) {
            String text = ReadContext.clean(view.text(row, c));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private String text(int row, Column column) {
        return columnOf(column).flatMap(c -> context.text(view.value(row, c))).orElse("");
    }

    private int column(Column column) {
        return columnOf(column).orElseThrow();
    }

    private Optional<Integer> columnOf(Column column) {
        return Optional.ofNullable(columns.get(column));
    }
}
