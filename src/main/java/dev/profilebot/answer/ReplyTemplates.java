package dev.profilebot.answer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The bot's fixed replies, read from plain files in the prompts folder so the owner can change
 * their voice: {@code not-covered.txt} ({@code {{topic}}}), {@code closest-match.txt}
 * ({@code {{answer}}}), {@code private-detail.txt} ({@code {{detail}}}, {@code {{contact}}}),
 * {@code greeting.txt} and {@code model-busy.txt} ({@code {{answer}}}: the offline answer given
 * when the model cannot take a question in time); each may also use {@code {{name}}} and
 * {@code {{first_name}}}.
 */
public final class ReplyTemplates {

    public static final String NOT_COVERED = "not-covered.txt";
    public static final String PRIVATE_DETAIL = "private-detail.txt";
    public static final String CLOSEST_MATCH = "closest-match.txt";
    public static final String GREETING = "greeting.txt";
    public static final String MODEL_BUSY = "model-busy.txt";
    private static final Set<String> NAMES = Set.of("first_name", "name");

    private final Template notCovered;
    private final Template closestMatch;
    private final Template privateDetail;
    private final Template greeting;
    private final Template modelBusy;

    public ReplyTemplates(
            String notCovered, String closestMatch, String privateDetail, String greeting, String modelBusy) {
        this.notCovered = new Template(NOT_COVERED, notCovered, Set.of("topic"), NAMES);
        this.closestMatch = new Template(CLOSEST_MATCH, closestMatch, Set.of("answer"), NAMES);
        this.privateDetail = new Template(PRIVATE_DETAIL, privateDetail, Set.of("detail", "contact"), NAMES);
        this.greeting = new Template(GREETING, greeting, Set.of(), NAMES);
        this.modelBusy = new Template(MODEL_BUSY, modelBusy, Set.of("answer"), NAMES);
    }

    private ReplyTemplates(
            Template notCovered, Template closestMatch, Template privateDetail, Template greeting, Template modelBusy) {
        this.notCovered = notCovered;
        this.closestMatch = closestMatch;
        this.privateDetail = privateDetail;
        this.greeting = greeting;
        this.modelBusy = modelBusy;
    }

    public static ReplyTemplates load(Path promptsDir) {
        return load(promptsDir, true);
    }

    /** As {@link #load(Path)}; a file missing there is read from the jar unless the folder was named and is missing. */
    public static ReplyTemplates load(Path promptsDir, boolean folderNamed) {
        return new ReplyTemplates(
                Template.load(promptsDir, folderNamed, NOT_COVERED, Set.of("topic"), NAMES),
                Template.load(promptsDir, folderNamed, CLOSEST_MATCH, Set.of("answer"), NAMES),
                Template.load(promptsDir, folderNamed, PRIVATE_DETAIL, Set.of("detail", "contact"), NAMES),
                Template.load(promptsDir, folderNamed, GREETING, Set.of(), NAMES),
                Template.load(promptsDir, folderNamed, MODEL_BUSY, Set.of("answer"), NAMES));
    }

    public String notCovered(Map<String, String> values) {
        return notCovered.fill(values);
    }

    public String closestMatch(Map<String, String> values) {
        return closestMatch.fill(values);
    }

    public String greeting(Map<String, String> values) {
        return greeting.fill(values);
    }

    public String privateDetail(Map<String, String> values) {
        return privateDetail.fill(values);
    }

    public String modelBusy(Map<String, String> values) {
        return modelBusy.fill(values);
    }
}
