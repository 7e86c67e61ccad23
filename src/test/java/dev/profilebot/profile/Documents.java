package dev.profilebot.profile;

import java.util.List;

/** Reading parsed documents in tests. */
final class Documents {

    private Documents() {}

    /** The structured profile's roles of what was loaded, as "Organization: dates" in timeline order. */
    static List<String> timeline(ProfileLoader.Result result) {
        return new dev.profilebot.profile.facts.StructuredProfileReader(
                        java.util.Optional.empty(), java.util.Optional.empty())
                .read(result.documents()).roles().stream()
                        .map(r -> r.organization() + ": " + r.dates().display())
                        .toList();
    }

    static String allText(ProfileDocument document) {
        return String.join("\n", document.blocks().stream().map(Block::text).toList());
    }

    static String textUnder(ProfileDocument document, List<String> path) {
        return String.join(
                "\n",
                document.blocks().stream()
                        .filter(b -> b.sectionPath().equals(path))
                        .map(Block::text)
                        .toList());
    }
}
