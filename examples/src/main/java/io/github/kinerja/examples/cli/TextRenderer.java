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
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
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
