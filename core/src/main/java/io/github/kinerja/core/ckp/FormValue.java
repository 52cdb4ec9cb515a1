package io.github.kinerja.core.ckp;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A number as the form itself shows it, with where it stands, such as the CKP a spreadsheet computed when it was
 * last saved.
 *
 * <p>Calculators compare such values with the ones they recompute. The location is free text in the form of the
 * source, such as {@code CKP-R!G22} for a workbook cell, or empty when unknown.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FormValue {

    FormValue() {}

    /**
     * Obtains a shown value.
     *
     * @param value  the value as the form shows it, not null
     * @param location  where the form shows it, empty when unknown, not null
     * @return the shown value, not null
     */
    public static FormValue of(BigDecimal value, String location) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
        return ImmutableFormValue.of(value, location);
    }

    /** Returns the value as the form shows it. */
    @Value.Parameter
    public abstract BigDecimal value();

    /** Returns where the form shows the value, such as {@code CKP-R!G22}, or an empty string when unknown. */
    @Value.Parameter
    public abstract String location();

    /** Returns the value as plain text followed by its location, such as {@code 97.75 (CKP-R!G22)}. */
    @Override
    public String toString() {
        return value().toPlainString() + (location().isEmpty() ? "" : " (" + location() + ")");
    }
}
