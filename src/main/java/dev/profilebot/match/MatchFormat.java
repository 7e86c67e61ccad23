package dev.profilebot.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.profilebot.match.MatchReport.Evidence;
import dev.profilebot.match.MatchReport.Result;

/** A match report as text for a terminal or chat, and as the JSON scripts read. */
public final class MatchFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MatchFormat() {}

    /**
     * The report as lines: the summary, then one line a requirement with its status mark, what was
     * found and the quotation, quotations cut to {@code quoteChars}.
     */
    public static String text(MatchReport report, int quoteChars) {
        StringBuilder out = new StringBuilder(report.summary()).append("\n\n");
        for (Result result : report.requirements()) {
            out.append(
                            switch (result.status()) {
                                case MET -> "✅ ";
                                case PARTIAL -> "🟡 ";
                                case MISSING -> "❌ ";
                            })
                    .append(result.requirement().text())
                    .append(result.requirement().optional() ? " (nice to have)" : "");
            result.note().ifPresent(note -> out.append(" — ").append(note));
            if (!result.evidence().isEmpty()) {
                Evidence first = result.evidence().get(0);
                String quote = first.quote().length() > quoteChars
                        ? first.quote().substring(0, quoteChars).strip() + "…"
                        : first.quote();
                out.append(": “")
                        .append(quote)
                        .append("” (")
                        .append(first.source())
                        .append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * {@code {"person", "fit", "summary", "counts", "requirements": [{"text", "status", "optional",
     * "note", "evidence": [{"quote", "source"}]}]}}.
     */
    public static String json(MatchReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("person", report.person());
        root.put("fit", report.fit().jsonName());
        root.put("summary", report.summary());
        root.put("summary_by", report.modelSummary() ? "model" : "documents");
        ObjectNode counts = root.putObject("counts");
        for (MatchReport.Status status : MatchReport.Status.values()) {
            counts.put(status.jsonName(), report.count(status));
        }
        ArrayNode requirements = root.putArray("requirements");
        for (Result result : report.requirements()) {
            ObjectNode node = requirements.addObject();
            node.put("text", result.requirement().text());
            node.put("status", result.status().jsonName());
            node.put("optional", result.requirement().optional());
            node.put("note", result.note().orElse(null));
            ArrayNode evidence = node.putArray("evidence");
            for (Evidence e : result.evidence()) {
                evidence.addObject().put("quote", e.quote()).put("source", e.source());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
