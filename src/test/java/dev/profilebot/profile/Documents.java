package dev.profilebot.profile;

import java.util.List;

/** Reading parsed documents in tests. */
final class Documents {

    private Documents() {}

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
