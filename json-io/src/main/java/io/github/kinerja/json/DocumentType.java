package io.github.kinerja.json;

import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.HasilAngkaKredit;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.recap.PrestasiKerjaRecap;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of top-level JSON documents: the values that HRIS systems exchange on their own, each with the stable
 * code written in the document's {@code type} property.
 *
 * <p>A document starts with {@code "formatVersion"} and {@code "type"}, followed by the properties of its value:
 * <pre>{@code
 * {"formatVersion": "1.0", "type": "skp-pp46", "pegawai": {...}, "period": {...}, "kegiatan": [...]}
 * }</pre>
 * Values of other core types, such as a {@code Person}, have a JSON form too, but only inside a document or on
 * their own without these two properties.
 */
public enum DocumentType {
    /** An SKP under PP 46/2011 with its realisasi and perilaku kerja ({@link SkpPp46}). */
    SKP_PP46("skp-pp46", SkpPp46.class),
    /** The appraisal result under PP 46/2011 with its explanation ({@link Pp46Result}), read value by value. */
    HASIL_PP46("hasil-pp46", Pp46Result.class),
    /** A BPS CKP-T or CKP-R form ({@link CkpForm}). */
    CKP_FORM("ckp-form", CkpForm.class),
    /** The recomputed CKP of a CKP-R form ({@link CkpResult}). */
    CKP_RESULT("ckp-result", CkpResult.class),
    /** An SKP under PermenPANRB 8/2021 ({@link Skp}). */
    SKP_PERMEN2021("skp-permen2021", Skp.class),
    /** The input of an appraisal under PermenPANRB 8/2021 ({@link PenilaianKinerja}). */
    PENILAIAN_PERMEN2021("penilaian-permen2021", PenilaianKinerja.class),
    /** The appraisal result under PermenPANRB 8/2021 with its explanation ({@link HasilPenilaian}). */
    HASIL_PERMEN2021("hasil-permen2021", HasilPenilaian.class),
    /** An SKP under PermenPANRB 6/2022, the plan of one period ({@link io.github.kinerja.core.permen2022.Skp}). */
    SKP_PERMEN2022("skp-permen2022", io.github.kinerja.core.permen2022.Skp.class),
    /** The evaluation of such an SKP for one period ({@link Evaluasi}). */
    EVALUASI_PERMEN2022("evaluasi-permen2022", Evaluasi.class),
    /** The input of an appraisal under PermenPANRB 6/2022 ({@link PenilaianPegawai}). */
    PENILAIAN_PERMEN2022("penilaian-permen2022", PenilaianPegawai.class),
    /** The appraisal result under PermenPANRB 6/2022 with its explanation ({@link HasilPenilaianPegawai}). */
    HASIL_PERMEN2022("hasil-permen2022", HasilPenilaianPegawai.class),
    /** The angka kredit earned from predikat ({@link HasilAngkaKredit}). */
    HASIL_ANGKA_KREDIT("hasil-angka-kredit", HasilAngkaKredit.class),
    /** A validation report ({@link Report}). */
    REPORT("report", Report.class),
    /**
     * A unit recap of PermenPANRB 6/2022, one row per employee with the two ratings and the predikat, as an HRIS
     * export or a recap workbook states them ({@link UnitRecap}).
     */
    UNIT_RECAP("unit-recap", UnitRecap.class),
    /** A PP 46/2011 recap of the Nilai Prestasi Kerja, one row per employee ({@link PrestasiKerjaRecap}). */
    PRESTASI_KERJA_RECAP("prestasi-kerja-recap", PrestasiKerjaRecap.class);

    private final String code;
    private final Class<?> javaType;

    DocumentType(String code, Class<?> javaType) {
        this.code = code;
        this.javaType = javaType;
    }

    /**
     * Obtains the document type written as {@code code} in a document's {@code type} property.
     *
     * @param code  the code, such as {@code skp-pp46}, not null
     * @return the document type, or empty if no type has that code, not null
     */
    public static Optional<DocumentType> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (DocumentType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains the document type of a core class, such as {@link #SKP_PP46} for {@link SkpPp46}.
     *
     * @param type  the core class or a subclass of it, not null
     * @return the document type, or empty if values of the class are not documents, not null
     */
    public static Optional<DocumentType> of(Class<?> type) {
        Objects.requireNonNull(type, "type");
        for (DocumentType documentType : values()) {
            if (documentType.javaType.isAssignableFrom(type)) {
                return Optional.of(documentType);
            }
        }
        return Optional.empty();
    }

    /** Returns the stable code written in the {@code type} property, such as {@code skp-pp46}. */
    public String code() {
        return code;
    }

    /** Returns the core class of the document's value. */
    public Class<?> javaType() {
        return javaType;
    }
}
