package dev.profilebot.answer;

import dev.profilebot.privacy.PrivateDetail;
import dev.profilebot.privacy.PrivateRequests;
import dev.profilebot.profile.Words;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises messages that are not questions about the profile's content: greetings, "who is
 * he?", and requests for contact details, public or private (the private ones as {@link
 * PrivateRequests} recognises them).
 * Everything else is {@link Intent#ABOUT_THE_PROFILE} and goes to retrieval.
 */
public final class IntentDetector {

    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|thanks|thank you|thx|cheers|bye|goodbye)"
                    + "\\b[\\s!.,?]*(there|all|everyone|bot|so much|a lot|again)?[\\s!.,?:)]*$");

    /**
     * Her e-mail address, not "email marketing platforms", "email campaigns" nor "email revenue": a channel of her
     * work and what it brought in.
     */
    private static final Pattern EMAIL = Pattern.compile("\\be-?mail\\b(?!\\s+(?!(?:address(?:es)?|addr|id|contact"
            + "|details|her|him|them|me|you|it|so|to|or|and|please|i|we|for|if|that|she|he|they|on|at|in|with|from|as"
            + "|the|a|an|directly|instead|too|also|now|is|are|was|were|does|do|did|can|could|should|would|will|has|have"
            + "|works?|best|preferred|of|there|available|handy|public|listed|visible|shown|asap|somewhere|anywhere"
            + "|quickly|please)\\b)\\p{L})|\\bmail address\\b");

    private static final Pattern PROFILE_LINK = Pattern.compile(
            "\\b(github|gitlab|linkedin|twitter|mastodon|bluesky|stack ?overflow|codeberg|orcid|blog|website|web site"
                    + "|home ?page|personal site|social (media|profiles?|links?|accounts?|handles?))\\b"
                    // a portfolio to look at, not the loans and clients a banker manages ("how big is his client
                    // portfolio", "the portfolio he manages", "has his portfolio had any NPLs?")
                    + "|(?<!(?:client|loan|credit|lease|leasing|investment|project|product|property|asset|stock|equity"
                    + "|bond|deal|patient|account|customer|sales|fund|insurance|risk|trading) )\\bportfolio\\b"
                    + "(?! (?:of|size|value|exposure|manag\\w*|he|she|they|had|has|have|grow\\w*|did|does|is|was|were"
                    + "|quality|returns?|performance|companies|clients|loans)\\b)"
                    // "Where can I find her online?", not "online revenue" nor "online courses"
                    + "|\\bonline\\b(?!\\s+(?!(?:presence|profiles?|accounts?|portfolio|please|too|as well)\\b)\\p{L})");
    private static final Pattern TIME_ZONE = Pattern.compile("\\btime ?zone\\b|\\butc\\b|\\bgmt\\b|what time is it");
    private static final Pattern LOCATION =
            // "where is she based", not "his Python-based tool" nor "what was it based on"
            Pattern.compile("(?<![\\w-])based\\b(?! (on|off|upon)\\b)|\\b(located|location)\\b"
                    // "which country is she in", not "in which country was the contract manufacturer"
                    // ("Which city was Polderdata in?" is read as "which city was the employer in")
                    + "|\\b(which|what) (city|country)\\b"
                    // ("Which city was that in?" points back at a role the conversation named)
                    + "(?! (is|was|were|are|did) (?:the|a|an)\\b(?! employer\\b))"
                    // "where is she from", not "what's her degree and where is it from"
                    + "|\\bwhere('s| is| are| does| do| did| was| were) (?!(it|that|this|the|his|her|their|its)\\b)"
                    // "where is she originally from" asks where she grew up, which her documents may tell
                    + "[\\w' -]{1,40}?\\b(?<!originally )(currently |now )?(from|live|lives|living)\\b");
    /** "Which hospital is she based at?": the place of work, which the roles name, not the town she lives in. */
    private static final Pattern WORKPLACE_ASKED =
            Pattern.compile("\\b(which|what) (hospital|clinic|practice|compan(y|ies)"
                    + "|firm|employer|organi[sz]ation|school|university|lab|office|site|branch|store|ward|department|team|unit)"
                    + "s?\\b");

    private static final Pattern CONTACT = Pattern.compile(
            // "how can I reach her", not "what rank did she reach"
            // "can we contact his current supervisor?" asks about the supervisor, a referee: not how to reach him
            // (nor "calls to the contact centre", where the work was)
            "\\b(contact(?! (his|her|their) (\\w+ ){0,2}(supervisors?|managers?|boss|referees?|references?|employers?"
                    + "|colleagues?)\\b| cent(re|er)s?\\b)|reach (him|her|them|out)|(can|could|do|would|should|to|best way to) (i |we |you |one )?reach"
                    + "|get in touch|touch base|(send|leave|drop) (him|her|them|a)\\b.*\\bmessage|message (him|her|them)|hire (him|her|them)|for hire|get hold)\\b");
    private static final Pattern ASKS = Pattern.compile(
            "^(what|what's|whats|where|which|how|can|could|would|may|give|share|tell|show|list|send|is|does|do|i need"
                    + "|please|ignore|quote|print|reveal)\\b|\\?\\s*$");
    private static final Pattern WORK_TOPIC =
            Pattern.compile("\\b(build|built|develop|implement|design|worked on|work on|project|feature|service|api"
                    // "How many GitHub stars does his library have?": his work there, not the link
                    + "|star|repo|repositor(y|ie)|librar(y|ie)|open[- ]source|contribution|follower)s?\\b");

    private static final Pattern NAME = Pattern.compile(
            "\\b(what('s| is)|whats|tell me|give me|what do i call) (his|her|their|the person's|this person's|the candidate's)"
                    + "( full| real| first| last| given| family)? ?(name|surname)\\b|\\bwhat (is|'s) (he|she|they) called\\b"
                    + "|\\bwho is this (profile |bot |cv |resume |résumé |document )?(about|for)\\b|\\bwhose (profile|cv|resume|résumé) is (this|it)\\b"
                    + "|\\bwhat (is|'s) the (person's |candidate's )(full )?name\\b|\\bwhat (is|'s) the (full )?name[\\s?!.]*$"
                    + "|\\bfull name\\b"
                    + "|\\bname of (the|this) (candidate|person)\\b");
    private static final Pattern PRONOUNS = Pattern.compile("\\bpronouns?\\b");

    /**
     * "Is he married?", "does she have kids?", "what's his marital status": the private life, not the career; not
     * "her family business", "her partner firm" nor "who were his partners on the deal".
     */
    private static final Pattern PERSONAL_LIFE = Pattern.compile("\\b(married|marital|spouse|divorced)\\b"
            // (of the person: not "is it single sign-on?")
            + "|\\b(is|are) (he|she|they) (single|engaged|widowed)\\b"
            + "|\\b(his|her|their) (wife|husband|girlfriend|boyfriend|kids|children|family|religion"
            + "|sexual orientation)\\b(?!['’]s\\b| (business|firm|company|farm|office|practice|restaurant|shop|law"
            + "|medicine|medical|doctor|dental"
            // a course or a service named for them: "her Children First training", "her family law work"
            + "|first|training|course|module|certificate|act|services|ward|unit|hospital|nursing|law|court|protection"
            + "|safeguarding|support|therapy|liaison))"
            + "|\\b(does|do|has|have) (he|she|they) (have |got )?(any )?(kids|children|a family|a wife"
            + "|a husband|a spouse|a girlfriend|a boyfriend)\\b"
            + "|\\bpregnan\\w*");

    /** "In a nutshell", "in short", "in a sentence or two", "briefly": asking for the short version. */
    private static final String BRIEFLY =
            "(?:in (short|brief|a nutshell|(one|a|a few|two) (sentences?|lines?|words)( or two)?)|briefly|quickly)";

    private final Pattern aboutPerson;
    private final Optional<Pattern> organizations;

    /** @param name the person's name, so "who is Jonathan?" is told from "who is Kevin?" */
    public IntentDetector(String name) {
        this(name, List.of());
    }

    /**
     * @param organizations the employers and schools the profile names: "What did she do at Tallow
     *     Lane Mobile?" asks about a job, not for a mobile number
     */
    public IntentDetector(String name, Collection<String> organizations) {
        List<String> names = organizations.stream()
                .map(o -> Words.folded(o).strip())
                .filter(o -> o.length() >= 3)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .toList();
        this.organizations = names.isEmpty()
                ? Optional.empty()
                : Optional.of(Pattern.compile("\\b(" + String.join("|", names) + ")\\b"));
        StringBuilder people =
                new StringBuilder("he|she|they|this person|him|her|them|the candidate|this candidate|this");
        String lower = Words.folded(name).strip();
        if (!lower.isEmpty()) {
            // "Li-Wei Chen" asked for as "Li Wei Chen" or "Li-Wei Chen"
            people.append('|')
                    .append(String.join(
                            "[\\s.-]+",
                            java.util.Arrays.stream(lower.split("[\\s.-]+"))
                                    .map(Pattern::quote)
                                    .toList()));
            for (String part : lower.split("[\\s-]+")) {
                people.append('|').append(Pattern.quote(part));
            }
            String[] parts = lower.split("\\s+");
            if (parts.length >= 3) {
                // "Sneha Deshpande" for "Sneha Prakash Deshpande": the middle name left out
                people.append('|')
                        .append(Pattern.quote(parts[0]))
                        .append("\\s+")
                        .append(Pattern.quote(parts[parts.length - 1]));
                // "Cheryl Tan" for "Cheryl Tan Wei Ling": the given name and the family name, the rest left out
                for (int from = 0; from + 2 <= parts.length; from++) {
                    for (int to = from + 2; to <= parts.length; to++) {
                        if (from == 0 && to == parts.length) {
                            continue; // the whole name, already there
                        }
                        people.append('|')
                                .append(String.join(
                                        "\\s+",
                                        java.util.Arrays.stream(parts, from, to)
                                                .map(Pattern::quote)
                                                .toList()));
                    }
                }
            }
        }
        String who = "(" + people + ")";
        this.aboutPerson = Pattern.compile(
                "^(who is|who's|whos|tell me about|describe|introduce|summari[sz]e)\\s+"
                        + who + "\\b[\\s?!.]*$"
                        + "|^(quick intro\\w*:? )?(please:? )?who is " + who
                        + "( and what (does|do) (he|she|they) do)?[\\s?!.]*$"
                        + "|\\b(tell me|explain|say) who " + who + " is[\\s?!.]*$"
                        // "Give me the short version - who is Dean Hollinshead?"
                        + "|\\s[-–—:]\\s*who is " + who + "[\\s?!.]*$"
                        // "In a nutshell, what does Marcus do?", "So what does Greg do, in a nutshell?"
                        + "|^(so )?(" + BRIEFLY + ",? )?what (does|do) " + who
                        + " (actually |really |exactly )?do( for a living)?(,? " + BRIEFLY + ")?[\\s?!.]*$"
                        // "Tell me briefly what Tomasz does.", "Give me a short summary of what Jerome does."
                        + "|^(tell me|say|explain) (" + BRIEFLY + " )?what " + who + " (does|do)[\\s?!.]*$"
                        + "|^(give me )?an? (quick |short |brief )?(summary|overview|idea) of what " + who
                        + " (does|do)[\\s?!.]*$"
                        + "|^what kind of work (does|do) " + who
                        + " do[\\s?!.]*$"
                        // "What's her field?", "What field is he in?": what the headline says
                        + "|^(what('s| is)|whats) (his|her|their) (field|profession|occupation|line of work"
                        + "|area of expertise|specialism)[\\s?!.]*$|^what (field|line of work) (is|are) " + who
                        + " in[\\s?!.]*$"
                        + "|\\b(his|her|their) (background|bio|summary)\\b|\\bheadline\\b"
                        // "Give me a quick rundown of Marcus Delgado's background."
                        + "|\\b(rundown|overview|summary) of [\\p{L}-]+(?: [\\p{L}-]+)?'s (background|career|profile)[\\s?!.]*$"
                        + "|\\bsum (him|her|them|"
                        + who.substring(1, who.length() - 1)
                        + ") up\\b|\\bsum up (his|her|their|the) (profile|career|background)"
                        + "|\\b(profile|him|her|them|candidate|person|who is \\w+)\\b.*\\bin (one|a) (line|sentence|nutshell)\\b|\\belevator pitch\\b|\\bquick intro\\b"
                        // "Give me a one-line summary of who this is."
                        + "|\\bsummary of (who (this|he|she|they) (is|are)|the person|the candidate|this person|him|her|them)[\\s?!.]*$"
                        + "|\\b(one-line|one line|one-liner) (summary|description|intro\\w*|bio)( of (him|her|them|the person"
                        + "|the candidate|this person|who \\w+ \\w+|(his|her|their|the) (profile|background|career)))?[\\s?!.]*$");
    }

    public Intent detect(String question) {
        String q = Words.folded(question).strip();
        if (GREETING.matcher(q).matches()) {
            return Intent.GREETING;
        }
        q = Question.withoutLeadIn(q);
        boolean asking = ASKS.matcher(q).find();
        // what an employer's name says is not what the question asks for
        String named = q;
        q = organizations.map(o -> o.matcher(named).replaceAll("the employer")).orElse(q);
        Optional<PrivateDetail> privateDetail = PrivateRequests.askedFor(q);
        if (privateDetail.isPresent()) {
            return Intent.askingFor(privateDetail.get());
        }
        if (PERSONAL_LIFE.matcher(q).find()) {
            return Intent.PERSONAL_LIFE;
        }
        if (NAME.matcher(q).find()) {
            return Intent.NAME;
        }
        if (PRONOUNS.matcher(q).find()) {
            return Intent.PRONOUNS;
        }
        if (aboutPerson.matcher(q).find()) {
            return Intent.ABOUT_THE_PERSON;
        }
        // "what did he build on GitHub?" is about his work, not a request for the link
        if (!asking || WORK_TOPIC.matcher(q).find()) {
            return Intent.ABOUT_THE_PROFILE;
        }
        if (EMAIL.matcher(q).find()) {
            return Intent.EMAIL;
        }
        if (TIME_ZONE.matcher(q).find()) {
            return Intent.TIME_ZONE;
        }
        if (PROFILE_LINK.matcher(q).find()) {
            return Intent.PROFILE_LINK;
        }
        if (LOCATION.matcher(q).find() && !WORKPLACE_ASKED.matcher(q).find()) {
            return Intent.LOCATION;
        }
        if (CONTACT.matcher(q).find()) {
            return Intent.CONTACT;
        }
        return Intent.ABOUT_THE_PROFILE;
    }
}
