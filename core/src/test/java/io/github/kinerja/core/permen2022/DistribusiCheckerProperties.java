package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistribusiCheckerProperties {

    private static final Gen<Integer> COUNT = Gens.integers(0, 40);
    private static final Gen<PredikatCounts> COUNTS = random -> PredikatCounts.of(COUNT.generate(random),
            COUNT.generate(random), COUNT.generate(random), COUNT.generate(random), COUNT.generate(random));
    private static final Gen<PredikatOrganisasi> ORGANISASI = Gens.oneOf(PredikatOrganisasi.values());
    private static final Set<String> CODES = Set.of(Permen2022Validator.DISTRIBUSI_MAX,
            Permen2022Validator.DISTRIBUSI_MIN, Permen2022Validator.DISTRIBUSI_AT_LEAST_ONE,
            Permen2022Validator.DISTRIBUSI_NOT_MODAL, Permen2022Validator.DISTRIBUSI_EMPTY);

    @Test
    void checkNeverThrowsAndUsesOnlyDistributionCodes() {
        Property.forAll(ORGANISASI, COUNTS, (organisasi, counts) -> {
            Report report = DistribusiChecker.standard().check(organisasi, counts);
            assertThat(report.findings()).allSatisfy(f -> assertThat(CODES).contains(f.code()));
        });
    }

    @Test
    void emptyReportMeansEveryBoundIsMet() {
        Property.forAll(ORGANISASI, COUNTS, (organisasi, counts) -> {
            Report report = DistribusiChecker.standard().check(organisasi, counts);
            if (!report.isEmpty()) {
                return;
            }
            int total = counts.total();
            for (DistributionRule rule : PolaDistribusi.standard(organisasi).rules()) {
                int count = counts.count(rule.predikat());
                switch (rule.kind()) {
                    case MAX_SHARE -> assertThat(count * 100L)
                            .isLessThanOrEqualTo(rule.percent().orElseThrow().longValueExact() * total);
                    case MIN_SHARE -> assertThat(count * 100L)
                            .isGreaterThanOrEqualTo(rule.percent().orElseThrow().longValueExact() * total);
                    case AT_LEAST_ONE -> assertThat(count).isPositive();
                    case MODAL -> {
                        for (PredikatPegawai other : PredikatPegawai.values()) {
                            assertThat(count).isGreaterThanOrEqualTo(counts.count(other));
                        }
                    }
                }
            }
        });
    }
}
