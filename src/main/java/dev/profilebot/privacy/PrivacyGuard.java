package dev.profilebot.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last check on every outgoing answer: removes anything that looks like a phone number or a
 * street address, and any fragment of the private details withheld at ingestion ("513 1101",
 * "5th Ave"), however an answerer came to write it. Details the owner chose to disclose pass.
 */
public final class PrivacyGuard {

    private static final Logger log = LoggerFactory.getLogger(PrivacyGuard.class);
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s().-]{0,2}\\d)+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final int MIN_FRAGMENT_DIGITS = 4;
    static final String WITHHELD = "[withheld]";

    private final PrivateDetailRedactor redactor;
    private final List<String> withheldPhoneDigits = new ArrayList<>();
    private final List<Pattern> withheldParts = new ArrayList<>();

    public PrivacyGuard(
            PrivateDetailRedactor redactor,
            List<PrivateDetailRedactor.Removed> withheld,
            Set<PrivateDetail> disclosed) {
        this.redactor = redactor;
        for (PrivateDetailRedactor.Removed removed : withheld) {
            if (disclosed.contains(removed.kind()) || removed.value().isBlank()) {
                continue; // a blank value would match everywhere
            }
            if (removed.kind() == PrivateDetail.PHONE) {
                withheldPhoneDigits.add(removed.value().replaceAll("\\D", ""));
            } else if (removed.kind() == PrivateDetail.BIRTH_DATE
                    && removed.value().matches("(19|20)\\d\\d|\\d{1,2}")) {
                // a year of birth or an age alone: the number is in dates and figures everywhere ("by 32%"),
                // the label beside it is what was withheld
                continue;
            } else if (removed.kind() == PrivateDetail.BIRTH_DATE || removed.kind() == PrivateDetail.ID_NUMBER) {
                withheldParts.add(Pattern.compile(Pattern.quote(removed.value())));
            } else {
                streetNamePattern(removed.value()).ifPresent(withheldParts::add);
                withheldParts.add(Pattern.compile(Pattern.quote(removed.value())));
            }
        }
    }

    /** The answer with every private detail replaced by "[withheld]". */
    public String guard(String answer) {
        String text = markRedacted(answer);
        text = withoutPhoneFragments(text);
        for (Pattern street : withheldParts) {
            text = street.matcher(text).replaceAll(WITHHELD);
        }
        if (!text.equals(answer)) {
            log.warn("Privacy guard removed a private detail from an outgoing answer");
        }
        return text;
    }

    private String markRedacted(String answer) {
        List<String> lines = new ArrayList<>();
        for (String line : answer.split("\n", -1)) {
            String guarded = line;
            for (PrivateDetailRedactor.Removed removed : redactor.redact(line).removed()) {
                if (!removed.value().isBlank()) {
                    guarded = guarded.replace(removed.value(), WITHHELD);
                }
            }
            lines.add(guarded);
        }
        return String.join("\n", lines);
    }

    private String withoutPhoneFragments(String text) {
        if (withheldPhoneDigits.isEmpty()) {
            return text;
        }
        Matcher run = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            String digits = run.group().replaceAll("\\D", "");
            boolean fragment = digits.length() >= MIN_FRAGMENT_DIGITS
                    && !YEAR.matcher(digits).matches()
                    && withheldPhoneDigits.stream().anyMatch(phone -> phone.contains(digits) || digits.contains(phone));
            run.appendReplacement(out, Matcher.quoteReplacement(fragment ? WITHHELD : run.group()));
        }
        run.appendTail(out);
        return out.toString();
    }

    /** The word after a street's name that says it is one: "Ave", "Road", "Street". */
    private static final Pattern STREET_TYPE = Pattern.compile(
            "(?i)street|avenue|ave|road|rd|lane|ln|drive|boulevard|blvd|way|court|ct|place|pl|crescent|close"
                    + "|terrace|highway|hwy|parkway|pkwy|square|sq|circle|trail|grove|mews");
    /** "St", "Dr": a street's type abbreviated, also a saint's or a doctor's, so only in an address led by its number. */
    private static final Pattern SHORT_STREET_TYPE = Pattern.compile("(?i)st|dr");

    /**
     * "1601 5th Ave NW." becomes a pattern for "5th Ave" / "5th Avenue" and the house number before it; a value with
     * no street's name in it ("St. Louis Senior High School, P. O. Box 3041", a referee's school) none.
     */
    private static java.util.Optional<Pattern> streetNamePattern(String street) {
        String[] words = street.replaceAll("[,.]", " ").trim().split("\\s+");
        boolean numberFirst = words[0].matches(".*\\d.*");
        int type = -1;
        for (int i = 1; i < words.length && type < 0; i++) {
            if (STREET_TYPE.matcher(words[i]).matches()
                    || numberFirst && SHORT_STREET_TYPE.matcher(words[i]).matches()) {
                type = i;
            }
        }
        if (type < 0 && numberFirst && words.length >= 3) {
            type = 2; // "12 Rua Augusta": the number, then the name as written
        }
        if (type < 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Pattern.compile("(?i)(\\b\\d+\\s+)?\\b" + Pattern.quote(words[type - 1]) + "\\s+"
                + Pattern.quote(words[type]) + "\\w*\\.?(\\s+(NW|NE|SW|SE|N|S|E|W)\\b\\.?)?"));
    }
}
