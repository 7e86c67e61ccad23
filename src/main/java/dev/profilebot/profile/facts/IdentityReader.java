package dev.profilebot.profile.facts;

import dev.profilebot.profile.Block;
import dev.profilebot.profile.ProfileDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the person's name, pronouns and headline wherever résumés put them: front matter or page
 * properties, a {@code Name:} line, a first heading that is a name (with a title before it, in
 * lower case, or with a stray dot: "## Dr. Li.Wei Chen"), a header line, "I'm Priya Raman" or a
 * third-person bio ("Li Wei Chen is a …").
 */
final class IdentityReader {

    private static final Pattern HONORIFIC =
            // (an engineer's "Eng." in Egypt and the Gulf, "Engr." in the Philippines and Nigeria; a lawyer's
            // "Atty.", "Avv."; Italy's "Dott.", "Arch.")
            Pattern.compile("(?i)^(dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|ing|dipl|engr|atty|avv|dott)\\.?\\s+"
                    // ("Eng.", "Arch.", "Capt." with their full stop: "Arch Stanton" is a name)
                    + "|(?i)^(eng|arch|capt)\\.\\s+");
    private static final Pattern SUFFIX =
            Pattern.compile("(?i)[,\\s]+(ph\\.?\\s?d\\.?|m\\.?\\s?sc\\.?|mba|msc|bsc|jr\\.?|sr\\.?|md|cpa|pmp|pe)$");
    /**
     * British post-nominal letters, written in capitals after the name: "ROWENA CASTELLANE FCA
     * MBA", "Jane Doe FCCA". Only in capitals, so that "Li Meng" or "Chinedu Obe" keep their names.
     */
    private static final Pattern POST_NOMINALS = Pattern.compile(
            "(?:[,\\s]+(?:FCA|ACA|ACCA|FCCA|CIMA|CFA|FRSA|CEng|IEng|MICE|FICE|MIStructE|MIMechE|MIET|MBE|OBE|CBE|MCIPD|FCIPD"
                    + "|CIPD|MRICS|FRICS|BEng|MEng|MPhil|DPhil|LLB|LLM|PGCE|PGCert|PGDip|RN|RGN|RMN|RSCN|AFHEA|FHEA|SFHEA|MBA|MSc|BSc|PhD"
                    + "|BA|BEd|MEd|QTS|MRCP(?:\\s*\\(UK\\))?|MBChB|MBBS|FRCS|MRCGP"
                    // US clinicians' and professionals' letters: "THERESA M. LINDQVIST, MSN, APRN, FNP-C"
                    + "|MSN|BSN|APRN|FNP-C|FNP-BC|DNP|CNM|CRNA|LPN|PA-C|PharmD|CPA|PMP|CFA|MD"
                    // "DANIELLE M. KOWALCZYK, BSN, RN, CCRN": a nurse's certifications
                    + "|CCRN|CEN|CNOR|CPEN|TCRN|CCNS|NP|RRT|DPT|LCSW|NREMT"
                    // "HARRIET OSEI MPharm IP": a pharmacist's degree and her prescribing qualification
                    + "|MPharm|IP|MRPharmS|FRPharmS|MFRPSII"
                    // "Rebecca A. Stanfield, M.Ed.": letters written with dots
                    + "|M\\.Ed\\.?|Ed\\.D\\.?|Ph\\.D\\.?|M\\.B\\.A\\.?|M\\.S\\.?|M\\.A\\.?|B\\.S\\.?|B\\.A\\.?|M\\.Sc\\.?"
                    + "|R\\.N\\.?|EdD|MSW|MPH"
                    // "HELENA MARGARET THORNE, M.D., FCCP": a physician's degree and fellowships
                    + "|M\\.D\\.?|D\\.O\\.?|FCCP|FACP|FACS|FAAP|FRCPC"
                    // "REFILWE NALEDI MOKOENA Pr.Eng": a South African engineer's registration, and its kin
                    // ("SIPHO LUNGELO NKWANYANA Pr Eng": without the dot too)
                    + "|Pr\\.?\\s?Eng\\.?|Pr\\.?\\s?Tech\\.?\\s?Eng\\.?|Pr\\.?\\s?Sci\\.?\\s?Nat\\.?|Pr\\.?\\s?CM|P\\.\\s?Eng\\.?|PE"
                    // "Owain Treharne MEng CEng MRAeS": engineers', scientists' and accountants' institutions
                    + "|MRAeS|FRAeS|AMRAeS|MInstP|CPhys|MRSC|FRSC|CChem|CSci|MCIM|ACMA|FCMA|CGMA|MAAT|MCIOB"
                    + "|MCIPS|MCILT|MAPM|ChMC|MBCS|FBCS|CITP"
                    // "Olivier Bérubé, ing., P.Eng.": a licensed engineer's or geoscientist's letters, in Canada
                    // and the US ("P.E."), and a doctor's royal college memberships ("MRCEM")
                    + "|ing\\.|P\\.\\s?Eng\\.?|PEng|P\\.\\s?Geo\\.?|EIT|CPI|P\\.E\\.?|PE|LEED AP"
                    + "|MRCEM|FRCEM|MRCS|FRCP|MRCPCH|FRCA|MRCOG|DRCOG|DFSRH|FRCR|MRCPsych"
                    // "LERATO NOMSA DLAMINI CA(SA)": a South African chartered accountant's, and a professional
                    // accountant's or a tax practitioner's
                    + "|CA\\s?\\(SA\\)|CA|AGA\\s?\\(SA\\)|CIA|CISA|GISP)"
                    // "RN (Adult)", "BSc (Hons)": the field of a registration or the honours of a degree
                    + "(?:\\s*\\((?:Hons|Adult|Child|Mental Health|Learning Disabilities|General)\\))?)+$");

    /** Characters of a Japanese, Chinese or Korean name, spaced out or not: "高　橋　　美　咲". */
    private static final Pattern SPACED_CHARACTERS = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}](?:[ \\u3000]+[\\p{IsHan}\\p{IsHiragana}"
                    + "\\p{IsKatakana}\\p{IsHangul}])+");

    /**
     * A name written in Japanese, Chinese or Korean characters ("高 橋 美 咲") as the documents write it in Latin
     * letters beside it: "高橋 美咲 (Misaki Takahashi)", "Misaki Takahashi (高橋 美咲)".
     */
    private static Optional<String> inLatinLetters(String heading, List<ProfileDocument> documents) {
        if (!SPACED_CHARACTERS.matcher(heading.strip()).matches()) {
            return Optional.empty();
        }
        String written = heading.replaceAll("[\\s\\u3000]+", "")
                .codePoints()
                .mapToObj(Character::toString)
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[\\s\\u3000]*"));
        String latin = "(\\p{Lu}[\\p{IsLatin}'’-]+(?: \\p{Lu}[\\p{IsLatin}'’-]+){1,2})";
        Pattern beside = Pattern.compile(written + "\\s*\\(" + latin + "\\)|" + latin + "\\s*\\(" + written + "\\)");
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                Matcher m = beside.matcher(block.text());
                if (m.find()) {
                    return asName(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "高　橋　　美　咲" as "高橋 美咲": a name a form spaced out character by character, one space between the
     * characters of a part and two between the family and the given name.
     */
    static String withCharactersTogether(String text) {
        String t = text.strip();
        if (!SPACED_CHARACTERS.matcher(t).matches()) {
            return text;
        }
        t = t.replace('\u3000', ' ');
        if (!java.util.Arrays.stream(t.split(" +")).allMatch(part -> part.codePointCount(0, part.length()) == 1)) {
            return text;
        }
        return java.util.Arrays.stream(t.split(" {2,}"))
                .map(part -> part.replace(" ", ""))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static final Pattern TITLE_NOISE = Pattern.compile(
            "(?iu)[\\s'’-]*\\b(résumé|resume|cv|curriculum vitae|lebenslauf|currículo|curriculum|profile|portfolio|about"
                    + "|homepage)\\b[\\s'’s:-]*");
    /** The words that make a heading a CV's title ("Renata Oyelaran — CV"); "About" or "Portfolio" do not. */
    private static final Pattern CV_WORDS =
            // a consultancy's or an agency's "Consultant Profile", "Candidate Profile" over the name
            // a Filipino or South Asian "BIO-DATA", "Biodata"
            // Europass's logo, "europass", before the name in the form's PDF
            Pattern.compile(
                    "(?iu)[\\s'’-]*\\b(résumé|resume|cv|curr[ií]culum vitae|lebenslauf|beraterprofil|bio-?data|europass"
                            // a Japanese "履　歴　書" or "職務経歴書", a Chinese "简历"
                            + "|履[\\s\\u3000]*歴[\\s\\u3000]*書|職[\\s\\u3000]*務[\\s\\u3000]*経[\\s\\u3000]*歴[\\s\\u3000]*書"
                            + "|个人简历|简历"
                            // a Korean "이 력 서", "경력기술서", "자기소개서"
                            + "|이[\\s\\u3000]*력[\\s\\u3000]*서|경력[\\s\\u3000]*기술서|자기[\\s\\u3000]*소개서"
                            // "Han Do-yun (한도윤) — Portfolio Summary": a portfolio's summary, titled by whose it is
                            + "|portfolio summary"
                            // a Colombian "HOJA DE VIDA", a Portuguese "Currículo", a Vietnamese "Sơ yếu lý lịch"
                            + "|hoja de vida|curr[ií]culo|s[ơo] y[ếe]u l[ýy] l[ịi]ch"
                            // an Arabic "سيرة ذاتية" or "السيرة الذاتية"
                            + "|(?:ال)?سيرة (?:ال)?ذاتية"
                            // a Czech or Slovak "ŽIVOTOPIS", a Polish "Życiorys", a Turkish "Özgeçmiş", an Indonesian
                            // "Daftar Riwayat Hidup", a Russian "Резюме"
                            + "|[žz]ivotopis|[żz]yciorys|[öo]zge[çc]mi[şs]|(?:daftar )?riwayat hidup|резюме"
                            // a Lithuanian "Gyvenimo aprašymas", a Latvian "Dzīves gājums", an Estonian
                            // "Elulookirjeldus", a Bulgarian "Автобиография", a Serbian "Biografija", a Persian "رزومه"
                            + "|gyvenimo apra[šs]ymas|dz[īi]ves g[āa]jums|elulookirjeldus|автобиография|биография"
                            + "|biografija|رزومه"
                            + "|(?:consultant|candidate|project) profile)\\b[\\s'’s:-]*");

    /** "Personal details and references": a section that holds the person's own details too. */
    private static final Pattern OWN_DETAILS = Pattern.compile("(?i)personal|details|contact");

    private static final Pattern REFERENCES =
            Pattern.compile("(?i)referen(ce|ze)s?|recommendation|testimonial|endorse");
    private static final String WORD = "\\p{L}[\\p{L}'’-]*";
    // "Name: …" (or "Name · …" from a tabular CV), but not "Project Name: …" or "Father's Name: …"
    private static final Pattern NAME_LINE = Pattern.compile(
            // a Japanese résumé's "Name (furigana) · Nishimoto Haruka (にしもと はるか)": the name, its reading after it;
            // a Korean one's "Name (English) · PARK SEUNG-HYUN"
            // (the word before it in another script is the label's own: "성명 Name")
            "(?:^|\\s|;)(?<![\\p{IsLatin}'’]\\s{1,9})(?:[Ff]ull [Nn]ame|[Nn]ame(?: and surname| & surname)?|NAME(?: AND SURNAME)?"
                    // in Spanish, Italian and French: "Nombre y apellidos:", "Nome e cognome:", "Nom et prénom :"
                    + "|[Nn]ombre(?: y apellidos| completo)?|NOMBRE|[Nn]ome(?: e cognome)?|[Nn]om(?: et pr[ée]nom)?"
                    // and in Latvian, Lithuanian, Estonian, Slovenian, Croatian, Serbian, Albanian, Polish, Czech and
                    // Slovak: "Vārds, uzvārds:", "Ime in priimek:", "Emri dhe mbiemri:", "Име и презиме:"
                    + "|(?iu:vārds,? uzvārds|vardas,? pavardė|ees- ja perekonnanimi|ime in priimek|ime i prezime"
                    + "|emri(?: dhe mbiemri)?|imię i nazwisko|jméno a příjmení|meno a priezvisko|име и презиме"
                    + "|фамилия,? имя(?:,? отчество)?))"
                    + "(?:\\s*\\((?:furigana|in full|as in passport|[Ee]nglish|in [Ee]nglish|[Rr]omani[sz]ed)\\))?(?:\\s*:(?:\\s*·)?|\\s+·)\\s*"
                    // a Korean résumé's "Name · 김민준 (金敏俊) Kim Min-jun (KIM MINJUN)": the name in its own script first
                    + "(?:[\\p{IsHan}\\p{IsHangul}]{2,6}(?:\\s*\\([\\p{IsHan}]{2,6}\\))?\\s+(?=\\p{IsLatin}))?("
                    + WORD + "(?:[ .]+"
                    + WORD
                    + "){1,3}?)(?=\\s+\\p{Lu}\\p{Ll}*\\s*:|\\s*·\\s*\\p{Lu}\\p{Ll}+(?: \\p{Ll}+)?(?:\\s*\\([^)]{1,20}\\))?\\s*[:·]|\\s*[;,|\\n]|\\s*$"
                    + "|\\s+\\((?=[^)]*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}])"
                    // the same name again, the surname in capitals: "Kim Min-jun (KIM MINJUN)", "Yusuke Hirano (HIRANO
                    // Yusuke)"
                    + "|\\s+\\(\\p{Lu}{2,}[\\p{L} -]+\\)\\s*$)");
    /** One word that may be a given name: "Imogen", "IMOGEN". */
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{1,20}");
    /** One-word lines of a header that name no one: "Phone", "Address", "CONFIDENTIAL", "Draft". */
    private static final Pattern LABEL_WORDS = Pattern.compile("(?i)phone|mobile|address|e-?mail|contact|profile|draft"
            + "|confidential|private|portfolio|resume|résumé|cv|name|details|website|location|summary|about");
    /** Where a name's word, or a part of it after a hyphen or an apostrophe, starts. */
    private static final Pattern WORD_START = Pattern.compile("(^|[-'’])(\\p{L})");
    /** Sections a template's sidebar may put before the name: contact, skills, languages, … */
    private static final int SIDEBAR_HEADINGS = 6;

    private static final Pattern INTRODUCTION =
            Pattern.compile("\\b(?:I'm|I am|I’m|my name is|My name is|This is)\\s+(\\p{Lu}"
                    + "[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,2})");
    private static final Pattern BIO = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}) (?:is|was|has|works|leads|joined)\\b");
    private static final Pattern PRONOUNS_IN_TEXT =
            Pattern.compile("(?i)\\(\\s*(she/her|he/him|they/them)(?:/\\w+)?\\s*\\)|pronouns\\s*:+\\s*(\\w+/\\w+)");
    private static final Pattern SHE = Pattern.compile("\\b(she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HE = Pattern.compile("\\b(he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADLINE_LINE =
            Pattern.compile("(?i)^\\s*(headline|tagline|position sought|desired position|target role|objective"
                    // Europass: "Desired employment / Occupational field: Project Manager / Senior Project Engineer"
                    + "|desired employment(?:\\s*/\\s*occupational field)?)\\s*:+\\s*(.+)$");
    private static final Pattern CONTACT_BITS =
            Pattern.compile("@|https?://|www\\.|\\.(com|dev|io|me|org|net)\\b|\\+?\\d[\\d ()-]{6,}");
    private static final Pattern SUMMARY =
            Pattern.compile("(?i)(professional )?(summary|about( me)?|profile|bio(graphy)?|overview|introduction)");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)^(i|i'm|i’m|my|we|hi|hello)\\b");
    /** "한도윤 이력서", "山田太郎 履歴書": a Korean, Japanese or Chinese name, then the résumé's title after it. */
    private static final Pattern NAME_AND_CJK_TITLE =
            Pattern.compile("(\\p{IsHangul}{2,4}|\\p{IsHan}{2,4})" + CV_WORDS.pattern());

    /** The small words inside a name: "van", "de", "bin" ("Ludwig van Beethoven", "Mohd bin Ali"). */
    private static final Pattern NAME_PARTICLE =
            Pattern.compile("(?i)van|von|de|da|del|der|den|la|le|di|du|bin|al|ibn");

    private static final Set<String> NOT_NAMES = Set.of(
            // "-----Original Message-----", "Forwarded message": an e-mail's, not a person's
            "message",
            // "CURRICULUM VITAE – STRICTLY CONFIDENTIAL": an agency's mark on the page, not a name
            "confidential",
            "summary",
            "experience",
            "education",
            "skills",
            "contact",
            "about",
            "work",
            "history",
            "profile",
            "projects",
            "resume",
            "cv",
            "curriculum",
            "vitae",
            // a Colombian "HOJA DE VIDA", a Brazilian "CURRÍCULO"
            "hoja",
            "currículo",
            "curriculo",
            "the",
            "and",
            "of",
            "for",
            "in",
            "at",
            "my",
            "a",
            "an",
            "to",
            "page",
            "photo",
            "passport",
            "home",
            "welcome",
            "hello",
            "hi",
            "notes",
            "faq",
            "engineer",
            "developer",
            "manager",
            "senior",
            "staff",
            "principal",
            "lead",
            "software",
            "data",
            "scientist",
            "professional",
            "personal",
            "information",
            "details",
            "overview",
            "introduction",
            "background",
            "objective",
            "key",
            "product",
            "technical",
            "director",
            "head",
            "consultant",
            "analyst",
            "designer",
            "research");

    private IdentityReader() {}

    static Identity read(
            List<ProfileDocument> documents, Optional<String> configuredName, Optional<String> configuredPronouns) {
        Optional<Found> name = configuredName
                .map(n -> new Found(n, Optional.empty()))
                .or(() -> name(documents)
                        .map(f -> new Found(
                                givenNameFirst(asWrittenElsewhere(f.name(), documents), documents), f.source())));
        Optional<Pronouns> stated = configuredPronouns.flatMap(Pronouns::parse).or(() -> statedPronouns(documents));
        Pronouns pronouns = stated.orElseGet(() -> inferredPronouns(documents));
        boolean known = stated.isPresent() || pronouns != Pronouns.THEY;
        return new Identity(
                name.map(Found::name),
                pronouns,
                known,
                headline(documents, name.map(Found::name)),
                name.flatMap(Found::source));
    }

    /**
     * The name a page introduces the person by ("I'm Femke Oosterhuis") when it shares a word with,
     * but is not, a heading that reads as a name ("Oosterhuis Vertaalwerk", her business's).
     */
    private static Optional<Found> introducedAs(List<ProfileDocument> documents, String headingName) {
        java.util.Set<String> words = java.util.Set.copyOf(java.util.Arrays.asList(
                headingName.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                Matcher intro = INTRODUCTION.matcher(block.text());
                while (intro.find()) {
                    Optional<String> value = asName(intro.group(1));
                    if (value.isPresent()
                            && !value.get().equalsIgnoreCase(headingName)
                            // "I'm Mohamed Ahmed" under "# Mohamed Ahmed Mohamed": the same name, shorter
                            && !words.containsAll(java.util.Arrays.asList(value.get()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .split("\\s+")))
                            && java.util.Arrays.stream(value.get()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .split("\\s+"))
                                    .anyMatch(words::contains)) {
                        return found(value.get(), document, block);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private record Found(String name, Optional<FactSource> source) {}

    private static Optional<Found> name(List<ProfileDocument> documents) {
        return name(documents, true);
    }

    /** The name, read first from a "Name:" line when {@code labelled}, then from headings and headers. */
    private static Optional<Found> name(List<ProfileDocument> documents, boolean labelled) {
        for (ProfileDocument document : documents) {
            // (and as a French, Spanish, Portuguese, German or Dutch page's front matter names it: "nom:", "nombre:")
            for (String key :
                    List.of("name", "full-name", "full_name", "fullname", "author", "nom", "nombre", "nome", "naam")) {
                Optional<String> value =
                        Optional.ofNullable(document.metadata().get(key)).flatMap(IdentityReader::asName);
                if (value.isPresent()) {
                    return Optional.of(
                            new Found(value.get(), Optional.of(new FactSource(document.fileName(), List.of()))));
                }
            }
        }
        for (ProfileDocument document : documents) {
            String title = document.metadata().get("title");
            if (title != null) {
                Optional<String> value = asName(TITLE_NOISE.matcher(title).replaceAll(" "));
                if (value.isPresent()) {
                    return Optional.of(
                            new Found(value.get(), Optional.of(new FactSource(document.fileName(), List.of()))));
                }
            }
        }
        for (ProfileDocument document : documents) {
            // Europass: "Surname(s) / First name(s): Ferraresi Lorenzo", the surname first
            Optional<Found> surnameFirst = labelled ? surnameFirst(document) : Optional.empty();
            if (surnameFirst.isPresent()) {
                return surnameFirst;
            }
        }
        for (ProfileDocument document : documents) {
            for (Block block : labelled ? document.blocks() : List.<Block>of()) {
                if (block.sectionPath().stream()
                        .anyMatch(h -> REFERENCES.matcher(h).find()
                                && !OWN_DETAILS.matcher(h).find())) {
                    continue; // a referee's "Name: Hernán Zapata" is someone else's
                }
                Matcher m = NAME_LINE.matcher(block.text());
                if (m.find()) {
                    Optional<String> value = asName(m.group(1));
                    // "Name: Goh Jun Kai, Marcus": the English name after the comma is part of it
                    Matcher english = ENGLISH_NAME_AFTER
                            .matcher(block.text())
                            .region(m.end(1), block.text().length());
                    if (english.lookingAt()
                            && SURNAME_FIRST_ENGLISH_LAST
                                    .matcher(m.group(1) + english.group(1))
                                    .matches()) {
                        value = asName(m.group(1) + english.group(1));
                    }
                    if (value.isPresent() && value.get().matches(".* \\p{Lu}\\.?")) {
                        // "Name : Karthikeyan S" in the personal details, "KARTHIKEYAN SUBRAMANI" at the top
                        String given = value.get().split(" ")[0] + " ";
                        Optional<Found> fuller =
                                name(documents, false).filter(f -> f.name().startsWith(given));
                        if (fuller.isPresent()) {
                            return fuller;
                        }
                    }
                    if (value.isPresent()) {
                        return found(value.get(), document, block);
                    }
                }
            }
        }
        for (ProfileDocument document : documents) {
            // a form's "Surname: Mallory" and "Forename(s): Owen James", each on its own line
            Optional<Found> parts = labelled ? givenAndFamilyNames(document) : Optional.empty();
            if (parts.isPresent()) {
                return parts;
            }
        }
        for (ProfileDocument document : documents) {
            // a first heading that says it is the person's CV ("Renata Oyelaran — CV", "Résumé: Li Wei")
            Optional<String> heading = document.blocks().stream()
                    .filter(b -> !b.sectionPath().isEmpty())
                    .findFirst()
                    .map(b -> b.sectionPath().get(0));
            if (heading.isPresent() && CV_WORDS.matcher(heading.get()).find()) {
                Optional<String> value = asName(withoutCvWords(heading.get()));
                if (value.isPresent()) {
                    return Optional.of(new Found(
                            value.get(), Optional.of(new FactSource(document.fileName(), List.of(heading.get())))));
                }
            }
        }
        for (ProfileDocument document : documents) {
            // a note named after the person ("Omar Haddad.md", "Raj_Mehta_Resume.txt") that names them inside too
            Optional<String> fromFile = fileName(document);
            boolean aJobNote = document.metadata().keySet().stream()
                    .anyMatch(k -> k.matches("(?i)company|organi[sz]ation|employer|role|position|start(-date)?"));
            // ("sample-menus.md" titled "Sample Menus — Marisol Hargreaves": the title, then whose it is)
            Optional<String> titledFor = fromFile.flatMap(title -> nameAfterTitle(document, title));
            if (titledFor.isPresent()) {
                return Optional.of(
                        new Found(titledFor.get(), Optional.of(new FactSource(document.fileName(), List.of()))));
            }
            if (fromFile.isPresent() && !aJobNote && mentions(document, fromFile.get())) {
                return Optional.of(
                        new Found(fromFile.get(), Optional.of(new FactSource(document.fileName(), List.of()))));
            }
        }
        for (ProfileDocument document : documents) {
            // the first heading of a document that is a name; a "CURRICULUM VITAE" over it is a title, and
            // a template's sidebar ("CONTACT", "SKILLS") may come before it
            List<String> topHeadings = document.blocks().stream()
                    .filter(b -> !b.sectionPath().isEmpty())
                    .map(b -> b.sectionPath().get(0))
                    .filter(h -> !CV_WORDS.matcher(h).replaceAll("").isBlank())
                    .distinct()
                    .limit(SIDEBAR_HEADINGS + 1)
                    .toList();
            for (String heading : topHeadings) {
                Optional<String> value = inLatinLetters(heading, documents)
                        .or(() -> asName(heading))
                        .or(() -> besideALabelledPart(heading));
                if (value.isPresent() && !heading.equals(topHeadings.get(0))) {
                    // "SAFETY RECORD" after "SUMMARY" and "EXPERIENCE": a section, when a name heads the page
                    Optional<Found> header = headerName(document);
                    if (header.isPresent()) {
                        return header;
                    }
                }
                Optional<Found> introduced = value.flatMap(name -> introducedAs(documents, name));
                if (introduced.isPresent()) {
                    return introduced; // "# Oosterhuis Vertaalwerk" over "I'm Femke Oosterhuis": her business
                }
                if (value.isPresent()) {
                    return Optional.of(
                            new Found(value.get(), Optional.of(new FactSource(document.fileName(), List.of(heading)))));
                }
                if (CV_WORDS.matcher(heading).find()) {
                    continue; // "(Rirekisho – English version) · As of December 1, 2026 · RÉSUMÉ": the document's title
                }
                if (!Sections.isSectionHeading(heading)) {
                    break; // past the sidebar's sections: the first heading that is neither was the chance
                }
            }
            // a header line before the first heading, or under a "CURRICULUM VITAE" title
            Optional<Found> header = headerName(document);
            if (header.isPresent()) {
                return header;
            }
        }
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                // "### Hi there 👋 I'm Tariq Nasser": an introduction in a heading
                for (String heading : block.sectionPath()) {
                    Matcher intro = INTRODUCTION.matcher(heading);
                    if (intro.find() && asName(intro.group(1)).isPresent()) {
                        return found(asName(intro.group(1)).get(), document, block);
                    }
                }
                Matcher intro = INTRODUCTION.matcher(block.text());
                if (intro.find()) {
                    Optional<String> value = asName(intro.group(1));
                    if (value.isPresent()) {
                        return found(value.get(), document, block);
                    }
                }
                Matcher bio = BIO.matcher(block.text());
                if (bio.find()) {
                    Optional<String> value = asName(bio.group(1));
                    if (value.isPresent()) {
                        return found(value.get(), document, block);
                    }
                }
            }
        }
        for (ProfileDocument document : documents) {
            // a name on its own line over a headline of a role ("Rhiannon Tate" over "Lead UX Researcher
            // at Brightwater Energy"), wherever it stands: LinkedIn's PDF puts its contact column first
            if (REFERENCES.matcher(document.fileName()).find()) {
                continue; // a referee's name over their job title is not the person's
            }
            for (Block block : document.blocks()) {
                if (block.sectionPath().stream()
                        .anyMatch(h -> REFERENCES.matcher(h).find())) {
                    continue;
                }
                String[] lines = block.text().split("\n");
                for (int i = 0; i + 1 < lines.length; i++) {
                    Optional<String> value = asName(lines[i]);
                    int at = lines[i + 1].indexOf(" at ");
                    if (value.isPresent() && at > 0 && RoleText.isTitle(lines[i + 1].substring(0, at))) {
                        return found(value.get(), document, block);
                    }
                }
            }
        }
        return givenNameAndHandle(documents);
    }

    /** "I'm Marisol", "Hi there, I'm Marisol 👋": an introduction by the given name alone. */
    private static final Pattern GIVEN_NAME_INTRODUCTION =
            Pattern.compile("\\b(?:I'm|I am|I’m|my name is|My name is)\\s+(\\p{Lu}\\p{Ll}{1,20})\\b(?!\\s+\\p{Lu})");

    /**
     * A page that introduces the person by the given name alone ("Hi there, I'm Marisol") and whose
     * e-mail or profile link spells the rest ("marisol.quintero@…", "/in/marisol-quintero-dev"): the
     * name the two make together.
     */
    private static Optional<Found> givenNameAndHandle(List<ProfileDocument> documents) {
        for (ProfileDocument document : documents) {
            String handles = handles(document);
            for (Block block : document.blocks()) {
                List<String> texts = new ArrayList<>(block.sectionPath());
                texts.add(block.text());
                for (String text : texts) {
                    Matcher intro = GIVEN_NAME_INTRODUCTION.matcher(text);
                    if (!intro.find() || NOT_NAMES.contains(intro.group(1).toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    String given = intro.group(1).toLowerCase(Locale.ROOT);
                    Matcher surname = Pattern.compile(
                                    "(?<![\\p{L}])" + Pattern.quote(given) + "[._-](\\p{Ll}{2,20})(?![\\p{L}])")
                            .matcher(handles);
                    if (surname.find()) {
                        Optional<String> name = asName(intro.group(1) + " " + inNameCase(surname.group(1)));
                        if (name.isPresent()) {
                            return found(name.get(), document, block);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern HANDLE = Pattern.compile(
            "[\\w.+-]+@[\\w.-]+|(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|dev|io|me|org|net|co)\\b\\S*");

    /**
     * The name in a document's header lines (before its first heading, or under a "CURRICULUM VITAE"
     * title). Of header lines that read as names ("Manage Finances" in a site's menu pasted over
     * "Leah Brannigan"), the first that the person's own e-mail or web address bears out, else the
     * first.
     */
    private static Optional<Found> headerName(ProfileDocument document) {
        String handles = handles(document);
        List<Found> candidates = new ArrayList<>();
        Optional<String> givenName = Optional.empty();
        int linesRead = 0;
        for (Block block : document.blocks()) {
            if (!block.sectionPath().isEmpty() && !isCvTitle(block.sectionPath().get(0)) || linesRead >= HEADER_LINES) {
                break;
            }
            // "# Curriculum Vitae" over "## Jonas Falkner"
            Optional<String> under =
                    block.sectionPath().size() > 1 ? asName(block.sectionPath().get(1)) : Optional.empty();
            if (under.isPresent()) {
                candidates.add(
                        new Found(under.get(), Optional.of(new FactSource(document.fileName(), block.sectionPath()))));
            }
            for (String line : block.text().split("\n")) {
                if (REFEREES_LINE.matcher(line.strip()).matches()) {
                    linesRead = HEADER_LINES; // "Referees": the names below are theirs
                }
                if (isCvTitle(line) || linesRead++ >= HEADER_LINES) {
                    continue;
                }
                String[] parts = line.split("\\s*[|;•·]\\s*");
                String head = parts.length == 0 ? "" : parts[0];
                // "Naomi Hartwell Senior Customer Success Manager  Flat 2, …": a header run into one line, its
                // first words the name when the person's own addresses bear them out
                Optional<String> value = asName(head).or(() -> namePrefix(head, handles));
                // "Imogen" over "**Thackeray**": a template's given name and family name on lines of their own
                Optional<String> twoLines = ONE_NAME.matcher(head.strip()).matches()
                        ? givenName.flatMap(given -> asName(given + " " + head.strip()))
                        : Optional.empty();
                twoLines.or(() -> value)
                        .ifPresent(name -> candidates.add(new Found(
                                name, Optional.of(new FactSource(document.fileName(), block.sectionPath())))));
                givenName = ONE_NAME.matcher(head.strip()).matches()
                                && !LABEL_WORDS.matcher(head.strip()).matches()
                        ? Optional.of(head.strip())
                        : Optional.empty();
            }
        }
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        // "Wollmeier IT-Beratung" (the firm in the page header) and "Jens Wollmeier" under the title: the name
        // whose every word the addresses bear out first
        return candidates.stream()
                .filter(c -> isWhollyBorneOut(c.name(), handles))
                .findFirst()
                .or(() -> candidates.stream()
                        .filter(c -> isBorneOut(c.name(), handles))
                        .findFirst())
                .or(() -> candidates.stream().findFirst());
    }

    /** The parts of the addresses a person picks: an e-mail's before the "@", a profile link's after the site. */
    private static String handles(ProfileDocument document) {
        return java.util.stream.Stream.concat(
                        document.blocks().stream().map(Block::text),
                        document.links().stream().map(link -> link.url().replaceFirst("^mailto:", "")))
                .flatMap(text -> HANDLE.matcher(text).results().map(java.util.regex.MatchResult::group))
                .map(handle -> handle.contains("@")
                        ? handle.substring(0, handle.indexOf('@'))
                        : handle.replaceFirst("^(?:https?://)?[^/]*", ""))
                .collect(java.util.stream.Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
    }

    /** The first two or three words of a line, as a name that the handles bear out wholly. */
    private static Optional<String> namePrefix(String line, String handles) {
        String[] words = line.strip().split("\\s+");
        for (int k = Math.min(3, words.length - 1); k >= 2; k--) {
            Optional<String> name = asName(String.join(" ", java.util.Arrays.copyOf(words, k)));
            boolean everyWord = name.isPresent()
                    && java.util.Arrays.stream(
                                    name.get().toLowerCase(Locale.ROOT).split("\\s+"))
                            .allMatch(w -> w.length() >= 2 && handles.contains(w.replaceAll("[^\\p{L}]", "")));
            if (everyWord) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** "Referees", "References:": the names under it are the referees'. */
    private static final Pattern REFEREES_LINE =
            Pattern.compile("(?i)[#*_\\s]*(?:referees?|references?)(?:\\s+available.*)?[:*_\\s]*");

    /** Lines of a document's header where its name is looked for. */
    private static final int HEADER_LINES = 20;

    /** Whether every word of a name (three letters or more) is in the person's handles. */
    private static boolean isWhollyBorneOut(String name, String handles) {
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                .map(word -> word.replaceAll("[^\\p{L}]", ""))
                .allMatch(word -> word.length() < 3 || handles.contains(word));
    }

    /** Whether a word of a name (three letters or more) is in the handles a person chose for their addresses. */
    private static boolean isBorneOut(String name, String handles) {
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+"))
                .map(word -> word.replaceAll("[^\\p{L}]", ""))
                .anyMatch(word -> word.length() >= 3 && handles.contains(word));
    }

    private static final Pattern GIVEN_NAMES_LINE = Pattern.compile(
            "(?im)^\\s*(?:forenames?(?:\\(s\\))?|first names?(?:\\(s\\))?|given names?(?:\\(s\\))?)\\s*:\\s*(" + WORD
                    + "(?: " + WORD + "){0,2})\\s*$");
    private static final Pattern FAMILY_NAME_LINE = Pattern.compile(
            "(?im)^\\s*(?:surname|family name|last name)\\s*:\\s*(" + WORD + "(?:[ -]" + WORD + ")?)\\s*$");

    private static final Pattern SURNAME_FIRST_LINE = Pattern.compile(
            "(?imu)^\\s*(?:(?:surname|family name|last name)(?:\\(s\\))?\\s*/\\s*(?:first|given|fore)\\s*names?(?:\\(s\\))?"
                    // the Europass form in Romanian and Italian: "Nume / Prenume", "Cognome / Nome"
                    + "|nume\\s*/\\s*prenume|cognome\\s*/\\s*nome|apellidos?\\s*/\\s*nombre)"
                    + "\\s*:\\s*(" + WORD + "(?: " + WORD + "){1,3})\\s*$");

    /**
     * A name under a label that puts the surname first ("Surname(s) / First name(s): Ferraresi Lorenzo"), in
     * the order people say it: the words in capitals are the surname when some are ("DE LUCA Marco"), else
     * the first word.
     */
    private static Optional<Found> surnameFirst(ProfileDocument document) {
        for (Block block : document.blocks()) {
            Matcher m = SURNAME_FIRST_LINE.matcher(block.text());
            if (!m.find()) {
                continue;
            }
            List<String> words = List.of(m.group(1).split(" "));
            List<String> capitals = words.stream()
                    .filter(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))
                    .toList();
            boolean marked = !capitals.isEmpty() && capitals.size() < words.size();
            if (!marked && words.size() > 2) {
                continue; // "García López María", "van der Berg Anna": where the surname ends is not for us to guess
            }
            List<String> surname = marked ? capitals : words.subList(0, 1);
            List<String> given =
                    words.stream().filter(w -> !surname.contains(w)).toList();
            String name = String.join(" ", given) + " "
                    + surname.stream()
                            .map(IdentityReader::inNameCase)
                            .collect(java.util.stream.Collectors.joining(" "));
            return asName(name).flatMap(n -> found(n, document, block));
        }
        return Optional.empty();
    }

    /**
     * The given names and the family name, each labelled on a line of its own in one section of a
     * document (a form's personal details), not among its referees.
     */
    private static Optional<Found> givenAndFamilyNames(ProfileDocument document) {
        Optional<String> given = Optional.empty();
        Optional<String> family = Optional.empty();
        Block at = null;
        for (Block block : document.blocks()) {
            if (block.sectionPath().stream().anyMatch(h -> REFERENCES.matcher(h).find())
                    || at != null && !at.sectionPath().equals(block.sectionPath())) {
                continue;
            }
            Matcher g = GIVEN_NAMES_LINE.matcher(block.text());
            if (given.isEmpty() && g.find()) {
                given = Optional.of(g.group(1));
                at = at == null ? block : at;
            }
            Matcher f = FAMILY_NAME_LINE.matcher(block.text());
            if (family.isEmpty() && f.find()) {
                family = Optional.of(f.group(1));
                at = at == null ? block : at;
            }
        }
        if (given.isEmpty() || family.isEmpty()) {
            return Optional.empty();
        }
        Block block = at;
        return asName(given.get() + " " + family.get()).flatMap(name -> found(name, document, block));
    }

    private static Optional<Found> found(String name, ProfileDocument document, Block block) {
        return Optional.of(new Found(name, Optional.of(new FactSource(document.fileName(), block.sectionPath()))));
    }

    private static Optional<String> fileName(ProfileDocument document) {
        String file = document.fileName().replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]+$", "");
        String named = TITLE_NOISE
                .matcher(file.replaceAll("[_-]+", " "))
                .replaceAll(" ")
                .strip();
        // "CV_Chiara_Ferrandi_Architetto.pdf": the title the file's name ends with is not the person's name
        String[] words = named.split("\\s+");
        if (words.length > 2 && RoleText.isTitle(words[words.length - 1])) {
            named = named.substring(0, named.lastIndexOf(' ')).strip();
        }
        return asName(named);
    }

    /** "Sample Menus — Marisol Hargreaves": the name after a document's title, in a heading that opens with it. */
    private static Optional<String> nameAfterTitle(ProfileDocument document, String title) {
        return document.blocks().stream()
                .flatMap(block -> block.sectionPath().stream())
                .distinct()
                .map(heading -> heading.split("\\s+[—–|-]\\s+", 2))
                .filter(parts -> parts.length == 2 && parts[0].strip().equalsIgnoreCase(title))
                .map(parts -> asName(parts[1]))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean mentions(ProfileDocument document, String name) {
        for (Block block : document.blocks()) {
            if (writesAsAName(block.text(), name) || writesAsAName(String.join(" ", block.sectionPath()), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text writes the name with its words capitalised, as a name is written: "Omar Haddad", "OMAR
     * HADDAD"; not "Things recruiters ask me", a title in sentence case that a file was named after.
     */
    private static boolean writesAsAName(String text, String name) {
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
            String written = text.substring(at, at + wanted.length());
            boolean capitalised = java.util.Arrays.stream(written.split("\\s+"))
                    .allMatch(word -> word.isEmpty()
                            || Character.isUpperCase(word.codePointAt(0))
                            || NAME_PARTICLE.matcher(word).matches());
            if (capitalised) {
                return true;
            }
        }
        return false;
    }

    /** "CURRICULUM VITAE", "Résumé": a document's title that names no one. */
    static boolean isCvTitle(String text) {
        return CV_WORDS.matcher(text).find()
                && CV_WORDS.matcher(text).replaceAll("").isBlank();
    }

    /**
     * "CHAN Ka Yan, Karen", "GOH Jun Kai, Marcus": a surname in capitals, the given names, the English name; or
     * written in small letters with two given syllables, as a "Name:" line has it ("Goh Jun Kai, Marcus").
     */
    private static final Pattern SURNAME_FIRST_ENGLISH_LAST =
            Pattern.compile("(\\p{Lu}{2,}|\\p{Lu}\\p{Ll}{1,5}(?= \\p{Lu}\\p{Ll}{1,4}[ -]\\p{Lu}?\\p{Ll}{1,4},))"
                    + " ((?:\\p{Lu}\\p{Ll}+)(?:[ -]\\p{Lu}?\\p{Ll}+){0,2}), (\\p{Lu}\\p{Ll}+)");

    /** A site's address: "naukri.com", "behance.net". */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)\\b[\\p{L}\\d-]+\\.(?:com|org|net|io|co|in|uk|de|fr|es|it|nl|dev|me|ai|app|info|biz)\\b");

    /**
     * A name in a heading beside a labelled part, as a two-column header read across puts it: "Total Experience: 7
     * Years 3 Months · Keerthana Subramaniam".
     */
    private static Optional<String> besideALabelledPart(String heading) {
        String[] parts = heading.split("\\s+·\\s+");
        if (parts.length < 2 || java.util.Arrays.stream(parts).noneMatch(p -> p.contains(":"))) {
            return Optional.empty();
        }
        return java.util.Arrays.stream(parts)
                .filter(p -> !p.contains(":"))
                .map(IdentityReader::asName)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** ", Marcus" after a name: the English name a Hong Kong or Singapore name ends with. */
    private static final Pattern ENGLISH_NAME_AFTER = Pattern.compile("(, \\p{Lu}\\p{Ll}+)(?=\\s*(?:[;|\\n(]|$))");

    /** A name written in Chinese, Japanese or Korean characters. */
    /**
     * A Chinese or Korean name alone, as a résumé's heading writes it: one of the common surnames, then a given name
     * of one or two characters ("苏雨桐", "王磊", "김민준"), so no other short heading in those scripts passes for one.
     */
    private static final Pattern CJK_NAME =
            Pattern.compile("[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余"
                    + "杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀"
                    + "顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯][\\p{IsHan}]{1,2}"
                    + "|(?:[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈]"
                    + "|남궁|황보|제갈|선우|독고)[\\p{IsHangul}]{2}");

    /** A Korean résumé's labels of three syllables that open with a common surname's: "연락처", "이메일", "주소지". */
    private static final Pattern NOT_A_KOREAN_NAME = Pattern.compile("연락처|이메일|주소지|기술서|자격증|어학력|성명란");

    private static final String OWN_SCRIPT = "[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}・·]{2,12}";

    /**
     * The text as a person's name, tidied ("Dr. Li.Wei Chen" → "Li Wei Chen", "tom baxter" →
     * "Tom Baxter", "AISHA BELLO" → "Aisha Bello"), or empty when it is not one.
     */
    static Optional<String> asName(String text) {
        String t = withCharactersTogether(text)
                .replaceAll("[*_#`\\[\\]]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (t.matches("[\\p{IsHiragana}\\s\\u3000]+")) {
            return Optional.empty(); // "たかはし　みさき": a name's reading (furigana), over the name as written
        }
        if (t.matches("\\p{IsHan}{3,5}")
                && SPACED_CHARACTERS.matcher(text.strip()).matches()
                && !Sections.isSectionHeading(t)) {
            return Optional.of(t); // "村 上 亮 介": a rirekisho's name, its characters spaced across the form's cell
        }
        if (WEB_ADDRESS.matcher(t).find()) {
            return Optional.empty(); // "naukri.com", the site a profile was downloaded from
        }
        t = HONORIFIC.matcher(t).replaceFirst("");
        // a Europass margin's label run into the name beside it: "Rita Almeida Correia · PESSOAL", the rest of
        // "INFORMAÇÃO PESSOAL" above it
        t = t.replaceFirst("^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,4}) · \\p{Lu}{3,}$", "$1");
        // a title in brackets after the name, as Nigerian and Ghanaian CVs write it: "ADAEZE NGOZI OKAFOR (Mrs.), ACIB"
        t = t.replaceFirst("\\s*\\((?i:mrs|mr|ms|miss|dr|engr|prof|chief|barr|pastor)\\.?\\)", "");
        // a bilingual résumé's name in its own script beside its Latin letters, and the English name in brackets
        // after them: "林嘉怡 Lin Jiayi (Joyce)", "Kim Min-jun 김민준"
        t = t.replaceFirst("^" + OWN_SCRIPT + "\\s+(?=\\p{IsLatin})", "")
                .replaceFirst("(?<=\\p{IsLatin})\\s+" + OWN_SCRIPT + "$", "");
        // in brackets after it: "CHAN Ka Yan, Karen (陳嘉欣)"
        t = t.replaceFirst("(?<=\\p{IsLatin})\\s*\\(" + OWN_SCRIPT + "\\)$", "");
        // Hong Kong's and Singapore's order, the surname in capitals first and the English name after a comma:
        // "CHAN Ka Yan, Karen" is Karen Chan Ka Yan
        Matcher surnameFirst = SURNAME_FIRST_ENGLISH_LAST.matcher(t);
        if (surnameFirst.matches()) {
            t = surnameFirst.group(3) + " " + inNameCase(surnameFirst.group(1)) + " " + surnameFirst.group(2);
        }
        // the name one goes by, in brackets after the whole name: "CHONG PUI YEE (EMILY)"
        t = t.replaceFirst("^(\\p{L}{2,}(?: \\p{L}{2,}){1,3})\\s+\\((?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,})\\)$", "$1");
        String withoutLetters = POST_NOMINALS.matcher(t).replaceFirst("");
        if (withoutLetters.strip().split("\\s+").length >= 2) {
            t = withoutLetters;
        }
        t = SUFFIX.matcher(t).replaceFirst("");
        // letters after the name beyond the known ones: "Rochelle A. Brandvold, BSN, RN, CCRN, CSC"
        int comma = t.indexOf(',');
        if (comma > 0
                && java.util.Arrays.stream(t.substring(comma + 1).split(","))
                        .map(String::strip)
                        // "Marisa J. Lindqvist, M.Ed., CPTD": letters with dots among them
                        .allMatch(letters -> letters.matches("\\p{Lu}[\\p{L}.-]{1,7}")
                                && letters.chars()
                                                .filter(Character::isUpperCase)
                                                .count()
                                        >= 2)) {
            t = t.substring(0, comma).strip();
        }
        // a stray dot between two parts of a name: "Li.Wei"
        t = t.replaceAll("(\\p{L}{2,})\\.(\\p{L}{2,})", "$1 $2").strip();
        // a name one goes by, between the given name and the surname: "JOANNE (JO) THRELFALL", "Robert "Bob" Smith"
        t = t.replaceAll("^(\\p{L}{2,}) [(\"“‘']\\p{L}{2,}[)\"”’'] (\\p{L}{2,})$", "$1 $2");
        // a middle initial: "KALANI M. BRIGHTWATER", "Jane Q. Public", after two given names "KRISTINE JOY M. BAUTISTA"
        t = t.replaceAll("^((?:\\p{L}{2,} ){1,2})\\p{Lu}\\. (\\p{L}{2,})$", "$1$2");
        Matcher titled = NAME_AND_CJK_TITLE.matcher(t);
        if (titled.matches()) {
            return Optional.of(titled.group(1)); // "한도윤 이력서": the name, then the résumé's title
        }
        if (CJK_NAME.matcher(t).matches() && !NOT_A_KOREAN_NAME.matcher(t).matches() && !Sections.isSectionHeading(t)) {
            return Optional.of(t); // "苏雨桐", "한도윤": a surname of the common ones, then a given name of one or two
        }
        String[] words = t.split(" ");
        if (words.length < 2 || words.length > 4 || t.length() > 50 || Sections.isSectionHeading(t)) {
            return Optional.empty(); // "Case Studies", "Work Experience": a page's title, not a name
        }
        boolean lower = t.equals(t.toLowerCase(Locale.ROOT));
        boolean upper = t.equals(t.toUpperCase(Locale.ROOT));
        for (String word : words) {
            if (!word.matches(WORD) || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (!lower
                    && !upper
                    && !Character.isUpperCase(word.codePointAt(0))
                    && !NAME_PARTICLE.matcher(word).matches()) {
                return Optional.empty();
            }
        }
        if (lower || upper) {
            StringBuilder cased = new StringBuilder();
            for (String word : words) {
                cased.append(cased.length() == 0 ? "" : " ").append(inNameCase(word));
            }
            t = cased.toString();
        }
        return Optional.of(t);
    }

    /**
     * The name as the documents write it in small letters when a heading set it in capitals: "EMRE CAN TAŞKIN"
     * read as "Emre Can Taşkin" is "Emre Can Taşkın" on the line "Name Surname: Emre Can Taşkın", "DIMITRIS
     * MACDONALD" is "MacDonald" where the text writes it so.
     */
    private static String asWrittenElsewhere(String name, List<ProfileDocument> documents) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("\\s+")) {
            // a dotless ı read in capitals is an I, which small letters make an i
            words.add(Pattern.quote(word).replaceAll("[iIıİ]", "\\\\E[iIıİ]\\\\Q"));
        }
        Pattern written = Pattern.compile(
                "(?<!\\p{L})" + String.join("\\s+", words) + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                Matcher m = written.matcher(block.text());
                while (m.find()) {
                    String found = m.group().replaceAll("\\s+", " ");
                    boolean asAName = !found.equals(found.toUpperCase(Locale.ROOT))
                            && java.util.Arrays.stream(found.split(" "))
                                    .allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
                    if (asAName) {
                        return found;
                    }
                }
            }
        }
        return name;
    }

    /**
     * A name of two words the documents also write the other way round, "Vörös Gergely" in a Hungarian CV's header and
     * "Gergely Vörös" in the English note beside it: the family name first where it was written, so the given name
     * first, as the replies in English call the person.
     */
    private static String givenNameFirst(String name, List<ProfileDocument> documents) {
        String[] words = name.strip().split("\\s+");
        if (words.length != 2) {
            return name;
        }
        // (and the person calls themselves by that second word: "Hi! I'm Gergely" — a Europass form's "Ferraresi
        // Lorenzo" under its "Surname / First name" label beside "Lorenzo Ferraresi" is the other way round)
        Pattern reversed = Pattern.compile("(?<!\\p{L})" + Pattern.quote(words[1]) + "\\s+" + Pattern.quote(words[0])
                + "(?!\\p{L})[\\s\\S]*(?i:\\bI['’]m|\\bI am|\\bmy name is)\\s+" + Pattern.quote(words[1])
                + "(?!\\p{L})");
        boolean other = documents.stream()
                .map(d -> d.blocks().stream()
                        .map(b -> String.join(" · ", b.sectionPath()) + "\n" + b.text())
                        .collect(java.util.stream.Collectors.joining("\n")))
                .anyMatch(text -> reversed.matcher(text).find());
        return other ? words[1] + " " + words[0] : name;
    }

    /** A word of a name written in capitals, as names are: "OSEI-WHITLOCK" as "Osei-Whitlock", "O'NEILL" as "O'Neill". */
    private static String inNameCase(String word) {
        // (a Turkish dotted İ is an i in small letters, not an i with a second dot over it: "EKİNCİ" as "Ekinci")
        return WORD_START
                .matcher(word.replace('İ', 'i').toLowerCase(Locale.ROOT))
                .replaceAll(m -> m.group(1) + m.group(2).toUpperCase(Locale.ROOT));
    }

    /** A heading without the words that say it is a CV: "europass Inês Rebelo Fonseca" → "Inês Rebelo Fonseca". */
    static String withoutCvWords(String heading) {
        return CV_WORDS.matcher(heading)
                .replaceAll(" ")
                .replaceAll("[—–|:]+", " ")
                .strip();
    }

    /** Whether a heading is the person's name, however written. */
    static boolean sameName(String heading, String lowerName) {
        // (a Turkish dotless ı in the name, an I in the heading's capitals)
        // (or its two words the other way round: "Vörös Gergely" over the CV of "Gergely Vörös")
        String name = lowerName.replace('ı', 'i');
        String[] words = name.split(" ");
        String reversed = words.length == 2 ? words[1] + " " + words[0] : name;
        return asName(heading)
                .map(n -> n.toLowerCase(Locale.ROOT).replace('ı', 'i'))
                .filter(n -> n.equals(name) || n.equals(reversed))
                .isPresent();
    }

    private static Optional<Pronouns> statedPronouns(List<ProfileDocument> documents) {
        for (ProfileDocument document : documents) {
            String value = document.metadata().get("pronouns");
            if (value != null && Pronouns.parse(value).isPresent()) {
                return Pronouns.parse(value);
            }
        }
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                Matcher m = PRONOUNS_IN_TEXT.matcher(block.text());
                if (m.find()) {
                    return Pronouns.parse(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return Optional.empty();
    }

    /** From third-person text about the person: one set clearly more frequent than the other. */
    private static Pronouns inferredPronouns(List<ProfileDocument> documents) {
        int she = 0;
        int he = 0;
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                she += count(SHE, block.text());
                he += count(HE, block.text());
            }
        }
        if (she >= 2 && she >= 3 * he) {
            return Pronouns.SHE;
        }
        if (he >= 2 && he >= 3 * she) {
            return Pronouns.HE;
        }
        return Pronouns.THEY;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A letter's subject: "Betreft: sollicitatie Head of Product – Cards", "Re: Finance Manager", "Objet : …". */
    private static final Pattern LETTER_SUBJECT = Pattern.compile(
            "(?i)\\W*(?:betreft|re|subject|objet|asunto|assunto|oggetto|betrifft|betreff|onderwerp|ref)\\s*:");

    /** The documents with sections of work or of education first, in their order; the others after them. */
    private static List<ProfileDocument> cvsFirst(List<ProfileDocument> documents) {
        java.util.function.Predicate<ProfileDocument> cv = document -> document.blocks().stream()
                .anyMatch(b -> b.sectionPath().stream().anyMatch(Sections::namesWorkOrEducation));
        List<ProfileDocument> ordered =
                new ArrayList<>(documents.stream().filter(cv).toList());
        documents.stream().filter(cv.negate()).forEach(ordered::add);
        return ordered;
    }

    private static Optional<String> headline(List<ProfileDocument> documents, Optional<String> name) {
        for (ProfileDocument document : documents) {
            for (String key : List.of(
                    "headline",
                    "tagline",
                    "label",
                    "subtitle",
                    "role",
                    "position",
                    "job-title",
                    "poste",
                    "puesto",
                    "cargo",
                    "functie")) {
                String value = document.metadata().get(key);
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
        }
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                for (String line : block.text().split("\n")) {
                    Matcher m = HEADLINE_LINE.matcher(line);
                    if (m.matches() && !m.group(1).equalsIgnoreCase("title")) {
                        return Optional.of(m.group(2).strip());
                    }
                }
            }
        }
        // a short line of the header that names a trade: "Product Manager | Fintech | London, UK"
        // (the CV's before a cover letter's, whose header names the addressee's title: "Nurse Unit Manager")
        for (ProfileDocument document : cvsFirst(documents)) {
            for (Block block : document.blocks()) {
                List<String> path = block.sectionPath();
                boolean underTheName = name.isPresent()
                        && !path.isEmpty()
                        && sameName(path.get(0), name.get().toLowerCase(Locale.ROOT));
                // (a plain-text CV's short line under the name, taken for a heading over the contact lines: "LEONIE
                // ADEYEMI-MARSH, PhD" over "Computational biologist -- single-cell and spatial genomics")
                boolean header = path.isEmpty()
                        || underTheName && path.size() == 1
                        // under the page's title alone: "# CURRICULUM VITAE" over the name in bold, then the headline
                        || path.size() == 1 && withoutCvWords(path.get(0)).isBlank()
                        || underTheName && path.size() == 2 && block.text().startsWith(path.get(1));
                if (underTheName
                        && path.size() == 2
                        && path.get(1).length() <= 100
                        && DateRanges.firstRangeOrDate(path.get(1)).isEmpty()
                        && RoleText.isTitle(path.get(1).strip())
                        && !Sections.isSectionHeading(path.get(1))) {
                    // "Solène MARCHETTI" over "Cheffe de projet data" in the PDF's larger letters: a heading of its own
                    return Optional.of(path.get(1).strip());
                }
                if (!header) {
                    continue;
                }
                for (String line : block.text().split("\n")) {
                    String l = line.strip();
                    if (l.length() <= 100
                            && RoleText.isTitle(l)
                            && !CONTACT_BITS.matcher(l).find()
                            && !LETTER_SUBJECT.matcher(l).lookingAt()
                            && (name.isEmpty()
                                    || !l.toLowerCase(Locale.ROOT)
                                            .startsWith(name.get().toLowerCase(Locale.ROOT)))
                            && !l.matches(".*[.!?。]$")
                            // "（セールスエンジニアとして…を担当）": an aside in brackets under a history's row
                            && !l.matches("[（(].*[）)]")
                            && !EventHistoryReader.isDatedRow(l)) {
                        return Optional.of(l);
                    }
                }
            }
        }
        // the first sentence of the summary, when it describes rather than speaks: "Site reliability engineer."
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                if (!block.sectionPath().isEmpty()
                        && SUMMARY.matcher(block.sectionPath()
                                        .get(block.sectionPath().size() - 1))
                                .matches()) {
                    // ("… 14 years of U.S. Army service …": an abbreviation's full stop ends no sentence)
                    String first = dev.profilebot.profile.SentenceSplitter.split(block.text()).stream()
                            .findFirst()
                            .orElse("")
                            .replaceAll("\\.$", "");
                    if (first.length() <= 140 && !FIRST_PERSON.matcher(first).find() && RoleText.isTitle(first)) {
                        return Optional.of(first);
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }
}
