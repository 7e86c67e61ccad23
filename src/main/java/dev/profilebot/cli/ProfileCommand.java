package dev.profilebot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilebot.Application;
import dev.profilebot.profile.ContactCard;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.facts.DateRange;
import dev.profilebot.profile.facts.Education;
import dev.profilebot.profile.facts.Identity;
import dev.profilebot.profile.facts.ProfileDate;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code profile} shows the owner what the bot understood of the documents: name, pronouns, the
 * timeline, education, contact, skills, and a warning for each thing it could not place.
 * {@code --json} prints the same as one JSON object, for scripts.
 */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what the bot understood of the documents: name, pronouns, timeline, education, contact, skills,",
            "and warnings. With --json, one JSON object."
        })
final class ProfileCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "one JSON object, for scripts")
    boolean json;

    private final Startup startup;
    private final PrintStream out;

    ProfileCommand(Startup startup, PrintStream out) {
        this.startup = startup;
        this.out = out;
    }

    @Override
    public Integer call() {
        Profile profile =
                Application.ingestion(startup.config()).ingest(startup.config().profileDataDir());
        out.print(json ? json(profile) + "\n" : text(profile));
        out.flush();
        return 0;
    }

    static String json(Profile profile) {
        StructuredProfile facts = profile.facts();
        Identity identity = facts.identity();
        ObjectNode root = JSON.createObjectNode();
        root.put("name", identity.name().orElse(null));
        root.put("pronouns", identity.pronouns().label());
        root.put("pronouns_stated", identity.pronounsStated());
        root.put("headline", identity.headline().orElse(null));
        ArrayNode roles = root.putArray("roles");
        for (Role role : facts.roles()) {
            ObjectNode node = roles.addObject();
            node.put("organization", role.organization().isEmpty() ? null : role.organization());
            node.put("title", role.title().isEmpty() ? null : role.title());
            node.put("location", role.location().orElse(null));
            node.put("start", role.dates().start().iso());
            node.put("end", role.dates().end().map(ProfileDate::iso).orElse(null));
            node.put("current", role.current());
            node.put("career_break", role.careerBreak());
            node.put("source", role.source().display());
        }
        ArrayNode education = root.putArray("education");
        for (Education entry : facts.education()) {
            ObjectNode node = education.addObject();
            node.put("institution", entry.institution().isEmpty() ? null : entry.institution());
            node.put("degree", entry.degree().isEmpty() ? null : entry.degree());
            node.put("field", entry.field().orElse(null));
            node.put("grade", entry.grade().orElse(null));
            node.put("start", entry.dates().map(d -> d.start().iso()).orElse(null));
            node.put(
                    "end",
                    entry.dates().flatMap(d -> d.end().map(ProfileDate::iso)).orElse(null));
            node.put("source", entry.source().display());
        }
        ContactCard card = profile.contact();
        ObjectNode contact = root.putObject("contact");
        ArrayNode emails = contact.putArray("emails");
        card.emails().forEach(emails::add);
        ObjectNode links = contact.putObject("links");
        card.links().forEach(links::put);
        contact.put("location", card.location().orElse(null));
        contact.put("time_zone", card.timeZone().orElse(null));
        ArrayNode skills = root.putArray("skills");
        facts.skills().forEach(skills::add);
        ArrayNode warnings = root.putArray("warnings");
        facts.warnings().forEach(warnings::add);
        profile.problems().forEach(warnings::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    static String text(Profile profile) {
        StructuredProfile facts = profile.facts();
        Identity identity = facts.identity();
        StringBuilder out = new StringBuilder();
        out.append(identity.displayName())
                .append("  (")
                .append(identity.pronouns().label())
                .append(identity.pronounsStated() ? "" : ", assumed")
                .append(")\n");
        identity.headline().ifPresent(h -> out.append(h).append('\n'));
        out.append("\nTimeline\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Organization", "Title", "From", "To", "Source"});
        for (Role role : facts.roles()) {
            DateRange dates = role.dates();
            rows.add(new String[] {
                role.careerBreak() ? "(break)" : orDash(role.organization()),
                orDash(role.title()),
                dates.start().display(),
                dates.current()
                        ? "present"
                        : dates.end().map(ProfileDate::display).orElse("—"),
                role.source().display()
            });
        }
        out.append(table(rows));
        out.append("\nEducation\n");
        facts.education()
                .forEach(e -> out.append("  ")
                        .append(e.describe())
                        .append("   [")
                        .append(e.source().display())
                        .append("]\n"));
        if (facts.education().isEmpty()) {
            out.append("  (none found)\n");
        }
        ContactCard card = profile.contact();
        out.append("\nContact\n");
        out.append("  Email: ")
                .append(card.emails().isEmpty() ? "—" : String.join(", ", card.emails()))
                .append('\n');
        card.links()
                .forEach((label, url) ->
                        out.append("  ").append(label).append(": ").append(url).append('\n'));
        card.location().ifPresent(l -> out.append("  Location: ").append(l).append('\n'));
        card.timeZone().ifPresent(t -> out.append("  Time zone: ").append(t).append('\n'));
        out.append("\nSkills\n  ")
                .append(facts.skills().isEmpty() ? "(none listed)" : String.join(", ", facts.skills()))
                .append('\n');
        List<String> warnings = new ArrayList<>(facts.warnings());
        warnings.addAll(profile.problems());
        if (!warnings.isEmpty()) {
            out.append("\nWarnings\n");
            warnings.forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        return out.toString();
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    private static String table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.min(40, Math.max(widths[i], row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(' ');
            for (int i = 0; i < columns; i++) {
                String cell = i < columns - 1 && row[i].length() > widths[i]
                        ? row[i].substring(0, widths[i] - 1) + "…"
                        : row[i];
                out.append(' ')
                        .append(i < columns - 1 ? String.format(Locale.ROOT, "%-" + widths[i] + "s", cell) : cell);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
