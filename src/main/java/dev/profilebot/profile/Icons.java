package dev.profilebot.profile;

import java.util.regex.Pattern;

/**
 * Emoji and icon-font glyphs that résumés put before a heading or a contact detail ("🎓 Education",
 * "📍 Leeds", a private-use phone glyph): they say what follows and are no part of it.
 */
public final class Icons {

    /** Symbols, modifiers, surrogate halves, private-use glyphs, variation selectors and joiners. */
    private static final String GLYPH = "\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\uFE0F\\u200D";

    private static final Pattern LEADING = Pattern.compile("^[\\s" + GLYPH + "]+");
    private static final Pattern ANY = Pattern.compile("[" + GLYPH + "]");

    private Icons() {}

    /** "📍 Stockport" as "Stockport": the glyphs and spaces at the start away. */
    public static String leadingAway(String text) {
        return LEADING.matcher(text).replaceFirst("");
    }

    /** Every glyph as a space, the ends stripped: "🎓 Education ✨" as "Education". */
    public static String away(String text) {
        return ANY.matcher(text).replaceAll(" ").strip();
    }
}
