package dev.profilebot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a follow-up ("and before that?", "what stack did he use there?") from a question that
 * stands alone, and builds the retrieval query for it from the recent questions, so the follow-up
 * retrieves the passages the conversation is about.
 */
final class FollowUps {

    /** Questions this short lean on what was said before. */
    static final int SHORT_QUESTION_WORDS = 6;

    private static final Pattern SWAP = Pattern.compile(
            "(?i)^(?:and|and what about|what about|how about|and how about|same for|and also)\\s+(?!that\\b|this\\b|it\\b|there\\b|before\\b|after\\b|then\\b)(.+?)\\s*\\??$");
    /** A name in a question: a capitalised word that does not start it ("Rust", "Kubernetes", "C++"). */
    private static final Pattern PROPER_NOUN =
            Pattern.compile("(?<=\\s)(\\p{Lu}[\\p{L}\\p{N}+#.-]*[\\p{L}\\p{N}+#]|\\p{Lu})(?=[\\s?!.,]|$)");

    private static final Pattern LEANS_ON_CONTEXT =
            Pattern.compile("^(and|but|so|also|then|what about|how about|and what|why)\\b"
                    + "|\\b(there|that|this|those|these|it|its|same|before|after|earlier|later|previous|next)\\b");

    private FollowUps() {}

    static boolean isFollowUp(String question, List<ConversationMemory.Turn> history) {
        if (history.isEmpty() || Question.startsNewTopic(question)) {
            return false;
        }
        String asked = Question.withoutAcknowledgement(question.strip());
        String q = asked.toLowerCase(Locale.ROOT);
        if (LEANS_ON_CONTEXT.matcher(q).find()) {
            return true;
        }
        // a short question leans on the conversation unless it names its own subject ("Does she speak German?")
        // or the answer before did not answer what was asked
        return history.get(history.size() - 1).direct()
                && q.split("\\s+").length <= SHORT_QUESTION_WORDS
                && !PROPER_NOUN.matcher(asked).find();
    }

    private static final Pattern POINTS_AT_A_ROLE = Pattern.compile(
            "\\b(there|that (job|role|company|position|place|employer|gig)|this (job|role|company|position)"
                    + "|(his|her|their) (time|work|job|role) there)\\b");

    private static final Pattern POINTS_BACK_IN_TIME =
            Pattern.compile("\\b(that|there|then|it|during that|at the time|that period|that job)\\b|^\\W*where\\W*$");

    private static final Pattern WHERE_WAS_IT = Pattern.compile(
            "^\\W*(and |so )?where (was|is) (that|it|this)( (job|role|company|position|place|employer|office))?"
                    + "( (based|located))?\\W*$");

    /** Whether a follow-up asks where the role talked about was: "Where was that?", "Where was that job based?". */
    static boolean asksWhereItWas(String question) {
        return WHERE_WAS_IT.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a question about a place points back: "Which city was that in?", "Where?". */
    static boolean pointsBackInTime(String question) {
        return POINTS_BACK_IN_TIME.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the question points at a place of work the conversation is about: "What did she do there?". */
    static boolean pointsAtARole(String question) {
        return POINTS_AT_A_ROLE.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The follow-up with the last question before it: "What did he do at Canonical? and before
     * that?"; a follow-up that swaps the subject ("What about Go?" after "Does he know Rust?") is
     * the last question about the new subject: "Does he know Go?".
     */
    static String retrievalQuery(String question, List<ConversationMemory.Turn> history) {
        if (ANY_OTHER.matcher(question.strip()).matches()) {
            // "Any other certifications?": the whole list, not the one the question before found
            return question;
        }
        String previous = history.get(history.size() - 1).question();
        Matcher swap = SWAP.matcher(question.strip());
        if (swap.matches()) {
            String subject = swap.group(1).strip();
            Matcher noun = PROPER_NOUN.matcher(previous);
            int start = -1;
            int end = -1;
            while (noun.find()) {
                start = noun.start(1);
                end = noun.end(1);
            }
            if (start >= 0) {
                return previous.substring(0, start) + subject + previous.substring(end);
            }
        }
        String asked = Question.withoutAcknowledgement(question.strip());
        if (!history.get(history.size() - 1).covered()) {
            // "Fine. Which meetup does she help run?" after a question the profile does not answer
            return asked;
        }
        // "Where did she do her PhD?", "When did she finish it?", "Who supervised it?": the question the
        // follow-ups lean on, and the ones between
        StringBuilder leanedOn = new StringBuilder(previous);
        for (int i = history.size() - 1;
                i > 0
                        && history.size() - i < MAX_LEANED_ON
                        // "When did she finish it?": a question that points back, not one merely short
                        && LEANS_ON_CONTEXT
                                .matcher(history.get(i).question().toLowerCase(Locale.ROOT))
                                .find();
                i--) {
            leanedOn.insert(0, history.get(i - 1).question() + " ");
        }
        return leanedOn + " " + asked;
    }

    /** "Any other certifications?", "What other languages?": the rest of a kind, named in the question. */
    private static final Pattern ANY_OTHER =
            Pattern.compile("(?i)^(and )?(any|are there any|anything|what|which) (other|more|else)\\s+"
                    + "(?!(than|there|then|that|this|before|after)\\b)\\p{L}[\\p{L} -]{2,40}?\\s*\\??$");

    /** How many earlier questions a chain of follow-ups carries at most. */
    private static final int MAX_LEANED_ON = 3;
}
