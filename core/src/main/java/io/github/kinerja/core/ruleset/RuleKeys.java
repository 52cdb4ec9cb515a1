package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;

/**
 * The keys of the rules in {@link StandardRuleSets}.
 */
public final class RuleKeys {

    /** PP 46/2011: an SKP with realisasi and perilaku to the Nilai Prestasi Kerja. */
    public static final RuleKey<SkpPp46, Pp46Result> PP46_PRESTASI =
            RuleKey.of("pp46/prestasi", SkpPp46.class, Pp46Result.class);

    /** PermenPANRB 8/2021: an appraisal to the nilai SKP, nilai akhir and predikat of PP 30/2019. */
    public static final RuleKey<PenilaianKinerja, HasilPenilaian> PERMEN2021_PENILAIAN =
            RuleKey.of("permenpanrb-8-2021/penilaian", PenilaianKinerja.class, HasilPenilaian.class);

    /** PermenPANRB 6/2022: the ratings of one evaluation to the predikat kinerja pegawai. */
    public static final RuleKey<PenilaianPegawai, HasilPenilaianPegawai> PERMEN2022_PREDIKAT =
            RuleKey.of("permenpanrb-6-2022/predikat", PenilaianPegawai.class, HasilPenilaianPegawai.class);

    private RuleKeys() {}
}
