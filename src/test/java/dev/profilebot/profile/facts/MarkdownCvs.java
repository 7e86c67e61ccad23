package dev.profilebot.profile.facts;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;

/** A CV written in Markdown, read as the bot reads a profile, and its roles as one line each. */
final class MarkdownCvs {

    private MarkdownCvs() {}

    static StructuredProfile read(String fileName, String cv) {
        return new StructuredProfileReader(Optional.empty(), Optional.empty())
                .read(List.of(new MarkdownParser().parse(fileName, cv)));
    }

    /** "Statika Plus d.o.o. | Voditelj odjela konstrukcija | January 2020 to present". */
    static List<String> roles(StructuredProfile profile) {
        return profile.roles().stream()
                .map(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .toList();
    }
}
