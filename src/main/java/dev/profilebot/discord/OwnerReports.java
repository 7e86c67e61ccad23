package dev.profilebot.discord;

import dev.profilebot.questionlog.LoggedQuestion;
import dev.profilebot.questionlog.QuestionReport.QuestionGroup;
import dev.profilebot.questionlog.QuestionReports;
import dev.profilebot.questionlog.ReportFormat;
import java.time.Duration;
import java.util.List;

/** What the owners read in Discord: {@code /report} and the digest of questions the profile did not cover. */
final class OwnerReports {

    static final String OWNERS_ONLY = "Only the profile's owners can see the report.";
    static final String NO_LOG =
            "There is no question log: it is off (QUESTION_LOG) or its folder (DATA_DIR) cannot" + " be written.";
    static final Duration REPORT_PERIOD = Duration.ofDays(7);
    /** Not-covered questions a Discord report or digest lists. */
    static final int MAX_GROUPS = 10;

    private OwnerReports() {}

    /** The report of the last week, within one message. */
    static String lastWeek(OwnerTools owners) {
        QuestionReports reports = owners.questionLog().orElseThrow().reports();
        String text = ReportFormat.text(
                reports.report(
                        reports.now().minus(REPORT_PERIOD), owners.groups().get()),
                MAX_GROUPS);
        return fit(text);
    }

    /** The report, or a line saying why there is none (a log that cannot be read now). */
    static String lastWeekOrWhyNot(OwnerTools owners) {
        try {
            return lastWeek(owners);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(OwnerReports.class).warn("Could not make /report: {}", e.getMessage());
            return "The report could not be made just now: the question log cannot be read (see the bot's log).";
        }
    }

    /** The digest: the not-covered questions, grouped, most asked first. */
    static String digest(List<LoggedQuestion> questions, List<QuestionGroup> groups) {
        StringBuilder text = new StringBuilder()
                .append(
                        questions.size() == 1
                                ? "A question the profile did not cover:\n"
                                : questions.size() + " questions the profile did not cover:\n");
        groups.stream()
                .limit(MAX_GROUPS)
                .forEach(group -> text.append("- ")
                        .append(group.count() > 1 ? group.count() + " × " : "")
                        .append(group.question())
                        .append('\n'));
        if (groups.size() > MAX_GROUPS) {
            text.append("- … and ").append(groups.size() - MAX_GROUPS).append(" more (see `/report`)\n");
        }
        text.append("Adding the answers to your documents (or to an answers file) lets me answer them.");
        return fit(text.toString());
    }

    private static String fit(String text) {
        return text.length() <= DiscordFormat.MESSAGE_LIMIT
                ? text
                : text.substring(0, DiscordFormat.MESSAGE_LIMIT - 1) + "…";
    }
}
