package io.github.kinerja.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of every codec, looked up by core class. */
final class Codecs {

    /** Every codec, in the order of the schema's definitions. */
    static final List<Codec<?>> ALL = List.of(
            CoreCodecs.PERSON, CoreCodecs.PERIOD, CoreCodecs.ROUNDING, CoreCodecs.STEP, CoreCodecs.FINDING,
            CoreCodecs.REPORT,
            Pp46Codecs.TARGET, Pp46Codecs.REALISASI, Pp46Codecs.KEGIATAN, Pp46Codecs.TUGAS_TAMBAHAN,
            Pp46Codecs.KREATIVITAS, Pp46Codecs.PERILAKU, Pp46Codecs.SKP,
            CkpCodecs.FORM_VALUE, CkpCodecs.KEGIATAN, CkpCodecs.FORM, CkpCodecs.KEGIATAN_RESULT, CkpCodecs.RESULT,
            Permen2021Codecs.IKI_TARGET, Permen2021Codecs.IKI, Permen2021Codecs.RENCANA_KINERJA,
            Permen2021Codecs.SKP, Permen2021Codecs.PENILAIAN, Permen2021Codecs.CAPAIAN_IKI,
            Permen2021Codecs.NILAI_CAPAIAN_IKI, Permen2021Codecs.HASIL_IKI, Permen2021Codecs.HASIL_RENCANA_KINERJA,
            Permen2021Codecs.NILAI_AKHIR, Permen2021Codecs.HASIL_PENILAIAN,
            Pp46ResultCodecs.ASPEK, Pp46ResultCodecs.KEGIATAN, Pp46ResultCodecs.CAPAIAN_SKP, Pp46ResultCodecs.NILAI,
            Pp46ResultCodecs.PERILAKU, Pp46ResultCodecs.PRESTASI, Pp46ResultCodecs.RESULT,
            Permen2022Codecs.RHK_REFERENCE, Permen2022Codecs.IKI, Permen2022Codecs.RHK, Permen2022Codecs.LAMPIRAN,
            Permen2022Codecs.SKP, Permen2022Codecs.BUKTI_DUKUNG, Permen2022Codecs.REALISASI,
            Permen2022Codecs.UMPAN_BALIK, Permen2022Codecs.PERIODE, Permen2022Codecs.EVALUASI,
            Permen2022Codecs.PENILAIAN, Permen2022Codecs.UNIT, Permen2022Codecs.SUGGESTION, Permen2022Codecs.HASIL,
            Permen2022Codecs.PERIODE_ANGKA_KREDIT, Permen2022Codecs.HASIL_ANGKA_KREDIT,
            Permen2022Codecs.PREDIKAT_TAHUNAN,
            RecapCodecs.RECAP_ROW, RecapCodecs.UNIT_RECAP, RecapCodecs.PRESTASI_KERJA_ROW,
            RecapCodecs.PRESTASI_KERJA_RECAP, RecapCodecs.RENCANA_KINERJA_ROW, RecapCodecs.ACTIVITY_LOG_ENTRY,
            RecapCodecs.AKTIVITAS_ROW,
            CascadeCodecs.NODE, CascadeCodecs.RESULT);

    private static final Map<Class<?>, Codec<?>> BY_TYPE = byType();

    private Codecs() {}

    /**
     * Finds the codec of a class or of its nearest superclass that has one, so that the generated
     * {@code ImmutableX} classes find the codec of their abstract type {@code X}.
     */
    @SuppressWarnings("unchecked")
    static <T> Optional<Codec<T>> forClass(Class<T> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Codec<?> codec = BY_TYPE.get(c);
            if (codec != null) {
                return Optional.of((Codec<T>) codec);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static <T> Codec<T> forValue(T value) {
        Class<T> type = (Class<T>) value.getClass();
        return forClass(type).orElseThrow(() -> new IllegalArgumentException(
                "value must be of a core type with a JSON form, was " + value.getClass().getName()));
    }

    private static Map<Class<?>, Codec<?>> byType() {
        Map<Class<?>, Codec<?>> map = new LinkedHashMap<>();
        for (Codec<?> codec : ALL) {
            if (map.put(codec.type(), codec) != null) {
                throw new IllegalStateException("two codecs for " + codec.type().getName());
            }
        }
        return map;
    }
}
