package dev.profilebot.profile;

import java.util.Objects;

/** A hyperlink found in a document: the text shown and where it points. */
public record DocumentLink(String label, String url) {
    public DocumentLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
