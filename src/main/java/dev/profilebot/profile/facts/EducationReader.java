package dev.profilebot.profile.facts;

import dev.profilebot.profile.Block;
import dev.profilebot.profile.ProfileDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads degrees from the education sections: each line naming a degree ("M.Sc.", "BSc (Hons)",
 * "Bachelor of Science", "PhD") or an institution ("University of …", "ETH Zürich"), with its field and
 * dates; a heading that names an institution gives it to the degrees under it.
 */
final class EducationReader {

    static final Pattern DEGREE = Pattern.compile(
            // a teacher's "M.S.Ed." and "M.A.T." before the "M.S." and "M.A." they start with
            "\\b(M\\.S\\.\\s?Ed\\.?|MSEd|B\\.S\\.\\s?Ed\\.?|BSEd|M\\.A\\.T\\.?|Ph\\.?\\s?D\\.?|D\\.?\\s?Phil\\.?|Dr\\.\\s?rer\\.\\s?nat\\.|M\\.\\s?Sc\\.?|MSc|M\\.S\\.|MS|M\\.A\\.|MA|M\\.\\s?Eng\\.?|MEng|MBA|M\\.B\\.A\\.?"
                    + "|M\\.?\\s?Tech\\.?|B\\.\\s?Sc\\.?|BSc"
                    // in small capitals, as a designed template sets the degree: "M.SC. IN COMPUTER SCIENCE"
                    + "|M\\.\\s?SC\\.|B\\.\\s?SC\\.|M\\.\\s?ENG\\.|B\\.\\s?ENG\\.|M\\.\\s?TECH\\.|B\\.\\s?TECH\\."
                    // Arabic degrees: "ماجستير في المحاسبة" (a master's), "بكالوريوس" (a bachelor's), "دكتوراه",
                    // "دبلوم"
                    + "|ماجستير|بكالوريوس|دكتوراه|دبلوم"
                    // (and without their dots before the subject: "MSC IN STATISTICS", not "MSC Cruises")
                    + "|(?:MSC|BSC|PHD|MENG|BENG|MPHIL|MRES)(?= (?:IN|OF) \\p{Lu})"
                    + "|(?:BACHELOR|MASTER)(?:'S|’S)?(?: DEGREE(?= IN ))?(?= OF | DEGREE| IN )|B\\.S\\.|BS|B\\.B\\.A\\.|B\\.A\\.|BA|B\\.\\s?Eng\\.?|BEng|B\\.?\\s?Tech\\.?|LL\\.?[BM]\\.?|B\\.E\\.|M\\.E\\.|B\\.Des\\.?|M\\.Des\\.?|BASc|MASc|BBA|BCom|MCom|BFA|MFA|B\\.F\\.A\\.|M\\.F\\.A\\.|BEd|MEd|M\\.\\s?Ed\\.?|B\\.\\s?Ed\\.?|Ed\\.\\s?D\\.?|EdD|MSW|M\\.S\\.W\\.|MPH|M\\.P\\.H\\.|MSN|BSN|MPhil|MRes|BSE|MSE|MPharm|MPhys|MChem|MMath|MSci|MBChB|MBBS|BDS|BVSc|PharmD"
                    // a doctor's, a dentist's, a vet's, a lawyer's; "MD" not as a state's code after a town
                    // ("Baltimore, MD")
                    + "|M\\.D\\.|(?<!,\\s?)MD|DDS|DMD|DVM|J\\.D\\.|JD|MSCI"
                    // an architect's, a musician's: "MArch" in that case only, never the month
                    + "|MArch|BArch|M\\.Arch\\.?|B\\.Arch\\.?|MMus|BMus|MLitt|PG Cert(?:ificate)?|PG Dip(?:loma)?"
                    // French degrees: "Master 2 Finance d'entreprise" (the second year of a master's), "Licence
                    // Économie-Gestion" (a bachelor's, not a driving licence), "Baccalauréat ES"
                    + "|Master [12](?= \\p{Lu})|(?<![Dd]riving |[Dd]river['’]s )Licence(?: professionnelle)?(?= \\p{Lu})|Baccalaur[ée]at"
                    + "|Bachelor(?:'s|’s)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| [Dd]egree)?|Master(?:'s|’s)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?| [Dd]egree)?"
                    // Poland's first degree in engineering, "Engineer’s degree (inż.)"
                    + "|Engineer(?:'s|’s) [Dd]egree"
                    + "|Máster(?: Universitario)?|Doctor(?:ate)?(?: of [A-Z][a-z]+)?|Diploma di [Mm]aturit[àa](?: \\p{Lu}\\p{Ll}+)?"
                    // "Professional Diploma in Education", "Higher Diploma in Computing", "National Diploma in …"
                    + "|(?:Professional|Higher|National) Diploma|Diploma(?! [Gg]rade)|Dipl[ôo]me(?: d'ing[ée]nieur)?|Diplom-[A-Z]\\p{Ll}+|Diplom|Dipl\\.-?[A-Z][a-z]+\\.?|Licenciatura|Abitur"
                    // a German apprenticeship and school-leaving certificates: "Ausbildung zum Industriemechaniker",
                    // "Fachgebundene Hochschulreife", "Mittlere Reife"
                    + "|(?:Berufs)?[Aa]usbildung zu[mr] \\p{Lu}[\\p{L}-]+"
                    + "|(?:Fachgebundene |Allgemeine )?Hochschulreife|Fachhochschulreife|Mittlere Reife"
                    // Portuguese, Spanish and French degrees: "Bacharelado em Engenharia de Produção", "Técnico em
                    // Logística", "Grado en Derecho", "Doctorat", "BTS"
                    + "|Bacharelado|Mestrado Integrado|Mestrado|Doutorado|Tecn[óo]logo|T[ée]cnico(?= em)|Grado(?= en)|Doctorado|Doctorat|BTS|DUT"
                    // a postgraduate specialisation: "Especialização (pós-graduação lato sensu) em Arquitetura de
                    // Software"
                    + "|Especializa[çc][ãa]o|Especializaci[óo]n|P[óo]s-[Gg]radua[çc][ãa]o|Posgrado"
                    // a Chilean or Peruvian professional degree and a diploma course: "Ingeniero Civil Metalúrgico",
                    // "Ingeniera Comercial", "Diplomado en Gestión"; secondary school, "Enseñanza Media"
                    + "|Ingenier[oa] (?:Civil|Comercial|de Ejecuci[óo]n)(?: \\p{Lu}\\p{Ll}+)?|Diplomado|Enseñanza Media"
                    // Italian degrees: "Laurea Magistrale in Ingegneria Energetica", "Dottorato di ricerca"
                    + "|Laurea(?: (?:Magistrale|Triennale|Specialistica))?|Dottorato(?: di [Rr]icerca)?"
                    // Dutch schooling: "HBO Logistics Management", "MBO niveau 4", "HAVO"
                    + "|HBO|MBO|HAVO|VWO|VMBO"
                    // Swedish programmes and degrees, written as one word: "Sjuksköterskeprogrammet, 180 hp",
                    // "Kandidatexamen i omvårdnad", "Civilingenjör"
                    + "|\\p{Lu}\\p{L}*(?:programmet|examen)|Civilingenjör|Högskoleingenjör"
                    // Turkish and Polish degrees: "Bilgisayar Mühendisliği, Lisans", "Yüksek Lisans", "Licencjat",
                    // "Magister inżynier"
                    + "|Yüksek [Ll]isans|Lisans|Doktora|Licencjat|Magister(?: [Ii]nżynier)?|Inżynier(?= \\()"
                    // Korean degrees: "공학사", "공학석사", "경영학석사", "박사"
                    + "|\\p{IsHangul}{0,3}(?:학사|석사|박사)"
                    // Finnish: "Insinööri (AMK)", "Diplomi-insinööri", "Filosofian maisteri", "Ylioppilas"
                    + "|Insinööri(?= \\(AMK\\))|Diplomi-insinööri|Tradenomi|\\p{Lu}\\p{L}+ (?:maisteri|kandidaatti)|Ylioppilas"
                    // Vietnamese: "Kỹ sư Công nghệ Thông tin", "Cử nhân", "Thạc sĩ", "Tiến sĩ"
                    + "|Kỹ sư|Cử nhân|Thạc sĩ|Tiến sĩ"
                    // Chinese: "硕士", "本科(管理学学士)", "博士"
                    + "|博士|硕士|碩士|\\p{IsHan}{0,4}学士|\\p{IsHan}{0,4}學士|本科|专科|大专|研究生"
                    // Ukrainian and Russian: "Вища, бакалавр", "магістр", "магистр"; Indonesian: "S1 Ilmu Komunikasi"
                    + "|[Бб]акалавр|[Мм]агістр|[Мм]агистр|S[123](?= \\p{Lu})|Sarjana"
                    // Croatian, Serbian, Slovenian, Bulgarian, Lithuanian, Latvian and Estonian: "magistar inženjer
                    // građevinarstva", "univ. bacc. ing.", "Магистър", "Vadybos magistras", "bakalaurs",
                    // "magistrikraad"
                    + "|[Mm]agist(?:ar|ra|er|ras|rė|rs|re)(?= \\p{L})|[Mm]ag\\. ?ing\\.|univ\\. ?bacc\\.|[Pp]rvostupni(?:k|ca)"
                    + "|[Bb]akalaur(?:as|ė|s|e|eus)|[Bb]akalavr|[Mm]agistrikraad|[Bb]akalaureusekraad|[Дд]октор|[Бб]акалавър"
                    + "|[Мм]агистър|\\p{L}+ magistras|\\p{L}+ bakalauras|[Mm]aģistr(?:s|a|e)(?! darbs)|[Bb]akalaura grāds"
                    // Serbian, in either script: "Основне академске студије – Грађевинарство", "Мастер академске
                    // студије", "мастер инжењер грађевинарства"
                    + "|(?iu:(?:основне|мастер|докторске|специјалистичке|основне струковне) (?:академске )?студије)"
                    + "|(?iu:(?:osnovne|master|doktorske|specijalističke|osnovne strukovne) (?:akademske )?studije)"
                    + "|[Мм]астер(?= \\p{L})(?! рад)"
                    // Slovak: "inžinierske štúdium (Ing.)", "bakalárske štúdium (Bc.)", "maturita"
                    + "|(?:in[žz]inierske|bakal[áa]rske|magisterské|doktorandské) štúdium|[Mm]aturita"
                    // Persian: "کارشناسی ارشد" (a master's), "کارشناسی" (a bachelor's), "دکتری", "دیپلم"
                    + "|کارشناسی ارشد|کارشناسی|دکتری|دکترا|دیپلم"
                    // Australian awards: "Graduate Certificate in Project Management", "Certificate IV in Work Health
                    // and Safety", "Advanced Diploma of Engineering"
                    + "|Graduate (?:Certificate|Diploma)|Advanced Diploma|Certificate (?:IV|III|II|I)\\b"
                    + "|A[- ]?[Ll]evels?|HND|PGCert|PGDip|PGCE|A\\.A\\.S\\.|AAS|A\\.A\\.|A\\.S\\.|Associate of [A-Z][a-z]+(?: [A-Z][a-z]+)?|Associate(?:'s)? degree|Postgraduate [A-Z][a-z]+)(?=[\\s,;:()]|$)");
    /** A word that names a place of study; the name runs from it to the separators either side. */
    static final Pattern INSTITUTION = Pattern.compile(
            // ("Universiti Tunku Abdul Rahman", "Universitas Indonesia", "Uniwersytet Warszawski", "Universitat
            // Politècnica de València", "Lunds universitet")
            "\\b(University|Universit(?!ari[oa]\\b)[äéàiae]\\p{L}*|Universidad|Universidade|Universiteit|Uniwersytet|Hogeschool|Högskola|Fachhochschule|ROC"
                    // (not a field's word: "Professional Diploma in School Leadership")
                    + "|(?<!\\bin )(?:College|School)|Institute|Institut|Conservatoire|Conservatory|Conservatorio|Konservatorium"
                    + "|Polytechnic|Polytechnique|Polit[eé]cnic\\p{L}*|Academy|Akademie|Hochschule|DHBW|[EÉ]cole|ETH|EPFL|KTH|MIT|NUS|NTU|UCL|LSE|TUM|INSA"
                    // where a German, a French or an Italian school-leaver sat the exams: "Gymnasium bei St. Michael"
                    + "|Gymnasium|Realschule|Gesamtschule|Berufsschule|Berufskolleg|(?:Fach)?[Oo]berschule|Lyc[ée]e|Liceo"
                    // a Nordic one's name, its kind in small letters after the town: "Lunds universitet", "Chalmers
                    // tekniska högskola"
                    + "|universitet(?:et)?|högskola|høgskole|yliopisto"
                    // a Dutch one, written as one word: "Rijksuniversiteit Groningen"
                    + "|\\p{Lu}\\p{Ll}+universiteit"
                    // a Turkish one's kind after its name: "Yıldız Teknik Üniversitesi"
                    + "|Üniversitesi|Politechnika"
                    // Croatian, Serbian, Slovenian, Baltic, Bulgarian and Persian ones: "Sveučilište u Zagrebu",
                    // "Građevinski fakultet", "Vilniaus universitetas", "Tartu Ülikool", "Стопанска академия",
                    // "دانشگاه"
                    + "|Sveučilište|Sveuciliste|Univerzitet|Univerza|\\p{Lu}?\\p{Ll}*[Ff]akultet|universitetas|Universitāte"
                    + "|[Ii]nstitūts|[Aa]ugstskola|[Kk]oledža|[Ģģ]imnāzija|[Vv]idusskola|[Kk]olledž|[Gg]ümnaasium"
                    + "|[Üü]likool|[Кк]олеж|[Аа]кадемия|[Гг]имназия|[Gg]imnazija|دانشگاه|دانشکده|آموزشکده|هنرستان|دبیرستان"
                    // an Arabic one: "جامعة الشرق الأوسط", "الجامعة الأردنية", "كلية الأعمال", "معهد"
                    + "|جامعة|الجامعة|كلية|معهد"
                    // a Polish, a Czech or a Slovak academy: "Akademia Sztuk Pięknych", "Akademie výtvarných umění"
                    + "|Akademia|Szkoła Główna|Vysoké učení|Vysoká škola"
                    // a Slovak or a Czech one: "Žilinská univerzita v Žiline", "Stredná priemyselná škola
                    // elektrotechnická", "Gymnázium Jura Hronca"
                    + "|(?<![\\p{L}])(?:[Uu]niverzit\\p{L}*|[Šš]kola|[Gg]ymn[áa]zium)(?![\\p{L}])"
                    // an Irish school in Irish: "Coláiste Choilm", "Scoil Mhuire", "Gaelcholáiste Mhuire"
                    + "|Gaelchol[áa]iste|Col[áa]iste|Gaelscoil|Me[áa]nscoil|Scoil"
                    // a Greek one: "Εθνικό Μετσόβιο Πολυτεχνείο", "Πανεπιστήμιο Πατρών"; a Russian or a Ukrainian one:
                    // "Московский государственный университет", "Київський політехнічний інститут"
                    // a Finnish one: "Tampereen ammattikorkeakoulu", "Tampereen lyseon lukio"; a Vietnamese one:
                    // "Trường Đại học Bách khoa Hà Nội", "Học viện …", "Trường THPT …"
                    + "|ammattikorkeakoulu|lukio|(?iu:trường\\s+)?(?iu:đại học|học viện|cao đẳng)|(?iu:trường) THPT"
                    // a Chinese, a Japanese or a Korean one: "北京航空航天大学", "早稲田大学", "한양대학교"
                    + "|\\p{IsHan}{0,12}(?:大学|大學|学院|學院)|\\p{IsHangul}{0,10}대학교"
                    + "|Πανεπιστήμιο|Πολυτεχνείο|ΠΑΝΕΠΙΣΤΗΜΙΟ|ΠΟΛΥΤΕΧΝΕΙΟ|[Уу]ниверситет|[Уу]нiверситет|[Уу]ніверситет|[Ии]нститут|[Іі]нститут"
                    // a Serbian or a Macedonian one in Cyrillic: "Грађевински факултет, Универзитет у Београду";
                    // Russian and Ukrainian colleges, lyceums and academies
                    + "|[Уу]ниверзитет|\\p{Lu}?\\p{Ll}*[Фф]акултет|[Гг]имназија|[Аа]кадемија|[Вв]исока школа"
                    + "|[Кк]олледж|[Кк]оледж|[Тт]ехникум|[Лл]ицей|[Лл]іцей|[Гг]імназія|[Аа]кадемія"
                    + "|HEC|ESSEC|Sciences Po|HAW|RWTH|LMU|UCLA|UNSW|UBC"
                    // a German technical university by its town: "TU Dresden", "TU Delft"
                    + "|TU(?= \\p{Lu})"
                    // a plain-text résumé's name in capitals: "COLUMBUS VALLEY COMMUNITY COLLEGE, Columbus, OH"
                    + "|UNIVERSITY|COLLEGE|INSTITUTE|SCHOOL|ACADEMY|POLYTECHNIC|CONSERVATOIRE|CONSERVATORY)\\b");

    /** A section of training and courses, where a degree may be listed among them. */
    private static final Pattern TRAINING = Pattern.compile("(?i)\\b(training|courses|professional development)\\b");

    /** "EQF level 7": a qualification's level on the European framework, after its title on a Europass form. */
    private static final Pattern EQF_LEVEL = Pattern.compile("(?i)\\s*\\bEQF level \\d\\b");

    private static final String SEPARATORS = ",;:()[]—|·";

    /** Short words a heading in capitals keeps in lower case once it is in the usual case. */
    private static final java.util.Set<String> SMALL_WORDS =
            java.util.Set.of("in", "of", "and", "the", "for", "at", "degree", "di", "del", "della", "de", "en", "em");

    /** A heading that is only dates: "SEPTEMBER 2013 - MAY 2017", "2019 – present". */
    private static final Pattern DATES_ONLY =
            Pattern.compile("(?iu)\\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct"
                    + "|nov|dec)\\p{L}*\\.?\\s*|\\d{1,2}[/.]\\s*)?(?:19|20)\\d\\d\\s*(?:[-–—]|to|until)\\s*(?:(?:(?:jan|feb|mar"
                    + "|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?\\s*|\\d{1,2}[/.]\\s*)?(?:19|20)\\d\\d|present|current"
                    + "|now|today)\\s*");

    /**
     * A heading in capitals in the usual case ("INTEGRATED MASTER'S DEGREE IN INDUSTRIAL ENGINEERING" →
     * "Integrated Master's Degree in Industrial Engineering"), so a degree is known in it; short words
     * such as "MSC" or "BA" stay as written.
     */
    static String inUsualCase(String heading) {
        // "LAUREA MAGISTRALE (MSc) IN ENERGY ENGINEERING": an abbreviation in brackets keeps its own case
        String outsideBrackets = heading.replaceAll("\\([^()]*\\)", "");
        if (!outsideBrackets.equals(outsideBrackets.toUpperCase(java.util.Locale.ROOT))
                || heading.split("\\s+").length < 3) {
            return heading;
        }
        Matcher word = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?").matcher(heading);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (word.find()) {
            out.append(heading, last, word.start());
            String w = word.group();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else if (w.length() >= 4) {
                out.append(w.charAt(0)).append(lower.substring(1));
            } else {
                out.append(w);
            }
            last = word.end();
        }
        return out.append(heading.substring(last)).toString();
    }

    /** A heading over studies of one level: "Posgrado", "Pregrado (profesional)", "Secondary", "Postgraduate". */
    private static final Pattern LEVEL_OF_STUDY = Pattern.compile(
            "(?iu)\\s*(?:posgrados?|postgrados?|pregrado|p[óo]s-gradua[çc][ãa]o|gradua[çc][ãa]o|t[ée]cnic[ao]s?"
                    + "|tecn[óo]log[ií]c[ao]|secundari[ao]|primari[ao]|bachillerato|ensino m[ée]dio|educaci[óo]n superior"
                    + "|(?:post|under)?graduate|tertiary|secondary|primary|high school|higher education)"
                    + "(?:\\s*\\([^()]{1,30}\\))?\\s*:?\\s*");

    private static final Pattern LABELLED = Pattern.compile(
            // "Institute / Board: K. K. Wagh Institute of Engineering": an Indian CV's table column
            // Europass: "Title of qualification awarded: …", "Name and type of organisation providing education and
            // training: …"
            // (not "within my bachelor's degree: Distributed Systems, …", a sentence on the degree)
            "(?i)(?<!['’]s )\\b(degree|qualification(?:\\s+awarded)?|course|institut(?:e|ion)(?:\\s*/\\s*(?:board|university))?"
                    + "|university|college|school|organi[sz]ation providing education and training|awarding body"
                    + "|field(?: of study)?|subject|major"
                    // a Korean résumé's table: "학교명: 한양대학교", "전공: 컴퓨터소프트웨어학부 (공학사)"
                    + "|학교명|학교|전공|학위"
                    // a Spanish, Portuguese or French CV's "Título: Contadora Pública", "Institución: Universidad de …"
                    + "|t[ií]tulo(?: obtenido)?|titre|dipl[ôo]me obtenu|instituci[óo]n(?: educativa)?"
                    + "|institui[çc][ãa]o(?: de ensino)?|[ée]tablissement)"
                    // "School (Location): Konkuk University (Seoul)": a column's note on what it holds
                    + "(?:\\s*\\([^()]{1,20}\\))?"
                    + "\\s*:+\\s*([^;|\\n]+)");
    /** A capitalised word right before a label's word: the name the word ends ("Boston College:"), no label. */
    private static final Pattern NAME_BEFORE_LABEL = Pattern.compile("\\b\\p{Lu}[\\p{L}.'’&-]*\\s+$");

    /** "d'Ingénieur", "de Licenciatura": the rest of a degree's name in French or Spanish. */
    private static final Pattern OF_A_KIND = Pattern.compile("(?:d['’]|de |du |des )\\p{L}+\\s*");

    /** "Field of study: Automation and Robotics, specialization: …", "Major: Economics": a degree's subject below it. */
    private static final Pattern FIELD_BELOW = Pattern.compile(
            "(?i)\\W*(?:(?:field of study|major|main subject|specialization|specialisation|concentration)\\s*:"
                    // a Lebenslauf's "Studium Maschinenwesen, Vertiefung Fahrzeugtechnik"
                    + "|(?:studium|studiengang|studienfach|fachrichtung)\\s*:?)\\s*"
                    + "([\\p{L}][\\p{L}&' -]{1,60})");

    private static final Pattern NOT_FIELD = Pattern.compile(
            "(?i)\\b(class|honou?rs|grade|gpa|distinction|thesis|cum laude|2:1|2:2|merit)\\b|\\bwith (first|high|upper|lower)\\b|\\d");

    /** "Honours " before the programme's subject: "Honours Software Engineering", not "Honours (First Class)". */
    private static final Pattern HONOURS_PROGRAMME =
            Pattern.compile("^(?i:honou?rs|hons\\.?)\\s+(?=\\p{Lu}\\p{Ll})(?!(?i:class|degree|with|in)\\b)");

    private EducationReader() {}

    static List<Education> read(ProfileDocument document) {
        List<Education> out = new ArrayList<>();
        if (Sections.inFolderOfOtherThings(document.fileName())) {
            return out; // a paper's page: "Type: Thesis" is the work, not a degree
        }
        java.util.Set<List<String>> headingsSeen = new java.util.HashSet<>();
        // a template's table puts the dates, the degree and the school in paragraphs of their own: an
        // entry goes on into the next block of its section
        Optional<Education> carried = Optional.empty();
        List<String> carriedPath = List.of();
        Optional<DateRange> datesAbove = Optional.empty();
        // "INSEAD · 2007 – 2008" in a paragraph of its own over "Master of Business Administration": the place of
        // study goes on into the next block too
        Optional<PlaceAndDates> placeAbove = Optional.empty();
        for (Block block : document.blocks()) {
            boolean goesOn = block.sectionPath().equals(carriedPath);
            carriedPath = List.of();
            if (!goesOn) {
                datesAbove = Optional.empty();
                placeAbove = Optional.empty();
            }
            Sections kind = Sections.of(block.sectionPath());
            if (kind == Sections.WORK
                    || kind == Sections.NOT_WORK
                            && block.sectionPath().stream()
                                    .anyMatch(h -> TRAINING.matcher(h).find())) {
                // a timeline of jobs may hold the degree too: "2011–2014 — BSc Computer Science, University of
                // Sheffield"; so may a list of training ("2010–13 · BA (Hons) Stage Management, Aldborough
                // Conservatoire" over courses)
                FactSource source = new FactSource(document.fileName(), block.sectionPath());
                for (String line : block.text().split("\n")) {
                    // "BA (Hons) Graphic Communication, Wyecliffe School of Art — 2015. My final-year project …"
                    String first = FIRST_SENTENCE.split(line, 2)[0];
                    if (isDegreeLine(first) && !RoleText.isTitle(first) && !EventHistoryReader.isSchoolEvent(line)) {
                        entry(first, Optional.empty(), source).ifPresent(out::add);
                    }
                }
                continue;
            }
            if (Sections.of(block.sectionPath()) != Sections.EDUCATION) {
                continue;
            }
            FactSource source = new FactSource(document.fileName(), block.sectionPath());
            List<String> path = block.sectionPath();
            String last = path.get(path.size() - 1);
            // "### University of Wisconsin, Madison — B.B.A. in Marketing" over "#### SEPTEMBER 2013 - MAY 2017":
            // the entry is the heading above its dates, with them
            boolean datedBelow = path.size() >= 3 && DATES_ONLY.matcher(last).matches();
            String heading = inUsualCase(datedBelow ? path.get(path.size() - 2) + " · " + last : last);
            boolean degreeHeading = !Sections.isSectionHeading(heading)
                    // (the dates' own heading below adds nothing to the length of the line)
                    && (datedBelow ? path.get(path.size() - 2) : heading).length() <= MAX_DEGREE_LINE
                    && !PERSON.matcher(heading).find()
                    && DEGREE.matcher(heading).find();
            Optional<String> headingInstitution = Sections.isSectionHeading(heading)
                            // "POSGRADO", "PREGRADO (PROFESIONAL)", "SECUNDARIA": the level of the studies under it
                            || LEVEL_OF_STUDY.matcher(heading).matches()
                    ? Optional.empty()
                    : degreeHeading
                            ? institution(heading)
                            // "Civilian Qualifications Gained in Service" names the section, no place of study
                            : institution(heading)
                                    .or(() -> Sections.of(List.of(heading)) == Sections.EDUCATION
                                            ? Optional.empty()
                                            : Optional.of(heading.split(",")[0].strip()));
            Optional<Education> previous = goesOn ? carried : Optional.empty();
            if (degreeHeading && headingsSeen.add(block.sectionPath())) {
                // "### BSc (Hons) Accounting & Finance – 2:1 · 2011 – 2015" over "**Wendmoor University**":
                // the degree is the heading's, the institution the line under it
                // "=== BA (Hons) English, Tamar Valley University (Plymouth)" over "2008 – 2011": both are the
                // heading's
                // "### University of Marbeck" over "#### M.Sc. Statistics": the institution is the heading above
                Optional<String> above =
                        path.size() >= 3 && !DATES_ONLY.matcher(last).matches()
                                ? institution(path.get(path.size() - 2))
                                : Optional.empty();
                previous = entry(heading, Optional.empty(), source)
                        .filter(e -> !e.degree().isEmpty())
                        .map(e -> e.institution().isEmpty() && above.isPresent()
                                ? new Education(above.get(), e.degree(), e.field(), e.dates(), e.source(), e.grade())
                                : e);
                previous.ifPresent(out::add);
            }
            if (!degreeHeading
                    && headingInstitution.isPresent()
                    && datesAbove.isEmpty()
                    && headingsSeen.add(block.sectionPath())) {
                // "### Central China University of Science and Engineering (Wuhan) | 2012.09 - 2016.06" over
                // "**B.Eng. in Software Engineering**": the heading dates the degree under it
                datesAbove = DateRanges.firstRangeOrDate(heading).map(DateRanges.Found::range);
            }
            int linesSinceEntry = 0;
            for (String line : withWrappedDegreesJoined(block.text().split("\n"))) {
                Optional<Education> entry = entry(line, headingInstitution, source);
                if (entry.isPresent() && previous.isPresent()) {
                    Education before = previous.get();
                    Education now = entry.get();
                    // "Bahçeşehir University · 09.2020 - 06.2022" over "Master's Degree – Graduate School of Natural
                    // and Applied Sciences – Software Engineering": the degree from a faculty of the university above
                    boolean facultyOfTheInstitutionAbove = before.degree().isEmpty()
                            && !before.institution().isEmpty()
                            && !now.degree().isEmpty()
                            && now.dates().isEmpty()
                            && isFaculty(now.institution());
                    if (facultyOfTheInstitutionAbove) {
                        now = new Education("", now.degree(), now.field(), now.dates(), now.source(), now.grade());
                    }
                    // (not "Diploma in IFR – passed December 2013" over "University of Sheffield · 2005 – 2008": each
                    // dated its own way, the next entry's institution over its degree)
                    // ("Bachelor of Nursing · 2017 – 2019" over "Queensland University of Technology (QUT), Kelvin
                    // Grove. Conferred December 2019.": the date the degree was conferred, within its years)
                    boolean degreeThenInstitution = now.degree().isEmpty()
                            && before.institution().isEmpty()
                            && !(before.dates().isPresent()
                                    && now.dates().isPresent()
                                    && !before.dates().equals(now.dates())
                                    && !before.dates()
                                            .get()
                                            .contains(now.dates().get()));
                    // "ACA – Institute of Chartered Accountants · 2014" over "BA (Hons) … · 2008 – 2011": two
                    // entries, each with its dates
                    boolean institutionThenDegree = before.degree().isEmpty()
                            && now.institution().isEmpty()
                            && !(before.dates().isPresent()
                                    && now.dates().isPresent()
                                    && !before.dates().equals(now.dates()));
                    // "### MSc Data Science, University of Bristol" over "University of Bristol · 2012 – 2013 ·
                    // Distinction": the same place again, with the dates and the grade
                    boolean institutionAgain = now.degree().isEmpty()
                            && !before.degree().isEmpty()
                            && !before.institution().isEmpty()
                            && !now.institution().isEmpty()
                            && (before.institution().contains(now.institution())
                                    || now.institution().contains(before.institution()));
                    // "GPA 3.7. Wisconsin School of Business Dean's List" under "### University … — B.B.A. …": a
                    // detail of the heading's degree, its grade kept, not a school of its own
                    boolean detailOfTheHeading = (degreeHeading
                                    // "The Patton College of Education. Magna cum laude, GPA 3.74." under a whole
                                    // dated entry: sentences on it, its faculty named among them
                                    || before.dates().isPresent()
                                            && FIRST_SENTENCE.matcher(line).find())
                            && !before.degree().isEmpty()
                            && !before.institution().isEmpty()
                            && now.degree().isEmpty()
                            && now.dates().isEmpty();
                    if (detailOfTheHeading) {
                        Education graded = new Education(
                                before.institution(),
                                before.degree(),
                                before.field(),
                                before.dates(),
                                before.source(),
                                before.grade().or(now::grade));
                        out.set(out.size() - 1, graded);
                        previous = Optional.of(graded);
                        continue;
                    }
                    // "Abschluss: Bachelor of Engineering (B.Eng.), Gesamtnote 1,8" under the course of study and its
                    // place: the degree it led to
                    boolean degreeAwarded = AWARDED.matcher(line).lookingAt()
                            && !now.degree().isEmpty()
                            && now.institution().isEmpty()
                            && now.dates().isEmpty();
                    if (degreeAwarded) {
                        Education awarded = new Education(
                                before.institution(),
                                now.degree(),
                                before.field().or(now::field),
                                before.dates(),
                                source,
                                now.grade().or(before::grade));
                        out.set(out.size() - 1, awarded);
                        previous = Optional.of(awarded);
                        continue;
                    }
                    if (degreeThenInstitution || institutionThenDegree || institutionAgain) {
                        // a degree on one line and its institution on the next, in either order
                        Education merged = new Education(
                                before.institution().isEmpty() ? now.institution() : before.institution(),
                                before.degree().isEmpty() ? now.degree() : before.degree(),
                                before.field().or(now::field),
                                before.dates().or(now::dates),
                                source,
                                before.grade().or(now::grade));
                        out.set(out.size() - 1, merged);
                        previous = Optional.of(merged);
                        continue;
                    }
                }
                if (entry.isPresent()
                        && placeAbove.isPresent()
                        && entry.get().degree().isEmpty()
                        && entry.get().dates().isEmpty()
                        && KIND_OF_SCHOOL.matcher(entry.get().institution()).lookingAt()) {
                    // "Bornova Anadolu Lisesi · 09.2007 - 06.2011" over "High School – Science / Mathematics": the
                    // school above, the kind of school under it
                    entry = Optional.of(new Education(
                            placeAbove.get().place(),
                            "",
                            Optional.empty(),
                            Optional.of(placeAbove.get().dates()),
                            entry.get().source(),
                            entry.get().grade()));
                }
                if (entry.isPresent()
                        && entry.get().institution().isEmpty()
                        && !entry.get().degree().isEmpty()
                        && placeAbove.isPresent()
                        // (not "Vacation student, Pindan Iron Ore (Nov 2010 – Feb 2011)" over "Graduate Certificate
                        // · 2016": a line dated otherwise is no place of that degree)
                        && (entry.get().dates().isEmpty()
                                || entry.get()
                                        .dates()
                                        .get()
                                        .equals(placeAbove.get().dates()))) {
                    // "KU Leuven · 2012 – 2014 · Leuven" over "MSc Statistics and Data Science": its place and dates
                    Education e = entry.get();
                    PlaceAndDates above = placeAbove.get();
                    entry = Optional.of(new Education(
                            above.place(),
                            e.degree(),
                            e.field(),
                            e.dates().or(() -> Optional.of(above.dates())),
                            e.source(),
                            e.grade()));
                }
                placeAbove = entry.isEmpty() ? placeAndDates(line) : Optional.empty();
                Optional<DateRange> datesAlone = entry.isEmpty() ? datesAlone(line) : Optional.empty();
                if (datesAlone.isPresent()
                        && (previous.isEmpty() || previous.get().dates().isPresent())) {
                    datesAbove = datesAlone; // "2021 - 2022" over the degree it dates: a new entry
                    previous = Optional.empty();
                    continue;
                }
                Optional<PlaceAndDates> placeBelow = entry.isEmpty() ? placeAndDates(line) : Optional.empty();
                if (placeBelow.isPresent()
                        && previous.isPresent()
                        && previous.get().institution().isEmpty()
                        && previous.get().dates().isEmpty()
                        && !previous.get().degree().isEmpty()
                        && PLACE_NAME.matcher(placeBelow.get().place()).matches()) {
                    // "Bacharelado em Comunicação Social – Publicidade e Propaganda –" over "PUC-Campinas | 2009 –
                    // 2012": the degree's line wrapped before its place and dates
                    Education e = previous.get();
                    Education placed = new Education(
                            placeBelow.get().place(),
                            e.degree(),
                            e.field(),
                            Optional.of(placeBelow.get().dates()),
                            e.source(),
                            e.grade());
                    out.set(out.size() - 1, placed);
                    previous = Optional.of(placed);
                    placeAbove = Optional.empty();
                    continue;
                }
                if (entry.isEmpty()
                        && previous.isPresent()
                        && previous.get().dates().isEmpty()) {
                    // the dates of the entry above, on a line of their own ("2012 – 2015 · First Class Honours")
                    if (datesAlone.isPresent()) {
                        Education dated = previous.get().withDates(datesAlone);
                        Education withDates = dated.grade().isEmpty()
                                ? grade(line).map(dated::withGrade).orElse(dated)
                                : dated;
                        out.set(out.size() - 1, withDates);
                        previous = Optional.of(withDates);
                        continue;
                    }
                }
                boolean lastIsGradeless = !out.isEmpty()
                        && linesSinceEntry <= 2
                        && out.get(out.size() - 1).grade().isEmpty()
                        && out.get(out.size() - 1).source().equals(source);
                Optional<String> gradeBelow =
                        entry.isEmpty() && lastIsGradeless && line.strip().length() <= MAX_GRADE_LINE
                                ? grade(line)
                                : Optional.empty();
                if (gradeBelow.isPresent()) {
                    // "Classification: 2:1 (Upper Second Class Honours)", "Final grade: 1.7" under the degree
                    Education graded = out.get(out.size() - 1).withGrade(gradeBelow.get());
                    out.set(out.size() - 1, graded);
                    previous = previous.map(p -> graded);
                    continue;
                }
                Matcher fieldBelow = FIELD_BELOW.matcher(line);
                if (entry.isEmpty()
                        && linesSinceEntry <= 2
                        && !out.isEmpty()
                        && out.get(out.size() - 1).source().equals(source)
                        && fieldBelow.lookingAt()) {
                    // "Field of study: Automation and Robotics" under "Master of Science in Engineering (mgr inż.)"
                    Education e = out.get(out.size() - 1);
                    boolean aSpecialism = !fieldBelow
                            .group()
                            .toLowerCase(java.util.Locale.ROOT)
                            .matches(
                                    "\\W*(field of study|major|main subject|studium|studiengang|studienfach|fachrichtung)\\b.*");
                    if (aSpecialism && e.field().isPresent()) {
                        continue; // "Specialisation: Statistics" under "M.Sc. Applied Mathematics": the field stays
                    }
                    Education withField = e.withField(fieldBelow.group(1).strip());
                    out.set(out.size() - 1, withField);
                    previous = previous.map(p -> withField);
                    continue;
                }
                if (entry.isPresent() && entry.get().dates().isEmpty() && datesAbove.isPresent()) {
                    entry = Optional.of(entry.get().withDates(datesAbove));
                }
                if (entry.isPresent()) {
                    datesAbove = Optional.empty();
                }
                entry.ifPresent(out::add);
                linesSinceEntry = entry.isPresent() ? 0 : linesSinceEntry + 1;
                // "PUCRS Online (Pontifícia" or "Mackenzie, São Paulo" wrapped in a sidebar under the entry: the rest
                // of its name or its town, and the entry goes on under it
                boolean restOfAName = entry.isEmpty()
                        && previous.isPresent()
                        && line.strip().length() <= MAX_NAME_REST
                        && !line.contains(":")
                        && !line.matches(".*\\d.*")
                        && !line.isBlank()
                        && Character.isUpperCase(line.strip().codePointAt(0));
                // "Faculty of Computer Science, Electronics and Telecommunications" under "2017.03 – 2018.07 · Wawel
                // University of Science and Technology": a part of the place above, the degree under it still its
                boolean facultyOfIt = entry.isEmpty() && previous.isPresent() && isFaculty(line.strip());
                // "Minor: Spanish" or "Thesis: …" between the degree and its place of study: a note on the entry
                boolean noteOnIt = entry.isEmpty()
                        && previous.isPresent()
                        && NOTE.matcher(line).find();
                previous = restOfAName || facultyOfIt || noteOnIt ? previous : entry;
            }
            carried = previous;
            carriedPath = block.sectionPath();
        }
        if (out.isEmpty()) {
            out.addAll(fromProse(document));
        }
        return out;
    }

    /** "Exeter, UK", "Porto": a town, and its country or region, beside an entry's dates. */
    private static final Pattern TOWN =
            Pattern.compile("\\p{Lu}[\\p{L}'-]+(?:[ -]\\p{Lu}[\\p{L}'-]+)?(?:,\\s*\\p{Lu}[\\p{L}'-]*){0,2}");

    /** The rest of a degree's line, its dates after a middle dot: "Engineering · (2008 - 2013)". */
    private static final Pattern REST_WITH_DATES =
            Pattern.compile("^([^·]{1,40}?)\\s*·\\s*\\(?\\s*(?:19|20)\\d\\d\\b[^·]*$");

    /**
     * A degree's line wrapped before its dates, as LinkedIn's PDF sets them: "Bachelor of Applied Science - BASc,
     * Computer" over "Engineering · (2008 - 2013)", one line again.
     */
    private static List<String> withWrappedDegreesJoined(String[] lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher rest = REST_WITH_DATES.matcher(line.strip());
            if (!out.isEmpty() && rest.matches()) {
                String above = out.get(out.size() - 1);
                String words = rest.group(1);
                if (DEGREE.matcher(above).find()
                        && !above.contains("·")
                        && !YEAR.matcher(above).find()
                        && !DEGREE.matcher(words).find()
                        && !INSTITUTION.matcher(words).find()) {
                    out.set(out.size() - 1, above.strip() + " " + line.strip());
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)^\\s*(?:year of graduation|graduation (?:year|date)|graduated|years?|dates?|period|completed"
                    + "|completion (?:year|date)"
                    // a Spanish, Portuguese or French CV's "Fecha de grado: junio de 2019", "Año de grado: 2007"
                    + "|fecha de grado|a[ñn]o de grado|a[ñn]o|fecha|per[ií]odo|ano(?: de conclus[ãa]o)?"
                    + "|data de conclus[ãa]o|ann[ée]e|date d['’]obtention)\\s*:\\s*");

    /** What is left of a line that dates an entry: separators, "present", "now". */
    private static final Pattern DATE_LINE_FILLER = Pattern.compile("(?i)[\\s/.·•|,;:()–—-]|present|now");

    /** "(expected graduation)", "(full-time)": an aside in brackets after an entry's dates. */
    private static final Pattern WORDS_ASIDE = Pattern.compile("\\(\\s*[\\p{L}][\\p{L} ,-]{0,40}\\)");

    /** A place of study named on a line with its dates, over the degree taken there. */
    private record PlaceAndDates(String place, DateRange dates) {}

    /** "KU Leuven · 2012 – 2014 · Leuven": a place of study's name, its dates and its town, no degree. */
    private static Optional<PlaceAndDates> placeAndDates(String line) {
        Optional<DateRanges.Found> found = DateRanges.firstRangeOrDate(line);
        if (found.isEmpty() || DEGREE.matcher(line).find()) {
            return Optional.empty();
        }
        String name = line.substring(0, found.get().start())
                .replaceAll("[\\s·|,–—-]+$", "")
                .strip();
        boolean aName = !name.isEmpty()
                && name.length() <= MAX_PLACE_NAME
                && Character.isUpperCase(name.codePointAt(0))
                && !name.contains(". ")
                && !name.endsWith(":") // "Dates: October 2006 – July 2011": a label, no place
                // "Curriculum Vitae · 2014 – 2015": a page's running title beside the dates, no place of study
                && !name.matches("(?i)curriculum vitae|r[ée]sum[ée]|lebenslauf|cv");
        return aName ? Optional.of(new PlaceAndDates(name, found.get().range())) : Optional.empty();
    }

    private static final int MAX_PLACE_NAME = 80;

    /** A line under an entry no longer than this may be the rest of its institution's name or its town. */
    private static final int MAX_NAME_REST = 40;

    /**
     * The dates of a line that gives an entry's dates and at most its grade: "2012 – 2015", "SEP 2011 -
     * JUN 2014", "2012 – 2015 · First Class Honours".
     */
    private static Optional<DateRange> datesAlone(String labelledLine) {
        // "Year of graduation: 2016": the dates under their label
        String line = DATE_LABEL.matcher(labelledLine).replaceFirst("");
        Optional<DateRanges.Found> found = DateRanges.firstRangeOrDate(line);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String rest = WORDS_ASIDE
                .matcher(line.substring(0, found.get().start()) + " "
                        + line.substring(found.get().end()))
                .replaceAll(" ")
                .strip();
        boolean nothingElse = DATE_LINE_FILLER
                        .matcher(rest)
                        .replaceAll("")
                        .replaceAll("\\d", "")
                        .length()
                < 3;
        // "Exeter, UK · 2009 – 2012 · First Class Honours": the town, the dates and the class, with its label
        // ("İstanbul | GNO: 3,12 / 4,00")
        Matcher labelledGrade = LABELLED_GRADE.matcher(rest);
        String withoutGrade = labelledGrade.find()
                ? rest.substring(0, labelledGrade.start()) + " " + rest.substring(labelledGrade.end())
                : grade(rest).map(g -> rest.replace(g, " ")).orElse(rest);
        boolean gradeBeside = rest.length() <= MAX_GRADE_LINE
                && grade(rest).isPresent()
                && DATE_LINE_FILLER.matcher(withoutGrade).replaceAll("").isEmpty();
        boolean townBeside = withoutGrade.length() <= MAX_GRADE_LINE
                && TOWN.matcher(withoutGrade.replaceAll("[·•|;()]", " ").strip())
                        .matches();
        return nothingElse || gradeBeside || townBeside
                ? Optional.of(found.get().range())
                : Optional.empty();
    }

    /** A full stop that ends a sentence, not one inside "B.Sc." or "St. Andrews"; after a bracket too: "(from B.Eng.). Thesis". */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=\\p{Ll}{2}|\\d|\\))\\.\\s+(?=\\p{Lu})");

    /** A line that names both a degree and an institution: education, wherever it is written. */
    static boolean isDegreeLine(String line) {
        return line.length() <= MAX_DEGREE_LINE
                && !PERSON.matcher(line).find()
                && DEGREE.matcher(line).find()
                && INSTITUTION.matcher(line).find();
    }

    /** A line under a degree that gives its grade is short: "Final grade: 1.7", "Passed with Merit." */
    private static final int MAX_GRADE_LINE = 60;

    private static final Pattern CLASS = Pattern.compile(
            "(?i)\\b((?:first[- ]class(?: honou?rs)?|(?:upper|lower) second(?:[- ]class)?(?: honou?rs)?|2:1|2:2"
                    + "|third[- ]class(?: honou?rs)?|(?:summa |magna )?cum laude|distinction|merit)\\b"
                    // as Singapore, Malaysia, India and East Africa write it: "Second Class Upper", "Second Class
                    // Honours (Upper Division)"
                    + "|second[- ]class(?: honou?rs)?,?\\s*(?:\\((?:upper|lower)(?: division)?\\)|(?:upper|lower)(?: division)?\\b))");
    private static final Pattern LABELLED_GRADE = Pattern.compile(
            "(?i)\\b(?:final grade|grade|c?gpa|classification|abschlussnote|gesamtnote|endnote|eindcijfer|note finale"
                    + "|voto di laurea|nota final|gno|promedio|m[ée]dia final|moyenne)\\s*:?\\s*(2:[12](?:\\s*\\([^)]{1,40}\\))?|\\d{1,3}(?:[.,]\\d{1,2})?(?:\\s*/\\s*\\d{1,3}(?:[.,]\\d{1,2})?|\\s?%)?(?!\\d)"
                    + "(?:\\s*\\([^)]{1,40}\\))?)");

    /** "(Upper Second Class Honours)" right after a class. */
    private static final Pattern GRADE_ASIDE = Pattern.compile("^\\s*\\(([^)]{1,40})\\)");

    /** The grade a line gives: "2:1 (Upper Second Class Honours)", "1.7", "GPA 3.7", "Merit". */
    static Optional<String> grade(String line) {
        Matcher labelled = LABELLED_GRADE.matcher(line);
        if (labelled.find()) {
            return Optional.of(labelled.group(1).strip());
        }
        Matcher named = CLASS.matcher(line);
        if (named.find()) {
            String rest = line.substring(named.end());
            Matcher aside = GRADE_ASIDE.matcher(rest);
            // (not the degree in brackets after the class: "Distinction (MA)")
            boolean asideOnTheClass =
                    aside.find() && !DEGREE.matcher(aside.group(1)).find();
            return Optional.of(named.group(1) + (asideOnTheClass ? " (" + aside.group(1) + ")" : ""));
        }
        return Optional.empty();
    }

    /** A degree's line is short and names no one: "She holds an MSc from Uppsala" is prose. */
    private static final int MAX_DEGREE_LINE = 120;

    private static final Pattern PERSON = Pattern.compile("(?i)\\b(i|i'm|my|she|he|they|her|his|their)\\b");

    /** "She holds an MSc in Statistics from Uppsala University (2012)": a degree told in a bio. */
    private static final Pattern PROSE_DEGREE = Pattern.compile(
            "\\b(?:holds|earned|received|completed|obtained|has)\\s+(?:a|an)\\s+(\\S+(?:\\s+(?:of|in)\\s+\\p{Lu}\\p{L}+)?)"
                    + "(?:\\s+in\\s+(\\p{Lu}[\\p{L} ]+?))?\\s+from\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’ .-]+?)(?:\\s*\\((\\d{4})\\))?(?=[,.;]|\\s+and\\b|$)");

    private static List<Education> fromProse(ProfileDocument document) {
        List<Education> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            Matcher m = PROSE_DEGREE.matcher(block.text());
            while (m.find()) {
                if (!DEGREE.matcher(m.group(1)).lookingAt()) {
                    continue;
                }
                Optional<DateRange> year =
                        Optional.ofNullable(m.group(4)).map(y -> DateRange.at(ProfileDate.of(Integer.parseInt(y))));
                out.add(new Education(
                        m.group(3).strip(),
                        m.group(1).strip(),
                        Optional.ofNullable(m.group(2)),
                        year,
                        new FactSource(document.fileName(), block.sectionPath())));
            }
        }
        return out;
    }

    /** "Awards: … School of Computing Dean's List", "Modules: …": a note under a degree, whatever it names. */
    private static final Pattern NOTE = Pattern.compile(
            "(?i)^\\W*(awards?|honou?rs and awards|scholarships?|prizes?|achievements|activities|societies|clubs"
                    + "|minors?|(?:second|double) major"
                    + "|(relevant |key |core )?(modules|coursework|courses)|thesis|dissertation|projects?|publications?"
                    // "Advisor: Marcus D. Whitfield, PhD": a person's letters, no degree of the person's own
                    + "|(thesis |dissertation |doctoral )?(advis[oe]rs?|supervisors?|committee)|mentors?)\\s*:"
                    // a Dutch CV's "Diploma behaald." under the course: the diploma was obtained
                    + "|^\\W*diploma (niet )?behaald\\b");

    /** After a degree's name, the people studying for it: "PharmD students", "MSc candidates", "PhD supervision". */
    private static final String OTHERS_STUDYING =
            "(?i)\\s*(students?|candidates?|trainees?|interns?|supervisions?|supervisees|cohorts?|applicants?)\\b.*";

    /**
     * "B.A., English, cum laude. Study abroad: Universidad de Salamanca, Spain (spring 2005)": a term spent elsewhere,
     * told after the degree; its school is not the one that gave the degree.
     */
    private static final Pattern STAY_ABROAD_AFTER = Pattern.compile(
            "(?i)(?<=\\S)[.;,]?\\s+(?:\\(\\s*)?(?:study abroad"
                    + "|(?:semester|term|year) abroad|exchange (?:semester|term|year|student|program(?:me)?)|erasmus\\+?)\\b.*$");

    private static Optional<Education> entry(String line, Optional<String> headingInstitution, FactSource source) {
        if (NOTE.matcher(line).find()) {
            return Optional.empty();
        }
        // (a line of a degree's: not the stay's own entry, "Universidad de Salamanca – Erasmus exchange")
        String own =
                DEGREE.matcher(line).find() ? STAY_ABROAD_AFTER.matcher(line).replaceFirst("") : line;
        Optional<DateRange> dates = DateRanges.firstRangeOrDate(own).map(DateRanges.Found::range);
        // "… (Mestrado em Engenharia Informática)   EQF level 7": the level a Europass form gives the qualification
        String plain = EQF_LEVEL
                .matcher(own)
                .replaceAll(" ")
                .replaceAll("\\([^)]*\\)", " ")
                .replaceAll("\\s+", " ")
                .strip();
        String degree = "";
        String institution = "";
        String field = "";
        Matcher labelled = LABELLED.matcher(line);
        String university = "";
        while (labelled.find()) {
            if (NAME_BEFORE_LABEL.matcher(line.substring(0, labelled.start())).find()) {
                continue; // "Appalachian State University: Boone, NC": a name's last word, then its town
            }
            String value = labelled.group(2).strip();
            String label = labelled.group(1).toLowerCase(java.util.Locale.ROOT);
            if (label.matches("degree|qualification.*|course|학위|t[ií]tulo.*|titre|dipl[ôo]me.*")) {
                degree = degree.isEmpty() ? value : degree;
            } else if (label.equals("university")) {
                university = university.isEmpty() ? value : university;
            } else if (label.matches(
                    "institu.*|college|school|organi[sz]ation.*|awarding body|학교명|학교|[ée]tablissement")) {
                institution = institution.isEmpty() ? value : institution;
            } else {
                field = value;
            }
        }
        // "Board / University: VTU; Institution: Sri Chamundeshwari Institute of Technology": the college
        // studied at, then the university that awards its degrees; not a school's examination board
        if (institution.isEmpty()) {
            institution = university;
        } else if (university.matches("(?i).*\\buniversit.*")) {
            institution = institution + " / " + university;
        }
        if (degree.isEmpty()) {
            Matcher d = DEGREE.matcher(plain);
            if (d.find() && plain.substring(d.end()).matches("(?i)\\s*(thesis|dissertation)\\b.*")) {
                return Optional.empty(); // "PhD thesis: …" is about a degree listed elsewhere
            }
            d.reset();
            if (d.find() && plain.substring(d.end()).matches(OTHERS_STUDYING)) {
                return Optional.empty(); // "Precept 2–3 University of Toronto PharmD students": others' degree
            }
            d.reset();
            if (d.find()) {
                degree = d.group(1);
                String rest = plain.substring(d.end());
                Matcher goesOn = DEGREE_NAME_GOES_ON.matcher(rest);
                if (degree.contains(" of ") && goesOn.lookingAt()) {
                    // "Master of Public Policy and Administration (MPPA)": one degree's name, no field "and …"
                    degree = degree + goesOn.group();
                    rest = rest.substring(goesOn.end());
                }
                field = field.isEmpty() ? fieldAfter(rest) : field;
            }
            Matcher inLine = DEGREE.matcher(line);
            if (field.isEmpty() && inLine.find()) {
                // "Bachelor of Engineering (Civil) (Honours)": the field in brackets right after the degree
                Matcher bracketed =
                        BRACKETED_FIELD.matcher(line.substring(inLine.end()).strip());
                if (bracketed.lookingAt()
                        && !GRADE_IN_BRACKETS.matcher(bracketed.group(1)).find()) {
                    field = bracketed.group(1);
                }
            }
        } else {
            Matcher in = Pattern.compile("^(.*?)\\s+in\\s+(.+)$").matcher(degree);
            if (in.matches() && field.isEmpty()) {
                degree = in.group(1);
                field = in.group(2);
            }
        }
        Matcher studied = STUDY_OF.matcher(plain);
        if (degree.isEmpty()
                && dates.isPresent()
                && studied.find()
                && institution(plain).isEmpty()) {
            // "10/2013 – 09/2016 · Duales Studium Maschinenbau": a course of study, dated, its place and the degree
            // it led to on the lines below
            String word = plain.substring(0, studied.start(1)).strip();
            Matcher kind = KIND_OF_STUDY.matcher(word);
            degree = kind.find() ? kind.group() : word;
            field = studied.group(1);
        }
        Matcher bracketedDegree = DEGREE_IN_BRACKETS.matcher(line);
        String subjectBeforeBracket = "";
        if (degree.isEmpty() && bracketedDegree.find()) {
            degree =
                    bracketedDegree.group(1); // "Studium Wirtschaftsinformatik (M.Sc.), Technische Universität München"
            subjectBeforeBracket = subjectBefore(line.substring(0, bracketedDegree.start()));
        }
        Matcher french = OF_A_KIND.matcher(field);
        if (!degree.isEmpty() && french.lookingAt()) {
            // "Diplôme d'Ingénieur": the kind of diploma is its name, not its subject
            degree = degree + " " + french.group().strip();
            field = field.substring(french.end())
                    .replaceFirst("^[\\s,–—-]+", "")
                    .strip();
        }
        // "Institution: SENA – Centro de Comercio": a place of study by its label, whatever it is called
        boolean labelledPlace = !institution.isEmpty();
        if (institution.isEmpty()) {
            String named = degree;
            String subject = field;
            institution = institution(plain)
                    .or(() -> bracketedInstitution(line))
                    .or(() -> headingInstitution)
                    .or(() -> named.isEmpty() ? Optional.empty() : placeAfterTheSubject(plain, named, subject))
                    .orElse("");
        }
        Optional<String[]> course = degree.isEmpty() && !labelledPlace && headingInstitution.isPresent()
                ? courseBeforeDates(line)
                : Optional.empty();
        if (course.isPresent() && institution(plain).isEmpty()) {
            // "UX Design Immersive, User Experience Design · (2021 - 2021)" under "### General Assembly": a course,
            // dated, at the place of study the heading names
            degree = course.get()[0];
            field = course.get()[1];
            institution = headingInstitution.get();
        }
        if (degree.isEmpty()
                && (institution.isEmpty()
                        || !labelledPlace && institution(plain).isEmpty())) {
            return Optional.empty(); // a note under a degree ("Thesis: …"), not a degree
        }
        if (field.isEmpty()) {
            // (not the town in the place's own name: "Wawel University of Science and Technology in Kraków")
            Matcher in = Pattern.compile("\\bin ([A-Z][\\p{L}&]+(?: (?:and |& )?[A-Z][\\p{L}]+){0,3})")
                    .matcher(institution.isEmpty() ? plain : plain.replace(institution, " "));
            Matcher studium = STUDY_OF.matcher(plain);
            if (in.find()) {
                field = in.group(1);
            } else if (studium.find()) {
                field = studium.group(1); // "Studium Maschinenbau, Abschluss Master of Science (M.Sc.)"
            } else {
                field = subjectBeforeBracket; // "Imperial College London — Computer Engineering (BSc)"
            }
        }
        if (!labelledPlace && !degree.isEmpty() && institution.matches("(?s).*\\p{L} " + Pattern.quote(degree))) {
            // "High School Diploma": the name of the qualification, not of a school
            degree = institution;
            institution = headingInstitution.orElse("");
        }
        if (institution.equals(institution.toUpperCase(java.util.Locale.ROOT)) && institution.contains(" ")) {
            institution = OrganizationNames.unshouted(institution); // "COLUMBUS VALLEY COMMUNITY COLLEGE"
        }
        String named = institution;
        // "Nagoya Institute of Technology" after "March 2006": the dates go, before the name or after it
        institution = DateRanges.firstRangeOrDate(named)
                .map(f -> named.substring(0, f.start()).isBlank()
                        ? named.substring(f.end()).strip()
                        : named.substring(0, f.start()).strip())
                .orElse(named)
                // "Cedar Valley University, Cedar Falls, IA · Dates: 2009 – 2013": the dates' label goes with them
                .replaceFirst("(?i)[\\s·|;,]+(?:dates?|period|years?|when)\\s*:?\\s*$", "")
                .replaceAll("[\\s,;:—–-]+$", "");
        if (institution.isEmpty() && degree.isEmpty()) {
            return Optional.empty(); // "2007 - 2012: Faculty of …": the dates were all the line named
        }
        return Optional.of(new Education(institution, degree, Optional.of(field), dates, source, grade(line)));
    }

    /**
     * A place of study named only in brackets, with the school before them that belongs to it: "IAE Paris
     * (Université Paris 1 Panthéon-Sorbonne)" after "Master 2 Management de l'innovation – "; the bracket alone
     * when what comes before it is the degree.
     */
    private static Optional<String> bracketedInstitution(String line) {
        Matcher bracket = IN_BRACKETS.matcher(line);
        while (bracket.find()) {
            Optional<String> inside = institution(bracket.group(1));
            if (inside.isEmpty()) {
                continue;
            }
            String before = line.substring(0, bracket.start()).strip();
            String[] segments = before.split("\\s[–—-]\\s|[,;|·:]");
            String school = segments.length > 1 ? segments[segments.length - 1].strip() : "";
            boolean named = SCHOOL_BEFORE_ITS_UNIVERSITY.matcher(school).matches()
                    && !DEGREE.matcher(school).find();
            return Optional.of(named ? school + " (" + inside.get() + ")" : inside.get());
        }
        return Optional.empty();
    }

    private static final Pattern IN_BRACKETS = Pattern.compile("\\(([^()]+)\\)");

    /** A school's short name: "IAE Paris", "Kellogg", "Saïd Business School"; capitalised words, no figures. */
    private static final Pattern SCHOOL_BEFORE_ITS_UNIVERSITY =
            Pattern.compile("\\p{Lu}[\\p{L}'’&.-]*(?: (?:de |of |du )?\\p{Lu}[\\p{L}'’&.-]*){0,3}");

    /**
     * The subject named just before a degree in brackets, after the line's last separator: "Computer
     * Engineering" in "Imperial College London — Computer Engineering (BSc)"; not a place of study or its
     * town, and nothing when a degree, a grade or a figure is there.
     */
    private static String subjectBefore(String text) {
        // (not after a comma: "Harvard University, Cambridge (MSc)" names its town there)
        String[] segments = text.split("\\s[–—-]\\s|[;|·:]");
        String subject = segments.length > 1 ? segments[segments.length - 1].strip() : "";
        boolean named = COURSE_NAME.matcher(subject).matches()
                && institution(subject).isEmpty()
                && !DEGREE.matcher(subject).find()
                && !NOT_FIELD.matcher(subject).find();
        return named ? subject : "";
    }

    /** A degree named alone in brackets, after its subject: "Wirtschaftsinformatik (M.Sc.)". */
    private static final Pattern DEGREE_IN_BRACKETS = Pattern.compile("\\(\\s*" + DEGREE.pattern() + "\\s*\\)");

    /**
     * The place of study named after a dash that follows the degree and its subject, though no word of it says
     * it is one: "FGV" in "MBA em Marketing Digital – FGV, São Paulo | 2020 – 2021", "IPAM Lisboa"; a few
     * capitalised words, before its town and its dates.
     */
    private static Optional<String> placeAfterTheSubject(String plain, String degree, String subject) {
        String[] segments = plain.split("\\s[–—]\\s");
        // (the subject before the dash: not "Bachelor of Science (BS) – Cybersecurity", the subject after it)
        if (segments.length < 2
                || !segments[0].contains(degree)
                || subject.isEmpty()
                || !segments[0].contains(subject)) {
            return Optional.empty();
        }
        String place = segments[1].split("\\s*[,|·;]\\s*")[0].strip();
        // (not the speciality after it: "Master of Science in Nursing – Family Nurse Practitioner")
        boolean aName = PLACE_NAME.matcher(place).matches()
                && !RoleText.isTitle(place)
                && DateRanges.firstRangeOrDate(place).isEmpty()
                && !DEGREE.matcher(place).find()
                && !NOT_FIELD.matcher(place).find();
        return aName ? Optional.of(place) : Optional.empty();
    }

    /** "FGV", "IPAM Lisboa", "PUC-Campinas": up to five words, the first capitalised or in capitals. */
    private static final Pattern PLACE_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}&'.-]*(?: (?:de |do |da |of )?\\p{Lu}[\\p{L}&'.-]*){0,4}");

    /** The last word or two before a course's subject: "Duales Studium" of "10/2013 – 09/2016 · Duales Studium". */
    private static final Pattern KIND_OF_STUDY = Pattern.compile("(?:\\p{L}+\\s+)?\\p{L}+$");

    /** The label of the degree a course of study led to: "Abschluss:", "Degree awarded:". */
    private static final Pattern AWARDED =
            Pattern.compile("(?i)\\W*(?:abschluss|degree awarded|qualification awarded|award)\\s*:");

    /** A German degree's subject after the word for studying it: "Studium Maschinenbau", "Studiengang Physik". */
    private static final Pattern STUDY_OF =
            Pattern.compile("\\b(?:Studium|Studiengang)\\s+(\\p{Lu}[\\p{L}-]+(?: (?:und |& )?\\p{Lu}[\\p{L}-]+){0,2})");

    /**
     * A course and its subject on a line of their own before its dates: "UX Design Immersive, User Experience
     * Design · (2021 - 2021)"; a few capitalised words each, no label, no figures.
     */
    private static Optional<String[]> courseBeforeDates(String line) {
        Optional<DateRanges.Found> found = DateRanges.firstRange(line);
        if (found.isEmpty()
                || !line.substring(found.get().end())
                        .replaceAll("[\\s)·|.]", "")
                        .isEmpty()) {
            return Optional.empty();
        }
        String before = line.substring(0, found.get().start())
                .replaceAll("[\\s(·|,–—-]+$", "")
                .strip();
        String[] parts = before.split(",\\s+");
        boolean named = parts.length <= 2
                && java.util.Arrays.stream(parts)
                        .allMatch(p -> COURSE_NAME.matcher(p.strip()).matches());
        return named
                ? Optional.of(new String[] {parts[0].strip(), parts.length == 2 ? parts[1].strip() : ""})
                : Optional.empty();
    }

    /** A course's name: up to six words, the first capitalised, no figures and no label. */
    private static final Pattern COURSE_NAME = Pattern.compile("\\p{Lu}[\\p{L}&'/-]*(?: [\\p{L}&'/-]+){0,5}");

    /**
     * The institution a text names: from the word that names a place of study out to the
     * separators either side ("… Informatics, Universidade do Porto (2011–2013)"); found by walking,
     * not by a pattern that would try every start on a long line.
     */
    private static final Pattern CJK_SCHOOL = Pattern.compile("(?:大学|大學|学院|學院|대학교)$");

    private static Optional<String> institution(String text) {
        Matcher m = INSTITUTION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = m.start();
        while (start > 0 && !separates(text, start - 1, true) && !sentenceBreak(text, start - 1)) {
            start--;
        }
        start = afterWordsInCapitals(text, start, m);
        // "北京航空航天大学(985/211) 软件工程": a name in Chinese, Japanese or Korean ends with its kind of school
        int end = CJK_SCHOOL.matcher(m.group()).find() ? m.end() : nameEnd(text, m.end());
        // "Gillings School of Global Public Health, University of North Carolina at Chapel Hill": a school of the
        // university named after it
        if (!UNIVERSITY.matcher(text.substring(start, end)).find()
                && end + 1 < text.length()
                && text.charAt(end) == ',') {
            int universityEnd = nameEnd(text, end + 1);
            String university = text.substring(end + 1, universityEnd).strip();
            if (UNIVERSITY.matcher(university).find() && university.split("\\s+").length <= MAX_UNIVERSITY_WORDS) {
                end = universityEnd;
            }
        }
        return Optional.of(text.substring(start, end).strip()).filter(s -> !s.isEmpty());
    }

    /**
     * Where a name in the usual case starts after two or more words in capitals run on before it: "MASTER'S
     * DEGREE IN INFORMATICS ENGINEERING University of Coimbra", a title in bold capitals and the place of study in
     * plain letters; not "NYU Stern School of Business", one short name before it.
     */
    private static int afterWordsInCapitals(String text, int start, Matcher institutionWord) {
        if (institutionWord.group().equals(institutionWord.group().toUpperCase(java.util.Locale.ROOT))) {
            return start;
        }
        Matcher word = CAPITALS_WORD.matcher(text.substring(start, institutionWord.start()));
        int wordsInARow = 0;
        int cut = -1;
        while (word.find()) {
            boolean capitals =
                    word.group().matches("[\\p{Lu}'’.&-]{2,}") && word.group().matches(".*\\p{Lu}.*\\p{Lu}.*");
            wordsInARow = capitals ? wordsInARow + 1 : 0;
            if (capitals && wordsInARow >= 2) {
                cut = word.end();
            }
        }
        return cut > 0 ? start + cut : start;
    }

    private static final Pattern CAPITALS_WORD = Pattern.compile("\\S+");

    private static final Pattern UNIVERSITY = Pattern.compile("\\b(University|Universit[äéà]\\p{L}*|Universidad)\\b");

    private static final int MAX_UNIVERSITY_WORDS = 8;

    private static int nameEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !separates(text, end, false) && !sentenceBreak(text, end)) {
            end++;
        }
        return end;
    }

    /**
     * Whether the character ends a name: a separator, or before the name a dash between spaces ("2:1 -
     * University of Brackenmoor"; after it, "University of California - Berkeley" goes on), but not the
     * colon of a degree's class ("2:1").
     */
    private static boolean separates(String text, int at, boolean before) {
        char c = text.charAt(at);
        if (c == ':'
                && at > 0
                && at + 1 < text.length()
                && Character.isDigit(text.charAt(at - 1))
                && Character.isDigit(text.charAt(at + 1))) {
            return false;
        }
        if (before
                && (c == '-' || c == '–')
                && at > 0
                && at + 1 < text.length()
                && text.charAt(at - 1) == ' '
                && text.charAt(at + 1) == ' ') {
            return true;
        }
        return SEPARATORS.indexOf(c) >= 0;
    }

    /** A full stop followed by a space ends a name ("University of Durham. Bachelor of …"). */
    private static boolean sentenceBreak(String text, int at) {
        return text.charAt(at) == '.'
                && at + 1 < text.length()
                && Character.isWhitespace(text.charAt(at + 1))
                && !SAINT.matcher(text.substring(0, at)).find();
    }

    /**
     * "St. Colman's Community College", "Mt. Hood": the stop of a saint's or a mountain's name goes on; so does a
     * Polish or a Russian school's "named after" and its patron's initials ("Akademia Sztuk Pięknych im. Jana Matejki",
     * "университет им. Р.Е. Алексеева", "им. С. Утебаева").
     */
    private static final Pattern SAINT = Pattern.compile(
            "(?:^|[\\s,(])(?:St|Ste|Mt|im|им)$|(?:^|[\\s,(])(?:im|им)\\.(?:\\s*\\p{Lu}\\.)*\\s*\\p{Lu}$");

    /** " and Administration" after "Master of Public Policy": the rest of the degree's name. */
    private static final Pattern DEGREE_NAME_GOES_ON = Pattern.compile(" (?:and|&) \\p{Lu}\\p{Ll}+(?= *(?:[(,;·|]|$))");

    /** "Computer Science, Technische …" after "M.Sc." → "Computer Science". */
    private static String fieldAfter(String rest) {
        if (rest.strip().startsWith(".")) {
            return ""; // "Master of Business Administration (MBA). Dean's List.": the degree's sentence ends
        }
        // "BSc Economics. Dissertation on regulatory pricing.": the field is in the degree's own sentence
        String sentence = FIRST_SENTENCE.split(rest, 2)[0];
        String[] segments = sentence.split("[,;—|·:]|\\s[-–]\\s");
        int from = 0;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            int at = sentence.indexOf(segment, from);
            from = at + segment.length();
            if (at >= 0 && sentence.startsWith(":", from) && segment.strip().matches("\\p{Lu}{2,5}")) {
                return ""; // "Lisans – GNO: 3,12 / 4,00": a grade's label in capitals, no field
            }
            String raw = segment.strip().replaceFirst("(?i)^(?:in|em|en)\\s+", "");
            // "Computer Science   Dec. 2018": the date at the right margin is not part of the field
            String s = DateRanges.firstRangeOrDate(raw)
                    .filter(f -> f.start() > 0)
                    .map(f -> raw.substring(0, f.start()).strip())
                    .orElse(raw);
            if (s.isEmpty() || s.matches("\\(.*")) {
                continue;
            }
            if (DEGREE.matcher(s).matches()) {
                continue; // "Bachelor of Applied Science - BASc, Computer Engineering"
            }
            if (isFaculty(s)) {
                continue; // "Bachelor's Degree – Faculty of Engineering – Computer Engineering"
            }
            String place = institution(s).orElse("");
            if (!place.isEmpty() && s.indexOf(place) > 0 && !s.startsWith(place)) {
                // "INFORMATICS ENGINEERING University of Coimbra": the field in capitals, then the place of study
                s = s.substring(0, s.indexOf(place)).strip();
            }
            // "Honours Software Engineering", as Canadian and Australian degrees name an honours programme
            s = HONOURS_PROGRAMME.matcher(s).replaceFirst("");
            if (s.isEmpty()
                    || INSTITUTION.matcher(s).find()
                    || NOT_FIELD.matcher(s).find()) {
                return "";
            }
            if (s.length() > 60) {
                return "";
            }
            // "Business Administration, Marketing concentration": the part of the field the degree went deepest in
            String next = i + 1 < segments.length ? segments[i + 1].strip() : "";
            return CONCENTRATION.matcher(next).matches() ? s + " (" + next + ")" : s;
        }
        return "";
    }

    /** "High School – Science / Mathematics": the kind of school, not its name. */
    private static final Pattern KIND_OF_SCHOOL =
            Pattern.compile("(?i)(?:(?:senior |junior )?high|secondary|grammar|primary) school\\b(?!\\s+\\p{Lu})");

    /** "Faculty of Engineering", "Graduate School of Natural and Applied Sciences": a part of a university. */
    private static final Pattern FACULTY =
            Pattern.compile("(?i)(?:faculty|(?:graduate )?school|college|department|division) (?:of|for) \\p{L}.*");

    private static boolean isFaculty(String text) {
        return FACULTY.matcher(text).matches() && !UNIVERSITY.matcher(text).find();
    }

    /** "(Civil)", "(Mechanical Engineering)": a field in brackets after the degree, in words, not letters. */
    private static final Pattern BRACKETED_FIELD = Pattern.compile("\\((\\p{Lu}\\p{Ll}+(?:[ &]+\\p{L}+){0,3})\\)");

    /** "(Honours)", "(First Class)", "(Distinction)": how the degree was passed, not what it was in. */
    private static final Pattern GRADE_IN_BRACKETS = Pattern.compile(
            "(?i)\\b(hons|honou?rs|first|upper|lower|second|third|class|distinction|merit|pass|cum laude|summa|magna"
                    + "|part[- ]time|full[- ]time|online|distance|ongoing|expected|incomplete|progress|current|pending"
                    // "MA (Oxon)", "Bachelor of Nursing (Graduate Entry)": where or how it was taken
                    + "|oxon|cantab|dunelm|graduate entry|accelerated|fast[- ]track)\\b");

    /** "Marketing concentration", "emphasis in Labor Economics", "Finance track": a degree's concentration. */
    private static final Pattern CONCENTRATION =
            Pattern.compile("(?i)(?:[\\p{L}&' ]{2,40} (?:concentration|emphasis|specialization|specialisation|track)"
                    + "|(?:concentration|emphasis|specialization|specialisation) (?:in|on) [\\p{L}&' ]{2,40})");
}
