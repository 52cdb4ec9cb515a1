package io.github.kinerja.core;

/**
 * The sex of a civil servant as encoded in digit 15 of the {@link Nip}: {@code 1} for male, {@code 2} for female.
 */
public enum Sex {
    /** Male (laki-laki), NIP digit {@code 1}. */
    MALE,
    /** Female (perempuan), NIP digit {@code 2}. */
    FEMALE
}
