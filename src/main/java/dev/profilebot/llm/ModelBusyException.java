package dev.profilebot.llm;

import java.util.Locale;

/**
 * The model was not asked: the question would have waited longer than it may, because the calls in
 * flight fill every slot or because the provider asked for a pause ({@code Retry-After}). The
 * question is answered offline at once, said as such.
 */
public final class ModelBusyException extends ModelCallException {
    private static final long serialVersionUID = 1L;

    /** Why the model could not take the question in time. */
    public enum Reason {
        /** Every slot was taken for longer than the question may wait. */
        BUSY,
        /** The provider asked for no calls until later than the question may wait. */
        RATE_LIMITED;

        /** "busy", "rate_limited": the metric's tag. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    ModelBusyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
