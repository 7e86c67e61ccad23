package dev.profilebot.answer;

/**
 * Where answered questions are recorded (the owner's question log). Called once per question,
 * after it is answered, on the answering thread: an implementation must return at once and never
 * throw, so recording never delays or fails an answer.
 */
@FunctionalInterface
public interface AnswerLog {

    /** Records nothing: commands that do not keep a log. */
    AnswerLog NONE = (question, answer) -> {};

    void answered(Question question, Answer answer);
}
