package dev.profilebot.profile.facts;

import dev.profilebot.profile.Block;
import dev.profilebot.profile.ProfileDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the skills as listed in skills sections: "Languages: Go, Java", "Python • SQL", table cells. */
final class SkillsReader {

    private static final int MAX_WORDS = 5;
    private static final int MAX_SKILLS = 80;
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} &/.'-]{0,30}?(?::|\\s[—–]\\s)\\s*");
    private static final Pattern SPOKEN =
            Pattern.compile("(?i)^(spoken|languages spoken|spoken languages|human languages)\\b");
    private static final Pattern TABLE_LABEL =
            Pattern.compile("(?i)\\b(area|category|skill area|domain)\\s*:[^;]*;\\s*");

    private SkillsReader() {}

    static List<String> read(List<ProfileDocument> documents) {
        Set<String> skills = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                if (Sections.of(block.sectionPath()) != Sections.SKILLS) {
                    continue;
                }
                for (String line : block.text().split("\n")) {
                    if (SPOKEN.matcher(line.strip()).find()) {
                        continue;
                    }
                    String items = TABLE_LABEL.matcher(line).replaceAll("");
                    items = LABEL.matcher(items.strip()).replaceFirst("");
                    for (String item : splitOutsideParentheses(items)) {
                        String skill = item.strip()
                                .replaceAll("^(and|or|a bit of|some)\\s+", "")
                                .replaceAll("[.;:]+$", "")
                                .strip();
                        if (!skill.isEmpty()
                                && !skill.contains("→")
                                && !skill.toLowerCase(Locale.ROOT).startsWith("show all")
                                && !skill.equalsIgnoreCase("skills")
                                && skill.split("\\s+").length <= MAX_WORDS
                                && seen.add(skill.toLowerCase(Locale.ROOT))
                                && skills.size() < MAX_SKILLS) {
                            skills.add(skill);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(skills);
    }

    private static List<String> splitOutsideParentheses(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';' || c == '•' || c == '|' || c == '·')) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        return items;
    }
}
