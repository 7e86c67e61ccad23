package dev.profilebot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a follow-up ("and before that?", "what stack did he use there?") from a question that
 * stands alone, and builds the retrieval query for it from the recent questions, so the follow-up
 * retrieves the passages the conversation is about.
 */
final class FollowUps {

    /** Questions this short lean on what was said before. */
    static final int SHORT_QUESTION_WORDS = 6;

    private static final Pattern LEANS_ON_CONTEXT = Pattern.compile(
            "^(and|but|so|also|then|what about|how about|and what|why)\\b"
                    + "|\\b(there|that|this|those|these|it|its|they|them|same|before|after|earlier|later|previous|next)\\b");

    private FollowUps() {}

    static boolean isFollowUp(String question, List<ConversationMemory.Turn> history) {
        if (history.isEmpty()) {
            return false;
        }
        String q = question.toLowerCase(Locale.ROOT).strip();
        return q.split("\\s+").length <= SHORT_QUESTION_WORDS
                || LEANS_ON_CONTEXT.matcher(q).find();
    }

    private static final Pattern POINTS_AT_A_ROLE = Pattern.compile(
            "\\b(there|that (job|role|company|position|place|employer|gig)|this (job|role|company|position)"
                    + "|(his|her|their) (time|work|job|role) there)\\b");

    /** Whether the question points at a place of work the conversation is about: "What did she do there?". */
    static boolean pointsAtARole(String question) {
        return POINTS_AT_A_ROLE.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** The follow-up with the last question before it: "What did he do at Canonical? and before that?" */
    static String retrievalQuery(String question, List<ConversationMemory.Turn> history) {
        return history.get(history.size() - 1).question() + " " + question;
    }
}
