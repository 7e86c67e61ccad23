package dev.profilebot.answer;

import dev.profilebot.profile.facts.Identity;
import dev.profilebot.profile.facts.Pronouns;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns sentences the person wrote about themselves into sentences about them: "I created
 * Colorama" becomes "Jonathan created Colorama", "I work on Linux" "he works on Linux", "my team"
 * "his team" — the name the first time, the pronoun after, with the verb agreeing ("they work").
 * "We" and "our" stay: they are the team, not the person.
 */
final class ThirdPerson {

    private static final Pattern FIRST_PERSON = Pattern.compile(
            // "I" as a word, not the Roman numeral of "Phase I" nor the "I" of "I/O", of a grant's "Co-I" or of an
            // abbreviation's "D.N.I."
            // nor an author's initial ("I. Carvalho, M. Brandt"), nor the "I" of a heading's capitals ("WHY I'M
            // MOVING")
            // (but a sentence's opening word before it is no name: "Before I moved", "When I joined"), nor the "I" of
            // a certificate's level after its acronym ("PSM I", "CFA Level I")
            "(?<!(?<!\\p{L})(?!(?:Before|After|When|While|Since|Then|So|But|And|If|As|Now|Today|Where|Until|Once"
                    + "|Because|Although|Though|Also|Yes|Here|There|Recently|Currently|Previously|Later|Eventually"
                    + "|Initially|Originally|Today|Lately)\\b)\\p{Lu}\\p{Ll}{1,20} )(?<!\\b\\p{Lu}{2,10} )(?<![-/&.])\\b(I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|I(?!['’]\\p{L}))\\b(?![/&-]|\\.[\\s\\u00A0]?\\p{Lu}\\p{Ll})"
                    + "(\\s+(?:(?:also|often|usually|mostly|always|never|still|mainly|primarily|regularly|sometimes|currently"
                    + "|recently|really|just|only|now|then|once|later|first|ever|even|actually|personally|occasionally"
                    + "|generally|particularly|especially|originally|previously|eventually)\\s+)?)?([\\p{L}-]+(?:['’]t)?)?"
                    // not the "me" of a domain name ("Antidote.me")
                    // nor a word of a compound ("life-of-mine plan")
                    + "|(?<![.@/-])\\b([Mm]y|[Mm]e|[Mm]yself|[Mm]ine)\\b(?![.@/-]\\w)");
    /** An auxiliary right before the "I" of a question: "What am I", "how do I", "would I". */
    private static final Pattern INVERTED_AUXILIARY =
            Pattern.compile("(?i)\\b(am|do|have|was|can|could|would|should|will|did|shall)(\\s+)$");

    private static final Pattern AND_AM = Pattern.compile("\\band am\\b");
    /** The words before "mine" the pronoun follows: "of mine", "was mine", "yours and mine". */
    private static final Pattern MINE_AS_PRONOUN =
            Pattern.compile("(?i)(?:^|\\b(?:of|is|was|are|were|and|or|than|like|be|been|become|became)\\s+)$");

    private static final Pattern THEY_SUBJECT = Pattern.compile("(?:^|[.!?]\\s+|\\s)[Tt]hey\\s");
    /** Verbs whose past tense does not end in -ed, so a subject before them needs no agreement. */
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "built",
            "led",
            "wrote",
            "ran",
            "made",
            "took",
            "began",
            "became",
            "did",
            "had",
            "went",
            "got",
            "gave",
            "saw",
            "grew",
            "won",
            "taught",
            "spent",
            "held",
            "kept",
            "left",
            "set",
            "put",
            "read",
            "found",
            "brought",
            "thought",
            "sold",
            "sent",
            "lent",
            "met",
            "cut",
            "shipped",
            "drove",
            "flew",
            "chose",
            "knew",
            "rewrote",
            "oversaw",
            "undertook",
            "spoke",
            "sat",
            "stood",
            "understood",
            "hit",
            "felt",
            "dealt",
            "meant",
            "told",
            "paid",
            "laid",
            "bought",
            "caught",
            "fought",
            "sought");
    /** Words after "I" that are not verbs to agree: adverbs and auxiliaries. */
    private static final Set<String> AUXILIARIES = Set.of(
            "can",
            "could",
            "will",
            "would",
            "should",
            "may",
            "might",
            "must",
            "also",
            "often",
            "usually",
            "always",
            "never",
            "ever",
            "actually",
            "personally",
            "occasionally",
            "generally",
            "particularly",
            "especially",
            "originally",
            "previously",
            "eventually",
            "still",
            "then",
            "now",
            "mostly",
            "really",
            "currently",
            "recently",
            "once",
            "later",
            "first",
            "just",
            "only",
            "mainly",
            "primarily",
            "regularly",
            "sometimes",
            "even",
            "already");

    private final Identity identity;

    ThirdPerson(Identity identity) {
        this.identity = identity;
    }

    String rewrite(String text) {
        Pronouns p = identity.pronouns();
        boolean[] named = {false};
        Matcher m = FIRST_PERSON.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(4) != null && m.group(4).equals("Mine") && !sentenceStart(text, m.start())) {
                // "Ubuhle Platinum Mine", "Mine Manager": a mine, in a name or a title
                replacement = m.group();
            } else if (m.group(4) != null
                    && m.group(4).equals("mine")
                    && !MINE_AS_PRONOUN.matcher(text.substring(0, m.start())).find()) {
                // "the Red Hill Ridge iron ore mine", "an open-cut mine": a mine, not "a friend of mine"
                replacement = m.group();
            } else if (m.group(4) != null) {
                replacement = possessiveOrObject(m.group(4), p, sentenceStart(text, m.start()));
            } else {
                boolean start = sentenceStart(text, m.start());
                String subject = subject(named, start);
                String space = m.group(2) == null ? "" : m.group(2);
                String next = m.group(3) == null ? "" : m.group(3);
                String first = identity.name().map(n -> n.split("\\s+")[0]).orElse("");
                if (m.group(1).matches("I['’]m") && next.equalsIgnoreCase(first)) {
                    // "I'm Priya Raman, a data engineer" introduces her: "This is Priya Raman, …"
                    named[0] = true;
                    m.appendReplacement(out, Matcher.quoteReplacement((start ? "This is" : "this is") + space + next));
                    continue;
                }
                Matcher inverted = INVERTED_AUXILIARY.matcher(text.substring(0, m.start()));
                if (m.group(1).equals("I") && inverted.find()) {
                    // "What am I looking for next?", "How do I work?": the auxiliary before the subject agrees with it
                    m.appendReplacement(out, "");
                    out.setLength(out.length() - inverted.group().length());
                    String auxiliary = inverted.group(1);
                    String agreeing = switch (auxiliary.toLowerCase(java.util.Locale.ROOT)) {
                        case "am" -> be(p, subject);
                        case "have" -> have(p, subject);
                        case "do" -> plural(p, subject) ? "do" : "does";
                        default -> auxiliary.toLowerCase(java.util.Locale.ROOT);
                    };
                    boolean capital = Character.isUpperCase(auxiliary.charAt(0));
                    out.append(capital ? capitalise(agreeing) : agreeing)
                            .append(inverted.group(2))
                            .append(subject)
                            .append(space)
                            .append(next);
                    continue;
                }
                replacement = switch (m.group(1).replace('’', '\'')) {
                    case "I'm" -> subject + " " + be(p, subject) + space + next;
                    case "I've" -> subject + " " + have(p, subject) + space + next;
                    case "I'd" -> subject + " would" + space + next;
                    case "I'll" -> subject + " will" + space + next;
                    default -> subject + space + agree(next, p, subject);
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        // "I present at PyCon and am a Fellow": the second verb agrees too
        // (when any "I" was rewritten; "they" agrees as "are")
        if (out.toString().equals(text)) {
            return text;
        }
        Matcher am = AND_AM.matcher(out);
        StringBuilder agreed = new StringBuilder();
        while (am.find()) {
            // the subject of the sentence it is in: "they … and are", "Sam … and is"
            String before = out.substring(0, am.start());
            String sentence = before.substring(Math.max(before.lastIndexOf(". "), 0));
            boolean they = THEY_SUBJECT.matcher(sentence).find();
            am.appendReplacement(agreed, they ? "and are" : "and is");
        }
        am.appendTail(agreed);
        return agreed.toString();
    }

    /** The name the first time, then the pronoun; capitalised at the start of a sentence. */
    private String subject(boolean[] named, boolean sentenceStart) {
        if (!named[0] && identity.name().isPresent()) {
            named[0] = true;
            return identity.firstName();
        }
        String pronoun = identity.pronouns().subject();
        return sentenceStart ? capitalise(pronoun) : pronoun;
    }

    private static boolean plural(Pronouns p, String subject) {
        return p == Pronouns.THEY && subject.equalsIgnoreCase("they");
    }

    private static String be(Pronouns p, String subject) {
        return plural(p, subject) ? "are" : "is";
    }

    private static String have(Pronouns p, String subject) {
        return plural(p, subject) ? "have" : "has";
    }

    /** "work" → "works" after a singular subject; past tenses and auxiliaries stay. */
    private static String agree(String verb, Pronouns p, String subject) {
        if (verb.isEmpty()) {
            return verb;
        }
        String lower = verb.toLowerCase(Locale.ROOT);
        return switch (lower.replace('’', '\'')) {
            case "am" -> plural(p, subject) ? "are" : "is";
            case "don't" -> plural(p, subject) ? verb : "doesn" + verb.substring(3);
            case "haven't" -> plural(p, subject) ? verb : "has" + verb.substring(4);
            case "was" -> plural(p, subject) ? "were" : "was";
            case "have" -> have(p, subject);
            case "do" -> plural(p, subject) ? "do" : "does";
            case "go" -> plural(p, subject) ? "go" : "goes";
            default -> {
                if (plural(p, subject)
                        || lower.endsWith("ed")
                        || lower.endsWith("'t")
                        || lower.endsWith("’t")
                        || IRREGULAR_PAST.contains(lower)
                        || AUXILIARIES.contains(lower)
                        || !Character.isLowerCase(verb.charAt(0))) {
                    yield verb;
                }
                if (lower.matches(".*(s|sh|ch|x|z)$")) {
                    yield verb + "es";
                }
                if (lower.matches(".*[^aeiou]y$")) {
                    yield verb.substring(0, verb.length() - 1) + "ies";
                }
                yield verb + "s";
            }
        };
    }

    private static String possessiveOrObject(String word, Pronouns p, boolean start) {
        String replaced = switch (word.toLowerCase(Locale.ROOT)) {
            case "my" -> p.possessive();
            case "me" -> p.object();
            case "myself" -> p == Pronouns.THEY ? "themselves" : p.object() + "self";
            default -> p == Pronouns.SHE ? "hers" : p == Pronouns.HE ? "his" : "theirs";
        };
        return start ? capitalise(replaced) : replaced;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:\n“\"".indexOf(text.charAt(i)) >= 0;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
