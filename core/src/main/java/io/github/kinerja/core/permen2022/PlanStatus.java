package io.github.kinerja.core.permen2022;

/**
 * The stage an SKP has reached, recorded as data; nothing in the library changes it.
 */
public enum PlanStatus {
    /** Draft: the plan is being written. */
    DRAFT,
    /** Disepakati: employee and appraiser agreed the plan and its ekspektasi. */
    AGREED,
    /** Dinilai: the appraiser evaluated the plan. */
    EVALUATED
}
