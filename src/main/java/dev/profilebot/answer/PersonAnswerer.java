package dev.profilebot.answer;

import dev.profilebot.profile.ContactCard;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.facts.Education;
import dev.profilebot.profile.facts.Identity;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the messages about the person as a whole: a greeting gets a word on what the bot can
 * answer; "who is he?" gets the name, headline and current role with the opening of the summary;
 * "what's her name?" and "what are their pronouns?" the identity the structured profile holds.
 */
public final class PersonAnswerer {

    private static final java.util.regex.Pattern FIRST_PERSON =
            java.util.regex.Pattern.compile("(?i)\\b(i|i'm|i’m|i've|my|me)\\b");

    private final ContactCard card;
    private final StructuredProfile facts;
    private final Optional<Passage> summary;
    private final ReplyTemplates templates;
    private final int maxChars;

    public PersonAnswerer(Profile profile, ReplyTemplates templates, int maxChars) {
        this.card = profile.contact();
        this.facts = profile.facts();
        // a job's own passage, the first under any heading when nothing introduces the person, is no
        // introduction: the current role is said already, and the duties of another are not who they are
        // (nor are the lines of a place of study)
        this.summary = profile.summary()
                .filter(p -> p.section().isEmpty()
                        || Profile.isSummarySection(p.sectionPath().get(0))
                        || java.util.stream.Stream.concat(
                                        facts.roles().stream().map(Role::source),
                                        facts.education().stream().map(Education::source))
                                .noneMatch(s -> s.fileName().equals(p.fileName())
                                        && s.section().equals(p.section())));
        this.templates = templates;
        this.maxChars = maxChars;
    }

    public Optional<Answer> answer(Intent intent) {
        return switch (intent) {
            case GREETING -> Optional.of(greeting());
            case ABOUT_THE_PERSON -> whoTheyAre();
            case NAME -> facts.identity().name().map(this::nameAnswer);
            case PRONOUNS -> Optional.of(pronounsAnswer());
            default -> Optional.empty();
        };
    }

    private Answer nameAnswer(String name) {
        List<Source> sources = facts.identity()
                .nameSource()
                .map(s -> List.of(new Source(s.fileName(), s.section(), 1.0)))
                .orElse(List.of());
        return new Answer(
                "The profile is about " + name + whatTheyDo() + ".",
                sources,
                Answer.Mode.OFFLINE,
                Answer.Outcome.ANSWERED,
                0);
    }

    /** " — developer advocate" or ", Staff Nurse at Lee Valley": a name alone does not say who someone is. */
    private String whatTheyDo() {
        Optional<String> headline = facts.identity()
                .headline()
                .map(h -> h.replaceAll("[.\\s]+$", ""))
                .filter(h -> h.length() <= 120);
        if (headline.isPresent()) {
            return " — " + headline.get();
        }
        return facts.currentRoles().stream()
                .findFirst()
                .map(r -> (r.title().isEmpty() ? ", currently at " + r.place() : ", " + r.describe())
                        .replaceAll("\\.+$", ""))
                .orElse("");
    }

    private Answer pronounsAnswer() {
        Identity identity = facts.identity();
        String text = identity.pronounsStated()
                ? identity.firstName() + " uses " + identity.pronouns().label() + "."
                : "The profile doesn't state " + identity.firstName() + "'s pronouns, so I say \"they\".";
        return new Answer(text, List.of(), Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0);
    }

    /**
     * "Who is she?": the name with the headline and the current role, then the opening of the
     * summary, quoted when it speaks in the first person.
     */
    private Optional<Answer> whoTheyAre() {
        Identity identity = facts.identity();
        StringBuilder text = new StringBuilder(identity.displayName());
        List<Source> sources = new ArrayList<>();
        identity.headline().ifPresent(h -> text.append(" — ").append(h.replaceAll("[.\\s]+$", "")));
        List<Role> current = facts.currentRoles();
        if (!current.isEmpty()) {
            Role role = current.get(0);
            text.append(identity.headline().isPresent() ? ". Currently " : " currently works ")
                    .append(
                            role.organization().isEmpty()
                                    ? "as " + role.title()
                                    : "at " + role.organization()
                                            + (role.title().isEmpty() ? "" : " as " + role.title()))
                    .append(" (since ")
                    .append(role.dates().start().display())
                    .append(")");
            sources.add(new Source(role.source().fileName(), role.source().section(), 1.0));
        }
        // "Clara Westergaard currently works at … Studying for her Ph.D. in Economics (expected June 2027)."
        Optional<Education> studying = dev.profilebot.answer.timeline.TimelineAnswerer.inProgress(
                facts.education(), java.time.YearMonth.now());
        if (studying.isPresent()) {
            Education e = studying.get();
            String ends = e.dates()
                    .orElseThrow()
                    .end()
                    .orElse(e.dates().orElseThrow().start())
                    .display();
            text.append(current.isEmpty() && identity.headline().isEmpty() ? " is studying for " : ". Studying for ")
                    .append(identity.pronouns().possessive())
                    .append(' ')
                    .append(e.describeUndated())
                    .append(e.dates().orElseThrow().end().isPresent() ? " (expected " + ends + ")" : "");
            sources.add(new Source(e.source().fileName(), e.source().section(), 1.0));
        }
        text.append('.');
        if (summary.isPresent()) {
            Passage passage = summary.get();
            String opening = opening(passage, identity.headline(), maxChars - text.length() - 24);
            if (!opening.isEmpty()) {
                boolean firstPerson = FIRST_PERSON.matcher(opening).find();
                text.append(
                        firstPerson
                                ? " In " + identity.pronouns().possessive() + " own words: “" + opening + "”"
                                : " " + opening);
                sources.add(new Source(passage.fileName(), passage.section(), 1.0));
            }
        }
        if (sources.isEmpty() && identity.headline().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Answer(text.toString(), sources, Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0));
    }

    private static String opening(Passage passage, Optional<String> headline, int room) {
        List<String> sentences = new ArrayList<>();
        int length = 0;
        for (String sentence : passage.sentences()) {
            if (!Profile.isProse(sentence) || !readsAsASentence(sentence)) {
                // a contact line or blog metadata joined to the introduction; a letter's header, a form's
                // particulars ("Kyiv, Ukraine in 03/2022) Kraków, Poland Family status")
                continue;
            }
            if (headline.filter(h -> same(h, sentence)).isPresent()) {
                continue; // the summary's first sentence taken for the headline, said already
            }
            if (length + 1 + sentence.length() > room) {
                break;
            }
            sentences.add(sentence);
            length += sentence.length() + 1;
        }
        return String.join(" ", sentences);
    }

    /** A word that opens in a small letter, and one that opens in any letter with a case. */
    private static final java.util.regex.Pattern SMALL_WORD =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}");

    private static final java.util.regex.Pattern CASED_WORD =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{Ll}\\p{Lu}\\p{Lt}]");

    /**
     * Whether a sentence reads as one: six words or more, a third or more of those with a case in small letters
     * (German's nouns in capitals among them); not a list of names and places.
     */
    private static boolean readsAsASentence(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        long cased = CASED_WORD.matcher(sentence).results().count();
        long small = SMALL_WORD.matcher(sentence).results().count();
        return words.length >= 6 && (cased == 0 || small * 3 >= cased);
    }

    private static boolean same(String headline, String sentence) {
        return headline.replaceAll("[.\\s]+$", "").equalsIgnoreCase(sentence.replaceAll("[.\\s]+$", ""));
    }

    /** What the bot says to a greeting, or to an empty message. */
    public Answer greeting() {
        String text = templates.greeting(Map.of("name", card.name(), "first_name", card.firstName()));
        return new Answer(text, List.of(), Answer.Mode.OFFLINE, Answer.Outcome.GREETING, 0);
    }
}
