package io.github.kinerja.core.permen2022;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One umpan balik (feedback) of the appraiser in an evaluation period, on an RHK, on a core value, or on the
 * period as a whole when neither is set.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UmpanBalik {

    UmpanBalik() {}

    /** Returns a new builder; {@code teks} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the id of the RHK the feedback is about, if any. */
    public abstract Optional<String> rhkId();

    /** Returns the core value the feedback is about, if any. */
    public abstract Optional<CoreValue> coreValue();

    /** Returns the feedback text. */
    public abstract String teks();

    @Value.Check
    final void check() {
        if (teks().isBlank()) {
            throw new IllegalArgumentException("teks of an umpan balik must not be blank");
        }
    }

    /** Builder of feedback. */
    public static final class Builder extends ImmutableUmpanBalik.Builder {
        Builder() {}
    }
}
