package dev.profilebot.answer;

import dev.profilebot.profile.Passage;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Three example questions made from this profile — its current role, a notable project, a skill —
 * for the greeting, {@code /help} and the terminal chat's first line. A question is offered only
 * when the bot answers it from the documents and the answer names what it asked about: nothing
 * is suggested that would end in "the profile doesn't say".
 */
public final class SuggestedQuestions {

    /** How many questions are offered. */
    public static final int COUNT = 3;

    private static final Pattern PROJECTS =
            Pattern.compile("(?i)\\b(projects?|open[- ]source|side projects?|portfolio|selected work)\\b");
    private static final int MAX_TRIED = 12;

    private SuggestedQuestions() {}

    /**
     * @param ask answers a question offline, from the documents
     * @param firstName what the questions call the person
     */
    public static List<String> choose(
            StructuredProfile facts, List<Passage> passages, String firstName, Function<String, Answer> ask) {
        // kind -> candidates (question, the word its answer must name), best first
        Map<String, List<String[]>> kinds = new LinkedHashMap<>();
        List<String[]> roles = new ArrayList<>();
        for (Role role : facts.currentRoles()) {
            if (!role.organization().isEmpty()) {
                roles.add(new String[] {"Where does " + firstName + " work now?", role.organization()});
                roles.add(new String[] {
                    "What does " + firstName + " do at " + role.organization() + "?", role.organization()
                });
            }
        }
        List<Role> jobs = facts.jobs();
        if (roles.isEmpty() && !jobs.isEmpty()) {
            Role last = jobs.get(jobs.size() - 1);
            String named = last.organization().isEmpty() ? last.title() : last.organization();
            roles.add(new String[] {"What was " + firstName + "'s most recent role?", named});
        }
        kinds.put("role", roles);
        List<String[]> projects = new ArrayList<>();
        for (String project : projects(passages)) {
            projects.add(new String[] {"What is " + project + "?", project});
        }
        kinds.put("project", projects);
        List<String[]> skills = new ArrayList<>();
        for (String skill : facts.skills()) {
            if (looksLikeASkill(skill)) {
                skills.add(new String[] {"Has " + firstName + " worked with " + skill + "?", skill});
            }
        }
        kinds.put("skill", skills);
        if (!facts.education().isEmpty()) {
            kinds.put("education", List.<String[]>of(new String[] {
                "Where did " + firstName + " study?", facts.education().get(0).institution()
            }));
        }
        List<String> chosen = new ArrayList<>();
        for (List<String[]> candidates : kinds.values()) {
            int tried = 0;
            for (String[] candidate : candidates) {
                if (chosen.size() == COUNT || tried++ == MAX_TRIED) {
                    break;
                }
                if (answersWell(ask.apply(candidate[0]), candidate[1])) {
                    chosen.add(candidate[0]);
                    break;
                }
            }
        }
        return List.copyOf(chosen.subList(0, Math.min(COUNT, chosen.size())));
    }

    /** The greeting's, help's and chat's line offering them; empty when there are none. */
    public static String offer(List<String> questions) {
        if (questions.isEmpty()) {
            return "";
        }
        return "Try: "
                + String.join(" · ", questions.stream().map(q -> "“" + q + "”").toList());
    }

    private static boolean answersWell(Answer answer, String named) {
        return answer.outcome() == Answer.Outcome.ANSWERED
                && !named.isBlank()
                && answer.text().toLowerCase(Locale.ROOT).contains(named.toLowerCase(Locale.ROOT));
    }

    /** A skill a question can name: a short term, not a heading, a list or a phrase. */
    private static boolean looksLikeASkill(String skill) {
        return SKILL.matcher(skill).matches()
                && skill.split("\\s+").length <= 3
                && !CONNECTIVES.matcher(skill).find()
                && !(skill.contains(" ") && skill.equals(skill.toUpperCase(Locale.ROOT)))
                && !DESCRIBING_WORD.matcher(skill).matches();
    }

    /** "Short-term", "Cross-functional", "Data-driven": a word that describes, cut from a list's sentence. */
    private static final Pattern DESCRIBING_WORD = Pattern.compile(
            "(?i)[\\p{L}]+-(?:term|level|based|driven|oriented|focused|facing|on|functional|time|scale|wide|minded)");

    private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.+#/ -]{0,29}");
    private static final Pattern CONNECTIVES =
            Pattern.compile("(?i)\\b(and|or|on|in|at|for|with|of|to|the|using|via)\\b");
    /** "Colorama: …", "Snap Store — …": a project named at the start of its entry. */
    private static final Pattern NAMED_ENTRY = Pattern.compile(
            "^\\**([\\p{L}\\p{N}][\\p{L}\\p{N}.+#-]*(?: [\\p{L}\\p{N}.+#-]+){0,3})\\**(?:\\s*\\([^)]*\\))?\\s*(?::|—|–| - )");

    /**
     * The names of projects, in document order: the headings right under a "Projects" section, or
     * the name an entry of such a section starts with.
     */
    static List<String> projects(List<Passage> passages) {
        List<String> names = new ArrayList<>();
        for (Passage passage : passages) {
            List<String> path = passage.sectionPath();
            for (int i = 0; i < path.size(); i++) {
                if (!PROJECTS.matcher(path.get(i)).find()) {
                    continue;
                }
                if (i + 1 < path.size()) {
                    add(names, path.get(i + 1).replaceAll("\\s*[(\\[—–|:-].*$", ""));
                } else {
                    for (String sentence : passage.sentences()) {
                        java.util.regex.Matcher named = NAMED_ENTRY.matcher(sentence.strip());
                        if (named.find()) {
                            add(names, named.group(1));
                        }
                    }
                }
                break;
            }
        }
        return names;
    }

    private static void add(List<String> names, String name) {
        String clean = name.strip();
        if (!clean.isEmpty() && clean.length() <= 40 && !names.contains(clean)) {
            names.add(clean);
        }
    }
}
