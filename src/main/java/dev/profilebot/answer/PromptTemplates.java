package dev.profilebot.answer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The model's prompts, read from the prompts folder: {@code system-prompt.txt} (placeholder
 * {@code {{profile_name}}}) and {@code answer-template.txt}, the user message, which must hold
 * {@code {{context}}} and {@code {{question}}} and may hold {@code {{history}}},
 * {@code {{profile_name}}} and {@code {{profile_card}}} (name, pronouns, headline, timeline);
 * {@code match-summary.txt}, the user message asking for a job-fit summary, which must hold
 * {@code {{table}}} (the requirements with their evidence) and may hold {@code {{profile_name}}}.
 */
public final class PromptTemplates {

    public static final String SYSTEM_PROMPT = "system-prompt.txt";
    public static final String ANSWER_TEMPLATE = "answer-template.txt";
    public static final String MATCH_SUMMARY = "match-summary.txt";

    private final Template system;
    private final Template answer;
    private final Template matchSummary;

    PromptTemplates(Template system, Template answer, Template matchSummary) {
        this.system = system;
        this.answer = answer;
        this.matchSummary = matchSummary;
    }

    public static PromptTemplates load(Path promptsDir) {
        return load(promptsDir, true);
    }

    /** As {@link #load(Path)}; a file missing there is read from the jar unless the folder was named and is missing. */
    public static PromptTemplates load(Path promptsDir, boolean folderNamed) {
        return new PromptTemplates(
                Template.load(promptsDir, folderNamed, SYSTEM_PROMPT, Set.of("profile_name"), Set.of()),
                Template.load(
                        promptsDir,
                        ANSWER_TEMPLATE,
                        Set.of("context", "question"),
                        Set.of("history", "profile_name", "profile_card")),
                Template.load(promptsDir, folderNamed, MATCH_SUMMARY, Set.of("table"), Set.of("profile_name")));
    }

    public static PromptTemplates of(String system, String answer) {
        return new PromptTemplates(
                new Template(SYSTEM_PROMPT, system, Set.of("profile_name"), Set.of()),
                new Template(
                        ANSWER_TEMPLATE,
                        answer,
                        Set.of("context", "question"),
                        Set.of("history", "profile_name", "profile_card")),
                Template.load(Path.of("prompts"), false, MATCH_SUMMARY, Set.of("table"), Set.of("profile_name")));
    }

    public String system(String profileName) {
        return system.fill(Map.of("profile_name", profileName));
    }

    /** The user message asking for a job-fit summary of the given table. */
    public String matchSummary(String profileName, String table) {
        return matchSummary.fill(Map.of("profile_name", profileName, "table", table));
    }

    String answer(String profileName, String profileCard, String context, String history, String question) {
        return answer.fill(Map.of(
                "profile_name",
                profileName,
                "profile_card",
                profileCard,
                "context",
                context,
                "history",
                history,
                "question",
                question));
    }
}
