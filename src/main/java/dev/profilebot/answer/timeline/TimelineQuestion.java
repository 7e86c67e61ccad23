package dev.profilebot.answer.timeline;

import dev.profilebot.answer.Question;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks of the career timeline, when it asks about it: the current role, the
 * first, the roles in a year or between two, the role before or after another, when one started
 * or ended, how long it lasted, the list of employers, or education. Everything else is not a
 * timeline question and goes to retrieval.
 */
record TimelineQuestion(Kind kind, Optional<Integer> year, Optional<Integer> untilYear) {

    enum Kind {
        CURRENT,
        FIRST,
        IN_YEAR,
        BEFORE,
        AFTER,
        STARTED,
        LEFT,
        HOW_LONG,
        EMPLOYERS,
        /** "Does he still work at Harbourline Ferries?" */
        STILL_THERE,
        EDUCATION,
        /** The grade of a degree of a level the question names: "What grade did he get for his bachelor's?" */
        DEGREE_GRADE,
        DURING_STUDIES,
        ROLE_AS,
        /** "What was her role at Prima Industrie?": the title held at a named place. */
        TITLE,
        GAPS,
        EXPERIENCE,
        /** "Does he sit on any boards?": the board seats and trusteeships held beside a job. */
        BOARDS,
        /** "Has she worked abroad?": where each job was. */
        PLACES,
        /** "Has she done any work in healthcare?": the jobs at employers of that sector. */
        SECTOR
    }

    /** The person: a pronoun, or a name of up to three words ("Jolene Ferriter"). */
    private static final String WHO = "(he|she|they|him|her|them"
            + "|(?!(?:his|her|their|its|the|a|an|this|that|my|our|your)\\b)[\\p{L}'-]+(?: (?!(?:been|at|with|on|in|of|for|to"
            + "|the|a|an|his|her|their|its|using|doing|working|do|does|did|is|was|work|worked|works|stay|stayed|take"
            + "|took|there|then|now|first|last)\\b)[\\p{L}'-]+){1,2}?|[\\p{L}'-]+)";
    /** The person by pronoun or by a full name: "she", "Ruairi", "Ruairi Penhaligon". */
    private static final String NAMED =
            "(he|she|they|(?!the\\b|his\\b|her\\b|their\\b)[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,2}?)";
    /** "What year did he graduate?", "What year did Miriam get her MD?": when a degree was awarded. */
    private static final String YEAR_OF_A_DEGREE = "|\\b(what|which) year did " + NAMED + " (graduate|qualify"
            + "|(get|earn|receive|complete|finish) (his|her|their|a|an) ([\\p{L}'-]+ )?(degree|diploma|phd|doctorate"
            + "|master'?s|bachelor'?s|mba|md|ba|bsc|msc|ma|bs|ms|bachelors|masters))\\b";
    /** "uni", "hotel school", "drama school", "art college": where one goes to study. */
    private static final String SCHOOL =
            "([\\p{L}-]+ )?(uni|university|college|school|academy|conservatoire|polytechnic)\\b";
    /** A degree's grade asked in words only a degree's line holds: "what was his GPA?". */
    private static final Pattern EDUCATION = Pattern.compile(
            "\\b[\\p{L}-]+'s (education|degrees?|studies|qualifications|academic background)\\b"
                    + "|\\bwhen did " + WHO + " (study|graduate)\\b|\\bwhere did " + WHO
                    // "Where did she train?": where a nurse, an actor or a chef studied for the work
                    + " (study|train(?=\\s*\\?*$)|go to " + SCHOOL + "|graduate"
                    + "|get (a|an|his|her|their) \\w+ degree)"
                    + "|\\bwhat did " + WHO
                    + " study\\b"
                    // a student's: "What is Jasmine studying, and where?", "Where is he studying?"
                    + "|\\b(what|where) (is|are) " + WHO
                    + " (currently |now )?studying\\b|\\b(his|her|their) (education|degrees?|studies|qualifications)\\b"
                    + "|\\bwhat degrees? (does|did|do|has|have|is|are)\\b|\\bwhat degrees?[\\s?!.]*$"
                    // "Which medical school did she graduate from?"
                    + "|\\bwhich ([\\p{L}-]+ )?(uni|university|college|universities|school) (did|does|do|has|have|was|were)\\b"
                    + "|\\beducation(al)? background"
                    + "|\\b(did|does|has) " + WHO + " (go|gone|went) (on )?to grad(uate)? school\\b"
                    + YEAR_OF_A_DEGREE
                    + "|\\bwhen did " + WHO + " graduate|\\b(did|does|do|has|have) " + WHO
                    + " (have |hold |get )?(a|an|any) "
                    + "(university )?(degree|phd|doctorate|master'?s|bachelor'?s)|\\bwhere did " + WHO
                    + " do (his|her|their) "
                    + "(phd|doctorate|master'?s|bachelor'?s|degree|studies|mba|pgce|pgde|pgcert|pgdip|a[- ]?levels)"
                    // "Where did Hannah train as a nurse?" ("When did she qualify as a solicitor?" may be an admission)
                    + "|\\b(where|when) did " + WHO + " train as (a|an) "
                    + "|\\bwhere (is|are) " + WHO + " (studying|at (uni|university|college))\\b"
                    + "|\\bwhen did " + WHO + " (start|begin|finish|complete|leave) (uni|university|college"
                    + "|(his|her|their) (degree|studies|phd|doctorate|master'?s|bachelor'?s))\\b|\\bwhat('s| is| are) (his|her|their) (highest |trade |academic |formal )?"
                    + "(degree|qualification)s?\\b|\\bwhat qualifications (does|did|do|has|have)\\b|\\bwhere .*\\b(phd|doctorate|master'?s|bachelor'?s)\\b.*\\bfrom\\b");
    /** "her undergrad", "When did she finish her PhD?" — but not "What was her PhD thesis on?". */
    private static final Pattern DEGREE_WORDS = Pattern.compile(
            "\\b(undergrad\\w*|bachelor'?s?|master(?:'s|’s|s)|master(?= (?:degree|of|in)\\b)|msc|m\\.sc|bsc|b\\.sc|b\\.s|b\\.a|m\\.s|phd|ph\\.d|doctorate|degrees?|diploma|mba"
                    // "Where did she get her MPH?": a professional master's or doctorate by its letters
                    + "|mph|msw|mpa|mpp|mfa|m\\.ed|ed\\.?d|dnp|pharm\\.?d|llm|llb|mphil|dphil|mres|meng|beng"
                    + ")\\b");

    private static final Pattern DEGREE_QUESTION = Pattern.compile("\\b(what|where|which|when|did|does|has|have)\\b");
    private static final Pattern NOT_ABOUT_THE_DEGREE = Pattern.compile(
            "\\bdegree of\\b|\\b(thesis|dissertation|about|topic|research|supervis\\w*|advisor|while|during|after|before|jobs?|work\\w*"
                    + "|classification|grade|gpa|positions?|roles?|held|taught|teach\\w*|lectur\\w*"
                    // "How many MPH students has she mentored?": the degree's students, not hers
                    + "|students|mentor\\w*|advisees)\\b");
    /** "Which school did he teach at?": a school as a place of work, not of study. */
    private static final Pattern AT_A_JOB =
            // (not a degree named for its work: "Which university did she get her teaching degree from?")
            Pattern.compile(
                    "\\b(teach\\w*(?<!teaching(?= (degree|qualification|diploma|certificate|programme|program)))"
                            + "|taught|lectur\\w*|work\\w*|employ\\w*|job)\\b");
    /** What "before" or "after" points at when it points at a role: "before that", "after leaving", "after Acme". */
    private static final Pattern POINTER = Pattern.compile(
            "\\b(?:before|after|prior to|previous to|preceding)\\s+(that|this|it|then|leaving|joining|[\\p{L}.&-]+)");

    private static final Pattern GAPS =
            Pattern.compile("\\bgaps?\\b.*\\b(career|cv|r[ée]sum[ée]|resume|employment|work history|timeline|jobs)\\b"
                    + "|\\b(career|cv|employment|resume) gaps?\\b|\\bgap (year|in (his|her|their) (career|cv|employment))\\b"
                    + "|\\bcareer breaks?\\b|\\bsabbatical\\b|\\b(year|years) (off|out)\\b|\\btime off between\\b");
    private static final Pattern EXPERIENCE = Pattern.compile(
            "\\bhow many years (of )?(professional |work |working |industry |total |overall )?experience\\b(?! (in|with|of|using) )"
                    + "|\\bhow (long|many years) (has|have) " + WHO
                    + " been (working|in (the )?(industry|tech|software))"
                    + "|\\b(total|overall) (years of )?(professional )?experience\\b|\\byears in the industry\\b");
    /** "… experience with Kubernetes", "… working with React": experience of something, not a career's length. */
    private static final Pattern EXPERIENCE_OF = Pattern.compile(
            "\\b(with|using|in|on|of|at)\\s+(?!the industry\\b|industry\\b|total\\b|the field\\b|tech\\b|software\\b)[\\p{L}]");

    private static final Pattern DURING_STUDIES = Pattern.compile(
            "\\b(while|during|when) (she|he|they) (was|were) (doing|studying|taking|working on) (his|her|their)"
                    + "|\\b(while|during) (doing |studying for )?(his|her|their) (phd|doctorate|master'?s|bachelor'?s|degree|studies)"
                    + "|\\b(job|work|jobs|role)s? (while|whilst) (studying|at (uni|university|college))\\b"
                    // "Did she work while she was studying?"
                    + "|\\b(work|worked|working|jobs?) (while|whilst|when) (she|he|they) (was|were) (studying|a student"
                    + "|at (uni|university|college))\\b");
    /** "an exchange semester abroad during her studies": a part of the studies, not a job held beside them. */
    private static final Pattern STUDIES_ABROAD = Pattern.compile(
            "\\b(exchange|semester|erasmus|year abroad)\\b|\\babroad\\b.*\\bstud\\w*|\\bstud\\w*\\b.*\\babroad\\b");

    /** What an employer is called in a question: "Which agency does he work for now?", "Which hospital …". */
    private static final String EMPLOYER_WORD = "(company|employer|organi[sz]ation|firm|agency|hospital|school|airline"
            + "|restaurant|practice|bank|department|university|trust|studio|hotel|store|shop|clinic|lab|charity)";

    /** "next", "planned": a time still to come. */
    private static final Pattern AHEAD = Pattern.compile("\\b(next|upcoming|planned|planning|future|will)\\b");

    /** "When was he named Supervisor of the Year?": an award, not a post taken up. */
    private static final Pattern AN_AWARD =
            Pattern.compile("\\bof the (year|month|quarter|week)\\b|\\b(award|prize|medal|trophy)\\b");

    /** "working for", or a contractor's "contracting for", "consulting for", "freelancing for". */
    private static final String WORKING = "(working|contracting|consulting|freelancing)";

    /** "his degree", "her university degree": the one degree, of whatever level. */
    private static final Pattern THE_DEGREE =
            Pattern.compile("\\b(his|her|their|the)\\s+(university\\s+|undergrad(uate)?\\s+|first\\s+)?degree\\b");

    private static final Pattern TAUGHT = Pattern.compile("\\b(taught|teach\\w*|grade levels?)\\b");

    private static final Pattern CURRENT = Pattern.compile("\\b(where|who|(what|which) " + EMPLOYER_WORD
            + ") (does|do) " + WHO
            + " (work|fly|teach|practi[cs]e|consult)( (for|at|in|with))?( (now|currently|at the moment|these days"
            + "|today))?\\b(?! as\\b)"
            + "|\\b(where|(what|which) " + EMPLOYER_WORD + ") (is|are) " + WHO
            + " (working|employed)|\\bcurrent(ly)? (?:academic |military |federal |official )?(rank|role|job|position|employer|company"
            // (India's "designation": "what's her current designation?")
            + "|title|job title|designation|work|gig|workplace|organi[sz]ation|unit)\\b|\\bcurrent " + EMPLOYER_WORD
            + "\\b"
            // "What rank is he now?": a serving officer's rank, or a grade, as of today
            // "what band is he on now": a nurse's pay band
            + "|^what (rank|grade|band|pay band) (is|are) " + WHO
            + "( on)?( now| currently| at the moment| these days)?[\\s?!.]*$"
            + "|\\bwhat (does|do) " + NAMED
            + " do (now|currently"
            + "|these days|today|for a living|at the moment)"
            // "What does Marisol do at Tallowood now?": the current role, at the employer named
            + "|^what (does|do) " + NAMED + " do (at|for|with) [^?]{2,60}? (now|currently|these days|today"
            + "|at the moment|right now)[\\s?!.]*$"
            + "|^(is|are) " + WHO
            + " (currently |still )?(employed|working)( (at|for|anywhere))?[\\s?!.]*$"
            + "|\\bwhat('s| is) (his|her|their) (job )?title\\b"
            // "What's the title now?", "And his job now?": the title or job as of today
            + "|\\b(what('s| is)|and) (his|her|their|the) (job |role |position )?(title|job|role|position) now\\b|\\bwho (is|are) (his|her|their) (current )?employer"
            + "|\\bwho('s| is| are|'re) " + WHO + " (currently |now )?(employed by|working for|flying for)\\b"
            + "|\\bwhat (is|are) " + WHO + " (doing|working on) (now|currently|these days)|\\bwho employs\\b"
            // "Which trust employs her?"
            + "|\\b(which|what) " + EMPLOYER_WORD + " employs\\b"
            + "|\\bwhat (is|are) (his|her|their) (current )?(role|job|position)\\b|\\bpresent (role|job|employer|position)"
            // "What is Lorna's job at the moment?"
            + "|^what('s| is) [\\p{L}-]+'s (current |present )?(role|job|position)( now| currently| at the moment"
            + "| these days| right now)?[\\s?!.]*$"
            + "|\\b(latest|most recent) (role|job|employer|position)|\\bwhere (is|are) " + WHO
            + " working right now\\b"
            // "Where is Abena teaching now?": a teacher's or a doctor's work, said by what it is
            + "|\\bwhere('s| is| are|'re) " + WHO + " (working|employed|teaching|lecturing|practi[cs]ing)\\b"
            // "Which NHS trust is he with at the moment?"
            + "|\\b(which|what) (\\p{L}+ )?" + EMPLOYER_WORD + " (is|are) " + WHO
            + " (at|with|working (at|for)|employed (at|by))\\b|\\bwho (is|are) " + WHO + " " + WORKING + " for\\b"
            // "Who is Niamh Castellan working for right now?", "What is Jonah Oyelaran doing at the moment?"
            + "|^who (is|are) [\\p{L}' -]{1,40}? " + WORKING + " for\\b"
            + "|^what (is|are) [\\p{L}' -]{1,40}? (doing|working on) (now|currently|these days|at the moment"
            + "|right now|nowadays)\\b"
            // "Which client is Niamh on at the moment?": a contractor's current engagement
            + "|^(which|what) (client|customer|contract|engagement|assignment)s? (is|are) " + WHO
            + " (on|with|at|working (for|with|on))\\b"
            // "Where is Danielle on assignment right now?", "Where is Gideon contracting at the moment?"
            + "|^where('s| is| are|'re) " + WHO + " (currently |now )?(on (an )?assignment|on (a )?contract|contracting"
            + "|placed|deployed|stationed|posted|based for work)\\b"
            // "Who's Oskar's current client?", not "Which agency is her current assignment through?"
            + "|^(who|which|what)\\b[^?]*\\bcurrent (client|customer|assignment|engagement|placement|contract)s?"
            + "\\s*\\??$");
    private static final Pattern FIRST = Pattern.compile(
            "\\b(first|earliest) ((real|proper|full-time|professional|industry|paid|tech|software|permanent|"
                    // ("What was his first title at Indeed?": the title he joined in)
                    + "corporate|engineering) )?(job|role|position|title|job title|designation|employer|gig|company|firm"
                    + "|organi[sz]ation|workplace)\\b"
                    // "What was her first design job?": the first of a kind
                    + "|\\b(first|earliest) [\\p{L}-]{4,} (job|role|position)\\b"
                    // "Where did she start her accountancy career?": the career of a kind
                    + "|\\b(start|begin|began|started|launch) (his|her|their) ([\\p{L}-]+ )?career|\\bwhere did " + WHO
                    + " (start|begin) (out|working|(his|her|their) ([\\p{L}-]+ )?career)|\\bcareer start");
    /** A kind of employer a question may ask for: "hospital", "banks", "schools". */
    static final String PLACE_KIND = "(hospitals?|banks?|schools?|universit(y|ies)|clinics?|agenc(y|ies)|law firms?"
            + "|restaurants?|hotels?|charit(y|ies)|councils?|airlines?|retailers?|consultanc(y|ies)|start-?ups?)";

    private static final Pattern EMPLOYERS = Pattern.compile(
            "\\b(which|what|list|name) (all )?(the )?(companies|employers|organi[sz]ations|firms|places)\\b"
                    + "(?=.*\\b(work|worked|working|been|employ\\w*|had|held)\\b|\\s+(\\w+\\s+)?(has|have|did) (she|he|they|\\w+) (worked|been))"
                    // "Which hospital did she work at?", "Which banks has he worked for?"
                    + "|\\b(which|what) " + PLACE_KIND + " (has|have|did) " + WHO + " (ever )?(work|worked)\\b"
                    + "|\\blist (all |every )(the )?(company|companies|employers?|organi[sz]ations?|jobs?|roles?)\\b"
                    + "(?=.*\\b(work|worked|working|been|employ\\w*|had|held|career|cv|resume)\\b)"
                    + "|\\b(which|what) (jobs|roles|positions) (has|have|did) " + WHO + " (held|had|worked|work)\\b"
                    + "|\\bwhere (all )?(has|have|did) " + WHO
                    + " (ever )?work(ed)?( before)?\\s*\\??$|\\b(work|employment|job|career) history\\b"
                    + "|\\blist (of )?(all )?(his|her|their|the)? ?(jobs|employers|roles|companies|positions)"
                    + "|\\b(previous|past|former) (employers|jobs|companies|roles|positions)\\b"
                    + "|\\bcareer (so far|path|timeline|history)|\\b(career|work|employment) timeline\\b|\\bwho (has|have) "
                    + WHO
                    + " worked for");
    private static final Pattern STILL_THERE = Pattern.compile("^(does|do|is|are) " + WHO
            + " still (work(ing)?|employed) (at|for|with|by)\\b" + "|^(is|are) " + WHO + " still (at|with)\\b");
    /**
     * "What was she doing before?", "Where did he work before?": "before" ending a question about the work,
     * not "Ever worked with Kafka before?" nor "Which degree did he get before?".
     */
    private static final Pattern ASKS_WHAT_CAME_BEFORE = Pattern.compile(
            "^(and |so )?(what|where|who)\\b.*\\b(do|doing|did|work|working|worked|job|role|employer|company)\\b");

    /**
     * "after she redesigned the onboarding", "before he launched it": a thing done in a job, not a job's start or
     * end ("after she left", "before he joined Acme").
     */
    private static final Pattern AN_EVENT_IN_A_JOB = Pattern.compile("\\b(after|before) (she|he|they) (?!(joined|left"
            + "|quit|finished|graduated|moved|started|worked|stopped|retired|returned|resigned|qualified|completed"
            + "|trained|studied|relocated|changed|switched)\\b)\\p{L}{3,}ed\\b"
            // "after she moved Nordhaven's pipelines to GitLab CI": a thing moved, not a move to another job
            + "|\\b(after|before) (she|he|they) (moved|changed|switched|migrated) (\\p{L}+['’]s|the|her|his|their|its)"
            + " (?!(jobs?|roles?|careers?|compan(y|ies)|employers?|teams?|fields?|sectors?|industr(y|ies))\\b)");

    private static final Pattern BEFORE = Pattern.compile(
            "\\b(before|prior to|previous to|preceding)\\b|\\bprevious (job|role|employer|position|company)\\b");
    private static final Pattern AFTER = Pattern.compile(
            // "what does she look after" is a charge, not a time
            "\\b(?<!\\blook |\\blooks |\\blooked |\\blooking |\\btake |\\btakes |\\btook |\\bnamed )(after|afterwards"
                    + "|next (job|role|employer|position|company)|went on to|move on to|then go)\\b"
                    // not "Where did she go to hotel school?"
                    + "|\\bwhere did " + WHO + " go\\b(?! to " + SCHOOL + ")");
    /**
     * A kind of work begun, named by the words before "-ing" at the question's end ("start travel nursing",
     * "take up teaching"); its group is those words. Shared with the answerer, which looks for that kind.
     */
    static final String STARTED_DOING =
            "(?:first )?(?:start|begin|get into|go into|move into|take up) ((?:[\\p{L}-]+ )?[\\p{L}-]+ing)[\\s?!.]*$";

    /** What a question calls a job: "her current assignment", "his last contract". */
    private static final String JOB_NOUN = "(job|role|position|post|assignment|contract|placement|engagement|posting)";

    private static final Pattern STARTED = Pattern.compile("\\bwhen did " + WHO
            + " (first )?(join|move to|go to|get hired|become|get promoted)\\b"
            + "|\\bwhen did " + WHO
            + " (first )?(start|begin)((\\s+(at|with|working|there|in|on|her|his|their)\\b)|[\\s?!.]*$)"
            + "|\\bsince when (has|have|is|are) " + WHO + " (been )?(at|with|work\\w*)\\b"
            // "Since when has she been lecturing?": the work a title names (the title is matched by its subject)
            + "|\\bsince when (has|have) " + WHO + " been \\p{L}{3,}ing[\\s?!.]*$"
            + "|^since when\\b[\\s?!.]*$"
            // "When did that role start?", "When did her current job begin?"
            + "|\\bwhen did (it|that|this)( " + JOB_NOUN + ")? (start|begin)\\b"
            + "|\\bwhen did (her|his|their|the) (current |present |latest |last |first )?" + JOB_NOUN
            + " (start|begin)\\b"
            + "|\\bwhen did " + WHO + " get (that|the|this|her|his|their) (title|role|job|position|promotion)\\b"
            // "When did he take up his current post?"
            + "|\\bwhen did " + WHO
            + " (take up|get|land|start) (her|his|their|the|that|this) (current |present |latest |new )?"
            + JOB_NOUN + "\\b"
            // "When did she start travel nursing?": the first role of that kind
            + "|\\bwhen did " + WHO + " " + STARTED_DOING
            // "When did her current assignment start?": the job is the subject
            + "|\\bwhen did (her|his|their|the) (current |present |latest |last |first )?" + JOB_NOUN
            + " (start|begin)\\b"
            + "|\\bwhen (was|were) " + WHO + " (promoted|made|named|appointed)\\b"
            // "Was she promoted there?", "Did he get promoted at Acme?"
            + "|^(was|were|has|have|had|did) " + WHO + " (ever )?(been |get |got )?promoted\\b"
            + "|\\bwhen (was|were) " + WHO + " (hired|recruited)|\\bwhat year did " + WHO + " (start|join)"
            // "From when to when did he work at Nandi?", "What were her dates at Bluebonnet?": both ends
            + "|\\bfrom when to when\\b|\\bwhen did " + WHO + " work (at|for|with)\\b"
            // "When was she at Helixpoint?": the time there
            + "|^when (was|were) " + WHO + " (at|with) (?!(the )?(time|moment|age|start|end|same)\\b)"
            + "|\\bwhat (were|are) (his|her|their) (start and end |employment )?dates\\b"
            + "");
    private static final Pattern LEFT =
            Pattern.compile("\\bwhen did (it|that)( (job|role|position|stint))? end\\b|\\bwhen did " + WHO
                    + " (leave|quit|stop|finish|depart|move on)\\b"
                    + "|\\bwhen did (her|his|their|the) (current |present |latest |last |first )?" + JOB_NOUN
                    + " (end|finish)\\b"
                    + "|\\bwhat year did " + WHO
                    + " (leave|quit|stop)|\\bwhy (did|does) " + WHO + " leave$");
    private static final Pattern HOW_LONG = Pattern.compile("\\bhow long (was|were|is|are|did|has|have|had) " + WHO
            + " (been )?(at|with|there|stay\\w*|work\\w*|in (that|this|the) (job|role|position))\\b"
            + "|\\bhow long (was|were|did|has|have) " + WHO
            + " (been )?\\w+ (at|with|there)\\b|\\bhow long\\b[\\s?!.]*$"
            // "How long was her postdoc?", "How long was his stint at Acme?": a post held, named as hers
            + "|\\bhow long (was|were|is|has been) (his|her|their) (\\w+ ){0,2}(job|role|post|postdoc|stint|tenure|time"
            + "|spell|position|placement|internship|residency|secondment|contract|apprenticeship|fellowship|posting)\\b"
            // "How long was she a Key Account Manager before her promotion?"
            + "|\\bhow long (was|were|has|have) " + WHO + " (been )?(a|an) \\p{L}"
            // "How long was she head of department at Thornwick?", not "how long did his pipeline at X take"
            + "|\\bhow long (was|were|has|have) (?!(his|her|their|its|the|a|an|this|that)\\b)" + WHO
            + " (been )?((?!\\w+ing\\b)(?!(on|the|a|an|doing|using|had)\\b)\\w+ ){1,4}(at|with)\\b(?!.*\\b(take|took|last|cost)\\b)"
            + "|\\bhow many (years|months) (was|were|did|has|have) " + WHO
            + " (been |spend |spent |work |worked |stay |stayed )?(at|with|there)\\b"
            + "|\\bfor how long (was|were|did|has|have) " + WHO + "\\b"
            + "|\\bhow long did " + WHO + " (freelance|contract|consult)\\w*"
            + "|\\bhow long (was|were|is|did) (that|it)( (job|role|position|last))?[\\s?!.]*$"
            // "How long was the Quillon Energy contract?", "How long did the Norrow & Vale engagement last?"
            + "|\\bhow long (was|did) (the|that|her|his|their) [\\p{L}&' .-]{1,50}? (contract|engagement|job|role|position"
            + "|placement|internship|assignment)( last)?[\\s?!.]*$");
    /** "Where did she do her postdoc?", "Where did he work as an SRE?": the place of a role named by its title. */
    private static final Pattern ROLE_AS = Pattern.compile("^(and )?where (did|does|do|was|were|is|are) " + WHO
            + " (do|did|doing|work|worked|working|serve|served|hold|held)\\b");

    private static final Pattern TITLE = Pattern.compile("^(and |so |ok,? )?what( is| was|'s| were) (" + WHO
            + "|her|his|their|\\w+'s) (role|title|job title|position|job)( there| then|\\s+(at|with|for) \\S+(\\s\\S+){0,3})?"
            // "What was her job title there at first?"
            + "( at first| initially| originally| to begin with| at the start)?\\??$"
            + "|^(and |so )?(what|which) (roles?|titles?|positions?) did " + WHO + " (have|hold|play)\\b"
            // "What rank was he in that job?": a serving officer's title
            + "|^(and |so )?what (rank|grade|band|pay band) (was|were) " + WHO
            + "( in that " + JOB_NOUN + "| there| then)?[\\s?!.]*$"
            // "What band was that?": the grade of the post talked about
            + "|^(and |so )?what (rank|grade|band|pay band) (was|is) (that|it)( " + JOB_NOUN + ")?[\\s?!.]*$"
            // "What was her job title when she first joined Halvergate?"
            + "|^(and |so )?what( is| was|'s| were) (" + WHO + "|her|his|their|\\w+'s) (job )?(role|title|position|job)"
            + " when " + WHO + " (first )?(joined|started|began|left|quit)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:between|from) (19[5-9]\\d|20\\d\\d) (?:and|to|till|until|-|–) (19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern ASKS_WHERE = Pattern.compile(
            // "Where did she rank nationally in 2023?" asks no place of work
            "\\b(where(?! (did|does|do) (she|he|they|\\w+) (?!work|go|move|live|end|start|join|get|spend)\\w+)|who|whom|employer|company|job|role|position|employed|working (at|for)|work (at|for)"
                    + "|(was|were) (she|he|they|\\w+) (doing|working|up to)|what (did|was|were) (she|he|they|\\w+) do(ing)?)\\b"
                    + "|^(and )?(what about |how about )?(in )?(19[5-9]\\d|20\\d\\d)\\??$");

    /** A question about what was done in a role, not where: "What did she build at her current company?". */
    private static final Pattern ABOUT_THE_WORK = Pattern.compile(
            "\\b(build|built|achiev\\w*|accomplish\\w*|work(ed|ing)? on|responsib\\w*|projects?|stack|technolog\\w*"
                    + "|tools?|team size|how (big|large)|manage[sd]?|lead[s]?|led)\\b");

    /** "Has she …", "Any experience in …": a yes-or-no question, not "What did she do in education?" */
    private static final Pattern ASKS_WHETHER =
            Pattern.compile("^(and |so )?(has|have|had|did|does|do|is|was|any|ever)\\b");

    private static final Pattern BOARDS =
            Pattern.compile("\\b(sit|sits|sat|serve[sd]?|serving) on (any |a |the |other )?boards?\\b"
                    + "|\\bboard (seats?|positions?|roles?|appointments?|memberships?)\\b"
                    // not "Is she a non-exec anywhere?": a seat the timeline may not hold, for retrieval
                    + "|\\b(trustee\\w*|directorships?)\\b");

    /** Where the jobs were, asked of the past: "Has she worked abroad?", "Which countries has he worked in?". */
    private static final Pattern PLACES = Pattern.compile("\\b(has|have|did) " + WHO
            // ("Has she ever lived or worked abroad?": two verbs)
            + " (ever )?((lived|live) or (worked|work)|(worked|work) or (lived|live)"
            + "|worked|work|lived|live|been based|held (any )?(jobs?|roles?|posts?))( \\w+)?"
            + " (abroad|overseas|internationally|outside (?<outside>(of )?(the |her |his |their )?\\p{L}+( \\p{L}+)?)"
            + "|in (other|another|different|a different|more than one|multiple|several|any other) countr)"
            + "|\\b(which|what|how many) countries\\b.*\\b(worked|work|lived|been)\\b"
            // "Does she have international experience?", not "… international experience in payments?"
            + "|\\b(international|overseas) (work |job |career )?experience\\s*[?.!]*$");

    /** The timeline question the text asks, if it asks one. */
    static Optional<TimelineQuestion> of(String question) {
        String q = Question.withoutLeadIn(
                question.toLowerCase(Locale.ROOT).replace('’', '\'').strip());
        Matcher between = BETWEEN.matcher(q);
        if (between.find() && ASKS_WHERE.matcher(q).find()) {
            return Optional.of(new TimelineQuestion(
                    Kind.IN_YEAR,
                    Optional.of(Integer.parseInt(between.group(1))),
                    Optional.of(Integer.parseInt(between.group(2)))));
        }
        if (STUDIES_ABROAD.matcher(q).find()) {
            return Optional.empty(); // the documents' own words: "Erasmus exchange semester, KU Leuven"
        }
        if (DURING_STUDIES.matcher(q).find()) {
            return of(Kind.DURING_STUDIES);
        }
        // "How long was his career break?" and "before the career break" ask about the break as a role
        if (GAPS.matcher(q).find()
                && !HOW_LONG.matcher(q).find()
                && !POINTER.matcher(q).find()
                // "When is her next sabbatical?": one to come, which no timeline holds
                && !AHEAD.matcher(q).find()) {
            return of(Kind.GAPS);
        }
        if (EXPERIENCE.matcher(q).find()
                && !EXPERIENCE_OF
                        .matcher(q.replaceFirst(".*?\\b(experience|working)\\b", ""))
                        .find()) {
            return of(Kind.EXPERIENCE);
        }
        // "What was her GPA for the master's?": the degree's line, found by retrieval, holds the grade
        boolean grade = DegreeLevel.ASKS_GRADE.matcher(q).find();
        if (grade && (EDUCATION.matcher(q).find() || DEGREE_WORDS.matcher(q).find())) {
            // "What grades has she taught since her master's?" asks about school years, not a degree's grade
            return (DegreeLevel.named(q).isPresent() || THE_DEGREE.matcher(q).find())
                            && !TAUGHT.matcher(q).find()
                    ? of(Kind.DEGREE_GRADE)
                    : Optional.empty();
        }
        if (EDUCATION.matcher(q).find() && !AT_A_JOB.matcher(q).find()
                || DEGREE_WORDS.matcher(q).find()
                        && DEGREE_QUESTION.matcher(q).find()
                        && !NOT_ABOUT_THE_DEGREE.matcher(q).find()) {
            return of(Kind.EDUCATION);
        }
        if (HOW_LONG.matcher(q).find()) {
            return of(Kind.HOW_LONG);
        }
        if (STARTED.matcher(q).find() && !AN_AWARD.matcher(q).find()) {
            return of(Kind.STARTED);
        }
        if (LEFT.matcher(q).find()) {
            return of(Kind.LEFT);
        }
        Matcher year = YEAR.matcher(q);
        if (year.find() && ASKS_WHERE.matcher(q).find()) {
            int y = Integer.parseInt(year.group(1));
            return Optional.of(new TimelineQuestion(Kind.IN_YEAR, Optional.of(y), Optional.empty()));
        }
        if (FIRST.matcher(q).find()) {
            return of(Kind.FIRST);
        }

        if (AN_EVENT_IN_A_JOB.matcher(q).find()) {
            return Optional.empty(); // "What happened to drop-off after she redesigned onboarding?": an outcome
        }
        // "Has she worked in retail before?" asks whether ever; "What was she doing before?" what came before
        if (BEFORE.matcher(q).find()
                        && (!q.matches(".*\\bbefore\\s*\\??$")
                                || ASKS_WHAT_CAME_BEFORE.matcher(q).find())
                || q.matches("^(and |so )?before that.*")) {
            return of(Kind.BEFORE);
        }
        if (AFTER.matcher(q).find()) {
            return of(Kind.AFTER);
        }
        if (STILL_THERE.matcher(q).find()) {
            return of(Kind.STILL_THERE);
        }
        if (BOARDS.matcher(q).find()) {
            return of(Kind.BOARDS);
        }
        if (ASKS_WHETHER.matcher(q).find() && Sectors.asked(q).isPresent()) {
            return of(Kind.SECTOR);
        }
        Matcher places = PLACES.matcher(q);
        // "outside Ireland", "outside the UK", not "outside the public sector"
        if (places.find()
                && (places.group("outside") == null || Countries.isCountryOrRegion(places.group("outside")))) {
            return of(Kind.PLACES);
        }
        if (EMPLOYERS.matcher(q).find()) {
            return of(Kind.EMPLOYERS);
        }
        if (CURRENT.matcher(q).find()
                && !ABOUT_THE_WORK.matcher(q).find()
                // "and what is her title there?": the title at the place the conversation is about
                && !(TITLE.matcher(q).find() && q.matches(".*\\bthere\\b.*"))
                && !q.startsWith("why")
                // "how many people report to her in her current job?", "what size of budget does she look after in
                // her current job?": something there, not the job
                && !q.matches("^how (many|much)\\b.*")
                && !q.matches(".*\\b(in|at|during) (her|his|their|the) current (role|job|position)\\b.*")) {
            return of(Kind.CURRENT);
        }
        if (ROLE_AS.matcher(q).find()) {
            return of(Kind.ROLE_AS);
        }
        if (TITLE.matcher(q).find()) {
            return of(Kind.TITLE);
        }
        return Optional.empty();
    }

    private static Optional<TimelineQuestion> of(Kind kind) {
        return Optional.of(new TimelineQuestion(kind, Optional.empty(), Optional.empty()));
    }

    /**
     * What follows "before" or "after" in the question ("Acme" in "Where did she work after
     * Acme?"), or empty when the question has no such word.
     */
    static Optional<String> pointedAt(String question) {
        // cut the lower-cased text itself: lower-casing may change its length ("İ")
        String lower = question.toLowerCase(Locale.ROOT);
        Matcher m = POINTER.matcher(lower);
        return m.find() ? Optional.of(lower.substring(m.start(1))) : Optional.empty();
    }

    /** What the question points at, as written: "LBA?" names Lavallée Bouchard & Associés by its initials. */
    static Optional<String> pointedAtAsWritten(String question) {
        return pointedAt(question)
                .map(lower ->
                        question.length() == question.toLowerCase(Locale.ROOT).length()
                                ? question.substring(question.length() - lower.length())
                                : lower);
    }

    /** Whether the answer needs a role the question names or the conversation is about. */
    boolean needsRole() {
        return kind == Kind.BEFORE
                || kind == Kind.AFTER
                || kind == Kind.ROLE_AS
                || kind == Kind.TITLE
                || kind == Kind.STARTED
                || kind == Kind.LEFT
                || kind == Kind.HOW_LONG
                || kind == Kind.STILL_THERE;
    }
}
