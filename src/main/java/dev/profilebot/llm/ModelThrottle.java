package dev.profilebot.llm;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What the provider said about when to call again: a 429 (or 503) with {@code Retry-After} holds
 * back every call that follows until then, rather than each call retrying on its own. One per
 * model, shared by its HTTP client (which reports the header) and its gate and retries (which wait
 * for it, or give up at once when it is further off than a question may wait).
 */
public final class ModelThrottle {

    /** Longer hints are taken as this: a provider's day-long ban is not waited out by a chat bot. */
    static final Duration LONGEST = Duration.ofHours(1);

    private final LongSupplier nanos;
    private final AtomicLong notBefore;

    public ModelThrottle() {
        this(System::nanoTime);
    }

    ModelThrottle(LongSupplier nanos) {
        this.nanos = nanos;
        this.notBefore = new AtomicLong(nanos.getAsLong());
    }

    /** The provider asked for no call before {@code wait} from now. */
    public void holdFor(Duration wait) {
        Duration capped = wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
        long until = nanos.getAsLong() + Math.max(0, capped.toNanos());
        notBefore.accumulateAndGet(until, (current, next) -> current - next < 0 ? next : current);
    }

    /** How long until calls may go out again; zero when they may now. */
    public Duration remaining() {
        long left = notBefore.get() - nanos.getAsLong();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /**
     * A {@code Retry-After} value: seconds, or an HTTP date (RFC 9110); empty when it is neither.
     *
     * @param now the time the response came, for a date
     */
    static Optional<Duration> parseRetryAfter(String value, ZonedDateTime now) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                return Optional.of(LONGEST);
            }
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
