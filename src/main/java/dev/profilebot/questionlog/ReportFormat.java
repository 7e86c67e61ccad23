package dev.profilebot.questionlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilebot.questionlog.QuestionReport.QuestionGroup;
import dev.profilebot.questionlog.QuestionReport.Rated;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A {@link QuestionReport} as the owner reads it: plain text for a terminal or a chat, or one JSON object. */
public final class ReportFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportFormat() {}

    /**
     * The report as lines of text.
     *
     * @param maxGroups the not-covered questions listed at most (the most asked)
     */
    public static String text(QuestionReport report, int maxGroups) {
        StringBuilder out = new StringBuilder();
        out.append("Since ").append(DAY.format(report.since())).append(": ");
        if (report.questions() == 0) {
            return out.append("no questions asked.\n").toString();
        }
        out.append(report.questions())
                .append(report.questions() == 1 ? " question, " : " questions, ")
                .append(report.answered())
                .append(" answered (")
                .append(Math.round(report.answeredShare() * 100))
                .append("%).\n");
        List<QuestionGroup> gaps = report.notCovered();
        if (gaps.isEmpty()) {
            out.append("\nNo question was outside the documents.\n");
        } else {
            out.append("\nNot covered by the documents (worth adding):\n");
            gaps.stream()
                    .limit(maxGroups)
                    .forEach(group -> out.append("  ")
                            .append(group.count())
                            .append(" × ")
                            .append(group.question())
                            .append('\n'));
            if (gaps.size() > maxGroups) {
                out.append("  … and ").append(gaps.size() - maxGroups).append(" more\n");
            }
        }
        out.append("\nFeedback: ")
                .append(report.up())
                .append(" 👍, ")
                .append(report.down())
                .append(" 👎\n");
        if (!report.worstRated().isEmpty()) {
            out.append("Worst rated:\n");
            for (Rated rated : report.worstRated()) {
                out.append("  ")
                        .append(rated.down())
                        .append(" 👎 ")
                        .append(rated.up())
                        .append(" 👍 · ")
                        .append(rated.question())
                        .append(" (")
                        .append(rated.outcome().replace('_', ' '));
                if (!rated.sources().isEmpty()) {
                    out.append("; from ").append(String.join(", ", rated.sources()));
                }
                out.append(")\n");
            }
        }
        out.append("\nBy platform: ").append(counts(report.byPlatform())).append('\n');
        out.append("By outcome: ").append(counts(report.byOutcome())).append('\n');
        return out.toString();
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().replace('_', ' ') + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * The report as one JSON object: {@code since}, {@code questions}, {@code answered}, {@code
     * answered_share}, {@code not_covered} ({@code question}, {@code count}, {@code variants}),
     * {@code feedback} ({@code up}, {@code down}), {@code worst_rated}, {@code by_platform}, {@code
     * by_outcome}.
     */
    public static String json(QuestionReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("since", report.since().toString());
        root.put("questions", report.questions());
        root.put("answered", report.answered());
        root.put("answered_share", Math.round(report.answeredShare() * 1000) / 1000.0);
        ArrayNode gaps = root.putArray("not_covered");
        for (QuestionGroup group : report.notCovered()) {
            ObjectNode node = gaps.addObject();
            node.put("question", group.question());
            node.put("count", group.count());
            group.variants().forEach(node.putArray("variants")::add);
        }
        ObjectNode feedback = root.putObject("feedback");
        feedback.put("up", report.up());
        feedback.put("down", report.down());
        ArrayNode worst = root.putArray("worst_rated");
        for (Rated rated : report.worstRated()) {
            ObjectNode node = worst.addObject();
            node.put("question", rated.question());
            node.put("outcome", rated.outcome());
            rated.sources().forEach(node.putArray("sources")::add);
            node.put("up", rated.up());
            node.put("down", rated.down());
        }
        ObjectNode platforms = root.putObject("by_platform");
        report.byPlatform().forEach(platforms::put);
        ObjectNode outcomes = root.putObject("by_outcome");
        report.byOutcome().forEach(outcomes::put);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
