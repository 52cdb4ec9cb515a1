package io.github.kinerja.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Uraian Kegiatan                  | uraian kegiatan",
        "'Nama                         '  | nama",
        "Tingkat Kualitas                  (%) | tingkat kualitas %",
        "Kuant/ Output                    | kuant output",
        "'III. KEGIATAN TUGAS JABATAN'    | kegiatan tugas jabatan",
        "4. Displin                       | disiplin",
        "5. Kerjasama                     | kerja sama",
        "Kerja Sama                       | kerjasama",
        "Kreatifitas                      | kreativitas",
        "b.\u00a0Perilaku Kerja           | perilaku kerja",
        "target                           | target",
        "CAPAIAN KINERJA PEGAWAI (CKP)    | capaian kinerja pegawai ckp",
    })
    void is_normalizedAndTolerant_matches(String text, String label) {
        assertThat(Labels.is(text, label)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "AK                               | no",
        "NIP                              | nip pegawai",
        "CAPAIAN KINERJA PEGAWAI (CKP)-TK | capaian kinerja pegawai ckp",
        "Target Kuantitas                 | target",
        "Satuan                           | saturasi",
        "Tanggal                          | target",
    })
    void is_differentLabel_doesNotMatch(String text, String label) {
        assertThat(Labels.is(text, label)).isFalse();
    }

    @Test
    void is_lineBreakInHeader_matches() {
        assertThat(Labels.is("URAIAN\nKEGIATAN", "uraian kegiatan")).isTrue();
        assertThat(Labels.is("Kuant/\r\nOutput", "kuant output")).isTrue();
    }

    @Test
    void contains_labelInsideText_matchesWholeWords() {
        assertThat(Labels.contains("II. PEGAWAI NEGERI SIPIL YANG DINILAI", "yang dinilai")).isTrue();
        assertThat(Labels.contains("I. Kegiatan Tugas  Jabatan", "kegiatan tugas jabatan")).isTrue();
        assertThat(Labels.contains("Tugas Tambahan/Kreatifitas", "kreativitas")).isTrue();
        assertThat(Labels.contains("tidak", "ak")).isFalse();
    }

    @Test
    void startsWith_numberingIgnored() {
        assertThat(Labels.startsWith("II. Tugas Tambahan", "tugas tambahan")).isTrue();
        assertThat(Labels.startsWith("Pejabat Penilai,", "pejabat penilai")).isTrue();
        assertThat(Labels.startsWith("Penilaian Kinerja", "pejabat penilai")).isFalse();
    }

    @Test
    void wordMatches_shortWords_exactOnly() {
        assertThat(Labels.wordMatches("nama", "nams")).isFalse();
        assertThat(Labels.wordMatches("kuantitas", "kuantitsa")).isTrue();
        assertThat(Labels.wordMatches("realisasi", "realisas")).isTrue();
    }
}
