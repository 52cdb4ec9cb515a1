package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AngkaKreditCalculatorProperties {

    private static final Gen<JenjangJf> JENJANG = Gens.oneOf(JenjangJf.values());
    private static final Gen<PredikatPegawai> PREDIKAT = Gens.oneOf(PredikatPegawai.values());
    private static final Gen<BigDecimal> KOEFISIEN = Gens.decimals("0", "100", 3);

    @Test
    void twelveMonthlyPeriodsGiveTheAnnualValueBeforeRounding() {
        Property.forAll(JENJANG, PREDIKAT, (jenjang, predikat) -> {
            AngkaKreditCalculator calculator = AngkaKreditCalculator.standard();
            HasilAngkaKredit annual = calculator.calculate(jenjang, List.of(PeriodeAngkaKredit.of(12, predikat)));
            HasilAngkaKredit monthly = calculator.calculate(jenjang,
                    Collections.nCopies(12, PeriodeAngkaKredit.of(1, predikat)));
            assertThat(monthly.exactTotal()).isEqualByComparingTo(annual.exactTotal());
            assertThat(monthly.total()).isEqualByComparingTo(annual.total());
        });
    }

    /** A split of the year into periods of whole months, all with one predikat. */
    private record Split(List<Integer> months, PredikatPegawai predikat) {}

    private static final Gen<Split> SPLITS = random -> {
        List<Integer> months = new ArrayList<>();
        int left = 12;
        while (left > 0) {
            int part = 1 + random.nextInt(left);
            months.add(part);
            left -= part;
        }
        return new Split(months, PREDIKAT.generate(random));
    };

    @Test
    void anySplitOfTheYearGivesTheAnnualValueBeforeRounding() {
        Property.forAll(KOEFISIEN, SPLITS, (koefisien, split) -> {
            List<PeriodeAngkaKredit> periods = new ArrayList<>();
            for (int months : split.months()) {
                periods.add(PeriodeAngkaKredit.of(months, split.predikat()));
            }
            AngkaKreditCalculator calculator = AngkaKreditCalculator.standard();
            BigDecimal annual = calculator.calculate(koefisien, List.of(PeriodeAngkaKredit.of(12, split.predikat())))
                    .exactTotal();
            assertThat(calculator.calculate(koefisien, periods).exactTotal()).isEqualByComparingTo(annual);
        });
    }
}
