package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.InvalidSkpException;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.pp46.calc.Nilai;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads PP 46/2011 SKP workbooks: the evaluation form (Penilaian Capaian SKP) and the plan (Formulir SKP).
 *
 * <p>The SKP sheet is found by its headers ({@code Kegiatan Tugas Jabatan} with {@code TARGET}); the pegawai from
 * the block {@code PEGAWAI NEGERI SIPIL YANG DINILAI} or from loose labels such as {@code Nama Arsiparis}; the
 * period from {@code Jangka Waktu Penilaian}. Kegiatan follow under {@code Tugas Utama} or directly under the
 * header, tugas tambahan under {@code Tugas Tambahan} and kreativitas under {@code Kreativitas}, whose value (3, 6
 * or 12) gives the reach of its benefit. A summary sheet with the perilaku aspects (like the former DP3 page)
 * adds the {@link PerilakuKerja}; aspect labels match with small typos ({@code Displin}, {@code Kerjasama}), and a
 * dash means the aspect is not rated.
 *
 * <p>An evaluation form is scored with the core {@link Pp46Scorer}; each value the workbook shows (penghitungan
 * and nilai capaian per kegiatan, tugas tambahan, kreativitas, Nilai Capaian SKP and its category, Nilai Perilaku
 * Kerja, Nilai Prestasi Kerja) is compared with the computed one, and each difference of more than 0.005 is a
 * warning, because forms show values rounded to two decimals. When the validation finds errors in single kegiatan
 * rows only, such as a target kualitas above 100, those kegiatan are left out of the score with an error at their
 * row, and the score covers the other kegiatan. Validation findings carry the cell of the value, such as
 * {@code SKP!F15}, instead of a JSON Pointer into the model.
 *
 * <pre>{@code
 * Pp46ReadResult result = Pp46WorkbookReader.standard().read(Path.of("skp-2020.xlsx"));
 * result.score().map(Pp46Result::nilaiCapaianSkp);   // computed by the core scorer
 * result.shown().nilaiCapaianSkp();                  // as the workbook shows it
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each read opens its own workbook.
 */
public final class Pp46WorkbookReader {

    /** The largest difference between a shown and a computed value that is not reported: half a cent of a score. */
    static final BigDecimal SHOWN_VALUE_TOLERANCE = new BigDecimal("0.005");

    private static final Pp46WorkbookReader STANDARD = new Pp46WorkbookReader(Pp46Scorer.defaults(), null);

    private final Pp46Scorer scorer;
    @Nullable private final AssessmentPeriod defaultPeriod;

    private Pp46WorkbookReader(Pp46Scorer scorer, @Nullable AssessmentPeriod defaultPeriod) {
        this.scorer = scorer;
        this.defaultPeriod = defaultPeriod;
    }

    /** Returns the reader that scores with {@link Pp46Scorer#defaults()} and has no default period. */
    public static Pp46WorkbookReader standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this reader that scores with the given scorer.
     *
     * @param scorer  the scorer, not null
     * @return the reader, not null
     */
    public Pp46WorkbookReader withScorer(Pp46Scorer scorer) {
        return new Pp46WorkbookReader(Objects.requireNonNull(scorer, "scorer"), defaultPeriod);
    }

    /**
     * Returns a copy of this reader that uses the given period for workbooks that do not state one, as a Formulir
     * SKP often does not.
     *
     * @param period  the period, not null
     * @return the reader, not null
     */
    public Pp46WorkbookReader withDefaultPeriod(AssessmentPeriod period) {
        return new Pp46WorkbookReader(scorer, Objects.requireNonNull(period, "period"));
    }

    /**
     * Reads a PP 46 workbook file.
     *
     * @param path  the .xls or .xlsx file, not null
     * @return the SKP, the shown values, the score and the report, not null
     * @throws WorkbookReadException if the file cannot be opened, or the form has no kegiatan, no pegawai name or
     *     no period
     * @throws UnsupportedLayoutException if no sheet is a PP 46 SKP form
     */
    public Pp46ReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return Workbooks.read(path, this::read);
    }

    /**
     * Reads a PP 46 workbook from a stream, which stays open.
     *
     * @param in  the workbook content, not null
     * @param fileName  the name of the file, for messages, not null
     * @return the SKP, the shown values, the score and the report, not null
     * @throws WorkbookReadException if the content cannot be opened, or the form has no kegiatan, no pegawai
     *     name or no period
     * @throws UnsupportedLayoutException if no sheet is a PP 46 SKP form
     */
    public Pp46ReadResult read(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return Workbooks.read(in, fileName, this::read);
    }

    /** Reads an open workbook, which the caller closes. */
    Pp46ReadResult read(Workbook workbook, String fileName) {
        ReadContext context = new ReadContext(fileName, workbook);
        SheetView skpSheet = skpSheet(workbook, context)
                .orElseThrow(() -> new UnsupportedLayoutException(fileName, LayoutDetector.sheetNames(workbook),
                        LayoutDetector.EXPECTED_HEADERS.subList(0, 1)));
        WorkbookLayout layout = LayoutDetector.isPp46Evaluation(skpSheet) ? WorkbookLayout.PP46_PENILAIAN_SKP
                : WorkbookLayout.PP46_FORMULIR_SKP;
        Pp46SheetParser.Parsed parsed = Pp46SheetParser.parse(skpSheet, context, Optional.ofNullable(defaultPeriod));

        Map<String, String> cells = new HashMap<>(parsed.cells());
        Summary summary = readSummary(workbook, context);
        summary.perilaku().ifPresent(parsed.skp()::perilaku);
        summary.cells().forEach(cells::putIfAbsent);
        SkpPp46 skp = parsed.skp().build();
        OtherForms.reportPp46(workbook, skpSheet, layout, skp.pegawai(), context);
        Pp46ShownValues shown = new Pp46ShownValues(parsed.shown().kegiatan(),
                parsed.shown().tugasTambahan().orElse(null), parsed.shown().kreativitas().orElse(null),
                parsed.shown().nilaiCapaianSkp().orElse(null), parsed.shown().kategoriCapaianSkp().orElse(null),
                summary.nilaiPerilaku(), summary.nilaiPrestasiKerja());

        Pp46Result score = null;
        if (layout == WorkbookLayout.PP46_PENILAIAN_SKP) {
            score = score(skp, shown, cells, context);
        } else {
            context.addAll(ModelCells.locate(scorer.validate(skp), cells));
        }
        return new Pp46ReadResult(fileName, layout, skp, shown, score, context.report());
    }

    /**
     * Scores an evaluation. When validation errors concern single kegiatan only (a target value that is not a
     * number, a target kualitas above 100), the other kegiatan are scored, so that the result stays an evaluation.
     * Each kegiatan left out gets an error at its row, and the totals are not compared with the shown ones.
     */
    @Nullable
    private Pp46Result score(SkpPp46 skp, Pp46ShownValues shown, Map<String, String> cells, ReadContext context) {
        try {
            Pp46Result score = scorer.score(skp);
            context.addAll(ModelCells.locate(score.report(), cells));
            compare(score, allIndices(skp), shown, true, context);
            return score;
        } catch (InvalidSkpException e) {
            context.addAll(ModelCells.locate(e.report(), cells));
            Optional<Set<Integer>> invalid = ModelCells.invalidKegiatan(e.report());
            if (invalid.isEmpty() || invalid.get().size() >= skp.kegiatan().size()) {
                return null;
            }
            List<Integer> scored = new ArrayList<>();
            SkpPp46.Builder valid = SkpPp46.builder().from(skp).kegiatan(List.of());
            for (int i = 0; i < skp.kegiatan().size(); i++) {
                if (invalid.get().contains(i)) {
                    context.add("excel.pp46.kegiatanNotScored", Severity.ERROR,
                            cells.getOrDefault("/kegiatan/" + i, ""), i + 1, skp.kegiatan().get(i).name(),
                            skp.kegiatan().size() - invalid.get().size());
                } else {
                    valid.addKegiatan(skp.kegiatan().get(i));
                    scored.add(i);
                }
            }
            try {
                Pp46Result score = scorer.score(valid.build());
                compare(score, scored, shown, false, context);
                return score;
            } catch (InvalidSkpException again) {
                // Not expected, because every error concerned a kegiatan that was left out. The errors are reported.
                return null;
            }
        }
    }

    private static List<Integer> allIndices(SkpPp46 skp) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < skp.kegiatan().size(); i++) {
            indices.add(i);
        }
        return indices;
    }

    private static Optional<SheetView> skpSheet(Workbook workbook, ReadContext context) {
        SheetView hiddenMatch = null;
        SheetView planMatch = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            if (!LayoutDetector.isPp46(view)) {
                continue;
            }
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                hiddenMatch = hiddenMatch == null ? view : hiddenMatch;
            } else if (LayoutDetector.isPp46Evaluation(view)) {
                return Optional.of(view);
            } else {
                planMatch = planMatch == null ? view : planMatch;
            }
        }
        if (planMatch != null) {
            return Optional.of(planMatch);
        }
        if (hiddenMatch != null) {
            context.add("excel.sheet.hidden", Severity.WARNING, hiddenMatch.name() + "!A1", hiddenMatch.name());
        }
        return Optional.ofNullable(hiddenMatch);
    }

    /** The perilaku kerja and the totals of a summary sheet, with the cell of each aspect by its JSON Pointer. */
    private record Summary(Optional<PerilakuKerja> perilaku, @Nullable FormValue nilaiPerilaku,
            @Nullable FormValue nilaiPrestasiKerja, Map<String, String> cells) {}

    private static final Map<AspekPerilaku, String> ASPECT_LABELS = Map.of(
            AspekPerilaku.ORIENTASI_PELAYANAN, "orientasi pelayanan",
            AspekPerilaku.INTEGRITAS, "integritas",
            AspekPerilaku.KOMITMEN, "komitmen",
            AspekPerilaku.DISIPLIN, "disiplin",
            AspekPerilaku.KERJA_SAMA, "kerja sama",
            AspekPerilaku.KEPEMIMPINAN, "kepemimpinan");

    // Finds aspect labels such as "1. Orientasi Pelayanan" on any sheet and reads the first value to their right.
    private static Summary readSummary(Workbook workbook, ReadContext context) {
        Map<AspekPerilaku, BigDecimal> scores = new EnumMap<>(AspekPerilaku.class);
        Map<String, String> cells = new HashMap<>();
        FormValue nilaiPerilaku = null;
        FormValue nilaiPrestasi = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            if (HeaderSearch.find(view, t -> Labels.contains(t, "perilaku kerja")).isEmpty()) {
                continue;
            }
            for (int r = 0; r <= Math.min(view.lastRow(), HeaderSearch.ROWS); r++) {
                for (int c = 0; c <= Math.min(view.lastColumn(r), HeaderSearch.COLUMNS - 1); c++) {
                    if (!HeaderSearch.isTopLeft(view, r, c)) {
                        continue;
                    }
                    String label = Labels.withoutNumbering(view.text(r, c));
                    for (Map.Entry<AspekPerilaku, String> aspect : ASPECT_LABELS.entrySet()) {
                        if (Labels.is(label, aspect.getValue()) && !scores.containsKey(aspect.getKey())) {
                            summaryValue(view, r, c, context).ifPresent(v -> {
                                scores.put(aspect.getKey(), v.value());
                                cells.put("/perilaku/" + aspect.getKey().name(), v.location());
                                cells.putIfAbsent("/perilaku", v.location());
                            });
                        }
                    }
                    if (Labels.is(label, "nilai perilaku kerja") && nilaiPerilaku == null) {
                        nilaiPerilaku = summaryValue(view, r, c, context).orElse(null);
                    }
                    if (Labels.is(label, "nilai prestasi kerja") && nilaiPrestasi == null) {
                        nilaiPrestasi = summaryValue(view, r, c, context).orElse(null);
                    }
                }
            }
        }
        Optional<PerilakuKerja> perilaku = scores.isEmpty() ? Optional.empty() : Optional.of(PerilakuKerja.of(scores));
        return new Summary(perilaku, nilaiPerilaku, nilaiPrestasi, Map.copyOf(cells));
    }

    // The first non-blank cell right of a label: a number, a dash (not rated) or a stale text formula.
    private static Optional<FormValue> summaryValue(SheetView view, int row, int column, ReadContext context) {
        int last = Math.min(Math.max(view.lastColumn(row), column), HeaderSearch.COLUMNS - 1);
        for (int c = view.lastColumnOf(row, column) + 1; c <= last; c++) {
            CellValue value = view.value(row, c);
            if (value.isBlank()) {
                continue;
            }
            if (value.kind() == CellValue.Kind.NUMBER && value.formula().map(f -> f.contains("\"")).orElse(false)) {
                context.add("excel.cell.cachedNumberForText", Severity.WARNING, value.address(),
                        value.formula().get(), value.text());
                return Optional.empty();
            }
            if (value.kind() == CellValue.Kind.TEXT && Labels.normalize(value.text()).isEmpty()) {
                return Optional.empty();
            }
            return context.number(value, Labels.normalize(view.text(row, column)))
                    .map(n -> FormValue.of(n, value.address()));
        }
        return Optional.empty();
    }

    // Compares the shown values with the computed ones. The list scored contains the index in the model of each
    // scored kegiatan, and the totals are compared only when every kegiatan was scored.
    private static void compare(Pp46Result score, List<Integer> scored, Pp46ShownValues shown, boolean totals,
            ReadContext context) {
        for (int i = 0; i < Math.min(score.kegiatan().size(), scored.size()); i++) {
            KegiatanResult computed = score.kegiatan().get(i);
            int index = scored.get(i);
            if (index >= shown.kegiatan().size()) {
                break;
            }
            Pp46ShownValues.Kegiatan form = shown.kegiatan().get(index);
            compare("penghitungan \"" + computed.name() + "\"", form.penghitungan(), computed.penghitungan(),
                    context);
            compare("nilai capaian \"" + computed.name() + "\"", form.nilaiCapaian(), computed.value(), context);
        }
        if (!totals) {
            return;
        }
        compare("tugas tambahan", shown.tugasTambahan(), score.capaianSkp().tugasTambahan(), context);
        compare("kreativitas", shown.kreativitas(), score.capaianSkp().kreativitas(), context);
        compare("Nilai Capaian SKP", shown.nilaiCapaianSkp(), score.nilaiCapaianSkp().exact(), context);
        shown.kategoriCapaianSkp().ifPresent(text -> compareKategori(text, score.nilaiCapaianSkp(),
                shown.nilaiCapaianSkp().map(FormValue::location).orElse(""), context));
        score.nilaiPerilaku().ifPresent(n -> compare("Nilai Perilaku Kerja", shown.nilaiPerilaku(), n.exact(),
                context));
        score.nilaiPrestasiKerja().ifPresent(n -> compare("Nilai Prestasi Kerja", shown.nilaiPrestasiKerja(),
                n.exact(), context));
    }

    private static void compare(String name, Optional<FormValue> shown, BigDecimal computed, ReadContext context) {
        if (shown.isPresent()
                && shown.get().value().subtract(computed).abs().compareTo(SHOWN_VALUE_TOLERANCE) > 0) {
            context.add("excel.pp46.shownDiffers", Severity.WARNING, shown.get().location(), name,
                    shown.get().value().toPlainString(), display(computed));
        }
    }

    private static void compareKategori(String text, Nilai computed, String location, ReadContext context) {
        String label = Labels.normalize(text);
        Optional<KategoriPp46> kategori = Optional.empty();
        try {
            kategori = Optional.of(KategoriPp46.fromLabel(label));
        } catch (IllegalArgumentException e) {
            // An unknown word is reported below like a wrong category.
        }
        if (kategori.isEmpty() || kategori.get() != computed.kategori()) {
            context.add("excel.pp46.categoryDiffers", Severity.WARNING, location, text, "Nilai Capaian SKP",
                    computed.rounded().toPlainString(), computed.kategori().label());
        }
    }

    private static String display(BigDecimal value) {
        BigDecimal shortened = value.scale() > 6 ? value.setScale(6, RoundingMode.HALF_UP) : value;
        return shortened.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return "Pp46WorkbookReader[" + scorer + ", defaultPeriod=" + defaultPeriod + "]";
    }
}
