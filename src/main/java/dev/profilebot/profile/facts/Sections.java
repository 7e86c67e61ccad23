package dev.profilebot.profile.facts;

import dev.profilebot.profile.Icons;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a section of a résumé is about, from its heading path: work, education, skills or other. */
public enum Sections {
    EDUCATION,
    SKILLS,
    /** Talks, publications, projects, certifications…: dates there are not jobs. */
    NOT_WORK,
    WORK;

    /**
     * The work section's name in Turkish, Polish, Swedish, Danish and Norwegian, Romanian, Czech, Indonesian,
     * Russian, Ukrainian, Japanese and Chinese: "İş Deneyimi", "Doświadczenie zawodowe", "Arbetslivserfarenhet",
     * "Experiență profesională", "Pengalaman kerja", "Опыт работы", "Трудовая деятельность", "Досвід роботи", "職務経歴".
     */
    private static final String WORK_IN_OTHER_LANGUAGES = "iş deneyimi|iş tecrübesi|doświadczenie|arbetslivserfarenhet"
            + "|erfarenhet|erhvervserfaring|arbejdserfaring|arbeidserfaring|experien[țt][ăa]|pracovní zkušenosti"
            + "|pengalaman kerja|опыт работы|трудовая деятельность|досвід роботи"
            // Slovak: "Pracovné skúsenosti", "Pracovná prax"; Czech "Praxe"
            + "|pracovné skúsenosti|pracovná prax|odborná prax|pracovní praxe"
            // German work on the side: "Nebenamtliche Tätigkeit", "Nebenberufliche Tätigkeiten"
            + "|nebenamtliche tätigkeit(?:en)?|nebenberufliche tätigkeit(?:en)?|nebentätigkeit(?:en)?"
            // Japanese and Chinese: "職務経歴", "職歴", "工作经历"
            + "|職務経歴|職歴|工作经历|工作經歷"
            // Korean: "경력사항", "경력"
            + "|경력사항|경력"
            // Greek, with or without its accents (a heading in capitals drops them): "Επαγγελματική Εμπειρία"
            + "|επαγγελματικ[ηή] εμπειρ[ιί]α|εργασιακ[ηή] εμπειρ[ιί]α"
            // Hungarian: "Szakmai tapasztalat", "Munkatapasztalat", "Munkahelyek"
            + "|szakmai tapasztalat|munkatapasztalat|munkahelyek"
            // a German consultant's engagements: "Projekthistorie", "Projekterfahrung", "Projektübersicht"
            + "|projekthistorie|projekterfahrung|projektübersicht|projektliste"
            // Finnish: "Työkokemus", "Työhistoria"; Vietnamese: "Kinh nghiệm làm việc"
            + "|työkokemus|työhistoria|kinh nghiệm làm việc|quá trình công tác"
            // Arabic: "الخبرات العملية", "الخبرة المهنية", "السجل الوظيفي"
            + "|الخبرات|الخبرة|السجل الوظيفي|التاريخ الوظيفي"
            // Croatian, Serbian and Bosnian, Slovenian, Bulgarian, Macedonian: "Radno iskustvo", "Радно искуство",
            // "Delovne izkušnje", "Професионален опит", "Работно искуство"
            + "|radno iskustvo|radna iskustva|радно искуство|delovne izkušnje|професионален опит"
            + "|трудов опит|работно искуство|професионално искуство"
            // Lithuanian, Latvian, Estonian: "Darbo patirtis", "Darba pieredze", "Töökogemus"
            + "|darbo patirtis|profesinė patirtis|darba pieredze|töökogemus|töökogemused"
            // Persian: "سوابق کاری", "سوابق شغلی", "تجربیات کاری"; Albanian: "Përvoja e punës"
            + "|سوابق کاری|سوابق شغلی|تجربیات کاری|تجربه کاری|përvoja e punës|përvoja profesionale";

    private static final Pattern WORK_WORDS = Pattern.compile(
            "\\b(experience|employment|work history|work|career|roles|positions|(?:clinical|hospital|medical) posts|jobs|where i('ve| have) worked|sea service"
                    // a doctor's or an academic's posts: "Hospital Appointments", "Postgraduate Training"
                    + "|sea time|appointments|(?:postgraduate|postdoctoral|graduate medical|residency) training|residenc(y|ies)"
                    // a service leaver's postings: "Service History", "Military Service"
                    + "|service (history|record)|(military|army|naval|national) service"
                    + "|exp[ée]riences?( professionnelles?)?|berufserfahrung|experi[eê]ncia|esperienz[ae]"
                    // Dutch: "Werkervaring", "Loopbaan", "Arbeidsverleden"
                    + "|werkervaring|loopbaan|arbeidsverleden"
                    // German: "Beruflicher Werdegang", "Praktika"
                    + "|beruflicher werdegang|praktika"
                    // a graduate's "Internships / Industrial Training": posts held at employers, if short ones
                    + "|internships?|industrial training|work placements?"
                    + "|deneyim|" + WORK_IN_OTHER_LANGUAGES + ")");
    private static final Pattern LICENCES =
            Pattern.compile("\\blicen[cs]es?\\b.*\\bqualifications?\\b|\\bqualifications?\\b.*\\blicen[cs]es?\\b");
    private static final Pattern BEFORE_SOMETHING = Pattern.compile("(before|prior to) [\\p{L} ]{2,30}");
    private static final Pattern EDUCATION_WORDS = Pattern.compile(
            // a student nurse's or a medical student's "Clinical Placements": part of the degree
            "\\b(education|educaci[óo]n|educa[çc][ãa]o|academic|qualifications?|degrees?|stud(y|ies)|schooling|clinical placements?|ausbildung|studium|formaci[óo]n|formation|forma[çc][ãa]o"
                    + "|[ée]tudes|dipl[ôo]mes|istruzione|formazione|titoli di studio|antecedentes acad[ée]micos|opleidingen|opleiding|onderwijs"
                    + "|eğitim|öğrenim|wykształcenie|edukacja|utbildning|uddannelse|utdanning|educa[țt]ie|studii"
                    + "|vzdělání|vzdelanie|pendidikan|образование|освіта|εκπα[ιί]δευση|σπουδ[εέ]ς"
                    // Hungarian: "Tanulmányok", "Végzettség", "Iskolai végzettség"
                    + "|tanulmányok|végzettség|képzettség"
                    // Korean: "학력사항"
                    + "|학력사항|학력"
                    // Finnish "Koulutus", Vietnamese "Học vấn", Chinese "教育背景", "教育经历"
                    + "|koulutus|opinnot|học vấn|trình độ học vấn|quá trình học tập|教育背景|教育经历|教育經歷"
                    // Arabic: "المؤهلات العلمية", "التعليم", "التحصيل العلمي"
                    + "|المؤهلات|المؤهل العلمي|التعليم|التحصيل العلمي"
                    // Croatian, Serbian, Slovenian, Bulgarian and Macedonian, Lithuanian, Latvian, Estonian, Persian
                    + "|obrazovanje|образовање|izobrazba|izobraževanje|образование|išsilavinimas|izglītība|haridus"
                    + "|تحصیلات|سوابق تحصیلی|arsimi|edukimi)");
    private static final Pattern SKILL_WORDS = Pattern.compile(
            "\\b(skills?|المهارات|technolog(y|ies)|tech stack|stack|tools( i use)?|toolbox|competenc(e|ies)|expertise|proficienc(y|ies)"
                    + "|comp[ée]tences|kenntnisse|habilidades|competenze|vaardigheden|competenties"
                    + "|yetenekler|beceriler|yetkinlikler|umiejętności|kompetenser|kompetanse|färdigheter|kompetencer"
                    + "|ferdigheter|competen[țt]e|abilit[ăa][țt]i|dovednosti|zručnosti|keahlian|keterampilan|навыки|навички"
                    + "|δεξι[οό]τητες|ικαν[οό]τητες|készségek|kompetenciák"
                    // Finnish, Vietnamese and Chinese: "Tekniset taidot", "Osaaminen", "Kỹ năng", "专业技能"
                    + "|taidot|osaaminen|kỹ năng|专业技能|技能"
                    // Croatian, Serbian, Slovenian, Bulgarian, Macedonian, Baltic, Persian and Korean ones
                    + "|vještine|vjestine|veštine|вештине|вештини|spretnosti|умения|įgūdžiai|kompetencijos|prasmes"
                    + "|oskused|مهارت‌ها|مهارتها|مهارت ها|مهارت‌های|보유 기술|기술 스택"
                    // Slovenian "Digitalne kompetence", Latvian "Datorprasmes", Albanian "Aftësi kompjuterike"
                    + "|kompetence|kompetencije|компетенции|компетенције|datorprasmes|aftësi\\w*)");
    /**
     * The words beside "technologies" in a heading of skills ("Tools & Technologies", "Key Technologies",
     * "Web technologies used"); beside other words it ends an employer's name ("Halvorsen Spine Technologies").
     */
    private static final Pattern TECHNOLOGY_HEADING = Pattern.compile(
            "((key|core|main|primary|other|relevant|technical|my|tools|languages|frameworks|platforms|software|web|cloud"
                    + "|digital|information|emerging|programming|and|&|/|,)\\s+)*technolog(y|ies)"
                    + "(\\s+(used|stack|skills|and tools|& tools|i use|i've used|/ tools))?");

    /** A heading of skills: "Key skills", "Expertise", "Tools & Technologies", not "Halvorsen Spine Technologies". */
    private static boolean namesSkills(String h) {
        Matcher skill = SKILL_WORDS.matcher(h);
        while (skill.find()) {
            if (!skill.group(1).startsWith("technolog")
                    || TECHNOLOGY_HEADING
                            .matcher(h.replaceAll("[:*#]", " ").strip())
                            .matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NOT_WORK_WORDS = Pattern.compile(
            "\\b(publications?|papers?|talks?|speaking|presentations?|awards?|honou?rs|certifications?|certificates?|certs"
                    // a firm's page on its lawyer: "Recognition" (rankings and listings), "Insights" (articles)
                    + "|recognition|insights"
                    // a driver's "Safety Record": miles driven without an accident since a year, no job
                    + "|(?:safety|driving) record"
                    // "Professional Registration": a register's entry, dated, no job
                    + "|registrations?"
                    + "|licen[cs]es?|projects?|open source|side projects|writing|articles|blog|volunteer\\w*|interests"
                    + "|hobbies|languages|references?|referees?|patents?|misc\\w*|other|contact|elsewhere|links|faq|ideas"
                    // in French and German: "Langues & centres d'intérêt", "Sprachen", "Interessen"
                    + "|langues|centres d['’ ]int[ée]r[êe]ts?|loisirs|sprachen|interessen|hobbys"
                    // Slovak and Czech: "Kurzy a osvedčenia", "Jazykové znalosti", "Vodičský preukaz", "Záujmy"
                    + "|kurzy|osvedčenia|certifikáty|školenia|jazykové znalosti|vodičský preukaz|řidičský průkaz"
                    + "|záujmy|zájmy|osobné údaje|osobní údaje"
                    // a personal site's "News" or "Latest news": its announcements, dated, no job
                    + "|^(?:latest |recent |lab |group )?news$|^announcements$"
                    + "|challenges|things i make|courses|trainings?|seminars?|workshops|teaching|lectures|supervision|memberships|affiliations"
                    // an academic's students: "PhD Students Supervised", "Doctoral Advisees", their jobs since theirs
                    + "|(?:phd|doctoral|graduate|research) students|students supervised|supervised|advisees|mentees|mentoring|mentorship"
                    + "|grants|funding|service|recommendations?|testimonials?|endorsements?|what people say|additional"
                    + "|personal (data|details|information|particulars)|external examin\\w*"
                    // a teacher's or a nurse's courses and qualifications since training: "Professional Development"
                    + "|(continuing )?professional development|cpd|professional learning"
                    // a public servant's answers to a post's "Key Selection Criteria": the work told again, in prose
                    + "|selection criteria"
                    // a civil servant's examples of the Success Profiles' behaviours: "Behaviours – examples"
                    + "|behaviou?rs|success profiles"
                    + "|(professional )?societies"
                    // a teacher's "Coaching & Club Advising": what she runs beside her classes, at her school
                    + "|coaching|club advising|advising|extra-?curricular\\w*|co-?curricular\\w*"
                    // the subjects and the levels a teacher teaches: "Subjects & Levels Taught", "Classes Taught"
                    + "|subjects|(?:classes|courses|levels) taught"
                    // a Japanese résumé's summary, self-promotion and licences: "職務要約", "自己PR", "免許・資格"
                    + "|職務要約|自己pr|自己紹介|志望の動機|資格"
                    // the student and community organisations one was a member of: Indonesia's "Organisasi",
                    // "Pengalaman Organisasi"
                    + "|organisasi"
                    // Dutch: courses, pastimes, referees, personal details, side activities
                    + "|cursussen|trainingen|hobby['’ ]?s|referenties|persoonlijke gegevens|nevenactiviteiten"
                    + "|vrijwilligerswerk"
                    // German: further training, certificates, pastimes, volunteering, personal details, the rest
                    + "|weiterbildung(en)?|fortbildung(en)?|zertifikate|zertifizierungen|interessen|hobbys|ehrenamt\\w*"
                    + "|persönliche daten|sonstiges|veröffentlichungen|publikationen|auszeichnungen|referenzen"
                    // Spanish, Portuguese, Italian and French: other details, personal details, languages, pastimes,
                    // volunteering, publications, awards, referees
                    + "|otros datos|otra información|información adicional|datos personales|idiomas|aficiones"
                    + "|voluntariado|publicaciones|comunicaciones|premios|referencias|cursos|certificaciones"
                    + "|outras informações|informações (adicionais|complementares)|informação (adicional|complementar)|atividades complementares"
                    + "|dados pessoais|publicações|referências|altre informazioni|dati personali"
                    // Portugal's "Associações profissionais e certificações", "Competências linguísticas"
                    + "|associa[çc][õo]es|certifica[çc][õo]es|compet[êe]ncias lingu[íi]sticas|l[íi]nguas"
                    + "|lingue|volontariato|interessi|pubblicazioni|autres informations|informations complémentaires"
                    // Italian and German further information: "Ulteriori informazioni", "Weitere Angaben"
                    + "|ulteriori informazioni|weitere angaben|sonstige angaben"
                    // Italian awards and competitions, certifications: "Concorsi e premi", "Certificazioni"
                    + "|concorsi|premi|riconoscimenti|certificazioni"
                    + "|centres d'intérêt|loisirs|bénévolat|langues"
                    // Finnish: personal details, languages, certificates and courses, pastimes, positions of trust
                    + "|henkilötiedot|kielitaito|sertifikaatit|kurssit|harrastukset|luottamustehtävät|profiili"
                    // Vietnamese: personal details, career goal, certificates, languages, projects, pastimes, awards
                    + "|thông tin cá nhân|mục tiêu nghề nghiệp|chứng chỉ|ngoại ngữ|dự án|sở thích|giải thưởng"
                    + "|người tham chiếu|hoạt động"
                    // Chinese: projects, certificates, basic details, the post sought, self-assessment, awards
                    + "|项目经历|项目经验|证书|基本信息|个人信息|求职意向|自我评价|获奖情况|荣誉奖项"
                    // Hungarian: personal details, languages, certificates, summary, the rest
                    + "|személyes adatok|nyelvismeret|nyelvtudás|tanúsítványok|szakmai összefoglaló|összefoglaló|egyéb"
                    // a Québec CV's volunteering: "Engagement communautaire", "Implication communautaire"
                    + "|engagement communautaire|implication communautaire|engagement bénévole"
                    // Spanish, Italian, French and Portuguese projects: "Proyectos personales", "Progetti"
                    + "|proyectos|progetti|projets|projetos|charlas|conferencias"
                    // Turkish, Polish and Swedish: projects, awards, references, certificates, courses, pastimes,
                    // personal details, contact
                    + "|projeler|ödüller|referanslar|sertifikalar|kurslar|hobiler|ilgi alanlar[ıi]|ki[şs]isel bilgiler"
                    + "|ileti[şs]im|etkinlikler|projekty|nagrody|certyfikaty|kursy|zainteresowania|dane osobowe"
                    + "|referencje|projekt|referenser|intressen|certifikat|kurser|personuppgifter"
                    // (and the rest, Swedish, Danish and Norwegian: "Övrigt", "Legitimationer och certifikat",
                    // "Förtroendeuppdrag", "Fritidsintressen", "Øvrigt", "Annet")
                    + "|övrigt|övriga uppgifter|legitimationer|förtroendeuppdrag|ideellt engagemang|fritidsintressen"
                    + "|øvrigt|andet|annet|sprog|kurser og certificeringer"
                    // Norwegian: honorary posts, talks, certifications, courses, referees, personal details
                    + "|verv|foredrag|sertifiseringer|sertifikater|kurs|referanser|personalia|personlige opplysninger"
                    + "|interesser|fritid|publikasjoner|utmerkelser"
                    // Russian and Ukrainian: courses, about me, projects, recommendations, contacts
                    + "|курсы|повышение квалификации|обо мне|проекты|рекомендации|контакты|дополнительная информация"
                    + "|курси|про мене|проєкти"
                    // Greek: certifications, publications, volunteering, interests, references, personal details
                    + "|πιστοποι[ηή]σεις|δημοσιε[υύ]σεις|εθελοντικ[ηή] δρ[αά]ση|ενδιαφ[εέ]ροντα|συστ[αά]σεις"
                    + "|προσωπικ[αά] στοιχε[ιί]α"
                    // Indonesian: training and certification, courses, awards, references, a short profile
                    + "|pelatihan|sertifikasi|sertifikat|kursus|penghargaan|referensi|profil singkat|data pribadi"
                    // Arabic: professional certificates, training courses, personal details, the career objective,
                    // referees
                    + "|الشهادات|الدورات|البيانات الشخصية|المعلومات الشخصية|الهدف الوظيفي|المعرّفون|المعرفون|المراجع"
                    // Croatian, Serbian and Bosnian: personal details, certificates and courses, professional exams
                    // and licences, pastimes, more information, projects, driving licence
                    + "|osobni podaci|lični podaci|лични подаци|certifikati|tečajevi|stručni ispiti"
                    + "|ovlaštenja|usavršavanje|hobiji|interesi|dodatne informacije|projekti|vozačka dozvola"
                    // Slovenian; Bulgarian and Macedonian
                    + "|osebni podatki|лична информация|лични данни|лични податоци|сертификати|курсове"
                    + "|допълнителна квалификация|допълнителна информация|хобита|интереси|препоръки|проекти"
                    + "|свидетелство за управление"
                    // Lithuanian, Latvian, Estonian
                    + "|asmeninė informacija|asmens duomenys|sertifikatai|kursai|pomėgiai|laisvalaikis"
                    + "|papildoma informacija|rekomendacijos|projektai|vairuotojo pažymėjimas|personīgā informācija"
                    + "|sertifikāti|intereses|isikuandmed|sertifikaadid|kursused|koolitused|huvid|hobid|lisainfo"
                    + "|autovadītāja apliecība|vadītāja apliecība|papildu informācija|kursi|vaļasprieki|juhiluba|juhiload"
                    + "|täiendkoolitus\\w*"
                    // Serbian in Cyrillic, Slovenian and Albanian: projects, interests, licences, courses, driving
                    // licence, personal details, languages, trainings, referees
                    + "|пројекти|интересовања|хоби|лиценце|курсеви|обуке|награде|публикације|додатне информације"
                    + "|возачка дозвола|vozniško dovoljenje|usposabljanja|izpopolnjevanja"
                    + "|të dhëna personale|gjuhët(?: e huaja)?|gjuhë të huaja|trajnime|certifikime|certifikata|referenca"
                    + "|informacion shtesë|patentë|leje drejtimi|projekte|hobi|interesa|aktivitete vullnetare|vullnetar\\w*"
                    // Persian: personal details, certificates, courses, pastimes, projects, publications, referees
                    + "|اطلاعات فردی|اطلاعات شخصی|گواهینامه‌ها|گواهینامه ها|گواهی‌نامه‌ها|دوره‌ها|دوره های آموزشی"
                    + "|علایق|پروژه‌ها|مقالات|معرف‌ها|معرفین"
                    // Korean: personal details, certificates, military service, awards and activities, projects,
                    // the cover letter
                    + "|인적사항|자격증|병역사항|수상|대외활동|주요 프로젝트|프로젝트|자기소개서)\\b");
    /**
     * Parts of a CV or of the notes beside it that are not jobs, though their words also name
     * employers ("KPMG Advisory", "Aviva Insurance"): counted only for a top-level section.
     */
    private static final Pattern OTHER_PARTS = Pattern.compile(
            "\\b(board|advisory|trustee\\w*|non-executive|governance|directorships|availability|rates|clearance"
                    + "|insurance|relocation|visas?|right to work|notice)\\b");

    /**
     * Sections that are not work only as whole headings: "Audit & Quality Improvement", "Admissions",
     * "Pro bono", "Rates & availability" (an "Audit Senior" or an "Admissions Tutor" is a job).
     */
    private static final Pattern NOT_WORK_HEADING = Pattern.compile(
            "(clinical )?audits?( (&|and) quality improvement)?|quality improvement|admissions|pro bono( work)?"
                    + "|(rates?|fees?)( (&|and) availability)?|availability( (&|and) (rates?|fees?))?"
                    // a form's declaration, a site's accomplishments widget: only as the whole heading
                    + "|declaration|signature|accomplishments?|research support|grants? and research support"
                    // a banker's or a lawyer's deals, each dated: "Selected Transactions", "Representative Deals"
                    + "|((selected|representative|notable|key) )?(transactions|deals|deal experience)"
                    // a developer's meetups and open source: "Community", "Community involvement"
                    + "|community( (involvement|engagement|activities|work))?"
                    // a personal site's "Now" section: what she is doing and open to these days
                    + "|(right )?now|what i['’]?m (doing|up to) now");
    /** A template's sidebar of personal details ("Details", "Personal"), not "Work history › Details". */
    private static final Pattern PERSONAL_HEADING = Pattern.compile("details|personal|personal info");
    /**
     * "Project Experience" beside "Work Experience", as Chinese and Indian résumés set them: the projects done in
     * the jobs, each dated, no employer of its own.
     */
    private static final Pattern PROJECT_EXPERIENCE =
            Pattern.compile("((key|selected|major|main) )?projects? (experience|history|details)");
    /** A student's projects, done for the degree, no job: "Academic Projects", "Final Year Project". */
    private static final Pattern STUDENT_PROJECTS = Pattern.compile(
            "((academic|university|college|student|course|final[- ]year|capstone|major|mini) )+projects?( work)?");
    /** A freelance marketplace's gigs for clients, not employments: "Completed jobs (87)   In progress (2)". */
    private static final Pattern GIGS =
            Pattern.compile("completed jobs\\W*(\\d+\\W*)?(in progress\\W*(\\d+\\W*)?)?|gigs?");

    /**
     * Heading words that name a part of a résumé rather than an employer: a heading made only of
     * these ("Previous Roles", "Work history", "Where I've worked") is not an organization.
     */
    private static final Set<String> SECTION_WORDS = Set.of(
            // the document's own title: "CURRICULUM VITAE", "Lebenslauf"
            "curriculum",
            "vitae",
            "lebenslauf",
            // the work sections of CVs written in Spanish, French, German or Italian, or in two languages:
            // "Experiencia profesional / Professional experience"
            "experiencia",
            "profesional",
            "laboral",
            "trayectoria",
            "expérience",
            "expériences",
            "professionnelle",
            "professionnelles",
            "berufserfahrung",
            "werkervaring",
            "berufliche",
            "werdegang",
            "esperienza",
            "esperienze",
            "lavorative",
            "professionali",
            "experience",
            "experiences",
            "internships",
            "internship",
            "placements",
            "placement",
            "traineeships",
            "work",
            "working",
            "employment",
            "history",
            "career",
            "professional",
            "roles",
            "role",
            "previous",
            "current",
            "past",
            "positions",
            "position",
            "jobs",
            "job",
            "recent",
            "relevant",
            "selected",
            "other",
            "earlier",
            "older",
            "and",
            "&",
            "where",
            "i",
            "i've",
            "ive",
            "have",
            "worked",
            "summary",
            "objective",
            "profile",
            "about",
            "me",
            "education",
            "skills",
            "projects",
            "details",
            "detail",
            "responsibilities",
            // a Japanese job-history sheet's title: "Job History Sheet (Shokumu Keirekisho)"
            "sheet",
            "shokumu",
            "keirekisho",
            "rirekisho",
            "achievements",
            "used",
            "overview",
            "highlights",
            "employers",
            "record",
            "timeline",
            "cv",
            "resume",
            "résumé",
            "the",
            "my",
            "of",
            "key",
            "main",
            "full-time",
            "part-time",
            "freelance",
            "consulting",
            "contracts",
            "industry",
            "academia",
            "research",
            "teaching",
            // teaching in French, German, Spanish, Portuguese or Dutch: "Enseignement & communauté"
            "enseignement",
            "lehre",
            "docencia",
            "ensino",
            "onderwijs",
            "communauté",
            "et",
            "appointments",
            "appointment",
            "posts",
            "post",
            "rotations",
            "clients",
            "customers",
            "board",
            "boards",
            "advisory",
            "non-executive",
            "directorships",
            "governance",
            "held",
            "permanent",
            "before",
            "prior",
            "contracting",
            "contract",
            "engagements",
            "assignments",
            "what",
            "i'm",
            "m",
            "ve",
            "doing",
            "now",
            "continued",
            "cont",
            "cont'd",
            // a student's résumé: "Leadership & Activities", "Campus Employment", "Extracurricular Involvement"
            "leadership",
            "activities",
            // a doctor's "Management and Leadership": posts of responsibility beside the clinical ones
            "management",
            // a teacher's "Coaching & Club Advising": what they run beside the classroom
            "coaching",
            "advising",
            "club",
            "clubs",
            "extracurricular",
            "extra-curricular",
            "co-curricular",
            "campus",
            "involvement",
            "student",
            "volunteering",
            "volunteer",
            "community");

    private static final Pattern SHORT_HEADING_AND_ASIDE =
            Pattern.compile("\\s*(\\p{L}+(?:\\s+\\p{L}+)?)\\s*\\([^()]*\\)\\s*");

    /** "Personal (for applications that ask)": a heading of a word or two, without the note on it. */
    private static String withoutAside(String heading) {
        Matcher m = SHORT_HEADING_AND_ASIDE.matcher(heading);
        return m.matches() ? m.group(1) : heading;
    }

    /**
     * Whether a document sits in a folder of things that are not jobs: a Notion export's "Projects" or "Talks &
     * Writing" database, each of whose pages gives a "Company:" and a "Year:" of a project or a paper.
     */
    static boolean inFolderOfOtherThings(String fileName) {
        String[] parts = fileName.split("[/\\\\]");
        return parts.length > 1 && of(java.util.Arrays.asList(parts).subList(0, parts.length - 1)) == NOT_WORK;
    }

    /** A degree's title worn before a name: "Dipl.-Ing.", "Dipl.-Kfm.", "Mag.", "Dr.". */
    private static final Pattern TITLED_NAME =
            Pattern.compile("(?i)(?:dipl\\.-\\p{L}{2,5}\\.|mag\\.|dr\\.|ing\\.|prof\\.)\\s");

    /** A heading in small letters, without the dot a Turkish capital İ leaves: "İŞ DENEYİMİ" as "iş deneyimi". */
    private static String inSmallLetters(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace("\u0307", "");
    }

    static Sections of(List<String> sectionPath) {
        Sections kind = WORK;
        boolean workNamed = false;
        for (int i = 0; i < sectionPath.size(); i++) {
            String heading = withoutTranslation(sectionPath.get(i));
            String h = withoutAside(inSmallLetters(withoutNumber(Icons.away(heading))));
            if (i > 0 && workNamed && kind == WORK && heading.strip().endsWith(":")) {
                continue; // "Projects:" set as a heading under a job of "WORK EXPERIENCE": a label of the job's
            }
            if (i == 0 && BEFORE_SOMETHING.matcher(h).matches()) {
                kind = WORK; // "Before teaching": the career before the one the CV is about
            } else if (GIGS.matcher(h.strip()).matches()
                    || PROJECT_EXPERIENCE.matcher(h.strip()).matches()
                    || STUDENT_PROJECTS.matcher(h.strip()).matches()) {
                kind = NOT_WORK;
            } else if (WORK_WORDS.matcher(h).find()) {
                kind = WORK;
                workNamed = true;
            } else if (!workNamed && PERSONAL_HEADING.matcher(h.strip()).matches()) {
                kind = NOT_WORK;
            } else if (h.matches(".*\\b(languages?|langues|sprachen|sprachkenntnisse|idiomas|lingue|línguas|talen"
                            // Turkish "Yabancı Dil", Indonesian "Bahasa", Ukrainian "Знання мов"
                            + "|talenkennis|diller|yabanc[ıi] dil|bahasa|języki|språk|sprog|limbi|языки|знание языков|мови|мов"
                            + "|γλ[ωώ]σσες|اللغات"
                            // Croatian, Serbian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian, Persian, Korean
                            + "|jezici|језици|jeziki|езици|kalbos|valodas|keeled|keeleoskus|زبان‌ها|زبانها|زبان های خارجی"
                            + "|어학|외국어)\\b.*")
                    && !h.matches(".*\\bprogramming\\b.*")
                    // "Speech and Language Therapist, Talk Forward Therapy": a job's heading
                    && !RoleText.isTitle(heading.split(",")[0])
                    // "BA (Hons) English Language and Linguistics": a degree, under its section
                    && !EducationReader.DEGREE.matcher(heading).find()) {
                kind = NOT_WORK; // "Language skills": the languages a person speaks
            } else if (LICENCES.matcher(h).find()) {
                kind = NOT_WORK; // a Japanese résumé's "Licences & Qualifications": tests and licences passed
            } else if (EDUCATION_WORDS.matcher(h).find()) {
                kind = EDUCATION;
            } else if (!workNamed
                    // (not the page's title, a name after the title a German or Austrian degree gives: "Dipl.-Ing.
                    // Johanna Brandauer")
                    && !TITLED_NAME.matcher(heading.strip()).lookingAt()
                    && heading.length() <= 80
                    && EducationReader.DEGREE
                            .matcher(Icons.away(heading).strip())
                            .lookingAt()
                    && !RoleText.isTitle(heading)) {
                // "M.Sc. Computer Science" set as large as "EDUCATION" beside it in a designed template's column
                kind = EDUCATION;
            } else if (namesSkills(h)
                    && h.split("\\s+").length <= 5
                    && !EducationReader.INSTITUTION.matcher(heading).find()) {
                kind = SKILLS;
            } else if ((NOT_WORK_WORDS.matcher(h).find()
                            || NOT_WORK_HEADING.matcher(h.strip()).matches())
                    && isSectionHeading(heading)) {
                kind = NOT_WORK;
            } else if (i == 0
                    // not "INDEPENDENT CONSULTING — OVERBECK ADVISORY, BERLIN": a way of working, then the firm
                    && OTHER_PARTS.matcher(h.split("\\s+[—–|-]\\s+")[0]).find()
                    && h.split("\\s+").length <= 10) {
                kind = NOT_WORK; // "BOARD & ADVISORY", "Rates & availability — Niamh Castellan"
            }
        }
        return kind;
    }

    /** Whether a passage's section path is a list of skills ("Professional Skills", "Tools & Technologies"). */
    public static boolean namesSkills(List<String> sectionPath) {
        return of(sectionPath) == SKILLS;
    }

    /** "2 · Employment", "3. Education", "IV Skills": a numbered section's name without its number. */
    private static final java.util.regex.Pattern SECTION_NUMBER =
            // an application form's "Section 2: Employment history"
            java.util.regex.Pattern.compile(
                    "^(?:(?i:section|part)\\s+(?:\\d{1,2}|[A-Z])\\b|(?:\\d{1,2}|[IVX]{1,4})(?:\\.\\d{1,2})*)"
                            + "\\s*[·.):]?\\s+(?=\\p{L})");

    static String withoutNumber(String heading) {
        return SECTION_NUMBER.matcher(heading.strip()).replaceFirst("");
    }

    /** Headings of the sections a page is made of, as opposed to the labels inside an entry. */
    private static final Pattern PAGE_SECTION = Pattern.compile(
            "(?i)\\b(experience|employment|career|history|education|qualifications?|skills|certificat\\w*|cpd|training"
                    + "|memberships?|affiliations|interests|hobbies|languages|profile|summary|references|referees|awards"
                    + "|publications|volunteering|personal|contact|objective)\\b");
    /** "KEY ACHIEVEMENTS", "RESPONSIBILITIES": a label inside a job, not a section of the page. */
    private static final Pattern ENTRY_LABEL = Pattern.compile(
            "(?i)\\b(achievements?|responsibilit\\w*|duties|highlights|tasks|accomplishments|clients)\\b");
    /**
     * Whether a bold line is a label inside a job rather than a section of the page: "Achievements:",
     * "Key responsibilities:" in title case, with their colon; "ACHIEVEMENTS" in capitals heads a section.
     */
    public static boolean isEntryLabel(String line) {
        String text = line.strip();
        return text.endsWith(":") && !text.equals(text.toUpperCase(Locale.ROOT)) && namesAnEntryLabel(text);
    }

    /**
     * Whether a line, however it is written, names a label inside a job ("KEY ACCOMPLISHMENTS:", "Duties"), not
     * a section of the page; in capitals it is one when the document sets it again over each job.
     */
    public static boolean namesAnEntryLabel(String line) {
        String text = line.strip();
        return text.length() <= 40
                && ENTRY_LABEL.matcher(text).find()
                && !PAGE_SECTION.matcher(text).find();
    }

    /**
     * Whether a bold line in title case without its colon ("Key Achievements", "Duties & Responsibilities") is a
     * label inside a job, under a heading that names the jobs: the jobs after it are not its.
     */
    public static boolean isEntryLabelUnderWork(String line, List<String> sectionPath) {
        String text = line.strip();
        return !text.endsWith(":") && isEntryLabel(text + ":") && isUnderWork(sectionPath);
    }

    /** Whether a path is in a section of jobs, under a heading that names them ("WORK EXPERIENCE"). */
    public static boolean isUnderWork(List<String> sectionPath) {
        return !sectionPath.isEmpty()
                && of(sectionPath) == WORK
                && sectionPath.stream().anyMatch(Sections::namesWork);
    }

    /** "Personal details", "Contact", "About me", "Particulars": a section about the person, not a job. */
    private static final Pattern ABOUT_THE_PERSON =
            Pattern.compile("(?i)\\b(personal|contact|details|address|particulars|about)\\b");

    /**
     * Whether a heading names one of the sections a résumé page is made of ("EDUCATION &
     * QUALIFICATIONS", "Personal details"), not a label inside an entry ("Key achievements").
     */
    public static boolean namesAPageSection(String heading) {
        return PAGE_SECTION.matcher(heading).find()
                && !ENTRY_LABEL.matcher(heading).find()
                && isSectionHeading(heading);
    }

    /** Whether a heading names a section of work or of education: "Work Experience:", "Education". */
    public static boolean namesWorkOrEducation(String heading) {
        return namesWork(heading) || namesEducation(heading);
    }

    /** Whether a heading names the section of education, "Education", "Educación", and not of work too. */
    public static boolean namesEducation(String heading) {
        return isSectionHeading(heading)
                && EDUCATION_WORDS.matcher(heading.toLowerCase(Locale.ROOT)).find()
                && of(List.of(heading)) == EDUCATION;
    }

    /** Whether a heading names a section of work: "Experiencia laboral", "Work Experience". */
    public static boolean namesWorkSection(String heading) {
        return namesWork(heading) && of(List.of(heading)) == WORK;
    }

    /** "Work Experience", "Arbeidserfaring": a section heading that names the jobs. */
    private static boolean namesWork(String heading) {
        return isSectionHeading(heading)
                && WORK_WORDS.matcher(heading.toLowerCase(Locale.ROOT)).find();
    }

    /** "Teaching", "Teaching posts": a section that, among talks and courses, may hold the posts a person taught in. */
    public static boolean namesTeaching(List<String> sectionPath) {
        return !sectionPath.isEmpty()
                && TEACHING.matcher(withoutNumber(Icons.away(sectionPath.get(sectionPath.size() - 1)))
                                .strip()
                                .toLowerCase(Locale.ROOT))
                        .matches();
    }

    private static final Pattern TEACHING = Pattern.compile(
            // "Teaching & community", "Enseignement & communauté": the posts held, among what else the section holds
            "(?:teaching|enseignement|lehre|docencia|ensino|onderwijs)"
                    + "(?: posts| appointments|\\s+(?:&|and|et|und|y|e|en)\\s+\\p{L}+(?: \\p{L}+)?)?");

    /**
     * Whether a heading is the document's own title ("CURRICULUM VITAE", "Résumé", "CURRICULUM VITAE (Rirekisho /
     * Shokumu Keirekisho)"), over its header.
     */
    public static boolean isDocumentTitle(String heading) {
        return IdentityReader.isCvTitle(heading.replaceAll("\\([^()]*\\)", " "));
    }

    /** Whether a heading names a section about the person ("Contact details"), whose address is theirs. */
    public static boolean isAboutThePerson(String heading) {
        return ABOUT_THE_PERSON.matcher(heading).find();
    }

    /** "Employment history (most recent first)": how the section is ordered, no part of its name. */
    private static final Pattern ORDER_NOTE = Pattern.compile(
            "(?i)\\(\\s*(?:most recent|latest|newest|current) first\\s*\\)|\\(\\s*reverse[- ]chronological(?: order)?\\s*\\)");

    /** Whether the heading names a part of the résumé ("Experience", "Previous Roles"), not a place. */
    private static final Pattern POSTS_AT_KINDS = Pattern.compile(
            "(?:appointments|positions|posts|roles)\\s+(?:at|in|with)\\s+(?:(?:other|affiliated|academic|teaching)\\s+)?"
                    + "(?:hospitals|institutions|universities|organi[sz]ations|companies|trusts|schools)"
                    + "(?:\\s*(?:/|and|&)\\s*(?:(?:other|affiliated|academic|teaching)\\s+)?"
                    + "(?:hospitals|institutions|universities|organi[sz]ations|companies|trusts|schools))?");

    /** "Total: 9 years 3 months", "12+ years": the length of the career a section heading sums up. */
    private static final Pattern TOTAL_NOTE =
            Pattern.compile("(?i)\\s*(?:total|overall|in all|altogether)\\b|\\s*\\d+\\+?\\s*(?:years|yrs)\\b");

    /** " — 9 лет 4 месяца", " – 12 years": the length of a career after a dash, ending the heading. */
    private static final Pattern CAREER_LENGTH_AFTER = Pattern.compile(
            "(?iu)\\s+[—–-]\\s+\\d{1,2}\\+?\\s*(?:years?|yrs?|лет|года?|роки|років|рік|jahre|ans|años|anos|anni|jaar)"
                    + "(?:\\s+\\d{1,2}\\s*\\p{L}+)?\\s*$");

    /** " | ", " · | · " (a table's cells): what parts a heading from its translation. */
    private static final Pattern TRANSLATION_BAR = Pattern.compile("\\s+(?:·\\s+)?\\|(?:\\s+·)?\\s+");

    /**
     * "WORK EXPERIENCE · | · الخبرة العملية", "工作经历 | Work Experience": the heading without its translation in
     * another script beside it.
     */
    public static String withoutTranslation(String heading) {
        Matcher bar = TRANSLATION_BAR.matcher(heading);
        if (bar.find()) {
            String before = heading.substring(0, bar.start());
            String after = heading.substring(bar.end());
            if (inAnotherScript(after) && !inAnotherScript(before)) {
                return before;
            }
            if (inAnotherScript(before) && !inAnotherScript(after)) {
                return after;
            }
        }
        // "教育背景  Education", "Work Experience 工作经历": the translation beside it, a space between
        Matcher side = SCRIPT_SIDE.matcher(heading.strip());
        if (side.matches()) {
            boolean cjkFirst = side.group(1) != null;
            String latin = cjkFirst ? side.group(2) : side.group(3);
            String other = cjkFirst ? side.group(1) : side.group(4);
            if (latinOnly(latin) && inAnotherScript(other)) {
                return latin.strip();
            }
        }
        return heading;
    }

    /** A heading in two scripts, a space between: the words of one, then the words of the other. */
    private static final Pattern SCRIPT_SIDE = Pattern.compile(
            "([^\\p{IsLatin}]*[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}\\p{IsArabic}][^\\p{IsLatin}]*?)\\s+(\\p{IsLatin}.*)"
                    + "|(\\p{IsLatin}[^\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}\\p{IsArabic}]*?)\\s+"
                    + "([\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}\\p{IsArabic}].*)");

    /** Letters, all of them Latin. */
    private static boolean latinOnly(String text) {
        return text.codePoints().anyMatch(Character::isLetter)
                && text.codePoints()
                        .allMatch(c -> !Character.isLetter(c)
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** Words in letters, none of them Latin: "الخبرة العملية", "工作经历", "Опыт работы". */
    private static boolean inAnotherScript(String text) {
        return text.codePoints().anyMatch(Character::isLetter)
                && text.codePoints()
                        .noneMatch(c -> Character.isLetter(c)
                                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** "Alfanar Projects", "Sterling Projects Ltd": a firm's name, its own word before "Projects". */
    private static final Pattern FIRM_OF_PROJECTS = Pattern.compile("(\\p{Lu}[\\p{L}&'’-]*)\\s+Projects(?:\\s+\\S.*)?");

    /** What kind of projects a section lists: "Key Projects", "Selected Projects", "Engineering Projects". */
    private static final Pattern KINDS_OF_PROJECTS =
            Pattern.compile("(?i)key|selected|select|side|personal|major|main|academic|other|notable|recent|research"
                    + "|student|university|college|school|technical|professional|relevant|freelance|client"
                    + "|featured|pet|hobby|community|independent|past|current|my|capstone|team|engineering"
                    + "|software|data|web|mobile|consulting|volunteer|additional|special|international|signature"
                    + "|flagship|completed|ongoing|previous|some|open|source|github|creative|design|development"
                    + "|construction|infrastructure|it|ml|ai|course|mini|group|individual|funded");

    /**
     * Whether the heading is a firm named for its projects ("Alfanar Projects – Riyadh, KSA"), a proper
     * name before the word, not a kind of projects ("Key Projects", "KEY PROJECTS").
     */
    private static boolean isFirmNamedForItsProjects(String heading) {
        Matcher m = FIRM_OF_PROJECTS.matcher(heading.strip());
        return m.matches() && !KINDS_OF_PROJECTS.matcher(m.group(1)).matches();
    }

    public static boolean isSectionHeading(String heading) {
        int note = heading.indexOf(" (");
        if (note > 0
                // a note of words, not a name's acronym: "NATIONAL YOUTH SERVICE CORPS (NYSC)" is an employer
                && heading.substring(note + 2).strip().contains(" ")
                && isSectionHeading(heading.substring(0, note))
                && DateRanges.firstRangeOrDate(heading).isEmpty()) {
            return true; // "Experience (the short version — full resume on LinkedIn)": a section, with a note
        }
        int dot = heading.indexOf(" · ");
        if (dot > 0
                && isSectionHeading(heading.substring(0, dot))
                && TOTAL_NOTE.matcher(heading.substring(dot + 3)).lookingAt()) {
            return true; // "■ Work Experience · Total: 9 years 3 months (as of 2025.03)": the section, with its sum
        }
        Matcher length = CAREER_LENGTH_AFTER.matcher(heading);
        if (length.find() && isSectionHeading(heading.substring(0, length.start()))) {
            return true; // "Опыт работы — 9 лет 4 месяца", "Work Experience – 12 years": the section, how long it spans
        }
        int slash = heading.indexOf(" / ");
        if (slash > 0 && isSectionHeading(heading.substring(0, slash)) && !RoleText.isTitle(heading)) {
            // "Work Experience / Expérience de travail": the heading in two languages; not "Training / Development
            // Coordinator", a title
            return true;
        }
        String untranslated = withoutTranslation(heading);
        if (!untranslated.equals(heading)) {
            return isSectionHeading(untranslated);
        }
        String h = ORDER_NOTE
                .matcher(withoutNumber(Icons.away(heading)))
                .replaceAll(" ")
                .transform(Sections::inSmallLetters)
                .replaceAll("[#*:.!?'’()\\[\\]]", " ")
                .strip();
        if (h.isEmpty()) {
            return true;
        }
        boolean shortHeading = h.split("\\s+").length <= 4
                && !EducationReader.INSTITUTION.matcher(heading).find();
        if (shortHeading && (EDUCATION_WORDS.matcher(h).find() || namesSkills(h))) {
            return true;
        }
        if (NOT_WORK_WORDS.matcher(h).find()
                        && h.split("\\s+").length <= 4
                        // "Service Desk Analyst", "Team Leader, Customer Service": a title that names a field
                        && !RoleText.isTitle(heading)
                        && !isFirmNamedForItsProjects(heading)
                || NOT_WORK_HEADING.matcher(h).matches()) {
            return true;
        }
        if (h.matches(
                "(?:[\\p{L}&-]+\\s+){1,3}(?:experience|employment|history|career|appointments|positions|posts|training|placements)")) {
            // "Legal Experience", "Clinical Experience", "Teaching History", "Clinical Placements", "Major
            // Administrative Leadership Positions", "Executive Career": a field's work
            return true;
        }
        if (h.matches("(?:exp[ée]riences?|experi[eê]ncias?|esperienz[ae]|berufserfahrung|" + WORK_IN_OTHER_LANGUAGES
                + ")(?:\\s+\\p{L}+){0,2}")) {
            return true; // "Experiência Profissional", "Expériences professionnelles": the work section in another
            // language
        }
        if (POSTS_AT_KINDS.matcher(h).matches()) {
            return true; // "Appointments at Hospitals/Affiliated Institutions": posts at places of a kind, none named
        }
        if (h.matches("(?:[\\p{L}&/-]+\\s+){0,3}credits")) {
            return true; // "Theatre Credits", "Film & TV Credits": a performer's or a crew member's work
        }
        for (String word : h.split("[\\s/,—–-]+")) {
            if (!word.isEmpty() && !SECTION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
