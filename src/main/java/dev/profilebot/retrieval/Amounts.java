package dev.profilebot.retrieval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money as résumés write them ("$118M", "£3.1m", "€2.4 billion", "CAD $1.4B", "$210,000"), and questions
 * that ask for the largest of them ("What is the biggest project he has delivered?").
 */
public final class Amounts {

    private static final Pattern MONEY = Pattern.compile(
            "(?i)(?:[$£€¥]|\\b(?:usd|aud|cad|nzd|eur|gbp|chf|inr|rs\\.?)\\s?[$]?)\\s?(\\d[\\d,]*(?:\\.\\d+)?)"
                    + "\\s?(k|m|mn|bn|b|million|billion|thousand|lakh|crore)?\\b");

    /** "the biggest project", "largest contract", "most valuable deal", "highest-value programme". */
    private static final Pattern ASKS_LARGEST =
            Pattern.compile("(?i)\\b(biggest|largest|most valuable|highest[- ]value|most expensive)\\b"
                    + "(?:\\s+\\w+){0,2}\\s+(projects?|contracts?|deals?|programmes?|programs?|budgets?|accounts?"
                    + "|schemes?|jobs?|portfolios?|clients?|builds?|sales?)\\b");

    private Amounts() {}

    public static boolean asksForTheLargest(String question) {
        return ASKS_LARGEST.matcher(question).find();
    }

    /** "the $118M Bald Hills Interchange Upgrade", "a $120M program": a sum before what it was spent on. */
    private static final Pattern SUM_OF_A_NAMED_THING =
            Pattern.compile(MONEY.pattern() + "\\s+(?:(?-i:\\p{Lu})|(?:program|programme|project|contract|portfolio"
                    + "|budget|deal|account|scheme|build|upgrade|fund)s?\\b)");

    /** The largest sum of money the text gives a named thing ("the $45M Redland Bay Road Upgrade"). */
    public static Optional<BigDecimal> largestNamedIn(String text) {
        return largest(SUM_OF_A_NAMED_THING.matcher(text));
    }

    /** The largest sum of money the text names, in its own currency's units. */
    public static Optional<BigDecimal> largestIn(String text) {
        return largest(MONEY.matcher(text));
    }

    private static Optional<BigDecimal> largest(Matcher m) {
        BigDecimal largest = null;
        while (m.find()) {
            BigDecimal value;
            try {
                value = new BigDecimal(m.group(1).replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            value = value.multiply(
                    switch (unit) {
                        case "k", "thousand" -> BigDecimal.valueOf(1_000);
                        case "lakh" -> BigDecimal.valueOf(100_000);
                        case "m", "mn", "million" -> BigDecimal.valueOf(1_000_000);
                        case "crore" -> BigDecimal.valueOf(10_000_000);
                        case "b", "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
                        default -> BigDecimal.ONE;
                    });
            if (largest == null || value.compareTo(largest) > 0) {
                largest = value;
            }
        }
        return Optional.ofNullable(largest);
    }
}
