package io.github.kinerja.core.permen2022;

/**
 * The three sections of the Lampiran (attachment) of a PermenPANRB 6/2022 SKP, which complete the ekspektasi the
 * superior sets with the plan.
 */
public enum LampiranSkp {
    /** Dukungan Sumber Daya: the resources the employee needs. */
    DUKUNGAN_SUMBER_DAYA,
    /** Skema Pertanggungjawaban: how the employee accounts for the results. */
    SKEMA_PERTANGGUNGJAWABAN,
    /** Konsekuensi: the consequences of reaching or missing the results. */
    KONSEKUENSI
}
