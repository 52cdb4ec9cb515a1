package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.recap.ActivityLogEntry;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Recap values are read value by value; a value that core or the format rejects is reported at its place. */
class RecapJsonTest {

    private static final KinerjaJson JSON = KinerjaJson.defaults();

    @Test
    void activityLogEntry_timeWithSeconds_readsBack() {
        String json = "{\"tanggal\":\"2023-03-14\","
                + "\"waktu\":\"08:30:15\",\"deskripsi\":\"Rapat koordinasi\"}";
        ActivityLogEntry entry = JSON.read(json, ActivityLogEntry.class);
        assertThat(entry.waktu()).contains(LocalTime.of(8, 30, 15));
        assertThat(JSON.write(entry)).isEqualTo(json);
    }

    @Test
    void activityLogEntry_invalidTime_rejectedAtWaktu() {
        String json = "{\"tanggal\":\"2023-03-14\","
                + "\"waktu\":\"25:00\",\"deskripsi\":\"Rapat koordinasi\"}";
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> JSON.read(json, ActivityLogEntry.class));
        assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_TEXT);
        assertThat(e.pointer()).isEqualTo("/waktu");
    }

    @Test
    void recapRow_nipWithoutText_rejected() {
        String json = "{\"formatVersion\":\"1.0\",\"type\":\"unit-recap\","
                + "\"rows\":[{\"nip\":\"196608121994022908\",\"nama\":\"Siti Aminah\"}]}";
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.read(json, UnitRecap.class));
        assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/rows/0");
    }

    @Test
    void unitRecap_written_readsBackEqual() {
        UnitRecap recap = unitRecap();
        String json = JSON.write(recap);
        assertThat(json).startsWith("{\"formatVersion\":\"1.1\",\"type\":\"unit-recap\",");
        UnitRecap back = JSON.read(json, UnitRecap.class);
        assertThat(back).isEqualTo(recap);
        assertThat(back.rows()).extracting(RecapRow::nama).containsExactly("Siti Aminah, S.E.");
    }

    /** Returns a unit recap with one employee, for the tests of the recap form. */
    private static UnitRecap unitRecap() {
        return UnitRecap.builder()
                .title("Laporan Penilaian SKP")
                .instansi("Pemerintah Kabupaten Contoh")
                .periode("Tahunan")
                .unorInduk("Badan Kepegawaian Daerah")
                .unor("Bidang Data dan Informasi")
                .dataDitarikPada("2024-01-15 09:00")
                .addRows(RecapRow.builder()
                        .nomor("1")
                        .nipText("19660812 199402 2 908")
                        .nip(Nip.parse("19660812 199402 2 908"))
                        .nama("Siti Aminah, S.E.")
                        .jabatan("Analis Kepegawaian")
                        .unor("Bidang Data dan Informasi")
                        .golongan(Golongan.III_B)
                        .jenisPegawai("PNS")
                        .hasilKerja(Rating.SESUAI_EKSPEKTASI)
                        .perilakuKerja(Rating.SESUAI_EKSPEKTASI)
                        .predikat(PredikatPegawai.BAIK)
                        .build())
                .build();
    }
}
