package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An example of an instansi's own rule: the TPP (Tambahan Penghasilan Pegawai) of one regional government, as
 * public regional HR software computes it. It is local law of one region, kept in the tests to show the
 * {@link Rule} hook, not shipped as a rule of the library.
 *
 * <p>Per allowance component ({@code basic × component percentage}): 40 % times the attendance percentage; 40 % if
 * the logged activity reaches 6 750 minutes in the month; and the SKP part: 20 %, 10 % with predikat Kurang/Misconduct
 * or Sangat Kurang, 0 without predikat. Below 6 750 minutes of activity the SKP part is 0 as well.
 */
final class RegionalTppRule implements Rule<RegionalTppRule.Input, BigDecimal> {

    static final RuleKey<Input, BigDecimal> KEY = RuleKey.of("kota-contoh/tpp", Input.class, BigDecimal.class);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final int MINIMUM_MINUTES = 6750;

    /** The month's input of one employee. */
    record Input(BigDecimal basic, BigDecimal componentPercent, BigDecimal attendancePercent, int activityMinutes,
            Optional<PredikatPegawai> predikat) {}

    @Override
    public String id() {
        return KEY.name();
    }

    @Override
    public String description() {
        return "TPP of Kota Contoh (Perwali, local rule): attendance 40 %, activity 40 %, SKP 20 %";
    }

    @Override
    public RuleOutcome<BigDecimal> apply(Input input) {
        List<CalculationStep> steps = new ArrayList<>();
        BigDecimal component = input.basic().multiply(input.componentPercent()).divide(HUNDRED);
        steps.add(CalculationStep.of("tpp.komponen", input.basic() + " × " + input.componentPercent() + " %",
                component));
        BigDecimal attendance = component.multiply(FORTY).multiply(input.attendancePercent())
                .divide(HUNDRED).divide(HUNDRED);
        steps.add(CalculationStep.of("tpp.absensi", "40 % × " + input.attendancePercent() + " % × " + component,
                attendance));
        boolean active = input.activityMinutes() >= MINIMUM_MINUTES;
        BigDecimal activity = active ? component.multiply(FORTY).divide(HUNDRED) : BigDecimal.ZERO;
        steps.add(CalculationStep.of("tpp.aktivitas", input.activityMinutes() + " minutes, at least 6750: " + active,
                activity));
        BigDecimal skpPercent = !active || input.predikat().isEmpty() ? BigDecimal.ZERO
                : switch (input.predikat().orElseThrow()) {
                    case KURANG_MISCONDUCT, SANGAT_KURANG -> BigDecimal.TEN;
                    default -> BigDecimal.valueOf(20);
                };
        BigDecimal skp = component.multiply(skpPercent).divide(HUNDRED);
        steps.add(CalculationStep.of("tpp.skp", skpPercent + " % × " + component, skp));
        BigDecimal total = attendance.add(activity).add(skp);
        steps.add(CalculationStep.of("tpp.total", attendance + " + " + activity + " + " + skp, total));
        return RuleOutcome.of(id(), total, steps);
    }
}
