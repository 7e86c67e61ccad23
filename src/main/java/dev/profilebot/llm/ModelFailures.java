package dev.profilebot.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

/** Tells failures a retry can fix (429, 5xx, timeouts) from those it cannot, and names them safely. */
public final class ModelFailures {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private ModelFailures() {}

    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamBrokenException) {
                return false; // part of the answer was shown already
            }
            if (t instanceof RetriableException
                    || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException
                    || t instanceof ModelTimeoutException) {
                return true;
            }
            if (t instanceof HttpException http) {
                return http.statusCode() == TOO_MANY_REQUESTS || http.statusCode() >= SERVER_ERROR;
            }
        }
        return false;
    }

    /** A 429: the provider is rate-limiting, which says nothing about the model's health. */
    public static boolean isRateLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof dev.langchain4j.exception.RateLimitException) {
                return true;
            }
            if (t instanceof HttpException http) {
                return http.statusCode() == TOO_MANY_REQUESTS;
            }
        }
        return false;
    }

    /**
     * The failure's kind and HTTP status, for logs: never the message, which may quote the
     * provider's error text or part of a key.
     */
    public static String describe(Throwable failure) {
        StringBuilder kinds = new StringBuilder(failure.getClass().getSimpleName());
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                kinds.append(" (HTTP ").append(http.statusCode()).append(')');
                break;
            }
        }
        return kinds.toString();
    }

    /** The model stopped part-way through a streamed answer: not retried, as text was already shown. */
    public static final class StreamBrokenException extends ModelCallException {
        private static final long serialVersionUID = 1L;

        StreamBrokenException(Throwable cause) {
            super("the streamed answer broke off", cause);
        }
    }

    /** The model did not answer in time. */
    public static final class ModelTimeoutException extends ModelCallException {
        private static final long serialVersionUID = 1L;

        ModelTimeoutException(String message) {
            super(message);
        }
    }
}
