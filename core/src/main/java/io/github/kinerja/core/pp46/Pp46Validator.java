package io.github.kinerja.core.pp46;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an {@link SkpPp46} before scoring and reports every problem as a {@link Finding} instead of throwing.
 *
 * <p>Errors, which make the SKP unscorable or its score wrong:
 * <ul>
 *   <li>{@value #SKP_KEGIATAN_EMPTY}: the SKP has no kegiatan;
 *   <li>{@value #KEGIATAN_TARGET_MISSING}: a kegiatan has no target;
 *   <li>{@value #KEGIATAN_VALUE_NEGATIVE}: a target or realisasi number (angka kredit, kuantitas, waktu, biaya) is
 *       negative;
 *   <li>{@value #KEGIATAN_TARGET_KUANTITAS_ZERO} and {@value #KEGIATAN_TARGET_WAKTU_ZERO}: a target the score
 *       divides by is zero;
 *   <li>{@value #KEGIATAN_TARGET_KUALITAS_OUT_OF_RANGE}: target kualitas not above 0 and at most 100;
 *   <li>{@value #KEGIATAN_REALISASI_KUALITAS_OUT_OF_RANGE}: realisasi kualitas outside 0 to 100;
 *   <li>{@value #KEGIATAN_REALISASI_BIAYA_MISSING}: a kegiatan with a budget has no realisasi biaya;
 *   <li>{@value #PERILAKU_EMPTY} and {@value #PERILAKU_ASPECTS_INVALID}: perilaku kerja does not rate exactly the
 *       five aspects, or the six with kepemimpinan;
 *   <li>{@value #PERILAKU_SCORE_OUT_OF_RANGE}: a perilaku score outside 0 to 100.
 * </ul>
 * Warnings: {@value #KEGIATAN_NAME_DUPLICATE} (two kegiatan with the same name) and
 * {@value #KEGIATAN_REALISASI_BIAYA_IGNORED} (a realisasi biaya without a biaya target). Information:
 * {@value #KEGIATAN_NOT_EXECUTED} (a kegiatan without realisasi, scored 0).
 *
 * <p>Locations are JSON Pointers into the model, such as {@code /kegiatan/0/target/waktu} (kegiatan counted from
 * 0), while messages number kegiatan from 1, as the "No" column of the form does.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Pp46Validator {

    /** The base name of the resource bundle holding the messages of the findings. */
    public static final String BUNDLE = "io.github.kinerja.core.pp46.Messages";

    /** Code of the error: the SKP has no kegiatan. */
    public static final String SKP_KEGIATAN_EMPTY = "pp46.skp.kegiatan.empty";
    /** Code of the warning: two kegiatan have the same name. */
    public static final String KEGIATAN_NAME_DUPLICATE = "pp46.kegiatan.name.duplicate";
    /** Code of the error: a kegiatan has no target. */
    public static final String KEGIATAN_TARGET_MISSING = "pp46.kegiatan.target.missing";
    /** Code of the error: a number of a kegiatan is negative. */
    public static final String KEGIATAN_VALUE_NEGATIVE = "pp46.kegiatan.value.negative";
    /** Code of the error: the target kuantitas is zero. */
    public static final String KEGIATAN_TARGET_KUANTITAS_ZERO = "pp46.kegiatan.target.kuantitas.zero";
    /** Code of the error: the target waktu is zero. */
    public static final String KEGIATAN_TARGET_WAKTU_ZERO = "pp46.kegiatan.target.waktu.zero";
    /** Code of the error: the target kualitas is not above 0 and at most 100. */
    public static final String KEGIATAN_TARGET_KUALITAS_OUT_OF_RANGE = "pp46.kegiatan.target.kualitas.outOfRange";
    /** Code of the error: the realisasi kualitas is outside 0 to 100. */
    public static final String KEGIATAN_REALISASI_KUALITAS_OUT_OF_RANGE =
            "pp46.kegiatan.realisasi.kualitas.outOfRange";
    /** Code of the error: a kegiatan with a biaya target has no realisasi biaya. */
    public static final String KEGIATAN_REALISASI_BIAYA_MISSING = "pp46.kegiatan.realisasi.biaya.missing";
    /** Code of the warning: a realisasi biaya is given without a biaya target and is not scored. */
    public static final String KEGIATAN_REALISASI_BIAYA_IGNORED = "pp46.kegiatan.realisasi.biaya.ignored";
    /** Code of the information: a kegiatan has no realisasi and is scored 0. */
    public static final String KEGIATAN_NOT_EXECUTED = "pp46.kegiatan.notExecuted";
    /** Code of the error: perilaku kerja is present but rates no aspect. */
    public static final String PERILAKU_EMPTY = "pp46.perilaku.empty";
    /** Code of the error: perilaku kerja rates neither the five aspects nor the six with kepemimpinan. */
    public static final String PERILAKU_ASPECTS_INVALID = "pp46.perilaku.aspects.invalid";
    /** Code of the error: a perilaku score is outside 0 to 100. */
    public static final String PERILAKU_SCORE_OUT_OF_RANGE = "pp46.perilaku.score.outOfRange";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pp46Validator() {}

    /**
     * Validates an SKP.
     *
     * @param skp  the SKP, not null
     * @return the findings in the order of the SKP, empty if there is nothing to report, not null
     */
    public static Report validate(SkpPp46 skp) {
        Objects.requireNonNull(skp, "skp");
        Report.Builder report = Report.builder();
        if (skp.kegiatan().isEmpty()) {
            report.addFinding(finding(SKP_KEGIATAN_EMPTY, Severity.ERROR, "/kegiatan"));
        }
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int index = 0; index < skp.kegiatan().size(); index++) {
            Kegiatan kegiatan = skp.kegiatan().get(index);
            Integer first = firstIndexByName.putIfAbsent(normalizedName(kegiatan), index);
            if (first != null) {
                report.addFinding(finding(KEGIATAN_NAME_DUPLICATE, Severity.WARNING, "/kegiatan/" + index,
                        index + 1, kegiatan.name(), first + 1));
            }
            validateKegiatan(kegiatan, index, report);
        }
        skp.perilaku().ifPresent(perilaku -> validatePerilaku(perilaku, report));
        return report.build();
    }

    private static void validateKegiatan(Kegiatan kegiatan, int index, Report.Builder report) {
        String location = "/kegiatan/" + index;
        int number = index + 1;
        String name = kegiatan.name();
        Optional<Target> target = kegiatan.target();
        if (target.isEmpty()) {
            report.addFinding(finding(KEGIATAN_TARGET_MISSING, Severity.ERROR, location, number, name));
        } else {
            validateTarget(target.get(), location + "/target", number, name, report);
        }
        if (kegiatan.realisasi().isEmpty()) {
            report.addFinding(finding(KEGIATAN_NOT_EXECUTED, Severity.INFO, location, number, name));
            return;
        }
        Realisasi realisasi = kegiatan.realisasi().get();
        String at = location + "/realisasi";
        realisasi.angkaKredit()
                .ifPresent(v -> checkNotNegative(v, "realisasi angka kredit", at + "/angkaKredit", number, name,
                        report));
        checkNotNegative(realisasi.kuantitas(), "realisasi kuantitas", at + "/kuantitas", number, name, report);
        if (realisasi.kualitas().signum() < 0 || realisasi.kualitas().compareTo(HUNDRED) > 0) {
            report.addFinding(finding(KEGIATAN_REALISASI_KUALITAS_OUT_OF_RANGE, Severity.ERROR, at + "/kualitas",
                    number, name, plain(realisasi.kualitas())));
        }
        checkNotNegative(realisasi.waktu(), "realisasi waktu", at + "/waktu", number, name, report);
        realisasi.biaya()
                .ifPresent(v -> checkNotNegative(v, "realisasi biaya", at + "/biaya", number, name, report));
        if (target.isPresent()) {
            validateBiayaPair(target.get(), realisasi, at + "/biaya", number, name, report);
        }
    }

    private static void validateTarget(Target target, String at, int number, String name, Report.Builder report) {
        target.angkaKredit()
                .ifPresent(v -> checkNotNegative(v, "target angka kredit", at + "/angkaKredit", number, name,
                        report));
        if (target.kuantitas().signum() == 0) {
            report.addFinding(finding(KEGIATAN_TARGET_KUANTITAS_ZERO, Severity.ERROR, at + "/kuantitas", number,
                    name));
        }
        checkNotNegative(target.kuantitas(), "target kuantitas", at + "/kuantitas", number, name, report);
        if (target.kualitas().signum() <= 0 || target.kualitas().compareTo(HUNDRED) > 0) {
            report.addFinding(finding(KEGIATAN_TARGET_KUALITAS_OUT_OF_RANGE, Severity.ERROR, at + "/kualitas",
                    number, name, plain(target.kualitas())));
        }
        if (target.waktu().signum() == 0) {
            report.addFinding(finding(KEGIATAN_TARGET_WAKTU_ZERO, Severity.ERROR, at + "/waktu", number, name));
        }
        checkNotNegative(target.waktu(), "target waktu", at + "/waktu", number, name, report);
        target.biaya().ifPresent(v -> checkNotNegative(v, "target biaya", at + "/biaya", number, name, report));
    }

    private static void validateBiayaPair(Target target, Realisasi realisasi, String at, int number, String name,
            Report.Builder report) {
        if (target.hasBiaya() && realisasi.biaya().isEmpty()) {
            report.addFinding(finding(KEGIATAN_REALISASI_BIAYA_MISSING, Severity.ERROR, at, number, name,
                    plain(target.biaya().orElseThrow())));
        }
        if (!target.hasBiaya() && realisasi.biaya().map(b -> b.signum() != 0).orElse(false)) {
            report.addFinding(finding(KEGIATAN_REALISASI_BIAYA_IGNORED, Severity.WARNING, at, number, name,
                    plain(realisasi.biaya().orElseThrow())));
        }
    }

    private static void validatePerilaku(PerilakuKerja perilaku, Report.Builder report) {
        Set<AspekPerilaku> rated = perilaku.scores().keySet();
        if (rated.isEmpty()) {
            report.addFinding(finding(PERILAKU_EMPTY, Severity.ERROR, "/perilaku"));
            return;
        }
        Set<AspekPerilaku> expected =
                perilaku.isStruktural() ? AspekPerilaku.struktural() : AspekPerilaku.nonStruktural();
        if (!rated.equals(expected)) {
            expected.removeAll(rated);
            report.addFinding(finding(PERILAKU_ASPECTS_INVALID, Severity.ERROR, "/perilaku", labels(rated),
                    labels(expected)));
        }
        perilaku.scores().forEach((aspek, score) -> {
            if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                report.addFinding(finding(PERILAKU_SCORE_OUT_OF_RANGE, Severity.ERROR, "/perilaku/" + aspek.name(),
                        aspek.label(), plain(score)));
            }
        });
    }

    private static void checkNotNegative(BigDecimal value, String field, String location, int number, String name,
            Report.Builder report) {
        if (value.signum() < 0) {
            report.addFinding(finding(KEGIATAN_VALUE_NEGATIVE, Severity.ERROR, location, number, name, field,
                    plain(value)));
        }
    }

    private static String normalizedName(Kegiatan kegiatan) {
        return kegiatan.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String labels(Set<AspekPerilaku> aspects) {
        return aspects.stream().map(AspekPerilaku::label).collect(Collectors.joining(", "));
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static Finding finding(String code, Severity severity, String location, Object... arguments) {
        return Finding.of(BUNDLE, code, severity, location, arguments);
    }
}
