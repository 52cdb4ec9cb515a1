package io.github.kinerja.excel;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.JenisPeriode;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.permen2022.UmpanBalik;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.Labels;
import io.github.kinerja.excel.internal.Permen2022Labels;
import io.github.kinerja.excel.internal.SheetView;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the documents of PermenPANRB 6/2022: the SKP (Sasaran Kinerja Pegawai) and the evaluation document, as
 * {@link io.github.kinerja.excel.write.Permen2022FormWriter} writes them and as the BKN e-Kinerja application prints
 * the SKP.
 *
 * <p>The sheet is found by its headers ({@code RENCANA HASIL KERJA} with {@code INDIKATOR KINERJA INDIVIDU}); every
 * column by its header text, whatever its position, letter case or extra columns around it. RHK cells may be
 * merged over their IKI rows or repeated on each. A new RHK starts where a merged cell starts, or where a repeated
 * text changes or the NO column starts a new top-level number. The NO of the RHK becomes its id (a repeated number
 * in {@code B. Tambahan} gets the prefix {@code T}); an IKI keeps a number such as {@code 1.2} written in its row,
 * and is numbered {@code <RHK id>.<n>} otherwise. A target is a number cell with the satuan in the next column, or
 * a text such as {@code 12 Dokumen}, {@code 80-100 %} or {@code 7,5-8}, or a qualitative description. The Lampiran
 * is read from any sheet with the title {@code LAMPIRAN SASARAN KINERJA PEGAWAI}. Blank rows end the table and the
 * Lampiran unless a section follows them, so a filled template with unfilled rows between its sections reads whole.
 *
 * <p>The forms do not print the SKP id, the plan status or the unit id: the id is made up from the NIP (or the
 * name) and the start of the period, the status is the default and the unit id is empty. The column
 * {@code RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI} contains text, while the model links an RHK to the superior's
 * RHK by ids: the link is set when the text is the uraian of an RHK of a superior SKP given with
 * {@link #withAtasanSkp(Skp)}, or has the form {@code skpId/rhkId}; the text itself is always in
 * {@link Permen2022ReadResult#rhkAtasanTexts()}.
 *
 * <p>An evaluation is scored with the reader's {@link Permen2022Scorer} when its ratings are set, and a predikat the
 * workbook shows that differs from the scorer's is a warning. Bad values (an unknown aspek, text in a numeric
 * target, a missing target, an unknown rating) are findings that name the cell; a missing table column, pegawai or
 * period is a {@link WorkbookReadException}.
 *
 * <pre>{@code
 * Permen2022ReadResult result = Permen2022WorkbookReader.standard().read(Path.of("skp-2023.xlsx"));
 * result.skp().rhk();
 * result.report().render(Locale.forLanguageTag("id"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each read opens its own workbook.
 */
public final class Permen2022WorkbookReader {

    private static final Permen2022WorkbookReader STANDARD =
            new Permen2022WorkbookReader(Permen2022Scorer.standard(), List.of());
    private static final int LAMPIRAN_COLUMNS = 8;
    private static final int BLANK_ROWS_ENDING_LAMPIRAN = 3;

    private final Permen2022Scorer scorer;
    private final List<Skp> atasanSkp;

    private Permen2022WorkbookReader(Permen2022Scorer scorer, List<Skp> atasanSkp) {
        this.scorer = scorer;
        this.atasanSkp = List.copyOf(atasanSkp);
    }

    /** Returns the reader that scores with {@link Permen2022Scorer#standard()} and has no superior SKP. */
    public static Permen2022WorkbookReader standard() {
        return STANDARD;
    }

    /**
     * Returns a copy of this reader that scores evaluations with the given scorer.
     *
     * @param scorer  the scorer, not null
     * @return the reader, not null
     */
    public Permen2022WorkbookReader withScorer(Permen2022Scorer scorer) {
        return new Permen2022WorkbookReader(Objects.requireNonNull(scorer, "scorer"), atasanSkp);
    }

    /**
     * Returns a copy of this reader that resolves RHK atasan texts against a superior's SKP: an RHK whose RHK atasan
     * yang diintervensi is the uraian of one of that SKP's RHK links to that RHK.
     *
     * @param skp  the superior's SKP, not null
     * @return the reader, not null
     */
    public Permen2022WorkbookReader withAtasanSkp(Skp skp) {
        Objects.requireNonNull(skp, "skp");
        List<Skp> all = new ArrayList<>(atasanSkp);
        all.add(skp);
        return new Permen2022WorkbookReader(scorer, all);
    }

    /**
     * Reads a PermenPANRB 6/2022 workbook file.
     *
     * @param path  the .xls or .xlsx file, not null
     * @return the SKP, the evaluation if the document is one, and the report, not null
     * @throws WorkbookReadException if the file cannot be opened, or the form lacks a table column, RHK, the
     *     pegawai or the period
     * @throws UnsupportedLayoutException if no sheet contains a PermenPANRB 6/2022 plan table
     */
    public Permen2022ReadResult read(Path path) {
        Objects.requireNonNull(path, "path");
        return Workbooks.read(path, this::read);
    }

    /**
     * Reads a PermenPANRB 6/2022 workbook from a stream, which stays open.
     *
     * @param in  the workbook content, not null
     * @param fileName  the name of the file, for messages, not null
     * @return the SKP, the evaluation if the document is one, and the report, not null
     * @throws WorkbookReadException if the content cannot be opened, or the form lacks a table column, RHK, the
     *     pegawai or the period
     * @throws UnsupportedLayoutException if no sheet contains a PermenPANRB 6/2022 plan table
     */
    public Permen2022ReadResult read(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return Workbooks.read(in, fileName, this::read);
    }

    /** Reads an open workbook, which the caller closes. */
    Permen2022ReadResult read(Workbook workbook, String fileName) {
        ReadContext context = new ReadContext(fileName);
        SheetView sheet = planSheet(workbook, context).orElseThrow(() -> new UnsupportedLayoutException(fileName,
                LayoutDetector.sheetNames(workbook), List.of(LayoutDetector.PERMEN2022_HEADERS)));
        boolean evaluation = Permen2022SheetParser.isEvaluation(sheet);
        Permen2022SheetParser.Parsed parsed = Permen2022SheetParser.parse(sheet, context, evaluation);

        Map<String, String> atasanTexts = new LinkedHashMap<>();
        Skp.Builder skp = Skp.builder()
                .id(skpId(parsed.pegawai(), parsed.skpPeriod()))
                .model(parsed.jpt() ? ModelSkp.JPT : ModelSkp.JA_JF)
                .periode(parsed.skpPeriod())
                .pegawai(parsed.pegawai())
                .pejabatPenilai(parsed.pejabatPenilai())
                .atasanPejabatPenilai(parsed.atasanPejabatPenilai())
                .putAllEkspektasiKhususPimpinan(parsed.ekspektasi())
                .addAllLampiran(lampiran(workbook));
        for (Permen2022SheetParser.RhkDraft draft : parsed.rhk()) {
            draft.atasanText.ifPresent(text -> atasanTexts.put(draft.id, text));
            skp.addRhk(Rhk.builder()
                    .id(draft.id)
                    .jenis(draft.jenis)
                    .uraian(draft.uraian)
                    .rhkAtasan(draft.atasanText.flatMap(this::reference))
                    .perspektif(parsed.jpt() ? draft.perspektif : Optional.empty())
                    .addAllIki(draft.iki)
                    .build());
        }
        Skp built = skp.build();
        if (!evaluation) {
            return new Permen2022ReadResult(fileName, WorkbookLayout.PERMEN2022_SKP, built, null, null, null,
                    parsed.instansi().orElse(null), atasanTexts, context.report());
        }

        Evaluasi.Builder evaluasi = Evaluasi.builder()
                .skpId(built.id())
                .periode(periode(parsed, context))
                .addAllRealisasi(parsed.realisasi());
        for (Permen2022SheetParser.RhkDraft draft : parsed.rhk()) {
            draft.umpanBalik.forEach(teks -> evaluasi.addUmpanBalik(UmpanBalik.builder().rhkId(draft.id).teks(teks)
                    .build()));
        }
        evaluasi.addAllUmpanBalik(parsed.umpanBalik());
        Optional<PredikatOrganisasi> unit = parsed.predikatOrganisasi().flatMap(cell -> predikatOrganisasi(cell,
                context));
        // A unit leader's rating hasil kerja follows from the unit's predikat, so the printed one is not an input.
        if (unit.isEmpty()) {
            parsed.ratingHasilKerja().flatMap(cell -> rating(cell, context)).ifPresent(evaluasi::ratingHasilKerja);
        }
        parsed.ratingPerilaku().flatMap(cell -> rating(cell, context)).ifPresent(evaluasi::ratingPerilaku);
        Evaluasi evaluated = evaluasi.build();
        PenilaianPegawai penilaian = PenilaianPegawai.builder().skp(built).evaluasi(evaluated)
                .predikatUnitDipimpin(unit).build();

        HasilPenilaianPegawai hasil = null;
        boolean scorable = (unit.isPresent() || evaluated.ratingHasilKerja().isPresent())
                && evaluated.ratingPerilaku().isPresent();
        if (scorable) {
            hasil = scorer.score(penilaian);
        }
        Optional<String> shown = parsed.predikat().flatMap(context::text);
        if (hasil != null && shown.isPresent()) {
            comparePredikat(shown.get(), parsed.predikat().orElseThrow().address(), hasil, context);
        }
        return new Permen2022ReadResult(fileName, WorkbookLayout.PERMEN2022_EVALUASI, built, penilaian, hasil,
                shown.orElse(null), parsed.instansi().orElse(null), atasanTexts, context.report());
    }

    private static Optional<SheetView> planSheet(Workbook workbook, ReadContext context) {
        SheetView hiddenMatch = null;
        SheetView planMatch = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            if (!Permen2022SheetParser.matches(view)) {
                continue;
            }
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                hiddenMatch = hiddenMatch == null ? view : hiddenMatch;
            } else if (Permen2022SheetParser.isEvaluation(view)) {
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

    private static String skpId(Person pegawai, AssessmentPeriod period) {
        String who = pegawai.nip().map(nip -> nip.digits())
                .orElse(Labels.normalize(pegawai.name()).replace(' ', '-'));
        return "SKP-" + (who.isEmpty() ? "pegawai" : who) + "-" + period.start();
    }

    private Optional<RhkReference> reference(String text) {
        String normal = Labels.normalize(text);
        for (Skp skp : atasanSkp) {
            for (Rhk rhk : skp.rhk()) {
                if (Labels.normalize(rhk.uraian()).equals(normal)) {
                    return Optional.of(RhkReference.of(skp.id(), rhk.id()));
                }
            }
        }
        int slash = text.lastIndexOf('/');
        if (slash > 0 && slash < text.length() - 1 && text.chars().noneMatch(Character::isWhitespace)) {
            return Optional.of(RhkReference.of(text.substring(0, slash), text.substring(slash + 1)));
        }
        return Optional.empty();
    }

    // The printed kind of period when it fits the dates, else the kind the dates show.
    private static PeriodeEvaluasi periode(Permen2022SheetParser.Parsed parsed, ReadContext context) {
        AssessmentPeriod range = parsed.evaluasiRange().orElseThrow();
        JenisPeriode jenis = parsed.jenisPeriode().orElseGet(() -> inferred(range));
        try {
            return PeriodeEvaluasi.of(jenis, range);
        } catch (IllegalArgumentException e) {
            context.add("excel.permen2022.jenisPeriodeDiffers", Severity.WARNING, parsed.periodLocation(),
                    Permen2022Labels.jenisPeriode(jenis), range);
            return PeriodeEvaluasi.custom(range);
        }
    }

    private static JenisPeriode inferred(AssessmentPeriod range) {
        LocalDate start = range.start();
        YearMonth month = YearMonth.from(start);
        if (start.getDayOfMonth() == 1 && range.end().equals(month.atEndOfMonth())) {
            return JenisPeriode.BULANAN;
        }
        if (start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0
                && range.end().equals(month.plusMonths(2).atEndOfMonth())) {
            return JenisPeriode.TRIWULANAN;
        }
        return range.start().getYear() == range.end().getYear() && range.months() >= 12 ? JenisPeriode.TAHUNAN
                : JenisPeriode.CUSTOM;
    }

    private static Optional<Rating> rating(CellValue cell, ReadContext context) {
        Optional<String> text = context.text(cell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rating> rating = BknReportParser.parseRating(text.get());
        if (rating.isEmpty()) {
            context.add("excel.rating.invalid", Severity.ERROR, cell.address(), text.get());
        }
        return rating;
    }

    private static Optional<PredikatOrganisasi> predikatOrganisasi(CellValue cell, ReadContext context) {
        Optional<String> text = context.text(cell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PredikatOrganisasi> predikat = Permen2022Labels.parsePredikatOrganisasi(text.get());
        if (predikat.isEmpty()) {
            context.add("excel.permen2022.predikatOrganisasiInvalid", Severity.ERROR, cell.address(), text.get());
        }
        return predikat;
    }

    private static void comparePredikat(String shown, String location, HasilPenilaianPegawai hasil,
            ReadContext context) {
        Optional<PredikatPegawai> predikat = BknReportParser.parsePredikat(shown);
        if (predikat.isEmpty()) {
            context.add("excel.predikat.invalid", Severity.WARNING, location, shown);
        } else if (predikat.get() != hasil.predikat()) {
            context.add("excel.recap.predikatDiffers", Severity.WARNING, location,
                    hasil.input().skp().pegawai().name(), shown, hasil.predikat().label(),
                    hasil.ratingHasilKerja().label(), hasil.ratingPerilaku().label());
        }
    }

    // The Lampiran: section titles (Dukungan Sumber Daya, Skema Pertanggungjawaban, Konsekuensi) and the entries
    // under each, from the first sheet with the title LAMPIRAN SASARAN KINERJA PEGAWAI.
    private static List<LampiranItem> lampiran(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            SheetView view = new SheetView(workbook.getSheetAt(i));
            Optional<CellRef> title = HeaderSearch.find(view, 0, view.lastRow(),
                    t -> Labels.contains(t, "lampiran sasaran kinerja pegawai"));
            if (title.isPresent()) {
                return lampiran(view, title.get().row() + 1);
            }
        }
        return List.of();
    }

    private static List<LampiranItem> lampiran(SheetView view, int firstRow) {
        List<LampiranItem> items = new ArrayList<>();
        LampiranSkp section = null;
        int blankRun = 0;
        for (int r = firstRow; r <= view.lastRow(); r++) {
            List<String> texts = new ArrayList<>();
            for (int c = 0; c <= Math.min(view.lastColumn(r), LAMPIRAN_COLUMNS); c++) {
                String text = ReadContext.clean(view.text(r, c));
                if (!text.isEmpty() && HeaderSearch.isTopLeft(view, r, c)) {
                    texts.add(text);
                }
            }
            if (texts.isEmpty()) {
                if (section != null && ++blankRun >= BLANK_ROWS_ENDING_LAMPIRAN && !sectionFollows(view, r + 1)) {
                    break;
                }
                continue;
            }
            blankRun = 0;
            Optional<LampiranSkp> title = Permen2022Labels.parseLampiran(texts.get(0));
            if (title.isPresent()) {
                section = title.get();
                continue;
            }
            String lower = texts.get(0).toLowerCase(Locale.ROOT);
            if (lower.startsWith("pegawai yang dinilai") || lower.startsWith("pejabat penilai")) {
                break;
            }
            if (section == null) {
                continue;
            }
            String uraian = Labels.withoutNumbering(texts.get(texts.size() > 1 && texts.get(0).matches("[0-9]+[.)]?")
                    ? 1 : 0));
            if (!uraian.equals("-")) {
                items.add(LampiranItem.of(section, uraian));
            }
        }
        return items;
    }

    // Blank rows end the Lampiran unless the next text is one of its section titles, as in an empty form whose
    // unfilled rows stand between the sections.
    private static boolean sectionFollows(SheetView view, int from) {
        for (int r = from; r <= view.lastRow(); r++) {
            for (int c = 0; c <= Math.min(view.lastColumn(r), LAMPIRAN_COLUMNS); c++) {
                String text = ReadContext.clean(view.text(r, c));
                if (!text.isEmpty() && HeaderSearch.isTopLeft(view, r, c)) {
                    return Permen2022Labels.parseLampiran(text).isPresent();
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Permen2022WorkbookReader[" + scorer + ", atasanSkp=" + atasanSkp.size() + "]";
    }
}
