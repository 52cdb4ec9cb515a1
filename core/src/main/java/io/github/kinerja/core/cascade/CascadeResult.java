package io.github.kinerja.core.cascade;

import io.github.kinerja.core.report.Report;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of {@link CascadeChecker#check(java.util.Collection)}: the cascade trees and the findings.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CascadeResult {

    CascadeResult() {}

    /**
     * Returns the roots of the trees: RHK that intervene no RHK, or whose link could not be followed (those are
     * reported). RHK on a cycle appear in no tree.
     */
    public abstract List<CascadeNode> roots();

    /** Returns the findings. */
    public abstract Report report();
}
