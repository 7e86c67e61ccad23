package dev.profilebot.questionlog;

/**
 * The question log's database cannot be used as it is: not a database, damaged, or written by a
 * newer version of the bot. The message names the file; the file is left untouched.
 */
public final class QuestionLogException extends RuntimeException {
    public QuestionLogException(String message) {
        super(message);
    }

    public QuestionLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
