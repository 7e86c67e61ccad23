package dev.profilebot.match;

import dev.profilebot.answer.PromptTemplates;
import dev.profilebot.llm.AnswerModel;
import dev.profilebot.llm.ModelFailures;
import dev.profilebot.llm.ModelPrompt;
import dev.profilebot.match.MatchReport.Evidence;
import dev.profilebot.match.MatchReport.Result;
import dev.profilebot.profile.Profile;
import dev.profilebot.retrieval.ProfileAnalyzer;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job-fit check as the chat platforms and the terminal call it: a description's text in, a
 * report out, over the current profile (a live reload is picked up at the next check). With a
 * model, the model writes the summary from the same table of evidence, through
 * {@code match-summary.txt}; its text passes the profile's privacy guard, and when the model
 * fails or is busy the summary written from the table stays.
 */
public final class JobFit {

    private static final Logger log = LoggerFactory.getLogger(JobFit.class);

    /** The model and its prompts, when one is configured. */
    public record Summarizer(AnswerModel model, PromptTemplates prompts) {}

    private final Supplier<Profile> profile;
    private final Function<Profile, UnaryOperator<String>> guardFor;
    private final Optional<Summarizer> summarizer;
    private final ProfileAnalyzer analyzer = new ProfileAnalyzer();
    private final Clock clock;
    private Profile matchedFor;
    private JobMatcher matcher;
    private UnaryOperator<String> guard;

    /**
     * @param guardFor the privacy guard of a profile, applied to what a model writes
     */
    public JobFit(
            Supplier<Profile> profile,
            Function<Profile, UnaryOperator<String>> guardFor,
            Optional<Summarizer> summarizer,
            Clock clock) {
        this.profile = profile;
        this.guardFor = guardFor;
        this.summarizer = summarizer;
        this.clock = clock;
    }

    /**
     * @throws JobDescriptionException when the text is empty, too long, binary, not English or
     *     holds no requirements; its message is for the person who gave it
     */
    public MatchReport check(String description) {
        return check(JobDescription.parse(description));
    }

    /** As {@link #check(String)}, for a description read already. */
    public MatchReport check(JobDescription parsed) {
        JobMatcher current;
        UnaryOperator<String> currentGuard;
        synchronized (this) {
            Profile now = profile.get();
            if (now != matchedFor) {
                matcher = new JobMatcher(now, analyzer, YearMonth.now(clock));
                guard = guardFor.apply(now);
                matchedFor = now;
            }
            current = matcher;
            currentGuard = guard;
        }
        MatchReport report = current.match(parsed);
        return summarizer.map(s -> summarized(s, report, currentGuard)).orElse(report);
    }

    private static MatchReport summarized(Summarizer summarizer, MatchReport report, UnaryOperator<String> guard) {
        try {
            String text = summarizer
                    .model()
                    .complete(new ModelPrompt(
                            summarizer.prompts().system(report.person()),
                            summarizer.prompts().matchSummary(report.person(), table(report))));
            return report.withModelSummary(guard.apply(text.strip()));
        } catch (RuntimeException e) {
            log.warn(
                    "The model could not summarise the job fit ({}); the summary from the documents stays",
                    ModelFailures.describe(e));
            return report;
        }
    }

    /**
     * The requirements as the model sees them: one line each, with status, note and numbered
     * quotations; the numbers run through the whole table.
     */
    static String table(MatchReport report) {
        List<String> lines = new ArrayList<>();
        int number = 0;
        for (Result result : report.requirements()) {
            StringBuilder line = new StringBuilder("- [")
                    .append(result.status().jsonName())
                    .append(result.requirement().optional() ? ", nice to have" : "")
                    .append("] ")
                    .append(result.requirement().text());
            result.note().ifPresent(note -> line.append(" (").append(note).append(')'));
            for (Evidence evidence : result.evidence()) {
                number++;
                line.append(" [")
                        .append(number)
                        .append("] “")
                        .append(evidence.quote())
                        .append("” (")
                        .append(evidence.source())
                        .append(')');
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }
}
