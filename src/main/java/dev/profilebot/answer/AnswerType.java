package dev.profilebot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of fact a question wants, when its wording says so: a quantity ("how many", "how
 * much") or a time ("when", "since when", "what year"). A sentence holding that kind of fact is
 * a likelier answer: "How much traffic?" is answered by "serving 5k req/s".
 */
enum AnswerType {
    QUANTITY(
            Pattern.compile("\\bhow (many|much|big|large|long|fast|often)\\b|\\bnumber of\\b|\\bpercent"),
            Pattern.compile("\\d|\\b(dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six"
                    + "|seven|eight|nine|ten|twelve|twenty)\\b")),
    TIME(
            Pattern.compile(
                    "^when\\b|\\bsince when\\b|\\bwhat year\\b|\\bwhich year\\b|\\bhow long ago\\b|\\bdates?\\b"),
            Pattern.compile(
                    "\\b(19|20)\\d\\d\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\bpresent\\b")),
    ANY(Pattern.compile("$^"), Pattern.compile("$^"));

    private final Pattern question;
    private final Pattern fact;

    AnswerType(Pattern question, Pattern fact) {
        this.question = question;
        this.fact = fact;
    }

    static AnswerType of(String question) {
        String q = question.toLowerCase(Locale.ROOT).strip();
        for (AnswerType type : values()) {
            if (type.question.matcher(q).find()) {
                return type;
            }
        }
        return ANY;
    }

    boolean isAnsweredBy(String sentence) {
        return fact.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }
}
