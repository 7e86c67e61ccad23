package dev.profilebot.answer;

import dev.profilebot.profile.ContactCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers questions for contact details from the {@link ContactCard}: public ones (email, links,
 * location, time zone) directly, private ones (phone, street address) with a helpful refusal that
 * points to a public channel. Empty when the card cannot answer, so retrieval gets its turn.
 */
public final class ContactAnswerer {

    private static final Pattern SITE = Pattern.compile(
            "\\b(github|gitlab|linkedin|twitter|mastodon|bluesky|stack ?overflow|codeberg|orcid|blog|website|home ?page)\\b");

    private static final Map<String, String> SITE_NAMES = Map.ofEntries(
            Map.entry("github", "GitHub"),
            Map.entry("gitlab", "GitLab"),
            Map.entry("linkedin", "LinkedIn"),
            Map.entry("twitter", "Twitter"),
            Map.entry("mastodon", "Mastodon"),
            Map.entry("bluesky", "Bluesky"),
            Map.entry("stackoverflow", "Stack Overflow"),
            Map.entry("codeberg", "Codeberg"),
            Map.entry("orcid", "an ORCID iD"),
            Map.entry("blog", "a blog"),
            Map.entry("website", "a website"));

    private final ContactCard card;
    private final ReplyTemplates templates;

    public ContactAnswerer(ContactCard card, ReplyTemplates templates) {
        this.card = card;
        this.templates = templates;
    }

    /** The words with a full stop, not a second one after an abbreviation's ("Monterrey, N.L."). */
    private static String sentence(String words) {
        return words.endsWith(".") ? words : words + ".";
    }

    public Optional<Answer> answer(Intent intent, String question) {
        return switch (intent) {
            case PHONE -> Optional.of(refusal("phone number", ""));
            case ID_NUMBER -> Optional.of(refusal("identity and licence numbers", ""));
            case PERSONAL_LIFE -> Optional.of(privateLife());
            case STREET_ADDRESS ->
                Optional.of(refusal(
                        "street address",
                        card.location()
                                .map(l -> " " + sentence(card.firstName() + " is based in " + l))
                                .orElse("")));
            case EMAIL ->
                card.hasEmail()
                        ? Optional.of(reply(card.name() + "'s email address is " + emails() + "."))
                        : Optional.empty();
            case PROFILE_LINK -> links(question);
            case LOCATION ->
                card.location()
                        .map(location -> reply(sentence(card.name() + " is based in " + location
                                + card.timeZone()
                                        .map(tz -> " (time zone: " + tz + ")")
                                        .orElse(""))));
            case TIME_ZONE ->
                card.timeZone()
                        .map(tz -> reply(card.name() + "'s time zone: " + tz
                                + card.location()
                                        .map(l -> " (based in " + l + ")")
                                        .orElse("") + "."));
            case CONTACT ->
                card.hasEmail() || !card.links().isEmpty() ? Optional.of(reply(howToReach())) : Optional.empty();
            case GREETING, ABOUT_THE_PERSON, NAME, PRONOUNS, ABOUT_THE_PROFILE -> Optional.empty();
        };
    }

    private Optional<Answer> links(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, String> link : card.links().entrySet()) {
            if (q.contains(link.getKey().toLowerCase(Locale.ROOT))) {
                named.add(card.name() + "'s " + link.getKey() + ": " + link.getValue());
            }
        }
        if (!named.isEmpty()) {
            return Optional.of(reply(String.join("\n", named)));
        }
        Matcher site = SITE.matcher(q);
        if (site.find()) {
            // asked for a site the profile does not list: say so, and offer what it does list
            String name = SITE_NAMES.getOrDefault(site.group(1).replace(" ", ""), site.group(1));
            String unlisted = "The profile doesn't list " + name + " for " + card.name() + ".";
            return Optional.of(
                    reply(unlisted + (card.hasEmail() || !card.links().isEmpty() ? " " + howToReach() : "")));
        }
        return card.links().isEmpty()
                ? Optional.empty()
                : Optional.of(reply(card.name() + " is online at " + linkList() + "."));
    }

    private Answer refusal(String detail, String extra) {
        String text = templates.privateDetail(Map.of(
                "detail", detail,
                "contact", preferredChannel(),
                "first_name", card.firstName(),
                "name", card.name()));
        return new Answer(text + extra, sources(), Answer.Mode.OFFLINE, Answer.Outcome.PRIVATE_DETAIL_WITHHELD, 0);
    }

    /** "Is he married?": the profile is about the work, and says nothing of the private life, whatever it mentions. */
    private Answer privateLife() {
        String text = templates.notCovered(Map.of(
                "topic", card.firstName() + "'s private life",
                "first_name", card.firstName(),
                "name", card.name()));
        return new Answer(text, List.of(), Answer.Mode.OFFLINE, Answer.Outcome.NOT_COVERED, 0);
    }

    private String preferredChannel() {
        if (card.hasEmail()) {
            return "email: " + card.emails().get(0);
        }
        return card.links().entrySet().stream()
                .findFirst()
                .map(link -> link.getKey() + ": " + link.getValue())
                .orElse("the channels listed in the profile");
    }

    private String howToReach() {
        List<String> parts = new ArrayList<>();
        if (card.hasEmail()) {
            parts.add("You can reach " + card.name() + " by email at " + emails() + ".");
        }
        if (!card.links().isEmpty()) {
            parts.add((parts.isEmpty() ? card.name() + " is online at " : "Online: ") + linkList() + ".");
        }
        return String.join(" ", parts);
    }

    private String emails() {
        return String.join(" or ", card.emails());
    }

    private String linkList() {
        List<String> links = new ArrayList<>();
        card.links().forEach((name, url) -> links.add(name + " " + url));
        return String.join(", ", links);
    }

    private Answer reply(String text) {
        return new Answer(text, sources(), Answer.Mode.OFFLINE, Answer.Outcome.CONTACT, 0);
    }

    private List<Source> sources() {
        return card.sources().stream().map(file -> new Source(file, "", 1.0)).toList();
    }
}
