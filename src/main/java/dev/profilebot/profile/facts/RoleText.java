package dev.profilebot.profile.facts;

import dev.profilebot.profile.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around a role's dates — "Senior SRE — Harbourline Networks, Bristol",
 * "Principal data engineer at Northwind Analytics, Leeds", "Fettlewise, Brambling.io: contracts",
 * "company: Fjord Systems; role: Platform Engineer" — into organization, title and location.
 */
record RoleText(String organization, String title, Optional<String> location, boolean careerBreak) {

    /** Where a store stands: "Maple Crossing Mall", "Eastgate Town Center", "Fairgrove Plaza", "Bluewater Retail Park". */
    private static final Pattern SHOPPING_SITE = Pattern.compile(
            "(?i)\\b(mall|plaza|galleria|(town|shopping) cent(er|re)|retail park|shopping park|outlets?|arcade)$");

    private static final Pattern TITLE_WORDS = Pattern.compile(
            // "Customer Support Executive", "Lettings Executive": a junior title in the UK, tried before "support"
            "(?i)\\b((support|service|operations|office|admin\\w*|programme|project|digital|media|hr|finance"
                    + "|payroll|credit|claims|events?|pr|communications|telesales|procurement|purchasing|logistics"
                    + "|transport|merchandising|lettings|property|banking|relationship|product|brand|content|insight"
                    + "|research) executive"
                    + "|engineer(ing)?|developer|programmer|manager|lead|leader|director|head|scientist|analyst"
                    // a school's or a unit's deputy: "Second in Department (History)", "Second in Charge"
                    + "|second in (?:department|charge|command|faculty)"
                    // a warehouse's posts: "Leading Hand", "Picker Packer", "Storeperson", "Forklift Operator"
                    + "|leading hand|picker|packer|storeperson|storeman|warehouse operative|operative|operator"
                    // Dutch titles, written as one word: "Magazijnmedewerker", "Teamleider", "Transportplanner"
                    + "|\\p{L}*(?:medewerker|leider|beheerder|adviseur|verpleegkundige|ontwikkelaar|stagiair|monteur"
                    // "Projectcoördinator", "Praktijklector", "Zorgkundige", "Leidster", "Begeleider"
                    + "|co[öo]rdinator|lector|zorgkundige|leidster|begeleider|verantwoordelijke|consulent|boekhouder)"
                    + "|docent|chauffeur|\\p{L}+planner|intercedent|\\p{L}*consulent|co[öo]rdinator"
                    // German titles, written as one word: "Versuchsingenieur", "Teamleiter", "Konstrukteur"
                    + "|\\p{L}*(?:ingenieur|leiter|entwickler|berater|konstrukteur|techniker|referent|sachbearbeiter"
                    + "|kaufmann|kauffrau|werkstudent|praktikant|geschäftsführer|mitarbeiter|assistent)(?:in)?"
                    // Finnish titles, one word as German writes them: "Testiautomaatioinsinööri", "Myyjä",
                    // "Tiimivetäjä"
                    + "|\\p{L}*(?:insinööri|testaaja|harjoittelija|kehittäjä|päällikkö|johtaja|asiantuntija|suunnittelija"
                    + "|konsultti|myyjä|työntekijä|vetäjä|arkkitehti|analyytikko|ohjelmoija|koordinaattori|hoitaja)"
                    // Vietnamese: "Lập trình viên" (developer), "Thực tập sinh" (intern), "Trưởng nhóm" (team lead)
                    + "|lập trình viên|thực tập sinh|trưởng nhóm|trưởng phòng|kỹ sư|chuyên viên|nhân viên|giám đốc"
                    + "|consultant|architect|administrator|sysadmin|sre|devops|designer|researcher|fellow|(?:research|faculty) affiliate|assistant"
                    + "|intern(ship)?|founder|co-?founder|cto|ceo|cfo|coo|cio|vp|avp|svp|evp|president|officer|specialist|lecturer"
                    + "|professor|teacher|headteacher|headmaster|headmistress|schoolteacher|schoolmaster|housemaster"
                    + "|housemistress|tutor|student|contractor|contracts?(?!\\s+\\p{L})|freelancer?|owner|partner|associate"
                    + "|co-?ordinator|technician|support|advisor|adviser|principal|maintainer|editor|writer|author|trainee"
                    + "|apprentice|journeyman|graduate|postdoc(toral)?|candidate|staff|member of technical staff|chair|secretary|clerk"
                    + "|strategist|evangelist|advocate|instructor|mentor|dba|qa|tester|product owner|scrum master"
                    + "|reader|scholar|accountant|book-?keeper|auditor|controller|recruiter|lawyer|attorney|solicitor|paralegal|counsel|barrister"
                    + "|nurse|rn|lpn|hca(?!\\s+(?:healthcare|international))|physician|surgeon|registrar|house officer|intensivist|psychiatrist|pa?ediatrician|obstetrician|an(a)?esthetist"
                    // a doctor in training: "Resident, Internal Medicine", "Chief Medical Resident" (not "Resident of
                    // …")
                    + "|resident(?!\\s+(?:of|in)\\b)|foundation doctor|hospitalist|pharmacist|\\w*therapist|podiatrist|dietitian|dietician|osteopath|chiropractor|optician|representative|planner|freight forwarder|producer"
                    + "|copywriter|journalist|reporter|photographer|illustrator|animator|translator|interpreter|reviser"
                    + "|proofreader|locali[sz]er|subtitler|transcriber"
                    + "|(account|sales|development|marketing|internal|field|recruitment|client|customer|senior|junior"
                    + "|graduate|chief|relations|guest|front office|reservations|banquet|events?|operations|hr) executive|executive (assistant|director|officer|producer|chef|editor)"
                    + "|(audit|tax|accounts|assurance) (semi-)?senior|trustee|treasurer|governor|board member|(?:team|crew|staff|faculty|corps|vista) member|agent|surveyor|supervisor|superintendent|inspector|estimator|buyer|merchandiser|practitioner|clinician"
                    + "|midwife|paramedic|dentist|electrician|mechanic|receptionist|salesperson|educator|trainer"
                    // "Youth Support Worker", "Care Worker", "Social Worker"
                    + "|worker"
                    // "HR Generalist", "Bar Staff", "Care Assistant" are above
                    + "|generalist|bar staff|waiting staff|bar tender"
                    + "|facilitator|(agile|career|executive|sports?|football|leadership|life|business|swim(ming)?|instructional|literacy"
                    + "|maths?|reading|academic|teaching|learning|technical) coach"
                    + "|counsell?or|(ward |junior |senior |charge |department )?sister(?! compan)|matron|carer|caregiver|social worker|support worker"
                    // kitchens, hospitality, trades and the services
                    + "|chef|(head|line|prep|pastry|short[- ]order) cook|commis|sous chef|chef de partie|dishwasher"
                    // a theatre's or a venue's crew: "Casual Stage Crew & Flyman", "Stagehand"
                    + "|(stage|show|casual|film|road|get-in) crew|stagehand|flyman|flyperson|rigger"
                    + "|(kitchen|hotel|hospital|night) porter|waiter|waitress|bartender|barista"
                    // shops and agencies: "Lettings Negotiator", "Bookseller", "Sales Associate" (above)
                    + "|negotiator|bookseller|shop assistant|sales assistant|store assistant|retail assistant"
                    + "|sommelier|housekeeper|concierge|cashier|operative|operator|labourer|carpenter|plumber|welder"
                    + "|machinist|fitter|foreman|forewoman|caretaker|firefighter|soldier|constable|detective|sergeant|corporal|lieutenant|ncoic|oic|nco|captain(?=\\s*(?:$|[-–—,·|(]|\\p{Lu}{1,4}\\d))"
                    + "|(?:helicopter|test|chief|charter|cargo|ferry|relief|line|first) pilot|co-pilot"
                    + "|(airline|commercial) pilot|cabin crew|flight attendant|dispatcher|courier|librarian|curator"
                    + "|archivist|veterinarian|radiographer|sonographer|hygienist|optometrist|junior doctor"
                    + "|(truck|bus|delivery|hgv|lgv|cdl|van|taxi|lorry|tanker|otr|regional|local|long-haul|line-haul|company"
                    + "|owner-operator|team|route|courier|shunter|yard|forklift|train|tram|flatbed|reefer|solo|dump|tow|crane"
                    + "|drayage|car hauler|livestock|heavy haul) driver|chauffeur"
                    + "|\\w+(olog|onom|metric|stat)ists?|physicist|chemist"
                    // "Geographer (GIS)", "Cartographer", "Oceanographer", "Videographer"
                    + "|\\w+ographers?"
                    // German job titles and their feminine forms (Designerin, Entwicklerin, Werkstudentin)
                    + "|entwickler|ingenieur|berater|leiter|werkstudent|praktikant|praktikum|referent|gründer|geschäftsführer"
                    + "|mitarbeiter|sachbearbeiter)(in|innen)?\\b"
                    // French: Développeuse, Ingénieure, Responsable, Chef de projet
                    + "|(?i)\\b(d[ée]velopp(eur|euse)|ing[ée]nieure?|responsable|consultante|directeur|directrice|analyste"
                    + "|architecte|stagiaire|alternante?|cheff?e de projet|charg[ée]e? de|technicienne|chercheur|chercheuse"
                    // a French warehouse's, a plant's and a buyer's: Approvisionneur, Planificateur, Gestionnaire de
                    // stocks, Chef d'équipe
                    + "|approvisionneu(r|se)|planificat(eur|rice)|gestionnaire|acheteu(r|se)|contr[ôo]leu(r|se)"
                    + "|technicien|magasinier(e)?|cariste|pr[ée]parat(eur|rice)|cheff?e d'[ée]quipe"
                    + "|cheff?e de (quai|site|service|rayon|secteur|production|cuisine)"
                    // Spanish, Portuguese and Italian: Desarrollador, Ingeniera, Becario, Desenvolvedor, Sviluppatore
                    + "|desarrollador(a)?|ingenier[oa]|programador(a)?|analista|arquitect[oa]|becari[oa]|bolseir[oa]|jef[ea]"
                    // a Spanish intern's post: "Prácticas en desarrollo web (convenio UPV)"
                    + "|pr[áa]cticas|practicante"
                    + "|director(a)?|consultor(a)?|(?<!studio |ufficio )t[ée]cnic[oa]|investigador(a)?|l[íi]der|gerente|coordinador(a)?"
                    + "|desenvolvedor(a)?|engenheir[oa]|estagi[áa]ri[oa]|sviluppatore|sviluppatrice|ingegnere"
                    // "Cientista de Dados Sénior", "Científica de Datos"
                    + "|cientista|cient[íi]fic[oa]"
                    + "|auxiliar|assistente|aprendiz|coordenador(a)?|operador(a)?|vendedor(a)?|atendente|encarregad[oa]"
                    + "|diretor(a)?"
                    // care, teaching, law and trades: Enfermera, Médico, Maestra, Abogado, Enfermeira, Infermiera
                    + "|(?:enfermer[oa]|m[ée]dic[oa]|farmac[ée]utic[oa]|fisioterapeuta|matrona|celador(a)?|cuidador(a)?"
                    + "|profesor(a)?|catedr[áa]tic[oa]|maestr[oa]|educador(a)?|monitor(a)?|abogad[oa]|administrativ[oa]|contable|gestor(a)?"
                    + "|asesor(a)?|supervisor(a)?|dise[ñn]ador(a)?|redactor(a)?|autor(a)?|periodista|traductor(a)?|recepcionista"
                    + "|dependient[ae]|camarer[oa]|cociner[oa]|conductor(a)?|mec[áa]nic[oa]|electricista"
                    + "|enfermeir[oa]|infermier[ea]|infirmi[eè]re?|m[ée]decin|pharmacien(ne)?|avocate?|enseignante?"
                    + "|professeure?|comptable|vendeu(r|se))\\b"
                    + "|tirocinante|responsabile|ricercat(ore|rice)"
                    // Italian: "Architetto junior", "Progettista", "Impiegata amministrativa", "Docente"
                    + "|architett[oa]|progettista|impiegat[oa]|dirett(ore|rice)|consulente|ingegner[ea]|insegnante"
                    + "|docente|commercialista|avvocat[oa]|geometra|collaborat(ore|rice)|stagista|amministrat(ore|rice)"
                    // Turkish, Polish and Swedish: Geliştirici, Mühendisi, Stajyer, Programista, Inżynier, Utvecklare
                    + "|(?:geliştirici(si)?|mühendis(i)?|stajyer|uzman(ı)?|müdür(ü)?|yönetici(si)?|danışman(ı)?|analist(i)?"
                    // "Üretim Mühendisliği Şefi", "Kalite Sorumlusu", "Bakım Teknisyeni"
                    + "|[şŞ]ef(i)?|sorumlu(su)?|teknisyen(i)?|operatör(ü)?|koordinatör(ü)?|direktör(ü)?|öğretmen(i)?"
                    // Indonesian: "Magang – Marketing Communication", "Staf Keuangan", "Manajer Pemasaran"
                    + "|magang|staf|manajer|asisten|spesialis|koordinator|direktur|konsultan|pengembang|insinyur"
                    + "|perawat|guru"
                    + "|programista|inżynier|kierownik|specjalista|tester(ka)?|stażysta|stażystka|praktykant(ka)?"
                    // Czech and Slovak: "Konstruktér karosérie", "Vedoucí týmu", "Letní odborná praxe"
                    + "|konstrukt[ée]r(ka)?|vedouc[íi]|in[žz]en[ýy]r(ka)?|program[áa]tor(ka)?|v[ýy]voj[áa][řr]|mana[žz]er(ka)?"
                    + "|ředitel(ka)?|riaditeľ(ka)?|[úu][čc]etn[íi]|asistent(ka)?|specialist(a|ka)|odborn[áa] praxe"
                    + "|projektant(ka)?|u[čc]itel(ka)?|l[ée]ka[řr](ka)?"
                    // Slovak: "Vedúci oddelenia", "Elektroinžinier", "Špecialista údržby", "Elektrikár údržby"
                    + "|ved[úu]ci|\\p{L}*in[žz]inier(ka)?|[šŠs]pecialist(a|ka)|elektrik[áa]r(ka)?|[úÚu][čc]tovn[íi](k|[čc]ka)"
                    + "|referent(ka)?|technik|lektor(ka)?"
                    // Swedish, Norwegian and Danish titles, written as one word: "Specialistsjuksköterska",
                    // "Systemutvecklare", "Vårdbiträde", "Avdelningschef", "Sykepleier", "Sygeplejerske"
                    + "|\\p{L}*(?:utvecklare|ingenjör|chef|konsult|ledare|praktikant|sköterska|biträde|läkare|lärare"
                    + "|handläggare|samordnare|säljare|tekniker|ekonom|sekreterare|pedagog|analytiker|arkitekt"
                    + "|sykepleier|sygeplejerske|utvikler|udvikler|rådgiver|rådgivare|konsulent|sommerstudent"
                    + "|sommarstudent|vikar|vikarie|medhjælper|medhjälpare"
                    // Hungarian, written as one word or after the field: "Java fejlesztő", "Szoftverfejlesztő
                    // gyakornok", "Villamosmérnök"
                    + "|fejlesztő|mérnök|gyakornok|tesztelő|elemző|tanácsadó|igazgató|programozó|könyvelő|ápoló"
                    + "|ügyintéző|munkatárs|üzemeltető|csoportvezető|projektvezető|osztályvezető"
                    // "Marketingmenedzser", "Értékesítési vezető", "Irodai asszisztens", "Oktató"
                    + "|menedzser|vezető|referens|asszisztens|koordinátor|szakértő|oktató)"
                    // Croatian, Serbian and Bosnian, Slovenian: "Voditelj odjela konstrukcija", "Inženjer gradilišta",
                    // "Vodja skupine", "Razvijalec programske opreme"
                    + "|(?<![\\p{L}])(?:voditelj(?:ica)?|in[žz]enj?er(?:ka)?|in[žz]enir(?:ka)?|programer(?:ka)?"
                    + "|savjetni(?:k|ca)|savetni(?:k|ca)|svetoval(?:ec|ka)|referent(?:ica|ka)?|ra[čc]unovo[đd](?:a|kinja)"
                    + "|knjigovo[đd](?:a|kinja)|pripravni(?:k|ca)|demonstrator(?:ica)?|tehni[čc]ar(?:ka)?|vodja|razvijal(?:ec|ka)"
                    + "|suradni(?:k|ca)|saradni(?:k|ca)|sodelav(?:ec|ka)|direktor(?:ica)?|nastavni(?:k|ca)|u[čc]itelj(?:ica)?"
                    // Slovenian: "Analitičarka v kontroli kakovosti", "Predavateljica", "Specialistka za …"
                    + "|analiti[čc]ar(?:ka)?|predavatelj(?:ica)?|prodajal(?:ec|ka)|specialistka|farmacevt(?:ka)?"
                    + "|magistra farmacije|poslovodja|asistentka|koordinatorka|tehnologinja"
                    // Lithuanian, Latvian and Estonian: "Logistikos skyriaus vadovė", "Tiekimo grandinės vadovas",
                    // "Transporto ekspedijavimo vadybininkė", "Projektu vadītājs", "Tarkvara arendaja"
                    + "|vadov(?:as|ė)|vadybinink(?:as|ė)|specialist(?:as|ė)|koordinator(?:ius|ė)|in[žz]inier(?:ius|ė)"
                    + "|programuotoj(?:as|a)|analitik(?:as|ė)|direktor(?:ius|ė)|konsultant(?:as|ė)|operator(?:ius|ė)"
                    + "|buhalter(?:is|ė)|praktikant(?:as|ė)|asistent(?:as|ė)|mokytoj(?:as|a)|slaugytoj(?:as|a)"
                    + "|vad[īi]t[āa]j(?:s|a)|speci[āa]list(?:s|e)|in[žz]enier(?:is|e)|programm[ēe]t[āa]j(?:s|a)"
                    + "|gr[āa]matved(?:is|e)|juht|spetsialist|insener|arendaja|raamatupidaja|anal[üu][üu]tik"
                    // more Latvian ones: "Kravu pārvadājumu dispečers", "Noliktavas darbinieks",
                    // "Pārdevējs-konsultants"
                    + "|dispečer(?:s|e)|darbinie(?:ks|ce)|komplektētāj(?:s|a)|pārdevēj(?:s|a)|konsultant(?:s|e)"
                    + "|asistent(?:s|e)|koordinator(?:s|e)|analītiķ(?:is|e)|izstrādātāj(?:s|a)|praktikant(?:s|e)"
                    + "|operator(?:s|e)|inženier(?:is|e)|tehniķ(?:is|e)|skolotāj(?:s|a)|māsa|ārsts|direktor(?:s|e)"
                    // Albanian: "Menaxhere e Front Office", "Supervisore e Recepsionit", "Guidë turistike"
                    + "|menaxher(?:e)?|supervisor(?:e)|asistent(?:e)|recepsionist(?:e)?|receptionist(?:e)|koordinator(?:e)"
                    + "|guid[ëe]|agjent(?:e)?|drejtues(?:e)?|punonj[ëe]s(?:e)?|kamarier(?:e)?|inxhinier(?:e)?"
                    + "|m[ëe]sues(?:e)?|infermier(?:e)?|kontabilist(?:e)?|ekonomist(?:e)|specialist(?:e)"
                    + "|zhvillues(?:e)?|programues(?:e)?|analist(?:e)?|praktikant(?:e)?"
                    + "|koordinaator)(?![\\p{L}])"
                    // Bulgarian and Macedonian: "Главен счетоводител", "Младши одитор", "Ръководител на екип"
                    + "|[Сс]четоводител|[Оо]дитор|[Рр]ъководител|[Рр]аководител|[Уу]правител|[Сс]ътрудник|[Сс]тажант"
                    + "|[Пп]рограмист|[Сс]метководител"
                    // Persian: "کارشناس طراحی مکانیک", "سرپرست گروه طراحی", "مدیر واحد مهندسی", "کارآموز"
                    + "|(?<![\\p{L}])(?:کارشناس|سرپرست|طراح|کارآموز|مدرس|برنامه‌نویس|برنامه نویس|مشاور|حسابدار|تحلیلگر)(?![\\p{L}])"
                    // a German or Swiss apprentice's post: "Lehre als Informatiker EFZ", "Auszubildender", "Lernende"
                    + "|(?<![\\p{L}])(?:Lehre als|Ausbildung als|Auszubildende[rn]?|Lernende[rn]?|Azubi|Dozent(?:in)?)(?![\\p{L}])"
                    // Russian and Ukrainian, as hh.ru and work.ua titles read: "Ведущий Go-разработчик"
                    + "|[Рр]азработчи(?:к|ца)|[Рр]озробни(?:к|ця)|[Ии]нженер|[Іі]нженер|[Рр]уководитель|[Кк]ерівник"
                    + "|[Мм]енеджер|[Аа]налитик|[Аа]налітик|[Тт]естировщи(?:к|ца)|[Пп]рограммист|[Пп]рограміст"
                    + "|[Дд]иректор|[Сс]пециалист|[Фф]ахівець|[Сс]таж[её]р|[Бб]ухгалтер|[Кк]онсультант|[Тт]имлид"
                    + "|[Аа]рхитектор|[Дд]изайнер|[Аа]дминистратор|[Пп]реподаватель|[Уу]читель|[Вв]рач|[Юю]рист"
                    + "|[Мм]аркетолог|[Нн]ачальник|[Ээ]кономист|[Оо]ператор|[Тт]ехнолог|[Мм]астер|[Мм]еханик|[Мм]еханік"
                    + "|[Ээ]лектрик|[Ее]лектрик|[Гг]еолог|[Тт]ехник|[Тт]ехнік|[Кк]оординатор|[Аа]ссистент|[Аа]систент"
                    + "|[Пп]омощник|[Пп]омічник|[Зз]аместитель|[Зз]аступник|[Сс]упервайзер|[Бб]ригадир|[Лл]огист|[Лл]огіст"
                    + "|[Дд]испетчер|[Лл]аборант|[Ээ]ксперт|[Ее]ксперт|[Сс]екретар[ьъ]?|[Пп]ереводчик|[Пп]еревідник"
                    // Serbian and Macedonian in Cyrillic: "Backend инжењер", "Млађи пројектант конструкција",
                    // "Програмер", "Стручна пракса"
                    + "|[Ии]нжењер|[Пп]рограмер|[Пп]ројектант|[Рр]уководилац|[Мм]енаџер|[Аа]налитичар|[Сс]арадник"
                    + "|[Пп]риправник|[Сс]тажиста|[Аа]рхитекта|[Тт]естер|[Сс]аветник|[Рр]ачуновођа|[Кк]њиговођа"
                    + "|[Нн]аставник|[Тт]ехничар|[Сс]тручна пракса)(?![\\p{L}])"
                    // Arabic, in its masculine or feminine form: "مديرة الحسابات", "محاسب رئيسي", "مهندس مدني"; an
                    // internship, "تدريب ميداني" (not "المحاسبة", accounting, a field with its article)
                    + "|(?<![\\p{L}])(?:مدير|محاسب|مدقق|مهندس|محاضر|مشرف|أخصائي|اختصاصي|مستشار|منسق|مساعد|مطور|مبرمج"
                    + "|محلل|معلم|ممرض|طبيب|باحث|موظف|مندوب|فني|متدرب)ة?(?![\\p{L}])|تدريب (?:ميداني|عملي))");
    private static final Pattern WORKING_AS = Pattern.compile(
            "(?i)(?:currently\\s+)?(?:working|worked|work|employed|serving|served)\\s+as\\s+(?:an?\\s+)?(.+?)"
                    + "\\s+(?:in|at|with|for)\\s+(\\p{Lu}.+)");
    /** "Worked as Software Engineer in Cybage Software, Pune": a role's header, though it reads as a sentence. */
    static boolean isWorkingAs(String text) {
        return WORKING_AS.matcher(tidy(text)).matches();
    }

    /** "A.P. Møller - Mærsk A/S": a name, a dash, and a name ending in a legal form, at a line's start. */
    private static final Pattern DASH_IN_A_FIRMS_NAME = Pattern.compile(
            "^(\\p{Lu}[^,–—|·()\\s][^,–—|·()]{0,28}?)\\s+[-–]\\s+(\\p{Lu}[^,–—|·()]{0,40}?)(?=\\s*(?:,|$))");

    /** "…, trading as Fenwick Frames", "t/a Brightside Design": the name a sole trader works under. */
    private static final Pattern TRADING_AS =
            Pattern.compile("[,;]?\\s*\\b(?i:trading as|t/a|operating as|under the name)\\s+(\\p{Lu}[^,;|()]*)");
    /** A US school district's words: "Hays Crossing ISD", "Lakeview Unified School District". */
    private static final String SCHOOL_DISTRICTS = "isd|cisd|usd|school district|public schools";

    /**
     * Words that make a name an organization's ("Kirkstall Valley Teaching Hospitals NHS Trust"),
     * as against a department written between title and employer ("Adult Critical Care").
     */
    private static final Pattern ORGANIZATION_WORDS = Pattern.compile(
            "(?i)\\b(trust|hospitals?|infirmary|hospice|bank|council|agency|foundation|institute|ministry|authority|group|studios?"
                    // a government's: "Veterans Transition Services Administration", "Federal Trade Commission"
                    + "|administration|commission"
                    // a UK government department by its name: "Department for Business and Trade", "Dept for Education"
                    + "|(?:department|dept\\.?) (?:for|of)(?= (?-i:\\p{Lu}))"
                    // a town's council in its language: "Gemeente Nieuwegein", "Ayuntamiento de Getafe", "Comune di
                    // Lodi"
                    + "|gemeente|ayuntamiento|comune|municipio|prefeitura|mairie|stadtverwaltung"
                    + "|labs|systems|technologies|solutions|consulting|consultancy|partners|association|society"
                    // "Wrenfield Health Partnership", "Carrow Lane Primary Academy", "Fernvale Housing Co-operative"
                    + "|partnership|alliance|federation|academy|co-?operative"
                    // "Tiefenbach Institut für Marktforschung", "Instituto Nacional de …"
                    + "|institut|instituto|istituto"
                    // a bank named in its country's language: "Banco Paulista Aliança", "Banque Lémanique"
                    + "|banco|banca|banque|bancorp"
                    // a firm named for its people: "Tamar Engineering Consultants", "Hale Architects"
                    + "|consultants|associates|architects|surveyors|solicitors|accountants|advisers|advisors"
                    + "|company|corporation|nhs|clinic|charity|university|college|school|government|(?:nursing|care) home"
                    + "|army|navy|air force|marine corps|battalion|regiment|brigade|squadron|(?:health|healthcare|health care) system"
                    // a public body: "Bureau of Land Management", "U.S. Department of Veterans Affairs"
                    + "|bureau|department of"
                    + "|hotels?|resort|inns?|lodge|spa|restaurant|restaurante|ristorante|centre|center"
                    // a shop: "Hollins Fresh Supermarket", "Greenway Superstore"
                    + "|supermarkets?|superstore|hypermarket|grocers?|pharmacy|garden centre"
                    // a hospital or clinic named in its country's language
                    + "|ziekenhuis|krankenhaus|klinikum|kliniken|hôpital|hopital|ospedale|hospital|sjukhus|sykehus"
                    // a school or a university named in German: "WISS Schulen für Wirtschaft", "Hochschule Luzern"
                    + "|schulen?|hochschule|universität|kantonsschule|berufsschule"
                    + "|sygehus|szpital|nemocnice|cl[íi]nica|clinique|klinik|residencia|resid[eê]ncia"
                    // an organization named in Spanish, Portuguese, Italian or French: "Fundación Alzheimer España"
                    + "|fundaci[óo]n|funda[çc][ãa]o|fondazione|fondation|asociaci[óo]n|associa[çc][ãa]o|associazione"
                    + "|grupo|gruppo|groupe|ayuntamiento|farmacia|pharmacie|laboratorios?|laboratoires?|empresa"
                    // a US school district: "Hays Crossing ISD", "Lakeview Unified School District"
                    + "|" + SCHOOL_DISTRICTS + ")\\b"
                    // a school named for its level, last: "Harmon Park Elementary", not "Elementary Teacher"
                    + "|(?i:(?<=\\p{L}\\s)(?:elementary|intermediate|junior high))$"
                    // a firm named for its trade, last, after a name: "Hassan Allam Construction", "Modern Builders"
                    + "|(?<=\\p{Lu}[\\p{L}.'-]{0,30}\\s)(?i:construction|contracting|builders|developers|industries|airways"
                    + "|airlines)$"
                    // a public body named for what it is, last: "Public Service Talent and Skills Office", not "Office
                    // Manager"
                    + "|(?i:(?<=\\p{L}\\s)(?<!\\b(?:head|middle|back|front|private|programme|project|press|box|post|home) )"
                    + "(?:office|bureau|commission|secretariat|directorate))$");

    /** "Rolls-Royce plc, Civil Aerospace": a part of the firm after its name, not a town. */
    private static final Pattern DIVISION = Pattern.compile(
            "(?i)\\b(services|aerospace|division|operations|defen[cs]e|digital|retail|energy|marine|maritime|health"
                    + "|financial|consulting|solutions|technologies|group|systems|emea|international)\\b");

    /** "(via Halden Recruitment Ltd)", "– via Corvane Technical Ltd": the agency, not the employer. */
    private static final Pattern VIA_AGENCY =
            Pattern.compile("(?i)\\s*[,–—-]?\\s*\\(via\\s+[^)]*\\)|\\s+[,–—-]\\s+via\\s+\\p{Lu}[^|·•;()]*");
    /** How a contract was engaged, in brackets after its client: "(via Sennet Digital Talent)", "(direct)". */
    private static final Pattern ENGAGED =
            Pattern.compile("(?i)\\(\\s*(?:via\\s+[^)]+|direct(?:ly)?(?: client| contract| with client)?)\\s*\\)");
    /** "Platform team", "Risk Department": a part of the employer, written after the title. */
    private static final Pattern TEAM = Pattern.compile("[\\p{L}&/ -]{2,40}\\s(team|department|squad|tribe)");

    /** "Site Manager, Kilnsey Dairies (Skipton) — yoghurt plant, 180 staff": what the job was, after a dash. */
    private static final Pattern DESCRIBED = Pattern.compile(
            // lower-case words or a figure with its unit, not "easyJet, Luton" nor "3M, Bracknell"
            "(?<=\\S)\\s+[—–]\\s+(?=\\p{Ll}+[\\s,]|\\d[\\d,.]*\\s*(?:%|\\p{Ll}))"
                    // (not "– trading as Whitworth Electrical": the name the business trades under)
                    + "(?!(?:remote|hybrid|on-?site|worldwide|anywhere|trading as|t/a|operating as)(?:\\b|\\s))[^|·]*$");

    /** "PE-backed chilled ready meals", "£310m revenue", "900 staff", "registered charity": what a firm is. */
    private static final Pattern DESCRIPTION = Pattern.compile("\\p{Ll}.*|.*[\\d£$€].*|\\p{Lu}+-\\p{Ll}+\\b.*");

    private static final Pattern PLACE_IN_PARENTHESES =
            Pattern.compile("\\s*\\((\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?)\\)$");
    private static final Pattern PLACE_AND_MORE_IN_PARENTHESES = Pattern.compile(
            // the way of working may be gone already, taken as noise: "(Leeds, )"
            "\\s*\\((\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?),\\s*((?i:remote|on-?site|contract)"
                    + "|\\p{Lu}[\\p{L} ]{1,30})?\\s*\\)$");
    private static final Pattern ARRANGEMENT = Pattern.compile(
            "(?i)secondment|seconded|locum|maternity cover|interim|fixed[- ]term|temporary|bank|agency|part[- ]time"
                    + "|summer job|holiday job|seasonal job|student job"
                    // "Engineering Intern – Co-op Placement": a student's work term, not an employer
                    // (not "Co-op" alone, an employer: "Store Manager, Co-op, Leeds")
                    + "|co-?op (?:placement|work term|term|internship|position)|work term|(?:industrial |work )?placement"
                    + "|internship|year in industry"
                    + "|acting(?: assignment| appointment)?"
                    // a work-study post in France, Germany or Spain: "Alternance – Assistante chef de produit – …"
                    + "|alternance|apprentissage|werkstudent(?:in)?|pr[áa]cticas");
    private static final Pattern SELF_EMPLOYED =
            Pattern.compile("(?i)freelance|freelancer|self-employed|independent|contract|contractor|contracting"
                    // in Italian, Spanish, Portuguese, French, German and Dutch: "Libera professionista", "Autónomo"
                    + "|liber[oa] professionista|aut[óoô]nom[oa]|freiberufler(?:in)?|freiberuflich|ind[ée]pendante?"
                    + "|auto-?entrepreneur|zzp(?:['’]er)?|zelfstandige");
    /** Leave from work as other languages name it: "Elternzeit", "congé parental", "ouderschapsverlof". */
    static final String LEAVE_ELSEWHERE = "elternzeit|mutterschutz|auszeit|familienzeit|weltreise|sprachaufenthalt"
            + "|ouderschapsverlof|zorgverlof|sabbatsverlof|mantelzorg"
            // a Brazilian or Spanish CV's stay abroad to study: "Intercâmbio – Dublin, Irlanda"
            + "|interc[âÂa]mbio"
            + "|zwangerschapsverlof|cong[ée] (?:parental|maternit[ée]|sabbatique)|licen[cç]a[- ]maternidade"
            + "|baja (?:maternal|por maternidad)";

    private static final Pattern BREAK_WORDS = Pattern.compile(
            "(?i)\\b(travel+ing|travel+ed|sabbatical|career break|gap year|parental leave|maternity|paternity"
                    + "|time off|year off|year out|break|childcare leave|backpacking|world trip|language stay"
                    // "Travel / language stay": travel alone or before a slash, not a travel firm's name
                    + "|travel(?=\\s*/|\\s*$)|" + LEAVE_ELSEWHERE
                    // in Arabic, time set aside (for study, for family): "فترة تفرّغ"
                    + "|فترة تفرّغ|فترة تفرغ)\\b");
    /** Whether a title names time away from work, no post: "Career break", "Sabbatical – travelling". */
    static boolean namesABreak(String title) {
        return BREAK_WORDS.matcher(title).find() && !TITLE_WORDS.matcher(title).find();
    }

    /** Labels whose value is the title: "Role:", "Position:", a Portuguese or Spanish "Cargo:", "Puesto:". */
    static final String TITLE_LABELS = "role|title|job title|position|designation|cargo|puesto"
            // the older European CV format in Italian: "Tipo di impiego: Responsabile Contabilità e Bilancio"
            + "|tipo di impiego|posizione ricoperta"
            // and in Romanian: "Funcția sau postul ocupat: Tester software"
            + "|func[țţt]ia sau postul ocupat|func[țţt]ia"
            // a Korean résumé's table: "직위: 팀장"
            + "|직위|직급|직책"
            // a German consultant's project list: "Rolle: Lead Cloud Architect"
            + "|rolle|funktion"
            // a title's label in Slavic and Baltic languages, Turkish and Persian: "Длъжност: Счетоводител",
            // "Stanowisko: Specjalista", "Pareigos: Vadovė", "سمت: کارشناس"
            + "|[Дд]олжность|[Пп]осада|[Дд]лъжност|stanowisko|pozice|pozícia|pozisyon|unvan|radno mjesto|pozicija"
            + "|pareigos|amats|ametikoht|سمت";

    /** Labels whose value is the employer: "Company:", "Client:", "Airline (Base):". */
    private static final String ORGANIZATION_LABELS =
            "company|organi[sz]ation|employer|client|firm|hospital|trust|practice|institution|venue|airline"
                    // in Spanish and Portuguese: "Empresa: Nubecampo Software S.A. de C.V."
                    + "|empresa"
                    // the older European CV format in Italian and Spanish: "Nome e indirizzo del datore di lavoro:"
                    + "|nome e indirizzo del datore di lavoro|datore di lavoro|nombre y direcci[óo]n del empleador"
                    // and in Romanian: "Numele și adresa angajatorului:", "Angajator:"
                    + "|numele [șşs]i adresa angajatorului|angajator(?:ul)?"
                    // a Korean résumé's table: "회사명: (주)카카오", "회 사 명: (주)무신사" (spaced to the column's width)
                    + "|회\\s*사\\s*명|근\\s*무\\s*처|직\\s*장\\s*명"
                    // a German CV's or consultant's project list: "Kunde: Tchibo GmbH, Hamburg", "Arbeitgeber: …"
                    + "|kunde|auftraggeber|arbeitgeber|firma|unternehmen";

    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(" + ORGANIZATION_LABELS + "|" + TITLE_LABELS
            + "|positions?|rank|post|grade|location|city|place|specialty|speciality"
            // a travel nurse's contract: "Agency: Aya Healthcare | Assignment: Banner University Medical Center, …"
            + "|assignment|facility"
            // a seafarer's sea service: "Vessel Name: MT NORDVIK SOLVEIG", "Company / Manning Agent: Magsaysay …"
            + "|vessel(?: name)?|name of (?:the )?vessel|ship(?: name)?)"
            // an application form's columns: "Employer's name and address", "Position held and main duties"
            // (not "Role and Responsibilities:", an Indian CV's duties)
            + "(?:(?<=position|post)\\s+held(?:\\s+and\\s+(?:main\\s+|key\\s+)?(?:duties|responsibilities))?"
            + "|(?<=employer|company)(?:['’]s)?\\s+name(?:\\s+and\\s+address)?"
            // a Japanese career sheet's column of the post and the team: "Role, team size: Project leader"
            + "|(?<=role),\\s*team\\s+size"
            // a column named for two things: "Hospital / Trust", "Grade / Specialty", "Company / Location"
            + "|\\s*/\\s*(?:trust|site|specialty|speciality|department|dept\\.?|unit|ward|location|city|town|level|band"
            + "|grade|title|role|position|company|employer|organi[sz]ation|manning agent|manning agency|principal"
            + "|address))?"
            // "Airline (Base): Hellenic Skyways (Athens, ATH)": a column's note on what it holds
            + "(?:\\s*\\([^()]{1,20}\\))?"
            // (a Korean firm's legal form before its name: "(주)카카오")
            + "\\s*:+\\s*((?:\\(주\\)\\s?|㈜)?[^;|()\\n]+?)"
            // up to the next label when labelled lines ran together: "Role: Operations Manager Location: …"
            + "(?=\\s+(?:Company|Organi[sz]ation|Employer|Empresa|Client|Venue|Role|Title|Position|Cargo|Puesto|Location|City|Dates?"
            + "|Period|Periodo|Duration"
            + "|Team|Department|Ward|Grade|Band|Reporting|Highlights|Responsibilities):\\s|[;|()\\n]|$)");
    /** ", Toowoomba QLD" after an employer's name in brackets, to the end of the line or of its part. */
    private static final Pattern TOWN_AFTER_AN_ASIDE =
            Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*,\\s*([^;|()\\n]+?)\\s*(?:[;|\\n]|$)");

    /** "Agency placements through Primeline Recruitment", "Temp assignments via Brightstaff". */
    private static final Pattern THROUGH_AGENCY = Pattern.compile(
            "(?i)((?:agency|temp(?:orary)?|locum|contract)\\b.{0,30}?)" + "\\s+(?:through|via)\\s+(?=(?-i:\\p{Lu}))");

    // (and French's "chez": "Lead SRE chez Esker")
    private static final Pattern AT = Pattern.compile("(?i)\\s+(?:at|chez|@)\\s+|\\s*@\\s*");
    /** "A320", "ATR 72-600", "B737/B738": a type or model's code, capitals and figures. */
    private static final Pattern TYPE_CODE = Pattern.compile("\\p{Lu}{1,4} ?\\d{2,4}(?:[-/ ]?[\\p{Lu}\\d]{1,4}){0,3}");

    /** A title on a flight deck, whose type may be a bare number: "First Officer - 737". */
    private static final Pattern FLIGHT_DECK = Pattern.compile("(?i)\\b(captain|first officer|pilot|co-pilot)\\b");

    /** A name ending in a legal form: "Kaskade Payments B.V.", "Acme Ltd". */
    static boolean hasLegalForm(String name) {
        return COMPANY_SUFFIX.matcher(name.strip()).find()
                || COMPANY_PREFIX.matcher(name.strip()).lookingAt();
    }

    /** Indonesia's legal forms, written before the name: "PT Tokopedia", "PT. Mayora Indah Tbk", "CV Maju Jaya". */
    private static final Pattern COMPANY_PREFIX = Pattern.compile("(?:PT|CV)\\.?\\s+\\p{Lu}\\p{L}+"
            // Vietnam's: "Công ty TNHH …", "CÔNG TY CỔ PHẦN …" (a limited company, a joint-stock company)
            + "|(?iu:công ty)\\s+(?:TNHH|(?iu:cổ phần))\\s+\\p{Lu}");

    /** "S.A. de C.V.", "Inc.": a legal form with no name before it. */
    private static boolean isLegalFormAlone(String part) {
        return !isStateCode(part)
                && COMPANY_SUFFIX.matcher(part.strip()).find()
                && COMPANY_SUFFIX.matcher(part.strip()).replaceFirst("").isBlank();
    }

    /** Whether any part of a line ends with a legal form: "Meridian Trace Engineering, LLC - San Antonio, TX". */
    static boolean namesALegalForm(String line) {
        return java.util.Arrays.stream(line.split(",|\\s+[-–—]\\s+"))
                .anyMatch(part -> hasLegalForm(part) && !isStateCode(part));
    }

    /** A state's or province's code after a town, which a legal form's letters may spell: "Denver, CO". */
    private static boolean isStateCode(String part) {
        return part.strip().matches("\\p{Lu}{2}");
    }

    private static final Pattern STRONG = Pattern.compile("\\s+[—–]\\s+|\\s+-{1,3}\\s+|\\s*[|·•;]\\s*");
    /** "Loan to", "Secondment to", "Seconded to": a post held away from one's own employer, at the one named. */
    private static final Pattern ON_LOAN =
            Pattern.compile("(?i)(?:on\\s+)?(?:loan|loaned|secondment|seconded)\\s+to\\s+(?:the\\s+)?(?=\\p{Lu})");

    /** A bar between a line's parts: "Title | Employer, Town". */
    private static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+");
    /** "(PFC – Specialist)": words either side of a dash inside brackets, one aside. */
    private static final Pattern WORDS_DASHED_IN_BRACKETS =
            Pattern.compile("\\(\\p{L}[^()]*?\\s[—–-]\\s[^()]*\\p{L}[^()]*\\)");

    private static final Pattern WEAK = Pattern.compile("\\s+[—–]\\s+|\\s+-{1,3}\\s+|\\s*[|·•;]\\s*|,\\s+|:\\s+");
    /** "type: job", "status: done", a project's "Team Size : 8": properties that say nothing of the role. */
    private static final Pattern OTHER_PROPERTY =
            Pattern.compile("(?i)\\b(type|status|tags?|id|period|dates?|years?|when|duration|kind|category"
                    // (not a title's column: "Role, team size: Project leader")
                    + "|(?<!role,\\s{0,2})team\\s+size)\\s*:+\\s*[^;|)\\n]*");

    private static final Pattern FIELD_WORDS = Pattern.compile(
            "(?i)\\b(engineering|software|development|platform|team|department|research|data|science|sciences|lab"
                    + "|market|marketing|sales|digital|programmes?"
                    + "|group|division|unit|operations|services|it|infrastructure|analytics|banking|product|design"
                    // a hospital's departments: "Family Medicine", "Emergency Department", "Medical-Surgical Unit"
                    + "|medicine|medical|surgical|surgery|emergency|family|internal|intensive|critical|care|primary|urgent"
                    + "|p(a)?ediatrics|oncology|cardiology|radiology|neurology|orthop(a)?edics|psychiatry|obstetrics|maternity"
                    + "|icu|ward|nursing|theatres|outpatients|inpatients|acute"
                    + "|ha?ematology|dermatology|gastroenterology|nephrology|renal|urology|respiratory|rheumatology"
                    + "|endocrinology|an(a)?esthe(tics|sia|siology)|g(a)?ynaecology|gynecology|geriatrics|palliative|pharmacy"
                    // a nurse's units: "Travel RN, CVICU", "Crisis Travel RN, COVID ICU"
                    + "|cvicu|micu|sicu|nicu|picu|ccu|pacu|pcu|covid|neuro|neonatal|cardiac|cardiothoracic|trauma"
                    + "|stroke|telemetry|step-?down|med-surg"
                    // a contact centre's or an office's: "Team Leader, Customer Service"
                    + "|customer|service|support|sales|claims|billing|collections|accounts|payroll|finance|hr|marketing"
                    // an engineer's discipline: "Engineering Manager – Mechanical"
                    + "|mechanical|electrical|electronic|electronics|civil|structural|chemical|hardware|firmware|embedded"
                    + "|backend|frontend|automation|controls|manufacturing"
                    // a software team's specialism: "Systems Engineer – DevOps", "Software Engineer – Cloud"
                    + "|devops|sre|cloud|security|mobile|web|qa|testing|networks?|storage"
                    // a warehouse's: "Shift Lead, Outbound"
                    + "|outbound|inbound|receiving|returns|dispatch|procurement|purchasing"
                    // a finance team's: "Senior Manager, FP&A", "Manager, Treasury"
                    + "|fp&a|treasury|controlling|reporting|tax|budgeting|planning"
                    // a law firm's or an accountancy firm's practice: "Senior Associate, Corporate M&A", "Manager, Tax"
                    + "|corporate|commercial|m&a|litigation|disputes?|tax|employment|real|estate|private|equity|capital"
                    + "|markets|restructuring|insolvency|competition|regulatory|funds|property|conveyancing|criminal"
                    + "|immigration|compliance|audit|advisory|assurance|transactions|deals|trusts)\\b");
    /** Asides that are not names: "(part-time, 20%)", "(fully remote from March 2020)"; "(UWE)" stays. */
    private static final Pattern PARENTHESES =
            Pattern.compile("\\s*\\((?=[^)]*(?:\\d|%|\\b\\p{Ll}{3,}))[^)]*\\)|\\s*\\[[^]]*]|\\s*\\(\\p{Ll}[^)]*\\)");

    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            // (not "FI/CO", SAP's modules)
            "(?i)(?<!/)\\b(ltd|limited|gmbh|ag|inc|llc|llp|plc|corp|corporation|co|sa|s\\.a|bv|oy|ab|as|se|kk|pty|srl|sas|lda|ltda|s\\.p\\.a|nv|b\\.v|n\\.v|s\\.r\\.l|pty\\.? ltd"
                    + "|sarl"
                    // the Nordic forms: "Pleo Technologies A/S", "Lunar Way ApS", "Equinor ASA", "Nokia Oyj"
                    + "|a/s|aps|asa|oyj"
                    // Central European forms: "Sp. z o.o." (Poland), "s.r.o.", "a.s." (Czechia), "Kft." (Hungary)
                    + "|sp\\.?\\s?z\\s?o\\.\\s?o|s\\.\\s?r\\.\\s?o|a\\.s|d\\.\\s?o\\.\\s?o|kft|zrt|s\\.l"
                    // Slovenia's and Croatia's "Krka, d. d." (not a Norwegian "– d.d.", to this day), the Baltic "SIA",
                    // "OÜ", "UAB", Albania's "sh.p.k.",
                    // Serbia's "д.о.о.", Kazakhstan's "ТОО"
                    + "|(?<=,\\s)d\\.\\s?d|d\\.\\sd|sia|oü|uab|sh\\.\\s?p\\.\\s?k|д\\.\\s?о\\.\\s?о|ТОО"
                    // Turkey's "A.Ş." and "Ltd. Şti.", Indonesia's listed "Tbk", Vietnam's "JSC"
                    + "|a\\.\\s?[şŞ]|[şŞ]t[iİ]|tbk|jsc"
                    // Mexico's: "S.A. de C.V.", "S. de R.L. de C.V."
                    + "|s\\.?\\s?(?:a\\.?|de\\s+r\\.?\\s?l\\.?)\\s+de\\s+c\\.?\\s?v"
                    // Bulgaria's, Russia's, Ukraine's and North Macedonia's: "„Баланс Консулт“ ЕООД", "ООО «Ромашка»"
                    + "|ЕООД|ООД|ЕАД|АД|ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПрАТ|ДООЕЛ|ДОО)\\.?"
                    // "Soranowa Inc. (株式会社ソラノワ)": the name as written at home, in brackets after it
                    + "(?:\\s*\\([^()]*\\))?$"
                    + "|\\.(com|io|ag|me|ai|co|net|org|dev|app)$"
                    // a Japanese or Chinese company's legal form, before or after its name
                    + "|株式会社|有限会社|合同会社|有限公司");
    private static final Pattern PLACE_WORDS = Pattern.compile("(?i)^(remote|hybrid|on-?site|worldwide|anywhere)\\b.*");
    private static final Pattern NOT_A_NAME = Pattern.compile("^[\\p{Ll}\\d].*|.*\\b(I|my|we|our)\\b.*");

    /**
     * A title's pay band or grade after a dash: "Staff Nurse – Band 5", "Policy Adviser - Grade 7",
     * "Staff Nurse – Band 5 (newly qualified)".
     */
    private static final Pattern PAY_BAND =
            Pattern.compile("(?i)^(.+?)\\s+[–—-]\\s+((?:nhs |afc )?(?:band|grade|pay band|scale)\\s*\\d{1,2}[a-z]?"
                    + "(?:\\s*\\([^()]{1,40}\\))?)$");

    /** "– Present", "· current" at the end of a title, its dates gone: the post is held to this day. */
    private static final Pattern TO_THE_PRESENT =
            Pattern.compile("(?i)\\s*(?:\\s[–—-]|[·|])\\s*(?:present|current|now|ongoing|to date|nu|nå)\\s*$");

    /** A pay band or grade in brackets after a title: "(Band 6)", "(Band 3, Bank)", "(GS-0343-12)". */
    private static final Pattern BAND_ASIDE =
            Pattern.compile("(?i)\\s*\\(((?:nhs |afc )?band\\s*\\d{1,2}[a-z]?(?:\\s*,[^(),]{1,30})?"
                    // a US federal post's pay plan, series and grade: "(GS-0343-12)"
                    + "|(?-i:GS|WG|GG|NH|NM)-\\d{2,4}(?:-\\d{1,2})?)\\)");

    /** A pay band between commas after a title: "Staff Nurse, Band 5, Acute Medical Unit". */
    private static final Pattern BAND_BETWEEN =
            Pattern.compile("(?i)^([^,]+),\\s*((?:nhs |afc )?band\\s*\\d{1,2}[a-z]?)(?:,\\s*(.+))?$");

    /** A hospital's ward or unit, part of a nurse's post: "Acute Medical Unit", "Ward 14", "Respiratory Ward". */
    private static final Pattern WARD_OR_UNIT = Pattern.compile("(?i)\\b(unit|ward|wards|department|theatres?)\\b");

    /** Reads a context; empty when it holds neither an organization nor a title. */
    /** A line that only says where: "Location: St. Paul, MN (…) ·", its dates gone. */
    private static final Pattern LOCATION_ONLY =
            Pattern.compile("(?i)(?:location|city|place|based)\\s*:\\s*([^·|;:]+?)[\\s·|;]*");

    /** "Chicago, IL (Hybrid) · Senior Site Reliability Engineer": a town and its state's code, then a title. */
    private static final Pattern TOWN_THEN_TITLE =
            Pattern.compile("(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2}), (\\p{Lu}{2})"
                    + "(?: \\((?i:hybrid|remote|on-?site)\\))? · ([^·|]+)");

    /**
     * "Chicago, IL (Hybrid) · Senior Site Reliability Engineer" under an employer's dated heading: where, then the
     * title; the town is no employer.
     */
    static Optional<RoleText> townThenTitle(String line) {
        Matcher townFirst = TOWN_THEN_TITLE.matcher(line.strip());
        return townFirst.matches() && isTitle(townFirst.group(3))
                ? Optional.of(new RoleText(
                        "",
                        tidy(townFirst.group(3)),
                        Optional.of(townFirst.group(1) + ", " + townFirst.group(2)),
                        false))
                : Optional.empty();
    }

    /**
     * ", www.lamoda.ru", ", tochka.com": an employer's web address in small letters, the last part of a line that
     * names the employer and its town before it (not "Senior Engineer, Booking.com", an employer so named).
     */
    private static final Pattern SITE_LAST =
            Pattern.compile(",\\s*(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}/?\\s*$");

    /** Two parts of a line either side of a dash: "Architetto – Project Architect". */
    private static final Pattern TITLE_DASH_TITLE = Pattern.compile("([^–—]+?)\\s+[–—-]\\s+([^–—]+)");

    /** A title's words, no organization's nor legal form's: "Team Lead, Commercial Banking", not "Acme Ltd". */
    private static boolean isPostNotFirm(String part) {
        return isTitle(part) && !isOrganization(part) && !namesALegalForm(part);
    }

    /** A title and nothing that names a firm: "Project Architect", not "Foster Architects" nor "Acme Ltd". */
    private static boolean isTitleAlone(String part) {
        return isTitle(part)
                && !looksLikeEmployer(part)
                && !isOrganization(part)
                && !namesALegalForm(part)
                && !ARRANGEMENT.matcher(part).find()
                && !SELF_EMPLOYED.matcher(part).find();
    }

    /**
     * "Position applied for:", "Applying for:": the post the person seeks; "Date available:", "Available from:": when
     * the person could start one.
     */
    private static final Pattern APPLIED_FOR = Pattern.compile(
            "(?i)\\W*(?:(?:position|post|job|rank|role)\\s+applied\\s+for|applying\\s+for|desired\\s+(?:position|post)"
                    + "|date\\s+(?:of\\s+)?availab(?:le|ility)|availab(?:le|ility)(?:\\s+(?:from|date))?\\s*:"
                    + "|earliest\\s+(?:start(?:ing)?|joining)\\s+date|ready\\s+to\\s+join)\\b");

    static Optional<RoleText> read(String context) {
        String text = tidy(withoutNoise(VIA_AGENCY
                .matcher(OTHER_PROPERTY.matcher(withTableLabels(context)).replaceAll(" "))
                .replaceAll(" ")));
        if (text.isEmpty() || APPLIED_FOR.matcher(text).lookingAt()) {
            return Optional.empty(); // "POSITION APPLIED FOR: SECOND OFFICER (2/O)": the post sought, none held
        }
        Matcher loan = ON_LOAN.matcher(text);
        if (loan.lookingAt()) {
            // "Loan to Dept for Business and Trade (DBT) – Finance Business Partner Lead": a civil servant's loan, the
            // department lent to the employer of the post
            return read(text.substring(loan.end()))
                    .map(r -> r.title().isEmpty()
                            ? r
                            : new RoleText(r.organization(), r.title() + " (on loan)", r.location(), r.careerBreak()));
        }
        Matcher dashInAName = DASH_IN_A_FIRMS_NAME.matcher(text);
        if (dashInAName.find()
                && hasLegalForm(dashInAName.group(2))
                && !hasLegalForm(dashInAName.group(1))
                && !isTitle(dashInAName.group(1))
                && !looksLikePlace(dashInAName.group(1))) {
            // "A.P. Møller - Mærsk A/S, København": one firm's name with a dash in it, not a firm and its town
            text = dashInAName.group(1) + "-" + dashInAName.group(2) + text.substring(dashInAName.end());
        }
        Matcher siteLast = SITE_LAST.matcher(text);
        if (siteLast.find() && text.substring(0, siteLast.start()).matches(".*[,·|].*")) {
            text = text.substring(0, siteLast.start())
                    .strip(); // "Lamoda, Москва, www.lamoda.ru": the firm's site, last
        }
        Matcher branch = BRANCH.matcher(text);
        if (branch.find() && branch.start() > 0) {
            // "Randstad, vestiging Amersfoort": the firm's branch in a town, the town where
            String town = branch.group(1).strip();
            return read(text.substring(0, branch.start()))
                    .map(r -> r.location().isPresent() || r.organization().isEmpty()
                            ? r
                            : new RoleText(r.organization(), r.title(), Optional.of(town), r.careerBreak()));
        }
        Matcher unitThenTitle = UNIT_THEN_TITLE.matcher(text);
        // (a place in brackets is no title's: "(Head Office, Tokyo)")
        // (not labelled columns: "Role, team size: Member; Environment / Languages: C")
        String department = unitThenTitle.matches() && !hasLabels(text)
                ? ANY_BRACKETS.matcher(unitThenTitle.group(1)).replaceAll(" ")
                : "";
        if (!department.isEmpty() && isTitle(unitThenTitle.group(3)) && !isTitle(department)) {
            // "Chiller Design Department, Design Section 2 (Head Office, Tokyo) / Mechanical Design Engineer": a
            // Japanese career summary's department, then the title held in it; the employer heads the entry
            Matcher place = ANY_BRACKETS.matcher(unitThenTitle.group(1));
            Optional<String> where = Optional.empty();
            while (place.find()) {
                where = Optional.of(place.group().replaceAll("[()]", "").strip());
            }
            // (the unit after the title, as a team is: "Research Engineer, Heat Exchanger Development Group")
            return Optional.of(new RoleText("", tidy(unitThenTitle.group(3)) + ", " + tidy(department), where, false));
        }
        Matcher onlyPlace = LOCATION_ONLY.matcher(context.strip());
        if (onlyPlace.matches()) {
            // "Location: Des Moines, IA · Dates: 2013–2015" under "### Employer: Cobalt Ridge Insurance": a place
            String place = tidy(PARENTHESES.matcher(onlyPlace.group(1)).replaceAll(" "));
            return place.isEmpty() ? Optional.empty() : Optional.of(new RoleText("", "", Optional.of(place), false));
        }
        if (hasLabels(text)) {
            // "Period: ; Assignment / Project: New employee training (Sakai Factory); Role, team size: Trainee": by
            // its labels, before a place in brackets is taken for the town
            Optional<RoleText> byLabels = labelled(text);
            if (byLabels.isPresent()) {
                return byLabels;
            }
        }
        Optional<RoleText> townFirst = townThenTitle(text);
        if (townFirst.isPresent()) {
            return townFirst;
        }
        Matcher placed = PLACE_AND_MORE_IN_PARENTHESES.matcher(text);
        if (placed.find()
                && placed.start() > 0
                // "(Leeds, UK)", "(Leeds, hybrid)": not "(Python, Django)" nor "(Graduate Scheme, Bristol)"
                && (placed.group(2) == null
                        || placed.group(2).matches("(?i)remote|on-?site|contract")
                        // "(Montréal, QC)", "(Austin, TX)": a town and its province's or state's code
                        || placed.group(2).strip().matches("\\p{Lu}{2}")
                        || isCountry(placed.group(2)))
                && !isTitle(placed.group(1))) {
            // "Principal Systems Engineer @ Corvane Telemetry (Leeds, hybrid)": the town, and how the work is done
            String where = placed.group(2) != null && placed.group(2).strip().matches("\\p{Lu}{2}")
                    ? placed.group(1) + ", " + placed.group(2).strip()
                    : placed.group(1);
            return read(text.substring(0, placed.start()))
                    .map(r -> r.location().isPresent()
                            ? r
                            : new RoleText(r.organization(), r.title(), Optional.of(where), r.careerBreak()));
        }
        // (by the labels the check above does not count: a combined column, "Company / Department / Position: …")
        Optional<RoleText> labelled = labelled(text);
        if (labelled.isPresent()) {
            return labelled;
        }
        Matcher twoTitles = TITLE_DASH_TITLE.matcher(text);
        if (twoTitles.matches() && isTitleAlone(twoTitles.group(1)) && isTitleAlone(twoTitles.group(2))) {
            // "Architetto – Project Architect": a title and the same post as the firm calls it, no employer
            return Optional.of(new RoleText("", text, Optional.empty(), false));
        }
        Matcher toNow = TO_THE_PRESENT.matcher(text);
        if (toNow.find() && toNow.start() > 0) {
            // "Charge Nurse (Band 6) – Present": the post goes on to this day; "Present" is no employer
            return read(text.substring(0, toNow.start()));
        }
        Matcher bandAside = BAND_ASIDE.matcher(text);
        if (bandAside.find() && bandAside.start() > 0) {
            // "Healthcare Assistant (Band 3, Bank)": the band, and how the post was held, are the title's
            String aside = bandAside.group(1).strip();
            return read(text.substring(0, bandAside.start()) + " " + text.substring(bandAside.end()))
                    .map(r -> r.title().isEmpty()
                            ? r
                            : new RoleText(
                                    r.organization(), r.title() + " (" + aside + ")", r.location(), r.careerBreak()));
        }
        Matcher bandBetween = BAND_BETWEEN.matcher(text);
        if (bandBetween.matches()) {
            // "Staff Nurse, Band 5, Acute Medical Unit": the band and the unit are the title's; the employer, if any,
            // follows them
            String band = bandBetween.group(2).strip();
            String after =
                    bandBetween.group(3) == null ? "" : bandBetween.group(3).strip();
            boolean aUnit = after.isEmpty() || WARD_OR_UNIT.matcher(after).find();
            Optional<RoleText> title = read(bandBetween.group(1) + (aUnit ? "" : ", " + after));
            return title.map(r -> r.title().isEmpty()
                    ? r
                    : new RoleText(
                            r.organization(),
                            r.title() + ", " + band + (aUnit && !after.isEmpty() ? ", " + after : ""),
                            r.location(),
                            r.careerBreak()));
        }
        Matcher band = PAY_BAND.matcher(text);
        if (band.matches()) {
            // "Senior Staff Nurse – Band 6": the pay band is the title's, not an employer
            String grade = band.group(2);
            return read(band.group(1))
                    .map(r -> r.title().isEmpty()
                            ? new RoleText("", r.organization() + " – " + grade, r.location(), r.careerBreak())
                            : new RoleText(r.organization(), r.title() + " – " + grade, r.location(), r.careerBreak()));
        }
        Matcher described = DESCRIBED.matcher(text);
        // "Maison Corvel – sous chef": a title in lower case after the employer, not what the employer is
        // ("Paprika Wheels (food truck) – founder, owner & head chef": the first of its titles is one)
        // (a title's words to its end: not "developer of affordable housing", "chef-owned seafood restaurant")
        // (not "Apprentice Electrician (1st – 4th year)": a range inside brackets)
        boolean isDescribed = described.find() && !insideBrackets(text, described.start());
        boolean titleInLowerCase = isDescribed
                && isTitleInLowerCase(described
                        .group()
                        .replaceFirst("^\\s*[—–]\\s*", "")
                        .split(",")[0]
                        .strip())
                && !isTitle(text.substring(0, described.start()));
        String plain = tidy(PARENTHESES
                .matcher(
                        isDescribed && !titleInLowerCase
                                ? text.substring(0, described.start()) + text.substring(described.end())
                                : text)
                .replaceAll(" "));
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        if (BREAK_WORDS.matcher(plain).find() && !TITLE_WORDS.matcher(plain).find()) {
            return Optional.of(new RoleText("", plain, Optional.empty(), true));
        }
        Matcher tradingAs = TRADING_AS.matcher(plain);
        if (tradingAs.find() && tradingAs.start() > 0) {
            // "Freelance Photographer, trading as Fenwick Frames": the business is the employer
            String business = tidy(tradingAs.group(1));
            Optional<RoleText> before = read(plain.substring(0, tradingAs.start()));
            if (!business.isEmpty() && before.isPresent()) {
                RoleText b = before.get();
                String title = b.title().isEmpty() ? b.organization() : b.title();
                return Optional.of(new RoleText(business, title, b.location(), false));
            }
        }
        Matcher workingAs = WORKING_AS.matcher(plain);
        if (workingAs.matches()) {
            // "Working as Technical Lead in Mphasis Limited, Pune": an IT-services CV's sentence
            String[] place = workingAs.group(2).split(",\\s*", 2);
            return Optional.of(new RoleText(
                    place[0].strip(),
                    workingAs.group(1).strip(),
                    place.length > 1 ? Optional.of(place[1].strip()) : Optional.empty(),
                    false));
        }
        String title = "";
        String rest = plain;
        Matcher at = AT.matcher(plain);
        Matcher through = THROUGH_AGENCY.matcher(plain);
        if (at.find()
                && at.start() > 0
                // "The University of Texas at San Antonio": a university's campus, named with "at"
                && !(EducationReader.INSTITUTION
                                .matcher(plain.substring(0, at.start()))
                                .find()
                        && !isTitle(plain.substring(0, at.start())))) {
            title = plain.substring(0, at.start()).strip();
            rest = plain.substring(at.end()).strip();
        } else if (through.lookingAt()) {
            // "Agency placements through Primeline Recruitment, Corby": the agency stands where the employer would
            title = through.group(1).strip();
            rest = plain.substring(through.end()).strip();
        }
        // strong separators first ("Product Manager, Open Banking | Starling Bank | London"), then commas
        List<String> units = new ArrayList<>();
        // "Automated Logistical Specialist (PFC – Specialist)": a separator inside brackets parts nothing
        for (String unit : WORDS_DASHED_IN_BRACKETS.matcher(rest).find()
                ? splitOutsideBrackets(STRONG, rest)
                : STRONG.split(rest)) {
            if (!tidy(unit).isEmpty()) {
                units.add(tidy(unit));
            }
        }
        Matcher pipe = PIPE.matcher(rest);
        if (title.isEmpty() && pipe.find()) {
            // "Deputy Manager – Team Lead, Commercial Banking | Awolowo Road Branch, Ikoyi": two titles either side
            // of a dash before the line's first bar, one post; the employer after the bar
            String head = rest.substring(0, pipe.start());
            Matcher dashed = TITLE_DASH_TITLE.matcher(head);
            int headUnits = (int) java.util.Arrays.stream(STRONG.split(head))
                    .filter(u -> !tidy(u).isEmpty())
                    .count();
            if (dashed.matches()
                    && isTitle(head)
                    && isPostNotFirm(tidy(dashed.group(1)))
                    && (isPostNotFirm(tidy(dashed.group(2))) || isDepartment(tidy(dashed.group(2))))
                    && headUnits >= 2
                    && headUnits < units.size()) {
                List<String> joined = new ArrayList<>();
                joined.add(tidy(head));
                joined.addAll(units.subList(headUnits, units.size()));
                units = joined;
            }
        }
        if (title.isEmpty() && units.size() >= 2 && looksLikeEmployer(units.get(0)) && !isTitle(units.get(0))) {
            // "Brackenfold Foods Group Ltd, Skipton · PE-backed chilled ready meals | £180m revenue | 900
            // staff": what the firm is and how big, not more of its name nor a title
            List<String> named = new ArrayList<>(units.subList(0, 1));
            units.stream()
                    .skip(1)
                    // "Band 6 Staff Nurse", "software engineer", "6th Grade Math Teacher": a title, whatever its case
                    // or figures
                    .filter(unit -> !DESCRIPTION.matcher(unit).matches()
                            || isTitle(unit)
                                    && (Character.isLetter(unit.codePointAt(0))
                                            || unit.matches("\\d{1,2}(?:st|nd|rd|th)\\s+\\p{Lu}.*")))
                    .forEach(named::add);
            if (named.size() < units.size() && named.stream().skip(1).noneMatch(RoleText::isTitle)) {
                units = named;
                rest = String.join(" · ", named);
            }
        }
        for (int i = units.size() - 1; i > 0; i--) {
            boolean code = TYPE_CODE.matcher(units.get(i)).matches()
                    || units.get(i).matches("\\d{3}(?:-\\d{3})?")
                            && FLIGHT_DECK.matcher(units.get(i - 1)).find();
            if (code && isTitle(units.get(i - 1))) {
                // "Captain - A320", "First Officer - ATR 72-600": the aircraft or model is the title's
                units.set(i - 1, units.get(i - 1) + " - " + units.remove(i));
            }
        }
        List<String> others = new ArrayList<>();
        if (units.size() >= 2) {
            for (String unit : units) {
                if (title.isEmpty() && isTitle(unit)) {
                    title = unit;
                } else if (!title.isEmpty()
                        && others.isEmpty()
                        && isTitle(unit)
                        && !isOrganization(unit)
                        && rest.contains("; " + unit)) {
                    title = title + "; " + unit; // "Non-Executive Director; Chair of Audit & Risk Committee"
                } else if (!title.isEmpty()
                        // "HEAD OF CONTRACT LOGISTICS OPERATIONS – NORTHERN ITALY": the region the post covers
                        && (isDepartment(unit) || others.isEmpty() && isRegion(unit))
                        && titleDashedTo(title, unit, rest).isPresent()) {
                    // "Engineering Manager – Mechanical": the discipline led, the dash as written
                    title = titleDashedTo(title, unit, rest).get();
                } else {
                    others.add(unit);
                }
            }
            // "Teacher of ICT (NQT), Pellingham Community College — Dunmore": title and employer, then the town
            int comma = title.lastIndexOf(", ");
            if (comma > 0
                    && others.size() == 1
                    && looksLikePlace(others.get(0))
                    && (isOrganization(title.substring(comma + 2))
                            // "Bookkeeper, Astbury Bookkeeping — Market Brayton": a title, then no title, no
                            // department and no place: the employer
                            || isTitle(title.substring(0, comma))
                                    && !isTitle(title.substring(comma + 2))
                                    && !isDepartment(title.substring(comma + 2))
                                    // "Product Manager, Open Banking": the field, not the employer
                                    && !FIELD_WORDS
                                            .matcher(title.substring(comma + 2))
                                            .find()
                                    && !looksLikePlace(title.substring(comma + 2)))) {
                others.add(0, title.substring(comma + 2).strip());
                title = title.substring(0, comma).strip();
            }
            Optional<List<String>> inTheTitle = others.size() == 1
                            && looksLikePlace(others.get(0))
                            && !ARRANGEMENT.matcher(others.get(0)).matches()
                            // the place after the title, as a margin's country is read after the dates
                            && rest.indexOf(others.get(0)) > rest.indexOf(title)
                    ? employerAndTownInTheTitle(title, others.get(0))
                    : Optional.empty();
            if (inTheTitle.isPresent()) {
                // "Doctoral Researcher, University of Warsaw, Faculty of Chemistry, Warsaw · 2016–2021 Poland": the
                // employer and the town within the title's unit, the country after the dates
                title = inTheTitle.get().get(0);
                others = new ArrayList<>(
                        inTheTitle.get().subList(1, inTheTitle.get().size()));
            }
            if (title.isEmpty() && others.size() >= 2) {
                // "Operations Manager, Brazos Ridge Distribution Co. -- Temple, TX": the legal form hid the title
                Optional<String[]> split = titleThenEmployer(others.get(0));
                if (split.isPresent()) {
                    title = split.get()[0];
                    others.set(0, split.get()[1]);
                }
            }
            if (!title.isEmpty()
                    && !others.isEmpty()
                    && others.stream().allMatch(o -> ARRANGEMENT.matcher(o).matches())) {
                // "Secondment – In-house Legal Counsel, Norvale Logistics Ltd, Warrington": the employer in the title's
                // unit
                Optional<String[]> split = titleThenEmployer(title);
                if (split.isPresent()) {
                    title = split.get()[0];
                    others.add(split.get()[1]);
                }
            }
            // "Clinical Practice Educator (Band 7) – SECONDMENT": how the post was held, not who employed her
            for (java.util.Iterator<String> it = others.iterator(); it.hasNext(); ) {
                String unit = it.next();
                if (!title.isEmpty() && ARRANGEMENT.matcher(unit).matches()) {
                    title = title + " (" + unit.toLowerCase(Locale.ROOT) + ")";
                    it.remove();
                }
            }
            // "Freelance — Frontend Consultant": the way of working stands where an employer would
            if (SELF_EMPLOYED.matcher(title).matches() && !others.isEmpty() && isTitle(others.get(0))) {
                String employer = title;
                title = others.remove(0);
                others.add(0, employer);
            }
        } else {
            // "Regional Driver (CDL-A, Hazmat)": a comma inside brackets parts nothing
            String[] segments = splitOutsideBrackets(WEAK, rest);
            String arrangement = "";
            for (int k = 0; k < segments.length; k++) {
                String s = tidy(segments[k]);
                if (s.isEmpty()) {
                    continue;
                }
                String firstLanguage = s.split("\\s+/\\s+", 2)[0];
                if (title.isEmpty()
                        && arrangement.isEmpty()
                        && !isTitle(s)
                        && ARRANGEMENT.matcher(firstLanguage).matches()) {
                    // "Acting assignment / Intérim: Acting Senior Policy Analyst": how the post was held, before it
                    arrangement = firstLanguage;
                    continue;
                }
                Optional<String[]> titleAndFirm =
                        title.isEmpty() && others.isEmpty() ? titleBeforeAFirm(s) : Optional.empty();
                if (!title.isEmpty()
                        && others.isEmpty()
                        && (TEAM.matcher(s).matches()
                                || isDepartment(s)
                                // "Sales Director, UK & Ireland": the region the title covers
                                || isRegion(s)
                                // "Account Executive, Mid-Market": the market the title sells to
                                || MARKET_SEGMENT.matcher(s.strip()).matches()
                                // "Relationship Manager, Assistant Vice President": the bank's corporate rank
                                || CORPORATE_RANK.matcher(s.strip()).matches()
                                // "group lead Nutrient Recovery", not "eBay" nor "remote"
                                || s.matches("\\p{Ll}+\\s.*")
                                        && !PLACE_WORDS.matcher(s).matches())) {
                    // "Software Engineering Intern, Platform team": where, not who; "Senior Researcher, group
                    // lead Nutrient Recovery": more of the title
                    title = title + ", " + s;
                } else if (titleAndFirm.isPresent()) {
                    // "DEVELOPMENT ENGINEER BRAUER & SÖHNE MASCHINENBAU GMBH": the Europass form's title and
                    // employer on one line, parted by type only
                    String[] split = titleAndFirm.get();
                    title = split[0];
                    others.add(split[1]);
                } else if (title.isEmpty()
                        && isTitle(s)
                        // "530th Combat Sustainment Support Battalion", "IT Support Group": a title's word
                        // ("Support") inside a name that its last word makes an organization's
                        && !ORGANIZATION_WORDS.matcher(splitTitle(s)[1]).matches()) {
                    String[] split = splitTitle(s);
                    boolean employerFollows = java.util.Arrays.stream(segments, k + 1, segments.length)
                            .anyMatch(next -> isOrganization(tidy(next)));
                    // "Development Engineer Battery Thermal Management, Auerwald Mobility AG": the field is
                    // the title's when the employer follows
                    title = employerFollows && !isOrganization(split[1]) ? s : split[0];
                    if (!split[1].isEmpty() && !title.equals(s)) {
                        others.add(split[1]);
                    }
                } else {
                    others.add(s);
                }
            }
            if (!arrangement.isEmpty() && title.isEmpty()) {
                others.add(0, arrangement);
            } else if (!arrangement.isEmpty()
                    && !title.toLowerCase(Locale.ROOT)
                            .contains(arrangement.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                title = title + " (" + arrangement.toLowerCase(Locale.ROOT) + ")";
            }
        }
        if (BREAK_WORDS.matcher(title).find() && others.isEmpty()) {
            return Optional.of(new RoleText("", title, Optional.empty(), true));
        }
        Optional<String> location = Optional.empty();
        List<String> organizations = new ArrayList<>();
        for (String other : others) {
            if (PLACE_WORDS.matcher(other).matches()) {
                location = Optional.of(other);
            } else if (units.size() >= 2 && !organizations.isEmpty() && location.isEmpty() && looksLikePlace(other)) {
                location = Optional.of(other);
            } else if (units.size() >= 2 && organizations.isEmpty() && other.contains(", ")) {
                // "Harbourline Networks, Bristol" as one unit
                List<String> parts = new ArrayList<>(List.of(WEAK.split(other)));
                int firm = firmAfterTheTitlesUnits(parts);
                if (!title.isEmpty() && firm > 0) {
                    // "Team Leader – Goods In (Nights), Kestrel Home Retail Ltd, National Distribution Centre,
                    // Daventry": the shift or team the title's, the firm with its legal form the employer, the
                    // site and the town where
                    title = title + " – "
                            + String.join(", ", parts.subList(0, firm)).strip();
                    organizations.add(parts.get(firm).strip());
                    if (firm + 1 < parts.size()) {
                        location = Optional.of(String.join(", ", parts.subList(firm + 1, parts.size()))
                                .strip());
                    }
                    continue;
                }
                if (!title.isEmpty()
                        && parts.size() >= 2
                        && isDepartment(parts.get(0))
                        && !looksLikePlace(String.join(", ", parts.subList(1, parts.size())))) {
                    // "Senior Engineer – Data Platform, Acme Ltd": the team the title works in, then the employer
                    title = title + " – " + parts.remove(0).strip();
                }
                // "St Aldhelm's Hospital, NHS – Bristol (Reino Unido)", "Royal Infirmary, NHS Lothian – Edinburgh":
                // the town after the last separator is where, the words after the comma more of the employer's
                String last = others.get(others.size() - 1);
                boolean townAfter = other != last
                        && looksLikePlace(
                                PARENTHESES.matcher(last).replaceAll(" ").strip())
                        && !isCountry(PARENTHESES.matcher(last).replaceAll(" ").strip());
                organizations.add(townAfter ? other.strip() : parts.remove(0).strip());
                if (townAfter) {
                    continue;
                }
                if (!parts.isEmpty() && looksLikePlace(String.join(", ", parts))) {
                    location = Optional.of(String.join(", ", parts).strip());
                } else {
                    organizations.addAll(parts);
                }
            } else if (location.isPresent() && isCountry(other)) {
                location = Optional.of(location.get() + ", " + other); // "Acme Ltd, Leeds – UK": the town's country
            } else {
                organizations.add(other);
            }
        }
        // "Halvorsen Logistics, Inc., Austin, TX": the legal form belongs to the name, "Austin, TX" is where
        if (organizations.size() >= 3
                && location.isEmpty()
                && organizations.get(organizations.size() - 1).matches("\\p{Lu}{2}")
                && looksLikePlace(organizations.get(organizations.size() - 2))) {
            String state = organizations.remove(organizations.size() - 1);
            location = Optional.of(organizations.remove(organizations.size() - 1) + ", " + state);
        }
        if (organizations.size() >= 2
                && location.isEmpty()
                && COUNTY.matcher(organizations.get(organizations.size() - 1)).matches()) {
            // "Glenview Nursing Home, Mallow, Co. Cork": a town and its county, not a company ("Co.")
            String county = organizations.remove(organizations.size() - 1);
            location = organizations.size() >= 2 && looksLikePlace(organizations.get(organizations.size() - 1))
                    ? Optional.of(organizations.remove(organizations.size() - 1) + ", " + county)
                    : Optional.of(county);
        }
        if (organizations.size() == 2
                && SHOPPING_SITE.matcher(organizations.get(1)).find()) {
            // "Copperfield Home, Eastgate Town Center, Columbus, OH": the store's chain, then the mall it stands in
            String site = organizations.remove(1);
            location = Optional.of(location.map(l -> site + ", " + l).orElse(site));
        }
        for (int i = organizations.size() - 1; i > 0; i--) {
            if (COMPANY_SUFFIX.matcher(organizations.get(i)).matches()) {
                String form = organizations.remove(i);
                organizations.set(i - 1, organizations.get(i - 1) + ", " + form);
            }
        }
        if (!title.isEmpty()
                && organizations.size() >= 2
                && (EducationReader.DEGREE.matcher(organizations.get(0)).lookingAt()
                        || COURSE.matcher(organizations.get(0)).find())
                && EducationReader.INSTITUTION.matcher(organizations.get(1)).find()) {
            // "Sessional Lecturer, MFA Fine Art, Tayside University, Dundee": the programme taught on, then the school
            title = title + " – " + organizations.remove(0);
        }
        if (!title.isEmpty()
                && organizations.size() >= 2
                && NAMED_DEPARTMENT.matcher(organizations.get(0)).matches()
                && isOrganization(organizations.get(1))) {
            // "Senior Research Analyst, Economic Research Department, Nordmark Central Bank": the
            // department is where in the employer, the bank who employed her
            title = title + ", " + organizations.remove(0);
        }
        // "Harbourline Networks, Bristol": an organization and its town; three or more names are
        // several organizations in one entry ("Able.ag, Antidote.me, Made.com")
        if (organizations.size() == 2 && location.isEmpty() && looksLikePlace(organizations.get(1))) {
            location = Optional.of(organizations.remove(1));
        } else if (organizations.size() >= 3
                && location.isEmpty()
                && looksLikePlace(organizations.get(organizations.size() - 2))
                // "…, Skipton, North Yorkshire": a county of two words too, when it names no organization
                && (organizations.get(organizations.size() - 1).matches("\\p{Lu}{2,3}|\\p{Lu}\\p{L}+")
                        || organizations.get(organizations.size() - 1).matches("\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+")
                                && looksLikePlace(organizations.get(organizations.size() - 1))
                                && !isOrganization(organizations.get(organizations.size() - 1)))
                && !COMPANY_SUFFIX
                        .matcher(organizations.get(organizations.size() - 1))
                        .find()
                && (organizations.size() == 3
                        || isCountry(organizations.get(organizations.size() - 1))
                                && isOrganization(organizations.get(organizations.size() - 3)))) {
            // "…, Universidade de Montalvo, Porto Sereno, Portugal": the town and its country
            String country = organizations.remove(organizations.size() - 1);
            location = Optional.of(organizations.remove(organizations.size() - 1) + ", " + country);
        }
        if (units.size() < 2
                && !title.isEmpty()
                && organizations.size() >= 2
                && isDepartmentThenEmployer(organizations)) {
            // "Specialist Pharmacist, Adult Critical Care, Kirkstall Valley Teaching Hospitals NHS Trust"
            String employer = organizations.remove(organizations.size() - 1);
            title = title + ", " + String.join(", ", organizations);
            organizations = new ArrayList<>(List.of(employer));
        }
        String organization = String.join(", ", organizations);
        java.util.regex.Matcher place = PLACE_IN_PARENTHESES.matcher(organization);
        if (place.find()
                && location.isEmpty()
                && !FIELD_WORDS.matcher(place.group(1)).find()) {
            // "Doctolib (Lyon)": the town in brackets after the employer, not a ward's specialty ("(Cardiology)")
            location = Optional.of(place.group(1));
            organization = organization.substring(0, place.start()).strip();
        }
        if (organization.isEmpty() && title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RoleText(organization, title, location, false));
    }

    /** Whether the line names a role by labels ("Organization: …; Role: …"): then all of it counts. */
    /**
     * "Employer · M/s. Nasser S. Al-Hajri Corporation (NSH)", "Designation · HSE Engineer": a form's table of two
     * columns read cell by cell, the label and its value, as "Employer: …".
     */
    private static final Pattern TABLE_LABEL = Pattern.compile(
            "^(\\W*(?i:employer|company|organi[sz]ation|designation|positions?|job title|duration|period))\\s+·\\s+(?=\\S)");

    static String withTableLabels(String text) {
        return TABLE_LABEL.matcher(text).replaceFirst("$1: ");
    }

    static boolean hasLabels(String given) {
        String text = withTableLabels(given);
        if (WHERE.matcher(text).find() && WHAT.matcher(text).find()) {
            return true;
        }
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            if (!m.group(1).toLowerCase(Locale.ROOT).matches("location|city|place|post|grade")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line alone names an employer: a legal form or an organization's word ("Labs",
     * "Trust"), capitals, an ampersand, or a name and its town ("Brackenfield Water · Stanmere").
     */
    static boolean looksLikeEmployer(String line) {
        // "Veldt Logistics — Remote (Rotterdam, NL)": what is in brackets aside
        String[] split = line.replaceAll("\\s*\\([^()]*\\)", "").split("\\s*[·|,—–]\\s*|\\s+-\\s+");
        // "Kirkstall Ventures, Leeds · seed fund for Northern B2B software": what the firm is aside
        String[] parts = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(split[0]),
                        java.util.Arrays.stream(split, 1, split.length)
                                .filter(part ->
                                        !DESCRIPTION.matcher(part.strip()).matches()))
                .toArray(String[]::new);
        String name = parts[0].strip();
        String letters = name.replaceAll("[^\\p{L}]", "");
        boolean evidence = COMPANY_SUFFIX.matcher(name).find()
                || hasLegalFormInBrackets(line)
                // "Brazos Ridge Engineering, Inc. - San Antonio, TX": the legal form after the name's comma
                || parts.length >= 2 && isLegalFormAlone(parts[1])
                // "William Osler Health System, Brampton Civic Hospital · Brampton, ON": the site is one by its word
                || parts.length >= 2 && ORGANIZATION_WORDS.matcher(parts[1]).find() && !isTitle(parts[1])
                || ORGANIZATION_WORDS.matcher(name).find()
                // "Research Computing Service, University of Westmarch": a unit, then the institution it is of
                || parts.length == 2
                        && EducationReader.INSTITUTION.matcher(parts[1]).find()
                || name.contains("&")
                || letters.length() >= 4 && letters.equals(letters.toUpperCase(Locale.ROOT));
        // "Kessling Home Centers · Hilliard, OH": a name, its town and the town's state or province
        // ("The Quay Street Kitchen, Galway, Ireland": a town and its country)
        // ("The Grey Heron, Boston Spa – Hallam & Vale Inns": a pub, its village and the group that owns it)
        boolean nameAndTown = (parts.length == 2
                        || parts.length == 3
                                && (parts[2].strip().matches("\\p{Lu}{2}")
                                        || isCountry(parts[2].strip())
                                        || isOrganization(parts[2].strip())))
                && name.split("\\s+").length <= 5
                // ("Loggi — São Paulo/SP": a Brazilian town and its state's letters)
                && parts[1].strip().matches("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2}(?:/\\p{Lu}{2})?");
        return evidence || nameAndTown;
    }

    static final Pattern CLOSING_BRACKETS = Pattern.compile("\\(([^()]+)\\)\\s*$");

    /** "DB Schenker (Schenker Sp. z o.o.)": a name, then the company's full name with its legal form in brackets. */
    private static boolean hasLegalFormInBrackets(String name) {
        Matcher bracketed = CLOSING_BRACKETS.matcher(name.strip());
        return bracketed.find()
                && COMPANY_SUFFIX.matcher(bracketed.group(1).strip()).find();
    }

    /** A name with an organization's word or legal form: "Pellingham Community College", "Acme Ltd". */
    static boolean isOrganization(String name) {
        return ORGANIZATION_WORDS.matcher(name).find()
                || COMPANY_SUFFIX.matcher(name).find()
                || hasLegalFormInBrackets(name)
                || EducationReader.INSTITUTION.matcher(name).find();
    }

    /**
     * "Operations Manager, Brazos Ridge Distribution Co.": a title and an employer in one unit,
     * parted at the first comma after which an organization's name, not another title, follows.
     */
    private static Optional<String[]> titleThenEmployer(String unit) {
        String[] parts = unit.split("\\s*,\\s+");
        for (int k = 1; k < parts.length; k++) {
            String head = String.join(", ", java.util.Arrays.copyOfRange(parts, 0, k));
            String tail = String.join(", ", java.util.Arrays.copyOfRange(parts, k, parts.length));
            // "…, S.L.": a legal form alone is the end of the firm's name, not a firm
            if (isTitle(head)
                    && (isOrganization(tail) || isOrganization(parts[k]))
                    && !isTitle(parts[k])
                    && !COMPANY_SUFFIX.matcher(tail).matches()) {
                return Optional.of(new String[] {head, tail});
            }
        }
        return Optional.empty();
    }

    /**
     * A title and then a firm named with its legal form, with nothing between them, in capitals: "MECHANICAL DESIGN
     * ENGINEER LINDQVIST HYDRAULICS AB"; the title up to its last title word, the firm at least two words.
     */
    private static Optional<String[]> titleBeforeAFirm(String segment) {
        // in capitals, as the form prints it: not "Bramley Contract Catering Ltd", a firm whose name holds a title's
        // word
        if (!hasLegalForm(segment) || !segment.equals(segment.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<String[]> found = Optional.empty();
        Matcher m = TITLE_WORDS.matcher(segment);
        while (m.find()) {
            String head = segment.substring(0, m.end()).strip();
            String firm = segment.substring(m.end()).strip();
            if (!firm.isEmpty()
                    && Character.isUpperCase(firm.codePointAt(0))
                    && firm.split("\\s+").length >= 2
                    && hasLegalForm(firm)
                    && isTitle(head)) {
                found = Optional.of(new String[] {head, firm});
            }
        }
        return found;
    }

    /** Whether a place in the text is inside brackets opened before it and not yet closed. */
    private static boolean insideBrackets(String text, int at) {
        String before = text.substring(0, at);
        return before.chars().filter(c -> c == '(').count()
                > before.chars().filter(c -> c == ')').count();
    }

    private static String[] splitOutsideBrackets(Pattern separator, String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int from = 0;
        while (m.find()) {
            if (insideBrackets(text, m.start())) {
                continue;
            }
            parts.add(text.substring(from, m.start()));
            from = m.end();
        }
        parts.add(text.substring(from));
        return parts.toArray(String[]::new);
    }

    /** "Data Platform", "Platform Engineering": words of a field only, a part of the employer. */
    static boolean isDepartment(String segment) {
        String[] words = segment.strip().split("\\s+|(?<=\\p{L})-(?=\\p{L})");
        if (words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (!FIELD_WORDS.matcher(word).matches() && !word.matches("&|and")) {
                return false;
            }
        }
        return true;
    }

    /** "Portfolio Preparation evening classes": what a teacher taught on. */
    private static final Pattern COURSE = Pattern.compile("(?i)\\b(classes|courses?|programmes?|modules?)\\b");

    /** Which part after the first is a firm by its legal form ("… Ltd") when the first is none: -1 if none is. */
    private static int firmAfterTheTitlesUnits(List<String> parts) {
        if (parts.size() < 2
                || isOrganization(parts.get(0).strip())
                || looksLikeEmployer(parts.get(0).strip())) {
            return -1;
        }
        for (int k = 1; k < parts.size(); k++) {
            String part = parts.get(k).strip();
            // a name and its legal form ("Kestrel Home Retail Ltd"), not a state's code alone ("CO"); "London, Acme
            // Solutions Ltd", the firm last after a town, is where and who, not more of the title
            // (not a legal form alone, after its name's comma: "…, S.A. de C.V.")
            if (part.contains(" ") && COMPANY_SUFFIX.matcher(part).find() && !isLegalFormAlone(part)) {
                boolean townFirst =
                        k == parts.size() - 1 && looksLikePlace(parts.get(0).strip());
                return townFirst ? -1 : k;
            }
        }
        return -1;
    }

    /** "Independent Consulting", "Freelance work", "Contract roles": a heading that names a way of working. */
    static boolean namesAWayOfWorking(String heading) {
        return WAY_OF_WORKING_HEADING.matcher(heading.strip()).matches();
    }

    private static final Pattern WAY_OF_WORKING_HEADING = Pattern.compile(
            "(?i)(independent|freelance|self-employed|contract|interim)(\\s+(consulting|consultancy|work|roles|engagements"
                    + "|assignments|contracts|projects|practice))?");

    static boolean isWayOfWorking(String title) {
        return SELF_EMPLOYED.matcher(title.strip()).matches();
    }

    /** "sous chef", "line cook", "founder": a few words ending in a title's word, with no "of" or "for". */
    private static boolean isTitleInLowerCase(String text) {
        if (text.split("\\s+").length > 4 || text.matches("(?i).*\\b(of|for|in|with|to|at|and)\\b.*")) {
            return false;
        }
        if (CJK_TITLE.matcher(text).find()) {
            return true; // "高级产品经理", "iOS 开发工程师", "데이터 엔지니어", "팀장": a title in Chinese, Japanese or Korean
        }
        Matcher m = TITLE_WORDS.matcher(text);
        while (m.find()) {
            if (m.end() == text.length()) {
                return isTitle(text);
            }
        }
        return false;
    }

    static boolean isTitle(String text) {
        return hasTitleWord(text) && !COMPANY_SUFFIX.matcher(text.strip()).find() && !startsWithADegree(text);
    }

    /** The words a title in Chinese, Japanese or Korean ends in: manager, engineer, assistant, intern, team lead… */
    private static final Pattern CJK_TITLE =
            Pattern.compile("(?:经理|經理|工程师|工程師|总监|總監|助理|实习生|實習生|专员|專員|主管|设计师|設計師|分析师|分析師|顾问|顧問|负责人|負責人"
                    + "|架构师|架構師|产品专家|组长|組長|总裁|總裁|主任|会计师?|會計師?|研究员|研究員|管培生|讲师|講師|教师|教師|律师|律師"
                    + "|医生|醫生|护士|護士|課長|係長|部長|社員|エンジニア|マネージャー|リーダー|デザイナー|アナリスト|コンサルタント"
                    + "|팀장|사원|대리|과장|차장|부장|주임|연구원|엔지니어|개발자|매니저|디자이너|인턴|선임|책임|수석)");

    private static final Pattern PLACEMENT =
            Pattern.compile("(?i)\\b(placement|year in industry|industrial year|sandwich year)\\b");

    /**
     * Whether a word of a title is in the text. "Engineering" names a field, so it makes a title only
     * beside another such word ("Head of Engineering", "Engineering Manager"), not in "Pennard Ground
     * Engineering".
     */
    private static boolean hasTitleWord(String text) {
        if (PLACEMENT.matcher(text).find()) {
            return true; // "Engineering Placement" ("Co-op" is as often a firm's name)
        }
        if (CJK_TITLE.matcher(text).find()) {
            return true; // "高级产品经理", "iOS 开发工程师", "데이터 엔지니어", "팀장": a title in Chinese, Japanese or Korean
        }
        Matcher m = TITLE_WORDS.matcher(text);
        while (m.find()) {
            // "Ballyhoura Dairy Co-operative": a firm of its members, no operative
            boolean coOperative = m.group().equalsIgnoreCase("operative")
                    && text.substring(0, m.start()).toLowerCase(Locale.ROOT).endsWith("co-");
            if (!m.group().equalsIgnoreCase("engineering") && !coOperative) {
                return true;
            }
        }
        return false;
    }

    /** "BSc Paramedic Science, University of Hertfordshire", "B.E. (ECE)": a degree, not "Master Electrician". */
    private static boolean startsWithADegree(String text) {
        Matcher degree = EducationReader.DEGREE.matcher(text.strip());
        return degree.lookingAt()
                && degree.group(1).matches(".*\\..*|\\p{Lu}\\p{Ll}*\\p{Lu}.*")
                // "PhD Candidate", "MSc Student", "PhD Research Intern": a title after all
                && !text.strip()
                        .substring(degree.end())
                        .matches("(?i)\\s*(?:research\\s+|visiting\\s+|summer\\s+)?"
                                + "(candidate|student|researcher|fellow|intern|trainee|scholar)\\b.*");
    }

    private static final Pattern TITLE_GRADE =
            Pattern.compile("\\s+(?:(?:level|grade|band)\\s+)?(?:I{1,3}|IV|V|VI{1,3}|\\d)\\b(?![.,]\\d)");

    /**
     * "Machine Learning Engineer Grab" → ["Machine Learning Engineer", "Grab"]: a title runs to its
     * last title word; capitalised words after it are a name.
     */
    private static String[] splitTitle(String segment) {
        Matcher m = TITLE_WORDS.matcher(segment);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return new String[] {segment, ""}; // "Final placement graded Outstanding": a placement, no title word
        }
        // "Clinical Research Associate II", "Engineer 2", "Analyst Level 3": a grade goes with the title
        Matcher grade = TITLE_GRADE.matcher(segment.substring(end));
        if (grade.lookingAt()) {
            end += grade.end();
        }
        String after = segment.substring(end).strip();
        String upToTitle = segment.substring(0, end);
        if (upToTitle.lastIndexOf('(') > upToTitle.lastIndexOf(')')) {
            // "Graduate Civil Engineer (Graduate Development Scheme)": a word inside brackets ends no title
            return new String[] {segment, ""};
        }
        if (after.isEmpty()
                || !Character.isUpperCase(after.codePointAt(0))
                || after.split("\\s+").length > 4
                // "HEAD OF GROWTH MARKETING" in capitals: "OF" continues the title as "of" does
                || after.matches("(?i)(of|for|in|to|and|&)\\b.*")
                // "CHEF DE PARTIE", "Chef de Cuisine": "de" continues a French title as "of" does
                || after.matches("(?i)(de|du|des|de la)\\s+\\p{L}+")) {
            return new String[] {segment, ""};
        }
        Matcher complemented = TITLE_BEFORE_ITS_FIELD.matcher(segment);
        if (complemented.lookingAt() && complemented.end() >= end && !isOrganization(after)) {
            // "Responsable Supply Chain Régional", "Projektleiter Getriebeentwicklung": the field after a French,
            // Spanish or German title is the title's, as "Head of" takes one in English
            return new String[] {segment, ""};
        }
        // "Head of Data Platform": "of" continues the title
        String before = segment.substring(0, end).strip();
        return new String[] {before, after};
    }

    /** Whether a title names the field it covers after its title word: "Junior Berater SAP FI/CO". */
    static boolean namesItsField(String title) {
        String t = title.strip();
        Matcher m = TITLE_BEFORE_ITS_FIELD.matcher(t);
        return m.lookingAt() && m.end() < t.length();
    }

    /** Whether the text ends in a firm's branch in a town: "Randstad, vestiging Amersfoort". */
    static boolean namesABranch(String text) {
        Matcher branch = BRANCH.matcher(text);
        return branch.find() && branch.start() > 0;
    }

    /**
     * A French, Spanish, Portuguese, Italian or German title that the field it covers follows, in capitals as
     * often as not ("Responsable Marketing Digital", "Ingeniero Calidad", "Projektleiter Getriebeentwicklung").
     */
    private static final Pattern TITLE_BEFORE_ITS_FIELD = Pattern.compile(
            "(?iu)(?:(?:senior|junior|stellv\\.|leitende[rn]?)\\s+)?(?:responsable|responsabile|directeur|directrice"
                    + "|ing[ée]nieure?|technicien(?:ne)?|gestionnaire|approvisionneu(?:r|se)|acheteu(?:r|se)"
                    + "|contr[ôo]leu(?:r|se)|analyste|ingenier[oa]|jef[ea]|director(?:a)?|gerente|coordinador(?:a)?"
                    + "|t[ée]cnic[oa]|analista|engenheir[oa]|coordenador(?:a)?|diretor(?:a)?"
                    // "Desenvolvedora Full Stack Pleno", "Desarrollador Backend Senior": the stack and the level
                    + "|desenvolvedor(?:a)?|desarrollador(?:a)?|programador(?:a)?|arquitet[oa]|consultor(?:a)?"
                    // "Consultante senior Data & BI", "Chargée d'études marketing", "Chef de projet digital"
                    + "|consultante?|charg[ée]e?\\s+d(?:e\\s|['’])\\s*\\p{L}+|chef(?:fe)?\\s+de\\s+projets?"
                    + "|\\p{L}*(?:ingenieur|leiter|entwickler|berater|referent)(?:in)?)(?![\\p{L}])");

    /** The title and the unit after it as written, a dash between them ("Area Sales Manager - North"). */
    private static Optional<String> titleDashedTo(String title, String unit, String text) {
        Matcher m = Pattern.compile(Pattern.quote(title) + "\\s+[–—-]{1,2}\\s+" + Pattern.quote(unit))
                .matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static final Pattern ANY_BRACKETS = Pattern.compile("\\([^()]*\\)");

    /** A firm's branch in a town, in Dutch, German, Spanish, Italian or French: ", vestiging Amersfoort". */
    private static final Pattern BRANCH = Pattern.compile(
            "(?i),\\s+(?:vestiging|filiaal|niederlassung|standort|sucursal(?: de)?|filiale(?: di)?|agence(?: de)?)\\s+"
                    + "(\\p{Lu}[\\p{L}' -]{1,40})$");

    /** A unit of an employer, then " / " and the title held there: "Heat Exchanger Development Group / Research Engineer". */
    private static final Pattern UNIT_THEN_TITLE = Pattern.compile("(?i)([^/]*?\\b(department|dept\\.?|division|section"
            + "|group|team|unit|cent(?:er|re)|plant|office|laborator(?:y|ies)|lab)\\b[^/]*?)\\s+/\\s+([^/]+)");

    /** Countries by their English names (from the JDK's list of ISO countries) and a few more. */
    private static final java.util.Set<String> COUNTRIES = countries();

    private static java.util.Set<String> countries() {
        java.util.Set<String> names = new java.util.HashSet<>(
                java.util.Set.of("uk", "usa", "us", "england", "scotland", "wales", "northern ireland"));
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return java.util.Set.copyOf(names);
    }

    /** "UK & Ireland", "South", "EMEA": the region a title covers ("Sales Director, UK & Ireland"), not an employer. */
    private static final Pattern REGION = Pattern.compile(
            // bare "Northern", "Central" or "Global" name companies too ("Train Manager, Northern")
            "(?i)(?:north|south|east|west)(?:[ -](?:east|west))?|(?:north|south|east|west|northern|southern|eastern|western"
                    + "|central)[ -](?:europe|america|asia|africa|england|region)|midlands|emea|apac|apj|latam|dach|benelux"
                    + "|nordics|americas|europe|asia|asia[ -]pacific|middle east");

    private static final Pattern PART_OF_A_COUNTRY = Pattern.compile(
            "(?i)(?:north|south|east|west|northern|southern|eastern|western|central)(?:[ -](?:east|west))?[ -](.+)");

    /** "Mid-Market", "Enterprise", "SMB", "Strategic Accounts": the customers a sales title covers. */
    private static final Pattern MARKET_SEGMENT = Pattern.compile(
            "(?i)(mid[- ]?market|smb|sme|enterprise|commercial|corporate|strategic|public sector|federal|majors"
                    + "|emerging|(?:strategic|key|named|global|major|new|enterprise) accounts|new business|inside sales)");

    /** A bank's or a consultancy's rank held with a title, not a title of its own: "Vice President", "AVP". */
    private static final Pattern CORPORATE_RANK = Pattern.compile(
            "(?i)(?:(?:senior|executive|assistant|first)\\s+)?vice[- ]president|(?:associate|executive|managing)\\s+director"
                    + "|a?vp|svp|evp");

    static boolean isRegion(String text) {
        String t = text.strip();
        if (REGION.matcher(t).matches()) {
            return true;
        }
        Matcher part = PART_OF_A_COUNTRY.matcher(t);
        if (part.matches() && isCountry(part.group(1))) {
            return true; // "Northern Italy", "South West England"
        }
        String[] parts = t.split("\\s*(?:&|\\band\\b|,|/)\\s*");
        return parts.length >= 2
                && java.util.Arrays.stream(parts)
                        .allMatch(p -> isCountry(p) || REGION.matcher(p).matches());
    }

    /**
     * Whether a role's organization and location read "Cambridge" and "UK", "Austin" and "TX": a town and
     * its country or state, not an employer.
     */
    static boolean isTownOfRegion(String organization, Optional<String> location) {
        return location.filter(l -> isCountry(l) || UsStates.isCode(l.strip())).isPresent()
                && organization.matches("\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){0,2}")
                && !isOrganization(organization)
                && !hasLegalForm(organization)
                && !isTitle(organization);
    }

    static boolean isCountry(String name) {
        // "The Netherlands", "the Philippines": the article is no part of the name
        // "Sultanate of Oman", "Kingdom of Saudi Arabia", "Republic of Korea": a country by its formal name
        return COUNTRIES.contains(name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^the\\s+", "")
                .replaceFirst(
                        "^(?:sultanate|(?:hashemite )?kingdom|state|republic|federal republic|commonwealth) of (?:the )?",
                        ""));
    }

    /** "Economic Research Department", "Credit Risk Division": a part of an employer, named before it. */
    private static final Pattern NAMED_DEPARTMENT =
            Pattern.compile("(?i)\\p{Lu}[\\p{L}&' -]{1,40}\\s(?:department|dept\\.?|division|unit|directorate)");

    private static final Pattern DEPARTMENT =
            Pattern.compile("(?i)(dept\\.?|department|school|faculty|division|institute) of\\b");

    /**
     * "Department of Medicine", "Division of Cardiology", "Pulmonary Section": a unit of an employer, not one (beside
     * NAMED_DEPARTMENT and DEPARTMENT, which also take a directorate, a school or an institute of a
     * university for a department).
     */
    private static final Pattern PART_OF_AN_ORGANIZATION =
            Pattern.compile("(?i)^(?:the\\s+)?(?:department|dept\\.?|division|section|unit|faculty)\\s+(?:of|for)\\s+.*"
                    + "|.*\\b(?:dept\\.?|department|division|section|unit)$");

    static boolean isPartOfAnOrganization(String name) {
        return PART_OF_AN_ORGANIZATION.matcher(name.strip()).matches();
    }

    /** The last name is clearly an organization's, the ones before it clearly not. */
    private static boolean isDepartmentThenEmployer(List<String> names) {
        String last = names.get(names.size() - 1);
        if (!isOrganization(last)) {
            return false;
        }
        // "Dept. of Environmental Engineering" is a department; "Able.ag" a name
        return names.subList(0, names.size() - 1).stream()
                .noneMatch(n -> isOrganization(n) && !DEPARTMENT.matcher(n).lookingAt() || n.matches(".*\\w\\.\\w.*"));
    }

    /**
     * An employer line of several parts split into where in it, who and where: "Emergency Department,
     * Sallowfield General Hospital, Tarnbury & Sallowfield NHS Foundation Trust, Tarnbury" is a
     * department (for the title), the hospital and its trust, and the town. Empty when the parts are
     * not that clear.
     */
    static Optional<RoleText> departmentEmployerTown(String line, String title) {
        List<String> parts = new ArrayList<>();
        for (String part : line.split(",\\s+")) {
            if (!parts.isEmpty() && isLegalFormAlone(part)) {
                // "Constructora e Ingeniería del Norte, S.A. de C.V.": a legal form after its name's comma
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + part);
            } else {
                parts.add(part);
            }
        }
        if (parts.size() < 3) {
            return Optional.empty();
        }
        Optional<String> town = Optional.empty();
        if (looksLikePlace(parts.get(parts.size() - 1)) && !isOrganization(parts.get(parts.size() - 1))) {
            town = Optional.of(parts.remove(parts.size() - 1).strip());
        }
        int first = 0;
        while (first < parts.size() && !isOrganization(parts.get(first))) {
            first++;
        }
        if (first == parts.size() || first == 0 && town.isEmpty()) {
            return Optional.empty();
        }
        String department = String.join(", ", parts.subList(0, first));
        String employer = String.join(", ", parts.subList(first, parts.size()));
        String withDepartment = department.isEmpty() ? title : title + ", " + department;
        return Optional.of(new RoleText(employer, withDepartment, town, false));
    }

    private static final Pattern TOWN_AND_STATE = Pattern.compile("(.+?),\\s*\\p{Lu}{2}");
    /** A state's short name with its full stop: "Jal.", "Gto.". */
    static final String STATE_SHORT_NAME = "\\p{Lu}\\p{Ll}{1,3}\\.";

    // (or a state's short name: "Guadalajara, Jal.", "Celaya, Gto.")
    private static final Pattern TOWN_AND_DOTTED_STATE =
            Pattern.compile("(.+?),\\s*(?:(?:\\p{Lu}\\.){2,3}|" + STATE_SHORT_NAME + ")");

    /** "Co. Cork", "County Durham": a county, as Irish and some English addresses give it. */
    private static final Pattern COUNTY = Pattern.compile("(?:Co\\.|County)\\s+\\p{Lu}\\p{Ll}+");

    /**
     * The title, the employer and the place, when a unit of title, employer, department and town is followed by a
     * place alone: "Postdoctoral Researcher, ETH Zürich, Laboratory of Organic Chemistry, Zürich" and "Switzerland".
     */
    private static Optional<List<String>> employerAndTownInTheTitle(String unit, String place) {
        String[] parts = unit.replaceAll(",\\s*$", "").split(",\\s+");
        if (parts.length < 3 || !isTitle(parts[0])) {
            return Optional.empty();
        }
        for (int k = 1; k < parts.length - 1; k++) {
            if (isOrganization(parts[k])
                    || EducationReader.INSTITUTION.matcher(parts[k]).find()) {
                String last = parts[parts.length - 1];
                String where = looksLikePlace(last) && !last.equals(parts[k]) ? last + ", " + place : place;
                return Optional.of(
                        List.of(String.join(", ", java.util.Arrays.copyOfRange(parts, 0, k)), parts[k], where));
            }
        }
        return Optional.empty();
    }

    static boolean looksLikePlace(String text) {
        // "Fort Leonard Wood, MO / Fort Hood, TX": two posts, each a town and its state
        if (text.contains(" / ")) {
            return java.util.Arrays.stream(text.split("\\s+/\\s+")).allMatch(RoleText::looksLikePlace);
        }
        Matcher townAndState = TOWN_AND_STATE.matcher(text.strip());
        if (townAndState.matches() && text.split("\\s+").length > 3) {
            return looksLikePlace(townAndState.group(1));
        }
        Matcher dottedState = TOWN_AND_DOTTED_STATE.matcher(text.strip());
        if (dottedState.matches() && !COMPANY_SUFFIX.matcher(text).find()) {
            return looksLikePlace(dottedState.group(1)); // "Monterrey, N.L.": a Mexican state's letters
        }
        int comma = text.lastIndexOf(',');
        if (comma > 0 && text.split("\\s+").length > 3 && isCountry(text.substring(comma + 1))) {
            return looksLikePlace(text.substring(0, comma)); // "Muscat, Sultanate of Oman": a town, its country's name
        }
        String[] words = text.split("\\s+");
        return words.length <= 3
                // "Fort Carson, CO": Colorado, not a company's "Co"
                && (!COMPANY_SUFFIX.matcher(text).find() || text.matches(".+,\\s*\\p{Lu}{2}"))
                && !text.contains(".")
                && !FIELD_WORDS.matcher(text).find()
                && !EducationReader.INSTITUTION.matcher(text).find()
                // "Bluebonnet Springs ISD": a school district, not a town
                && !SCHOOL_DISTRICT.matcher(text).find()
                && !NOT_A_NAME.matcher(text).matches()
                && !isTitle(text);
    }

    private static final Pattern SCHOOL_DISTRICT = Pattern.compile("(?i)\\b(" + SCHOOL_DISTRICTS + ")\\b");

    /** "Company / Department / Position: …", "Company / Position: …": one column of both, its value's parts apart. */
    private static final Pattern COMPANY_AND_POSITION = Pattern.compile(
            "(?i)\\b(?:company|employer|organi[sz]ation)\\s*/\\s*(?:(?:department|division|section)\\s*/\\s*)?"
                    + "(?:position|title|role|job title)\\s*:\\s*([^;|\\n]+)");

    /** A table's "Where" and "What" columns, both present: the employer and the title. */
    private static final Pattern WHERE = Pattern.compile("(?i)\\bwhere\\s*:+\\s*([^;|\\n]+)");

    private static final Pattern WHAT = Pattern.compile("(?i)\\bwhat\\s*:+\\s*([^;|\\n]+)");

    private static Optional<RoleText> labelled(String text) {
        Matcher combined = COMPANY_AND_POSITION.matcher(text);
        if (combined.find()) {
            // "Company / Department / Position: Tokai Denso Systems Co., Ltd. · Kariya, Aichi · Body Electronics
            // Engineering Dept. · Software Engineer": a Japanese résumé's column, the company first, the post last
            String[] parts = combined.group(1).split("\\s+·\\s+");
            // the post is the last part that names a title, past a note ("* Internal transfer and promotion"); else
            // the last that is no note nor a town
            String title = "";
            for (int i = parts.length - 1; i >= 1 && title.isEmpty(); i--) {
                if (isTitle(tidy(parts[i]))) {
                    title = tidy(parts[i]);
                }
            }
            for (int i = parts.length - 1; i >= 1 && title.isEmpty(); i--) {
                String part = parts[i].strip();
                if (!part.matches("\\\\?[*(†].*") && !looksLikePlace(part)) {
                    title = tidy(part);
                }
            }
            String organization = tidy(parts[0]);
            if (!organization.isEmpty()) {
                return Optional.of(new RoleText(organization, title, Optional.empty(), false));
            }
        }
        Matcher where = WHERE.matcher(text);
        Matcher what = WHAT.matcher(text);
        if (where.find() && what.find()) {
            // "When: 2018 — 2021; Where: Halyard & Co. (agency); What: Senior Designer → Design Lead"
            String organization = tidy(PARENTHESES.matcher(where.group(1)).replaceAll(" "));
            Optional<String> place = Optional.empty();
            String[] parts = organization.split(",\\s*", 2);
            if (parts.length == 2 && looksLikePlace(parts[1])) {
                organization = parts[0];
                place = Optional.of(parts[1]);
            }
            String title = tidy(what.group(1));
            if (!organization.isEmpty() || !title.isEmpty()) {
                return Optional.of(new RoleText(organization, title, place, false));
            }
        }
        Matcher m = LABELLED.matcher(text);
        String organization = "";
        String title = "";
        String gradeTitle = "";
        String specialty = "";
        Optional<String> location = Optional.empty();
        String vessel = "";
        while (m.find()) {
            String value = tidy(m.group(2));
            if (value.isEmpty() || value.matches("[—–-]+")) {
                continue;
            }
            String label = m.group(1).toLowerCase(Locale.ROOT);
            // "Assignment: Banner University Medical Center, Tucson, AZ": the site a contract placed the person at
            // (not "Assignment: Migration of the billing platform", a consultant's project)
            boolean site = label.matches("assignment|facility") && isOrganization(value.split(",", 2)[0].strip());
            if ((label.matches(ORGANIZATION_LABELS) || site)
                    && organization.isEmpty()
                    // "Practice: Real Estate" is a lawyer's field, "Practice: Grange Surgery" an employer
                    && (!label.equals("practice") || isOrganization(value))) {
                // "Hospital: Hallgarth General Hospital, Sunderland": the employer and its town
                // "Client: Noordkade Logistics — retainer, 2 days/week": what the engagement was, aside
                String named = tidy(DESCRIBED.matcher(value).replaceFirst(""));
                if (label.matches(".*(?:indirizzo|direcci[óo]n).*") && named.contains(", ")) {
                    // "Felsinea Meccanica S.p.A., Via Porrettana 410, 40033 Casalecchio di Reno (BO)": the name, then
                    // the address the label asks for
                    named = named.substring(0, named.indexOf(", "));
                }
                int lastComma = named.lastIndexOf(", ");
                // "Employer: Severnside Water Services plc, Newport": a firm's name, then its town
                boolean firmThenTown = lastComma > 0
                        && COMPANY_SUFFIX.matcher(named.substring(0, lastComma)).find()
                        && looksLikePlace(named.substring(lastComma + 2))
                        && !DIVISION.matcher(named.substring(lastComma + 2)).find();
                String[] parts = label.matches("hospital|trust|practice") || site
                        ? named.split(",\\s*", 2)
                        : firmThenTown
                                ? new String[] {named.substring(0, lastComma), named.substring(lastComma + 2)}
                                : new String[] {named};
                organization = parts[0];
                if (parts.length == 2 && looksLikePlace(parts[1]) && location.isEmpty()) {
                    location = Optional.of(parts[1]);
                }
                // "Organisation: Department of Human Services (Centrelink), Toowoomba QLD": the town after the
                // employer's other name in brackets
                Matcher town = TOWN_AFTER_AN_ASIDE.matcher(text.substring(m.end(2)));
                if (location.isEmpty()
                        && town.lookingAt()
                        && looksLikePlace(town.group(1).strip())) {
                    location = Optional.of(town.group(1).strip());
                }
            } else if (label.matches("specialty|speciality") && specialty.isEmpty()) {
                specialty = value; // "Specialty: Emergency Medicine" beside "Grade: ST5": the post's field
            } else if (label.matches("post|grade") && gradeTitle.isEmpty()) {
                gradeTitle = value; // "Grade: ST5" beside "Hospital: …": a title only beside an employer
            } else if (label.matches("(?:" + TITLE_LABELS + ")s?|rank")
                    && title.isEmpty()
                    // "Rank: 1st of 40 reps", "Rank: top 5%": a standing, not a title
                    && !(label.equals("rank") && value.matches("(?i).*(%|\\bof \\d+|\\btop \\d+|#\\s*\\d).*"))) {
                title = value;
            } else if (label.matches("location|city|place") && location.isEmpty()) {
                location = Optional.of(value);
            } else if (label.matches("vessel.*|name of.*|ship.*") && vessel.isEmpty()) {
                vessel = value;
            }
        }
        if (!vessel.isEmpty() && !title.isEmpty()) {
            // "Rank: 2/O" on "Vessel Name: MT NORDVIK SOLVEIG": the post is held on board the ship
            title = title + " on " + vessel;
        }
        if (title.isEmpty() && !organization.isEmpty()) {
            title = gradeTitle;
        }
        String firstPart = tidy(text.split("\\s+[|·]\\s+", 2)[0]);
        if (title.isEmpty() && !organization.isEmpty() && !firstPart.contains(":") && isTitle(firstPart)) {
            // "Travel RN – ICU | Agency: Aya Healthcare | Assignment: …": the title unlabelled, first of the parts
            title = firstPart;
        }
        if (!specialty.isEmpty()) {
            if (title.isEmpty()
                    && organization.isEmpty()
                    && BREAK_WORDS.matcher(specialty).find()) {
                title = specialty; // a rotation table's "Specialty: Statutory maternity leave" with no hospital
            } else if (!title.isEmpty()
                    && !title.toLowerCase(Locale.ROOT).contains(specialty.toLowerCase(Locale.ROOT))) {
                title = title + " – " + specialty; // "ST5 – Emergency Medicine"
            }
        }
        if (!organization.isEmpty() && namesABreak(organization) && !hasLegalForm(organization)) {
            // a career table's "Company: Career Break" beside "Position: Family commitments": no employer
            title = title.isEmpty() ? organization : organization + " – " + title;
            organization = "";
        }
        if (organization.isEmpty() && title.isEmpty()) {
            return Optional.empty();
        }
        boolean careerBreak =
                organization.isEmpty() && BREAK_WORDS.matcher(title).find();
        return Optional.of(new RoleText(organization, title, location, careerBreak));
    }

    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b\\d+\\s*(yrs?|years?|mos?|months?)\\b|\\b\\d+(?:[.,]\\d+)?\\s*(?:h|hrs?|hours?)\\s*(?:/|per |a )\\s*(?:week|wk)\\b"
                    + "|\\b(full[- ]time|part[- ]time|self[- ]employed|permanent|seasonal"
                    + "|temporary|hybrid|on[- ]site|(?:fully )?remote|(?:inside|outside) (?:of )?ir35)\\b|\\bshow all\\b.*"
                    + "|\\+\\d+ skills?");
    private static final Pattern ADDRESS =
            Pattern.compile("^\\p{Lu}[\\p{L} .'-]*(,\\s*\\p{Lu}[\\p{L} .'-]*){1,3}(\\s*\\([^)]*\\))?$");

    /** The text without durations and employment types ("2 yrs 9 mos", "Full-time") that name no role. */
    static String withoutNoise(String text) {
        // "(self-employed, part-time)" with both words gone leaves no brackets behind
        // "Manchester / remote" with "remote" gone leaves no slash behind
        return NOISE.matcher(text)
                .replaceAll(" ")
                .replaceAll("\\(\\s*[,;/·]?\\s*\\)", " ")
                // "(Part-Time, Weekends)" with "Part-Time" gone is "(Weekends)"
                .replaceAll("\\(\\s*[,;/·]\\s*", "(")
                .replaceAll("\\s*[,;/·]\\s*\\)", ")")
                .replaceAll("\\s+/\\s*(?=[,;|)]|$)", " ");
    }

    /** "Quillfeather Games (direct)", "Northgate Rail (via Sennet Digital Talent)": a client and how it was engaged. */
    static boolean namesAClient(String text) {
        return ENGAGED.matcher(text).find();
    }

    /** "Toronto, Ontario, Canada", "Sofia (Bulgaria)": a place written as an address line. */
    static boolean looksLikeAddress(String text) {
        return ADDRESS.matcher(text).matches()
                && !isTitle(text)
                // "Kettering-Brandt Freight Lines - Ashby Junction, OH": an employer, then where
                && !text.split(",")[0].matches(".*\\S\\s+[-–—]\\s+\\S.*")
                && !namesALegalForm(text)
                // "Meadowbank High School, Wolverhampton": an organization's name before its town
                && !isOrganization(text.split(",")[0])
                && text.split(",").length >= 2;
    }

    private static final String EDGE_PUNCTUATION = ",;:|·•—–-([/";

    /** Punctuation and spaces at either end, trimmed by walking (a pattern anchored at the end would retry every run). */
    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end
                && (Character.isWhitespace(text.charAt(start)) || EDGE_PUNCTUATION.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start
                && (Character.isWhitespace(text.charAt(end - 1))
                        || EDGE_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Strips markup, leaders and the punctuation left where the dates were. */
    static String tidy(String text) {
        String t = Icons.away(text)
                // an answer's arrow or a quotation's mark before the line: "-> Yes. Since 01/2023 I am …"
                .replaceFirst("^\\s*(?:-+>|=+>|>+)\\s*", "")
                // (an underscore within a name stays: "M_SERVICE JSC")
                .replaceAll("[*`]+|(?<!\\p{L})_+|_+(?!\\p{L})", " ")
                .replaceAll("[.·…_=~-]{3,}", " ")
                // "(Jun–Aug, 3 months)" once its length is cut out: "(Jun–Aug)"
                .replaceAll("\\s*[,;]\\s*\\)", ")")
                .replaceAll("\\(\\s*\\)|\\[\\s*]|（[\\s\u3000]*）", " ")
                .replaceAll("\\s+", " ")
                .replace(" ,", ",") // where an aside was: "Staff Sergeant (E-6), 219th …"
                .strip()
                // a numbered entry: "1) Kaveri Consultancy Services Ltd., Hyderabad"
                .replaceFirst("^\\d{1,2}[).]\\s+(?=\\p{Lu})", "")
                // an earlier title under the current one: "zuvor Embedded Software Engineer", "previously Analyst"
                .replaceFirst("^(?:zuvor|davor|vorher|previously|formerly)[:,]?\\s+(?=\\p{Lu})", "")
                // "M/s. Nasser S. Al-Hajri Corporation": "Messrs", as South Asian and Gulf CVs name a firm
                .replaceFirst("^M/[Ss]\\.?\\s+(?=\\p{Lu})", "");
        // punctuation left at either end by the dates cut out of the middle
        String untrimmed = t;
        // "株式会社リンクフォース　（2018年4月～現在）" once its dates are cut out: the full-width bracket left open
        t = trimPunctuation(t.replaceFirst("[\\s\u3000]*[（【]$", ""));
        if (t.matches("[^()]*\\).*") && untrimmed.contains("(" + t)) {
            t = "(" + t; // "(Senior) HR Business Partner": a bracket opened at the start and closed later stays
        }
        if (t.endsWith(")") && t.indexOf('(') < 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        // "Kaskade Payments B.V.": the full stop of a dotted abbreviation stays
        return t.replaceAll("(?<!\\b\\p{L}\\.\\p{L})\\.$", "").strip();
    }
}
