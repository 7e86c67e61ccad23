package dev.profilebot.answer;

import dev.profilebot.profile.ContactCard;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the messages about the person as a whole: a greeting gets a word on what the bot can
 * answer, and "who is he?" gets the opening of the profile's summary.
 */
public final class PersonAnswerer {

    private final ContactCard card;
    private final Optional<Passage> summary;
    private final ReplyTemplates templates;
    private final int maxChars;

    public PersonAnswerer(Profile profile, ReplyTemplates templates, int maxChars) {
        this.card = profile.contact();
        this.summary = profile.summary();
        this.templates = templates;
        this.maxChars = maxChars;
    }

    public Optional<Answer> answer(Intent intent) {
        return switch (intent) {
            case GREETING -> Optional.of(greeting());
            case ABOUT_THE_PERSON -> summary.map(this::summaryAnswer);
            default -> Optional.empty();
        };
    }

    /** What the bot says to a greeting, or to an empty message. */
    public Answer greeting() {
        String text = templates.greeting(Map.of("name", card.name(), "first_name", card.firstName()));
        return new Answer(text, List.of(), Answer.Mode.OFFLINE, Answer.Outcome.GREETING, 0);
    }

    private Answer summaryAnswer(Passage passage) {
        List<String> sentences = new ArrayList<>();
        int length = 0;
        for (String sentence : passage.sentences()) {
            if (!sentences.isEmpty() && length + 1 + sentence.length() > maxChars) {
                break;
            }
            sentences.add(sentence);
            length += sentence.length() + 1;
        }
        Source source = new Source(passage.fileName(), passage.section(), 1.0);
        return new Answer(
                String.join(" ", sentences), List.of(source), Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0);
    }
}
