package io.github.kinerja.core;

/**
 * Where a {@link RoundingPolicy} rounds during a calculation.
 */
public enum RoundingStage {
    /** Rounds only the value presented or used for a category; every intermediate value stays exact. */
    FINAL_ONLY,
    /**
     * Also rounds each item (for example each kegiatan value) before items are aggregated, as spreadsheets do that
     * display and then reuse 2-decimal cells.
     */
    EACH_ITEM
}
