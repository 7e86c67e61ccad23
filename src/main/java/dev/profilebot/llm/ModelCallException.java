package dev.profilebot.llm;

/** A model call gave no usable answer (empty, or it did not finish in time). */
public class ModelCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelCallException(String message) {
        super(message);
    }

    public ModelCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
