package io.github.kinerja.examples.cli;

import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.StandardCkpCalculator;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import io.github.kinerja.json.DocumentType;
import io.github.kinerja.json.JsonDocument;
import java.util.Optional;

/**
 * Scores one document of the kinerja JSON format with the standard scorer of its rule set.
 */
final class JsonInput {

    private JsonInput() {}

    /**
     * Scores the document: an input (SKP, penilaian, CKP form) yields its result, a plan without realisation yields
     * nothing, and a stored result or report is returned as it is.
     *
     * @param document  the document read, not null
     * @return the result to print, or empty for a plan that has nothing to score, not null
     * @throws io.github.kinerja.core.pp46.calc.InvalidSkpException if a PP 46 SKP fails validation
     * @throws IllegalArgumentException if a 6/2022 penilaian lacks a rating it needs
     */
    static Optional<Object> score(JsonDocument document) {
        DocumentType type = document.type();
        return switch (type) {
            case SKP_PP46 -> Optional.of(Pp46Scorer.defaults().score(document.value(SkpPp46.class)));
            case CKP_FORM -> Optional.of(StandardCkpCalculator.defaults().calculate(document.value(CkpForm.class)));
            case PENILAIAN_PERMEN2021 ->
                    Optional.of(Permen2021Scorer.standard().score(document.value(PenilaianKinerja.class)));
            case PENILAIAN_PERMEN2022 ->
                    Optional.of(Permen2022Scorer.standard().score(document.value(PenilaianPegawai.class)));
            case SKP_PERMEN2021, SKP_PERMEN2022, EVALUASI_PERMEN2022 -> Optional.empty();
            case HASIL_PP46, CKP_RESULT, HASIL_PERMEN2021, HASIL_PERMEN2022, HASIL_ANGKA_KREDIT, REPORT, UNIT_RECAP,
                    PRESTASI_KERJA_RECAP ->
                    Optional.of(document.value());
        };
    }
}
