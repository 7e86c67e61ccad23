package dev.profilebot.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parsed document of the profile: its file name, metadata (front matter or page properties),
 * its text as {@link Block}s in reading order, and the links it contains.
 */
public record ProfileDocument(
        String fileName, Map<String, String> metadata, List<Block> blocks, List<DocumentLink> links) {
    public ProfileDocument {
        Objects.requireNonNull(fileName, "fileName");
        metadata = Map.copyOf(metadata);
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return blocks.stream().allMatch(b -> b.text().isBlank());
    }
}
