package io.github.kinerja.core.pp46;

import static io.github.kinerja.core.pp46.Pp46Fixtures.d;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k2;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k4;
import static io.github.kinerja.core.pp46.Pp46Fixtures.p1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.p2;
import static io.github.kinerja.core.pp46.Pp46Fixtures.skp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Pp46ValidatorTest {

    @Test
    void validate_goldenSkp_reportsNothing() {
        SkpPp46 skp = skp().addKegiatan(k1(), k2()).perilaku(p1()).build();

        assertThat(Pp46Validator.validate(skp).isEmpty()).isTrue();
    }

    @Test
    void validate_structuralPerilaku_reportsNothing() {
        SkpPp46 skp = skp().addKegiatan(k1()).perilaku(p2()).build();

        assertThat(Pp46Validator.validate(skp).isEmpty()).isTrue();
    }

    @Test
    void validate_noKegiatan_isError() {
        Report report = Pp46Validator.validate(skp().build());

        assertThat(single(report).code()).isEqualTo(Pp46Validator.SKP_KEGIATAN_EMPTY);
        assertThat(single(report).severity()).isEqualTo(Severity.ERROR);
        assertThat(single(report).location()).isEqualTo("/kegiatan");
    }

    @Test
    void validate_kegiatanWithoutTarget_isErrorNamingTheKegiatan() {
        Kegiatan noTarget = Kegiatan.builder().name("Menyusun laporan").build();

        Report report = Pp46Validator.validate(skp().addKegiatan(k1(), noTarget).build());

        Finding target = report.findings(Severity.ERROR).get(0);
        assertThat(target.code()).isEqualTo(Pp46Validator.KEGIATAN_TARGET_MISSING);
        assertThat(target.location()).isEqualTo("/kegiatan/1");
        assertThat(target.message(Locale.ROOT)).isEqualTo("Kegiatan 2 \"Menyusun laporan\" has no target. Fill in "
                + "the target kuantitas, kualitas and waktu.");
        assertThat(target.message(Locale.forLanguageTag("id"))).isEqualTo("Kegiatan 2 \"Menyusun laporan\" tidak "
                + "memiliki target. Isi target kuantitas, kualitas, dan waktu.");
    }

    @Test
    void validate_realisasiKualitasAbove100_isError() {
        Kegiatan kegiatan = Kegiatan.builder().from(k2())
                .realisasi(Realisasi.of(d("1"), d("120"), d("12")))
                .build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(kegiatan).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_REALISASI_KUALITAS_OUT_OF_RANGE);
        assertThat(finding.location()).isEqualTo("/kegiatan/0/realisasi/kualitas");
        assertThat(finding.message(Locale.ROOT)).endsWith("realisasi kualitas must be between 0 and 100, was 120.");
    }

    @Test
    void validate_targetKualitasZeroOrAbove100_isError() {
        for (String kualitas : new String[] {"0", "100.5", "-1"}) {
            Kegiatan kegiatan = Kegiatan.builder().from(k2())
                    .target(Target.of(d("1"), d(kualitas), d("12")))
                    .build();

            Finding finding = single(Pp46Validator.validate(skp().addKegiatan(kegiatan).build()));

            assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_TARGET_KUALITAS_OUT_OF_RANGE);
            assertThat(finding.arguments()).endsWith(kualitas);
        }
    }

    @Test
    void validate_negativeNumbers_areErrorsAtEachField() {
        Kegiatan kegiatan = Kegiatan.builder().from(k1())
                .target(Target.builder().kuantitas(d("1")).kualitas(d("100")).waktu(d("12")).biaya(d("-5"))
                        .angkaKredit(d("-0.5")).build())
                .realisasi(Realisasi.builder().kuantitas(d("-1")).kualitas(d("90")).waktu(d("-2")).biaya(d("-3"))
                        .build())
                .build();

        Report report = Pp46Validator.validate(skp().addKegiatan(kegiatan).build());

        assertThat(report.findings()).allMatch(f -> f.code().equals(Pp46Validator.KEGIATAN_VALUE_NEGATIVE));
        assertThat(report.findings()).extracting(Finding::location).containsExactly(
                "/kegiatan/0/target/angkaKredit",
                "/kegiatan/0/target/biaya",
                "/kegiatan/0/realisasi/kuantitas",
                "/kegiatan/0/realisasi/waktu",
                "/kegiatan/0/realisasi/biaya");
        assertThat(report.findings().get(3).message(Locale.ROOT))
                .isEqualTo("Kegiatan 1 \"K1 Menyusun laporan keuangan\": realisasi waktu must not be negative, "
                        + "was -2.");
    }

    @Test
    void validate_waktuTargetZero_isError() {
        Kegiatan kegiatan = Kegiatan.builder().from(k2())
                .target(Target.of(d("1"), d("100"), d("0")))
                .build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(kegiatan).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_TARGET_WAKTU_ZERO);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo("/kegiatan/0/target/waktu");
    }

    @Test
    void validate_kuantitasTargetZero_isError() {
        Kegiatan kegiatan = Kegiatan.builder().from(k2())
                .target(Target.of(d("0"), d("100"), d("12")))
                .build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(kegiatan).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_TARGET_KUANTITAS_ZERO);
    }

    @Test
    void validate_biayaTargetWithoutRealisasiBiaya_isError() {
        Kegiatan kegiatan = Kegiatan.builder().from(k1())
                .realisasi(Realisasi.of(d("1"), d("90"), d("12")))
                .build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(kegiatan).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_REALISASI_BIAYA_MISSING);
        assertThat(finding.arguments()).contains("170395000");
    }

    @Test
    void validate_realisasiBiayaWithoutTarget_isWarning() {
        Kegiatan kegiatan = Kegiatan.builder().from(k2())
                .realisasi(Realisasi.of(d("1"), d("90"), d("12"), d("5000000")))
                .build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(kegiatan).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_REALISASI_BIAYA_IGNORED);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void validate_zeroBiayaTarget_needsNoRealisasiBiaya() {
        Kegiatan kegiatan = Kegiatan.builder().from(k2())
                .target(Target.of(d("1"), d("100"), d("12"), d("0")))
                .build();

        assertThat(Pp46Validator.validate(skp().addKegiatan(kegiatan).build()).isEmpty()).isTrue();
    }

    @Test
    void validate_duplicateNames_isWarningNamingTheFirst() {
        Kegiatan again = Kegiatan.builder().from(k2()).name("  k2 menyusun   RENCANA kerja ").build();

        Report report = Pp46Validator.validate(skp().addKegiatan(k2(), k1(), again).build());

        Finding finding = single(report);
        assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_NAME_DUPLICATE);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location()).isEqualTo("/kegiatan/2");
        assertThat(finding.arguments()).containsExactly("3", "  k2 menyusun   RENCANA kerja ", "1");
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void validate_notExecuted_isInformation() {
        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(k4()).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.KEGIATAN_NOT_EXECUTED);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void validate_fourPerilakuAspects_isErrorListingTheMissing() {
        PerilakuKerja four = PerilakuKerja.builder()
                .putScore(AspekPerilaku.ORIENTASI_PELAYANAN, d("80"))
                .putScore(AspekPerilaku.INTEGRITAS, d("80"))
                .putScore(AspekPerilaku.KOMITMEN, d("80"))
                .putScore(AspekPerilaku.KERJA_SAMA, d("80"))
                .build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(k1()).perilaku(four).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.PERILAKU_ASPECTS_INVALID);
        assertThat(finding.arguments())
                .containsExactly("Orientasi Pelayanan, Integritas, Komitmen, Kerja Sama", "Disiplin");
    }

    @Test
    void validate_kepemimpinanWithoutAllFive_isError() {
        PerilakuKerja partial = PerilakuKerja.builder().from(p1())
                .putScore(AspekPerilaku.KEPEMIMPINAN, d("75"))
                .build();
        PerilakuKerja withoutDisiplin = PerilakuKerja.builder()
                .putAllScores(partial.scores().entrySet().stream()
                        .filter(e -> e.getKey() != AspekPerilaku.DISIPLIN)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(k1()).perilaku(withoutDisiplin).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.PERILAKU_ASPECTS_INVALID);
        assertThat(finding.arguments().get(1)).isEqualTo("Disiplin");
    }

    @Test
    void validate_emptyPerilaku_isError() {
        PerilakuKerja none = PerilakuKerja.builder().build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(k1()).perilaku(none).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.PERILAKU_EMPTY);
    }

    @Test
    void validate_perilakuScoreAbove100_isError() {
        PerilakuKerja high = PerilakuKerja.builder().from(p1()).putScore(AspekPerilaku.DISIPLIN, d("101")).build();

        Finding finding = single(Pp46Validator.validate(skp().addKegiatan(k1()).perilaku(high).build()));

        assertThat(finding.code()).isEqualTo(Pp46Validator.PERILAKU_SCORE_OUT_OF_RANGE);
        assertThat(finding.location()).isEqualTo("/perilaku/DISIPLIN");
        assertThat(finding.message(Locale.ROOT))
                .isEqualTo("The perilaku kerja score for Disiplin must be between 0 and 100, was 101.");
    }

    @Test
    void validate_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Pp46Validator.validate(null)).withMessage("skp");
    }

    @Test
    void bundles_haveAMessageForEveryCodeInBothLanguages() throws IOException, IllegalAccessException {
        Properties english = load("Messages.properties");
        Properties indonesian = load("Messages_id.properties");

        assertThat(indonesian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes());
    }

    @Test
    void messages_everyCode_rendersWithoutFallback() throws IllegalAccessException {
        for (String code : codes()) {
            Finding finding = Finding.of(Pp46Validator.BUNDLE, code, Severity.ERROR, "", "1", "x", "2", "3");

            assertThat(finding.message(Locale.ROOT)).doesNotStartWith(code);
            assertThat(finding.message(Locale.forLanguageTag("id"))).doesNotStartWith(code);
        }
    }

    private static Finding single(Report report) {
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Pp46Validator.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> codes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : Pp46Validator.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("BUNDLE")) {
                codes.add((String) field.get(null));
            }
        }
        return codes;
    }
}
