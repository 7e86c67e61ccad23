package dev.profilebot.profile;

/** Turns the text of one file of a given format into a {@link ProfileDocument}. */
public interface DocumentParser {
    ProfileDocument parse(String fileName, String content);
}
