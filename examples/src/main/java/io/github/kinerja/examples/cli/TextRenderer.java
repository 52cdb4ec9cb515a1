package io.github.kinerja.examples.cli;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpKegiatanResult;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.ckp.FormValue;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.pp46.AspekSkp;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.AspekResult;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.pp46.calc.Nilai;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.excel.CkpReadResult;
import io.github.kinerja.excel.Permen2021ReadResult;
import io.github.kinerja.excel.Permen2022ReadResult;
import io.github.kinerja.excel.Pp46ReadResult;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link ScoredWorkbook} as plain text for a terminal, in Indonesian or English.
 */
final class TextRenderer {

    private static final String NONE = "-";

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final StringBuilder text = new StringBuilder();
    private RoundingPolicy display = RoundingPolicy.defaults();

    TextRenderer(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    String render(ScoredWorkbook scored) {
        line(label("file"), scored.path().toString());
        line(label("layout"), msg("layout." + scored.layout().name()));
        scored.pp46().ifPresent(this::renderPp46);
        scored.ckp().ifPresent(this::renderCkp);
        scored.permen2021().ifPresent(this::renderPermen2021);
        scored.permen2022().ifPresent(this::renderPermen2022);
        scored.tableRows().ifPresent(rows -> line(label("rows"), String.valueOf(rows)));
        scored.unitRecap().ifPresent(this::renderUnitRecap);
        renderFindings(scored);
        return text.toString();
    }

    private void renderPp46(Pp46ReadResult read) {
        SkpPp46 skp = read.skp();
        line(label("period"), period(skp.period()));
        person(label("pegawai"), skp.pegawai());
        skp.pejabatPenilai().ifPresent(p -> person(label("pejabatPenilai"), p));
        skp.atasanPejabatPenilai().ifPresent(p -> person(label("atasanPejabatPenilai"), p));
        text.append(System.lineSeparator());

        Optional<Pp46Result> score = read.score();
        if (score.isEmpty()) {
            renderPlan(skp);
            return;
        }
        Pp46Result result = score.get();
        display = result.roundingPolicy();
        renderKegiatan(result);
        text.append(System.lineSeparator());
        line(label("kegiatanMean"), decimal(result.capaianSkp().kegiatanMean()));
        line(label("tugasTambahan"), decimal(result.capaianSkp().tugasTambahan()));
        line(label("kreativitas"), decimal(result.capaianSkp().kreativitas()));
        line(label("nilaiCapaianSkp"), nilai(result.nilaiCapaianSkp()));
        result.nilaiPerilaku().ifPresent(n -> line(label("nilaiPerilaku"), nilai(n)));
        result.prestasi().ifPresent(p -> line(label("prestasiParts"),
                msg("prestasi.parts", decimal(p.skpPart()), decimal(p.perilakuPart()))));
        result.nilaiPrestasiKerja().ifPresent(n -> line(label("nilaiPrestasiKerja"), nilai(n)));
    }

    private void renderPlan(SkpPp46 skp) {
        text.append(String.format(Locale.ROOT, "%-3s %-44s %10s %8s %8s %16s%n",
                "No", msg("column.kegiatan"), msg("column.kuantitas"), msg("column.kualitas"),
                msg("column.waktu"), msg("column.biaya")));
        int number = 1;
        for (Kegiatan kegiatan : skp.kegiatan()) {
            String kuantitas = kegiatan.target().map(t -> plain(t.kuantitas())).orElse(NONE);
            String kualitas = kegiatan.target().map(t -> plain(t.kualitas())).orElse(NONE);
            String waktu = kegiatan.target().map(t -> plain(t.waktu())).orElse(NONE);
            String biaya = kegiatan.target().flatMap(t -> t.biaya()).map(TextRenderer::plain).orElse(NONE);
            text.append(String.format(Locale.ROOT, "%-3d %-44s %10s %8s %8s %16s%n",
                    number++, cut(kegiatan.name(), 44), kuantitas, kualitas, waktu, biaya));
        }
        text.append(System.lineSeparator()).append(msg("plan.noScore")).append(System.lineSeparator());
    }

    private void renderKegiatan(Pp46Result result) {
        text.append(String.format(Locale.ROOT, "%-3s %-38s %8s %8s %8s %8s %10s %3s %8s%n",
                "No", msg("column.kegiatan"), msg("column.kuantitas"), msg("column.kualitas"), msg("column.waktu"),
                msg("column.biaya"), msg("column.penghitungan"), "÷", msg("column.nilai")));
        int number = 1;
        for (KegiatanResult kegiatan : result.kegiatan()) {
            text.append(String.format(Locale.ROOT, "%-3d %-38s %8s %8s %8s %8s %10s %3d %8s%n",
                    number++, cut(kegiatan.name(), 38),
                    aspect(kegiatan, AspekSkp.KUANTITAS), aspect(kegiatan, AspekSkp.KUALITAS),
                    aspect(kegiatan, AspekSkp.WAKTU), aspect(kegiatan, AspekSkp.BIAYA),
                    decimal(kegiatan.penghitungan()), kegiatan.divisor(), decimal(kegiatan.value())));
        }
    }

    private void renderCkp(CkpReadResult read) {
        Optional<CkpForm> form = read.realisasi().or(read::target);
        form.ifPresent(f -> {
            f.satuanOrganisasi().ifPresent(s -> line(label("satuanOrganisasi"), s));
            f.periode().ifPresent(p -> line(label("period"), p));
            f.pegawai().ifPresent(p -> person(label("pegawai"), p));
            if (f.pegawai().isEmpty()) {
                f.pegawaiNipText().ifPresent(n -> line(label("nip"), n));
            }
            f.pejabatPenilai().ifPresent(p -> person(label("pejabatPenilai"), p));
        });
        text.append(System.lineSeparator());

        Optional<CkpResult> calculation = read.calculation();
        if (calculation.isEmpty()) {
            form.ifPresent(this::renderCkpTargets);
            return;
        }
        CkpResult result = calculation.get();
        text.append(String.format(Locale.ROOT, "%-4s %-44s %-12s %8s %9s %8s %8s%n",
                "No", msg("column.uraian"), msg("column.satuan"), msg("column.target"), msg("column.realisasi"),
                "%", msg("column.kualitas")));
        for (CkpKegiatanResult item : result.kegiatan()) {
            CkpKegiatan kegiatan = item.kegiatan();
            text.append(String.format(Locale.ROOT, "%-4s %-44s %-12s %8s %9s %8s %8s%n",
                    kegiatan.nomor().orElse(""), cut(kegiatan.uraian(), 44), cut(kegiatan.satuan().orElse(NONE), 12),
                    kegiatan.targetKuantitas().map(TextRenderer::plain).orElse(NONE),
                    kegiatan.realisasiKuantitas().map(TextRenderer::plain).orElse(NONE),
                    item.capaian().map(this::decimal).orElse(NONE),
                    kegiatan.tingkatKualitas().map(TextRenderer::plain).orElse(NONE)));
        }
        text.append(System.lineSeparator());
        line(label("rataRataCapaian"), result.rataRataCapaian().map(this::decimal).orElse(NONE));
        line(label("rataRataKualitas"), result.rataRataKualitas().map(this::decimal).orElse(NONE));
        String ckp = result.ckp().map(this::decimal).orElse(NONE);
        Optional<FormValue> shown = result.shownCkp();
        if (shown.isPresent()) {
            ckp = msg("ckp.withShown", ckp, decimal(shown.get().value()), shown.get().location());
        }
        line(label("ckp"), ckp);
    }

    private void renderCkpTargets(CkpForm form) {
        text.append(String.format(Locale.ROOT, "%-4s %-44s %-12s %8s%n",
                "No", msg("column.uraian"), msg("column.satuan"), msg("column.target")));
        for (CkpKegiatan kegiatan : form.kegiatan()) {
            text.append(String.format(Locale.ROOT, "%-4s %-44s %-12s %8s%n",
                    kegiatan.nomor().orElse(""), cut(kegiatan.uraian(), 44), cut(kegiatan.satuan().orElse(NONE), 12),
                    kegiatan.targetKuantitas().map(TextRenderer::plain).orElse(NONE)));
        }
    }

    private void renderPermen2021(Permen2021ReadResult read) {
        io.github.kinerja.core.permen2021.Skp skp = read.skp();
        line(label("period"), period(skp.periode()));
        person(label("pegawai"), skp.pegawai());
        skp.pejabatPenilai().ifPresent(p -> person(label("pejabatPenilai"), p));
        skp.atasanPejabatPenilai().ifPresent(p -> person(label("atasanPejabatPenilai"), p));
        text.append(System.lineSeparator());

        text.append(String.format(Locale.ROOT, "%-6s %-56s %10s%n", "No", msg("column.rencanaKinerja"),
                msg("column.nilai")));
        Optional<HasilPenilaian> hasil = read.hasil();
        for (int i = 0; i < skp.rencanaKinerja().size(); i++) {
            RencanaKinerja rencana = skp.rencanaKinerja().get(i);
            String nilai = hasil.flatMap(h -> h.rencanaKinerja().stream()
                            .filter(r -> r.rencanaKinerja().id().equals(rencana.id())).findFirst())
                    .map(r -> decimal(r.nilai())).orElse(NONE);
            text.append(String.format(Locale.ROOT, "%-6s %-56s %10s%n", rencana.id(), cut(rencana.uraian(), 56),
                    nilai));
        }
        text.append(System.lineSeparator());
        if (hasil.isEmpty()) {
            text.append(msg("document.plan")).append(System.lineSeparator());
            return;
        }
        HasilPenilaian h = hasil.get();
        line(label("nilaiSkp"), h.nilaiSkpRounded().toPlainString());
        line(label("nilaiPerilaku"), h.nilaiAkhir().nilaiPerilaku().toPlainString());
        line(label("nilaiAkhir"), h.nilaiAkhir().nilaiRounded().toPlainString());
        line(label("predikat"), DocumentTextRenderer.words(h.predikat().name()));
    }

    private void renderPermen2022(Permen2022ReadResult read) {
        io.github.kinerja.core.permen2022.Skp skp = read.skp();
        line(label("period"), period(skp.periode()));
        person(label("pegawai"), skp.pegawai());
        skp.pejabatPenilai().ifPresent(p -> person(label("pejabatPenilai"), p));
        text.append(System.lineSeparator());

        text.append(String.format(Locale.ROOT, "%-6s %-44s %-30s %s%n", "No", msg("column.rhk"), msg("column.iki"),
                msg("column.target")));
        for (Rhk rhk : skp.rhk()) {
            for (Iki iki : rhk.iki()) {
                text.append(String.format(Locale.ROOT, "%-6s %-44s %-30s %s%n", iki.id(), cut(rhk.uraian(), 44),
                        cut(iki.indikator(), 30), target(iki.target())));
            }
        }
        text.append(System.lineSeparator());
        Optional<HasilPenilaianPegawai> hasil = read.hasil();
        if (hasil.isEmpty()) {
            text.append(msg("document.plan")).append(System.lineSeparator());
            return;
        }
        HasilPenilaianPegawai h = hasil.get();
        line(label("ratingHasilKerja"), h.ratingHasilKerja().label());
        line(label("ratingPerilaku"), h.ratingPerilaku().label());
        line(label("predikat"), h.predikat().label() + " (" + msg("document.matrixCell", h.matrixCell()) + ")");
    }

    private static String target(IkiTarget target) {
        String satuan = target.satuan().map(s -> " " + s).orElse("");
        return switch (target.kind()) {
            case VALUE -> target.value().map(TextRenderer::plain).orElse(NONE) + satuan;
            case RANGE -> target.lower().map(TextRenderer::plain).orElse(NONE) + "-"
                    + target.upper().map(TextRenderer::plain).orElse(NONE) + satuan;
            case QUALITATIVE -> cut(target.description().orElse(NONE), 40);
        };
    }

    private void renderUnitRecap(UnitRecap recap) {
        text.append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, "%-20s %-32s %-22s %-22s %s%n", "NIP", msg("column.nama"),
                msg("column.hasilKerja"), msg("column.perilaku"), msg("column.predikat")));
        for (RecapRow row : recap.rows()) {
            text.append(String.format(Locale.ROOT, "%-20s %-32s %-22s %-22s %s%n",
                    row.nip().map(Nip::digits).or(row::nipText).orElse(NONE), cut(row.nama(), 32),
                    row.hasilKerja().map(Rating::label).orElse(NONE), row.perilakuKerja().map(Rating::label).orElse(NONE),
                    row.predikat().map(PredikatPegawai::label).orElse(NONE)));
        }
    }

    private void renderFindings(ScoredWorkbook scored) {
        if (scored.report().isEmpty()) {
            return;
        }
        text.append(System.lineSeparator()).append(msg("findings")).append(System.lineSeparator());
        for (Finding finding : scored.report().findings()) {
            String where = finding.location().isEmpty() ? "" : finding.location() + ": ";
            text.append("  ").append(msg("severity." + finding.severity().name())).append(' ')
                    .append(where).append(ScoreCommand.oneLine(finding.message(locale)))
                    .append(System.lineSeparator());
        }
    }

    private String aspect(KegiatanResult kegiatan, AspekSkp aspek) {
        return kegiatan.aspect(aspek).map(AspekResult::value).map(this::decimal).orElse(NONE);
    }

    private void person(String role, Person person) {
        line(role, person.name());
        person.nip().ifPresent(nip -> line("  " + label("nip"), nip.formatted()));
        person.golongan().ifPresent(g -> line("  " + label("golongan"), g.pangkat() + ", " + g.code()));
        person.jabatan().ifPresent(j -> line("  " + label("jabatan"), j));
        person.unitKerja().ifPresent(u -> line("  " + label("unitKerja"), u));
    }

    private String period(AssessmentPeriod period) {
        return msg("period.range", dates.format(period.start()), dates.format(period.end()));
    }

    private String nilai(Nilai nilai) {
        return decimal(nilai.rounded()) + " (" + nilai.kategori().label() + ")";
    }

    /** Formats a value as the result's rounding policy presents it; the library keeps the exact value. */
    private String decimal(BigDecimal value) {
        return display.round(value).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String cut(String value, int width) {
        String flat = ScoreCommand.oneLine(value);
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }

    private void line(String label, String value) {
        text.append(String.format(Locale.ROOT, "%-22s: %s%n", label, value));
    }

    private String label(String key) {
        return msg("label." + key);
    }

    private String msg(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
