package dev.profilebot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            Pattern.compile("(?<=\\s)(\\p{Lu}[\\p{L}\\p{N}+#.-]*[\\p{L}\\p{N}+#]|\\p{Lu}"
                    // "Does she have a master's degree?": a degree named in lower case
                    + "|(?i:master(?:'s|’s|s)|bachelor(?:'s|’s|s)|doctorate)(?: degree)?)(?=[\\s?!.,]|$)");

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
        Optional<String> swapped = swapped(question, history);
        if (swapped.isPresent()) {
            return swapped.get();
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

    /**
     * A follow-up that swaps the subject as the question it swaps it in: "Where did she do her master's?" of
     * "What about her master's?" after "Where did she do her PhD?" (and "Who supervised it?" between).
     */
    static Optional<String> swapped(String question, List<ConversationMemory.Turn> history) {
        Matcher swap = SWAP.matcher(question.strip());
        // "And Go?", "What about her master's?", not "And where did she go after that?"
        if (!swap.matches() || ASKS.matcher(swap.group(1)).lookingAt()) {
            return Optional.empty();
        }
        // the latest question that names something, past those that only point back to it ("Who supervised it?")
        for (int i = history.size() - 1; i >= 0 && history.size() - i <= MAX_LEANED_ON; i--) {
            String earlier = history.get(i).question();
            Optional<String> swapped = swapped(earlier, swap.group(1).strip());
            if (swapped.isPresent()
                    || !LEANS_ON_CONTEXT
                            .matcher(earlier.toLowerCase(Locale.ROOT))
                            .find()) {
                return swapped;
            }
        }
        return Optional.empty();
    }

    /**
     * The question with its last name swapped for the subject: "Does he know Go?" of "Does he know Rust?" and
     * "Go"; "Where did she do her master's?" of "Where did she do her PhD?" and "her master's".
     */
    private static Optional<String> swapped(String question, String subject) {
        Matcher noun = PROPER_NOUN.matcher(question);
        int start = -1;
        int end = -1;
        while (noun.find()) {
            start = noun.start(1);
            end = noun.end(1);
        }
        if (start < 0) {
            return Optional.empty();
        }
        String before = question.substring(0, start);
        Matcher own = PERSONS_OWN.matcher(subject);
        if (own.lookingAt()
                && !before.toLowerCase(Locale.ROOT).endsWith(own.group().toLowerCase(Locale.ROOT))
                && !before.matches("(?s).*\\b(a|an)\\s$")) {
            // "What about her education?" after "What did she work on at Ping An?": a topic of the person's, no
            // name to put in another's stead (but "her master's" where the question said "her PhD" or "a PhD")
            return Optional.empty();
        }
        Matcher possessive = POSSESSIVE_OPENS.matcher(subject);
        if (possessive.lookingAt()
                && (before.toLowerCase(Locale.ROOT).endsWith(possessive.group().toLowerCase(Locale.ROOT))
                        // "Does she have a master's degree?": "a bachelor's", not "a her bachelor's"
                        || before.matches("(?is).*\\b(a|an)\\s$"))) {
            subject = subject.substring(possessive.end()); // "her master's" where the question said "her PhD"
        }
        return Optional.of(before + subject + question.substring(end));
    }

    /** "Where?", "And when?": a place or a time asked of what the question before asked about. */
    private static final Pattern WHERE_OR_WHEN_ALONE = Pattern.compile("(?i)^\\W*(?:and |so )?(where|when)\\W*$");

    /** "What did she study?", "What did he train in?": a question about studies, opened by what or which. */
    private static final Pattern ABOUT_STUDIES = Pattern.compile(
            "(?i)^\\W*(?:what|which)\\s+(?:\\p{L}+\\s+){0,2}?(did|does|do|has|have)\\s+(.*\\b(?:stud(?:y|ied|ies)|major"
                    + "|degrees?|graduat\\w*|qualif\\w*|train\\w*|read)\\b.*)$");

    /**
     * "Where?" after "What did she study?": "Where did she study?"; "When?" the same with "when". A place or a
     * time asked of studies, which the education answers.
     */
    static Optional<String> elliptical(String question, List<ConversationMemory.Turn> history) {
        Matcher alone = WHERE_OR_WHEN_ALONE.matcher(question.strip());
        if (!alone.matches() || history.isEmpty()) {
            return Optional.empty();
        }
        Matcher studies =
                ABOUT_STUDIES.matcher(history.get(history.size() - 1).question().strip());
        if (!studies.matches()) {
            return Optional.empty();
        }
        String wh = alone.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(Character.toUpperCase(wh.charAt(0)) + wh.substring(1) + " " + studies.group(1) + " "
                + studies.group(2));
    }

    /** A question's own opening: "where did she …", "is he …". */
    private static final Pattern ASKS = Pattern.compile(
            "(?i)(where|what|when|who|whom|whose|how|which|why|did|does|do|is|was|are|were|has|have|had|can|could|will"
                    + "|would)\\b");

    /** "her education", "his languages": a subject of the person's own. */
    private static final Pattern PERSONS_OWN = Pattern.compile("(?i)(her|his|their) ");

    /** A word the subject may open with that the question already has before its name: "her", "at". */
    private static final Pattern POSSESSIVE_OPENS = Pattern.compile("(?i)(her|his|their|the|at|in|for|with) ");

    /** "Any other certifications?", "What other languages?": the rest of a kind, named in the question. */
    private static final Pattern ANY_OTHER =
            Pattern.compile("(?i)^(and )?(any|are there any|anything|what|which) (other|more|else)\\s+"
                    + "(?!(than|there|then|that|this|before|after)\\b)\\p{L}[\\p{L} -]{2,40}?\\s*\\??$");

    /** How many earlier questions a chain of follow-ups carries at most. */
    private static final int MAX_LEANED_ON = 3;
}
