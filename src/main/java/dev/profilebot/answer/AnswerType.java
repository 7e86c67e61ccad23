package dev.profilebot.answer;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What kind of fact a question wants, when its wording says so: a quantity ("how many", "how
 * much") or a time ("when", "since when", "what year"). A sentence holding that kind of fact is
 * a likelier answer: "How much traffic?" is answered by "serving 5k req/s". Or a person, for a question
 * about who supervised or mentored.
 */
enum AnswerType {
    QUANTITY(
            Pattern.compile("\\bhow (many|much|big|large|long|fast|often)\\b|\\bnumber of\\b|\\bpercent"),
            // a number, not a digit inside a name ("NEWS2", "Web3")
            Pattern.compile(
                    "(?<!\\p{L})\\d|\\b(dozens?|hundreds?|thousands?|millions?|billions?|two|three|four|five|six"
                            + "|seven|eight|nine|ten|twelve|twenty)\\b")),
    TIME(
            Pattern.compile(
                    "^when\\b|\\bsince when\\b|\\bwhat year\\b|\\bwhich year\\b|\\bhow long ago\\b|\\bdates?\\b"),
            Pattern.compile(
                    "\\b(19|20)\\d\\d\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\bpresent\\b")),
    /** "Has she managed a team?": answered by a team's size ("Lead a team of six", "Supervise 22 associates"). */
    TEAM(
            Pattern.compile(
                    "\\b(manag(e|es|ed|ing)|led|lead|leads|leading|supervis\\w*|run|ran)\\b.*\\b(teams?|people"
                            + "|staff|direct reports|reports|employees)\\b|\\b(people|line) manag\\w*|\\bmanagement experience\\b"),
            // a team's size after a word of leading it ("Supervise 22 associates", "lead of 9 engineers"), not the
            // people something was delivered to ("training to 90+ line managers")
            Pattern.compile(
                    "\\bteams? of\\b|\\b(lead|leads|led|manag\\w*|line-manag\\w*|supervis\\w*|head(ed|s)?|ran|run"
                            + "|runs|oversaw|oversee\\w*|responsible for|mentor\\w*)\\b(?:(?! to )[^.;]){0,40}?\\b(\\d+|two|three"
                            + "|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\+?\\s+(\\S+\\s+){0,3}(people|staff"
                            + "|engineers|developers|designers|analysts|associates|nurses|rns|managers|reports|workers|operatives"
                            + "|colleagues|employees|technicians|leads|members|consultants|accountants|clerks|teachers|specialists"
                            + "|agents|scientists|researchers|surveyors|officers|supervisors|leaders|chefs|assistants|advisors"
                            + "|advisers|administrators|coordinators|executives|representatives|trainees|apprentices|graduates"
                            + "|pharmacists|drivers|volunteers)\\b")),
    /**
     * "Who supervised her PhD?": answered by a person named with a title ("Supervisor: Prof. Malachy Durcan"),
     * not by a line that only says what she supervised ("Primary supervisor.").
     */
    PERSON(
            Pattern.compile("^who (supervised|supervises|mentored|mentors|examined|trained)\\b"
                    + "|^who (was|is|were|are) (her|his|their|the) (phd |doctoral |thesis |research )?(supervisors?"
                    + "|advisors?|advisers?|mentors?|pi|principal investigator|examiners?)\\b"),
            // the case of a name's letters tells it: matched on the sentence as written
            Pattern.compile("\\b(Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\\.? \\p{Lu}\\p{Ll}"),
            false),
    /**
     * "Has he worked abroad?": answered by a sentence that names a country ("start-ups at customer plants in Germany,
     * the Czech Republic and Hungary"), though no job was held there.
     */
    ABROAD(
            Pattern.compile("\\b(abroad|overseas|internationally|international (work |job )?experience"
                    + "|(other|another|different|foreign) countr(y|ies)|which countries|what countries)\\b"),
            dev.profilebot.answer.timeline.Countries::mentioned),
    ANY(Pattern.compile("$^"), Pattern.compile("$^"));

    private final Pattern question;
    private final Predicate<String> fact;

    AnswerType(Pattern question, Pattern fact) {
        this(question, fact, true);
    }

    AnswerType(Pattern question, Pattern fact, boolean lowerCase) {
        this(
                question,
                sentence -> fact.matcher(lowerCase ? sentence.toLowerCase(Locale.ROOT) : sentence)
                        .find());
    }

    AnswerType(Pattern question, Predicate<String> fact) {
        this.question = question;
        this.fact = fact;
    }

    /**
     * "How many people does he manage?", "How big is her team?": a quantity, and one a team's size
     * answers ("lead 9 supervisors and 210 hourly associates"), not any number.
     */
    private static final Pattern TEAM_SIZE =
            Pattern.compile("\\bhow many (people|staff|employees|workers|direct reports|reports|team members)\\b"
                    + ".*\\b(manag\\w*|lead|leads|led|supervis\\w*|run|runs|ran|oversee\\w*|oversaw|head|heads|have|has)\\b"
                    + "|\\bhow (big|large) (is|was) (his|her|their|the) team\\b");

    /** Whether the question asks a team's size: "How many people does he manage?". */
    static boolean asksTeamSize(String question) {
        return TEAM_SIZE.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    static AnswerType of(String question) {
        String q = question.toLowerCase(Locale.ROOT).strip();
        if (asksTeamSize(q)) {
            return TEAM;
        }
        for (AnswerType type : values()) {
            if (type.question.matcher(q).find()) {
                return type;
            }
        }
        return ANY;
    }

    boolean isAnsweredBy(String sentence) {
        return fact.test(sentence);
    }
}
