package dev.profilebot.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A career drawn as a Mermaid {@code gantt} chart in a README ("section Brightwater Health",
 * "Senior Platform Engineer :active, bw2, 2024-02, 2026-12"), read as the list a résumé would
 * write: one line a task, "Senior Platform Engineer · Brightwater Health · 02/2024 – present".
 * A task marked {@code active} is the one under way, whatever end the chart had to draw for it.
 */
final class MermaidGantt {

    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```+|~~~+)\\s*mermaid\\s*$");
    private static final Set<String> TAGS = Set.of("done", "active", "crit", "milestone");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d\\d)(?:[-/.](\\d{1,2}))?(?:[-/.](\\d{1,2}))?");
    /** "26-06-2019", "26.06.2019": a chart whose dateFormat puts the day first. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.]((?:19|20)\\d\\d)");
    /** A section of studies or of side projects: its bars are no employer's roles. */
    private static final Pattern NOT_JOBS =
            Pattern.compile("(?i)\\b(education|school|university|college|studies|degree|courses?|projects?)\\b");

    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([dwMy])");
    private static final Pattern AFTER = Pattern.compile("after\\s+(\\S+)");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private MermaidGantt() {}

    /** The content with each Mermaid gantt chart's fenced block written as a list of its tasks. */
    static String withChartsAsLists(String content) {
        if (!content.contains("mermaid")) {
            return content;
        }
        String[] lines = content.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            Matcher fence = FENCE.matcher(lines[i]);
            int end = fence.matches() ? closing(lines, i + 1, fence.group(1)) : -1;
            List<String> body = end < 0 ? List.of() : List.of(lines).subList(i + 1, end);
            if (end >= 0 && isGantt(body)) {
                out.append('\n');
                // each task a paragraph of its own: the reader takes a tight list's items for one entry's lines
                for (String task : tasks(body)) {
                    out.append("- ").append(task).append("\n\n");
                }
                out.append('\n');
                i = end + 1;
                continue;
            }
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
            i++;
        }
        return out.toString();
    }

    /** The line of the fence that closes the block opened before {@code from}, or -1 if none does. */
    private static int closing(String[] lines, int from, String fence) {
        for (int j = from; j < lines.length; j++) {
            if (lines[j].strip().startsWith(fence.substring(0, 3))
                    && lines[j].strip().replace(fence.substring(0, 1), "").isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isGantt(List<String> body) {
        return body.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("%%"))
                .findFirst()
                .filter(l -> l.equals("gantt"))
                .isPresent();
    }

    private static List<String> tasks(List<String> body) {
        List<String> tasks = new ArrayList<>();
        Map<String, LocalDate> ends = new HashMap<>();
        String section = "";
        boolean dayFirst = false;
        LocalDate previousEnd = null;
        for (String raw : body) {
            String line = raw.strip();
            if (line.startsWith("section ")) {
                section = line.substring("section ".length()).strip();
                continue;
            }
            if (line.startsWith("dateFormat ")) {
                dayFirst = line.substring("dateFormat ".length()).strip().startsWith("D"); // "DD-MM-YYYY"
                continue;
            }
            if (NOT_JOBS.matcher(section).find()) {
                continue; // "section Education": a degree's bar, no employer's
            }
            int colon = line.indexOf(':');
            if (colon <= 0
                    || line.startsWith("%%")
                    || line.matches("(?i)(title|dateFormat|axisFormat|tickInterval"
                            + "|excludes|includes|todayMarker|weekday|displayMode)\\b.*")) {
                continue;
            }
            String name = line.substring(0, colon).strip();
            List<String> items = new ArrayList<>();
            boolean active = false;
            boolean milestone = false;
            for (String item : line.substring(colon + 1).split(",")) {
                String it = item.strip();
                if (TAGS.contains(it)) {
                    active |= it.equals("active");
                    milestone |= it.equals("milestone");
                } else if (!it.isEmpty()) {
                    items.add(it);
                }
            }
            if (items.isEmpty() || milestone) {
                continue; // a milestone ("Promoted to lead") marks a day, no role
            }
            String endText = items.get(items.size() - 1);
            String startText = items.size() >= 2 ? items.get(items.size() - 2) : null;
            Optional<LocalDate> start = startText == null
                    ? Optional.ofNullable(previousEnd)
                    : date(startText, dayFirst).or(() -> after(startText, ends));
            if (start.isEmpty()) {
                continue;
            }
            Optional<LocalDate> finish = date(endText, dayFirst).or(() -> length(start.get(), endText));
            if (finish.isEmpty()) {
                continue;
            }
            if (items.size() >= 3) {
                ends.put(items.get(items.size() - 3), finish.get());
            }
            previousEnd = finish.get();
            String dates = start.get().format(MONTH) + " – "
                    + (active ? "present" : finish.get().format(MONTH));
            tasks.add(name + (section.isEmpty() ? "" : " · " + section) + " · " + dates);
        }
        return tasks;
    }

    private static Optional<LocalDate> date(String text, boolean dayFirst) {
        Matcher dm = DAY_FIRST.matcher(text);
        if (dayFirst && dm.matches()) {
            return date(dm.group(3) + "-" + dm.group(2) + "-" + dm.group(1), false);
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, Math.min(day, 28)));
    }

    private static Optional<LocalDate> after(String text, Map<String, LocalDate> ends) {
        Matcher m = AFTER.matcher(text);
        return m.matches() ? Optional.ofNullable(ends.get(m.group(1))) : Optional.empty();
    }

    private static Optional<LocalDate> length(LocalDate start, String text) {
        Matcher m = LENGTH.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Math.round(Double.parseDouble(m.group(1)));
        return Optional.of(
                switch (m.group(2)) {
                    case "d" -> start.plusDays(n);
                    case "w" -> start.plusWeeks(n);
                    case "M" -> start.plusMonths(n);
                    default -> start.plusYears(n);
                });
    }
}
