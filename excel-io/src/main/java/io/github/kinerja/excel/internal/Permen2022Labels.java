package io.github.kinerja.excel.internal;

import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.JenisPeriode;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.Perspektif;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the PermenPANRB 6/2022 forms print for the enums of the model. The writer and the reader share them,
 * so both use the same spelling of aspek, perspektif, Lampiran sections, kinds of period and the behavioural
 * guidance of each BerAKHLAK core value.
 */
public final class Permen2022Labels {

    /** The separator between the reference and the note of one bukti dukung in a cell, one bukti per line. */
    public static final String BUKTI_SEPARATOR = " \u2014 ";

    private static final Pattern UNDERSCORE = Pattern.compile("_");

    // The guidance per core value: the three panduan perilaku of each BerAKHLAK value of SE MenPANRB 20/2021.
    // NOTE: written from the wording in common circulation; not checked against a copy of the circular.
    private static final Map<CoreValue, List<String>> GUIDANCE = new EnumMap<>(Map.of(
            CoreValue.BERORIENTASI_PELAYANAN, List.of(
                    "Memahami dan memenuhi kebutuhan masyarakat",
                    "Ramah, cekatan, solutif, dan dapat diandalkan",
                    "Melakukan perbaikan tiada henti"),
            CoreValue.AKUNTABEL, List.of(
                    "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
                    "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
                    "Tidak menyalahgunakan kewenangan jabatan"),
            CoreValue.KOMPETEN, List.of(
                    "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
                    "Membantu orang lain belajar",
                    "Melaksanakan tugas dengan kualitas terbaik"),
            CoreValue.HARMONIS, List.of(
                    "Menghargai setiap orang apapun latar belakangnya",
                    "Suka menolong orang lain",
                    "Membangun lingkungan kerja yang kondusif"),
            CoreValue.LOYAL, List.of(
                    "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
                            + "setia kepada NKRI serta pemerintahan yang sah",
                    "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
                    "Menjaga rahasia jabatan dan negara"),
            CoreValue.ADAPTIF, List.of(
                    "Cepat menyesuaikan diri menghadapi perubahan",
                    "Terus berinovasi dan mengembangkan kreativitas",
                    "Bertindak proaktif"),
            CoreValue.KOLABORATIF, List.of(
                    "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
                    "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
                    "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama")));

    private Permen2022Labels() {}

    /** Returns the aspek as forms print it, such as {@code Kuantitas}. */
    public static String aspek(AspekIki aspek) {
        return capitalized(aspek.name());
    }

    /** Returns the aspek a cell names, in any letter case, or empty for another word. */
    public static Optional<AspekIki> parseAspek(String text) {
        for (AspekIki aspek : AspekIki.values()) {
            if (Labels.is(text, aspek.name())) {
                return Optional.of(aspek);
            }
        }
        return Optional.empty();
    }

    /** Returns the perspektif as forms print it, such as {@code Perspektif Penerima Layanan}. */
    public static String perspektif(Perspektif perspektif) {
        return "Perspektif " + words(perspektif.name());
    }

    /**
     * Returns the perspektif a grouping row names, such as {@code Perspektif Penerima Layanan} or
     * {@code B. PERSPEKTIF PROSES BISNIS}; the word {@code Perspektif} is required, so that an RHK text that
     * mentions a budget is not taken for the perspektif Anggaran.
     */
    public static Optional<Perspektif> parsePerspektif(String text) {
        String label = Labels.withoutNumbering(text);
        if (!Labels.startsWith(label, "perspektif")) {
            return Optional.empty();
        }
        for (Perspektif perspektif : Perspektif.values()) {
            if (Labels.contains(label, words(perspektif.name()))) {
                return Optional.of(perspektif);
            }
        }
        return Optional.empty();
    }

    /** Returns the title of a Lampiran section, such as {@code Dukungan Sumber Daya}. */
    public static String lampiran(LampiranSkp bagian) {
        return words(bagian.name());
    }

    /** Returns the Lampiran section whose title the text is, with a leading section number ignored. */
    public static Optional<LampiranSkp> parseLampiran(String text) {
        for (LampiranSkp bagian : LampiranSkp.values()) {
            if (Labels.is(text, lampiran(bagian))) {
                return Optional.of(bagian);
            }
        }
        return Optional.empty();
    }

    /** Returns the kind of period as forms print it, such as {@code Bulanan}; {@code Lainnya} for a custom one. */
    public static String jenisPeriode(JenisPeriode jenis) {
        return jenis == JenisPeriode.CUSTOM ? "Lainnya" : capitalized(jenis.name());
    }

    /** Returns the kind of period a cell names, as {@link #jenisPeriode(JenisPeriode)} prints it. */
    public static Optional<JenisPeriode> parseJenisPeriode(String text) {
        for (JenisPeriode jenis : JenisPeriode.values()) {
            if (Labels.is(text, jenisPeriode(jenis))) {
                return Optional.of(jenis);
            }
        }
        return Optional.empty();
    }

    /** Returns the predikat kinerja organisasi a cell names, in any letter case and spacing. */
    public static Optional<PredikatOrganisasi> parsePredikatOrganisasi(String text) {
        String normal = Labels.normalize(text).replace(" ", "");
        for (PredikatOrganisasi predikat : PredikatOrganisasi.values()) {
            String label = Labels.normalize(predikat.label()).replace(" ", "");
            String name = predikat.name().toLowerCase(Locale.ROOT).replace("_", "");
            if (normal.equals(label) || normal.equals(name)) {
                return Optional.of(predikat);
            }
        }
        return Optional.empty();
    }

    /** Returns the behavioural guidance of a core value, one line per behaviour. */
    public static List<String> guidance(CoreValue value) {
        return Objects.requireNonNull(GUIDANCE.get(value), "guidance");
    }

    /**
     * Returns the core value whose label starts the text, such as {@code Berorientasi Pelayanan} or
     * {@code 1. AKUNTABEL - Melaksanakan tugas ...}; only the first line counts, because prints put the guidance
     * under the label in the same cell.
     */
    public static Optional<CoreValue> parseCoreValue(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        for (CoreValue value : CoreValue.values()) {
            if (Labels.startsWith(firstLine, value.label())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Formats a number inside a text, such as a range target {@code 7,5-8}: Indonesian decimal comma, no grouping.
     * A number with exactly three decimals gets a fourth, zero, because readers take {@code 1,125} for one
     * thousand one hundred and twenty-five.
     */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        if (plain.scale() == 3) {
            plain = plain.setScale(4);
        }
        return plain.toPlainString().replace('.', ',');
    }

    private static String words(String enumName) {
        return UNDERSCORE.splitAsStream(enumName).map(Permen2022Labels::capitalized)
                .collect(Collectors.joining(" "));
    }

    private static String capitalized(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
