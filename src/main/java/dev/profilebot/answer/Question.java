package dev.profilebot.answer;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A question as a chat platform hands it over: its text, the conversation it belongs to (a Discord
 * channel, thread or DM; a terminal session), which keys the conversation memory, and who asked
 * where. Its id ties the answer the platform sends to the question log (feedback on that answer).
 */
public record Question(String id, String text, Optional<String> conversation, Asker asker) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(asker, "asker");
    }

    /**
     * Who asked, and on which platform.
     *
     * @param platform discord, cli, …
     * @param id the asker's id on the platform, when the platform has one
     */
    public record Asker(String platform, Optional<String> id) {
        /** Someone at the terminal. */
        public static final Asker TERMINAL = new Asker("cli", Optional.empty());

        public Asker {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(id, "id");
        }

        public static Asker on(String platform, String id) {
            return new Asker(platform, Optional.of(id));
        }
    }

    /** "Different question", "Switching gears", "On another note": words that change the subject. */
    private static final String TOPIC_SWITCH =
            "(?:a )?(?:different|new|another|unrelated) (?:topic|question|thing|subject)"
                    + "|(?:switching|changing) (?:topics?|gears|subjects?|the subject)|on another note";

    /** "OK", "Thanks", "Fair enough": an acknowledgement of the answer before, followed by a space or a stop. */
    private static final String ACKNOWLEDGED = "ok(?:ay)?|thanks|thank you|got it|fair enough|no worries|understood";

    /** "Fine.", "Sure,", "Hmm,": an acknowledgement only when a stop follows it ("Right to work?" asks something). */
    private static final String ACKNOWLEDGED_THEN_STOP =
            "fine|right|great|cool|sure|alright|all right|perfect|nice|cheers|interesting|i see|hm+|ah|oh";

    /** One acknowledgement and what parts it from the question: "OK ", "Fair enough. ", "Fine, ". */
    private static final String ONE_ACKNOWLEDGEMENT =
            "(?:" + ACKNOWLEDGED + ")[\\s,.!:;-]+|(?:" + ACKNOWLEDGED_THEN_STOP + ")[,.!:;-]+\\s*";

    /** "Different topic - ", "Switching gears: ", "OK. ": how a question is introduced, not what it asks. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(?:and[\\s,.!:;-]+|" + ONE_ACKNOWLEDGEMENT + ")*(?:" + TOPIC_SWITCH + "|by the way)?[\\s,.!:;-]*");

    private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("(?i)^(?:" + ONE_ACKNOWLEDGEMENT + ")+");

    private static final Pattern NEW_TOPIC = Pattern.compile(
            "(?i)^\\W*(?:(?:" + ACKNOWLEDGED + "|" + ACKNOWLEDGED_THEN_STOP + ")\\W+)*(?:" + TOPIC_SWITCH + ")\\b");

    /** Whether the question says it starts a new topic: "Different question: what's her notice period?". */
    public static boolean startsNewTopic(String text) {
        return NEW_TOPIC.matcher(text).find();
    }

    /** The question without how it was introduced: "OK. What certifications does she hold?" asks "What certifications …". */
    public static String withoutLeadIn(String text) {
        return LEAD_IN.matcher(text).replaceFirst("");
    }

    /** The question without the acknowledgement it opens with: "Fair enough. What was his PhD about?". */
    public static String withoutAcknowledgement(String text) {
        return ACKNOWLEDGEMENT.matcher(text).replaceFirst("");
    }

    /** A question outside any conversation: no memory. */
    public static Question standalone(String text) {
        return new Question(newId(), text, Optional.empty(), Asker.TERMINAL);
    }

    public static Question in(String conversation, String text) {
        return new Question(newId(), text, Optional.of(conversation), Asker.TERMINAL);
    }

    /** The same question, asked by this asker. */
    public Question by(Asker who) {
        return new Question(id, text, conversation, who);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
