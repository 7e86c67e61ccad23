package dev.profilebot.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers and street addresses in text and removes them, unless the owner opted in to
 * disclosing that kind of detail. Applied to documents at ingestion, so no answerer ever sees the
 * details, and again to every outgoing answer as a backstop. The city, region and country around
 * an address are kept; the street, house number and postal code go.
 */
public final class PrivateDetailRedactor {

    // digit groups joined by spaces, dots or dashes, optionally with a +country code or (area code)
    private static final Pattern PHONE = Pattern.compile(
            // after a country code the first group may be one digit: "+31 6 4172 9038"
            "(?<![\\w/.:#-])(?:\\+\\s?\\d{1,3}[\\s.-]?(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d{1,5}|(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d{2,5})"
                    // "+49 (0)172 4419387": a German number's last group runs to eight digits
                    + "(?:[\\s.-]\\d{2,8}){1,5}(?![\\w/-])"
                    + "|(?<![\\w/.:#-])\\+\\d{8,15}(?![\\w/-])"
                    // "+30 6945182273": the country code, then the number whole
                    + "|(?<![\\w/.:#-])\\+\\d{1,3}[\\s.-]\\d{6,12}(?![\\w/-])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /**
     * A number labelled as a certificate's, a passport's or a national identity number: "DBS
     * certificate no. 001594837261", "Passport No: 533401234", "National Insurance number: QQ 12 34
     * 56 C", "SSN 123-45-6789".
     */
    private static final String MASKED = "[A-Z]?(?:[Xx*•]{1,5}[ /.-]?){1,4}\\d{2,6}[A-Z]?";

    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?i)(\\b(?:(?:passport|national insurance|social security|ssn|tax (?:file|id(?:entification)?)|personal id"
                    // India's tax and identity numbers: "PAN No. : BQKPD4827M", "Aadhaar: 4521 8873 9910"
                    + "|pan(?: card)?|aadhaa?r(?: card)?"
                    // Sri Lanka's and Bangladesh's national identity cards: "NIC No.: 937521846V", "NID No."; an
                    // engineer's permit in Québec: "permis no 5031847"
                    + "|nic|nid|permis"
                    + "|identity card|id card|(?:nmc|gmc|hcpc|gphc)(?: registration)?(?: pin)?"
                    // "DEA Registration (Schedules II–V) – #MF4417302": a US prescriber's number
                    + "|dea(?: registration)?(?:\\s*\\([^)]{1,30}\\))?(?:\\s*[–—-])?"
                    // a US prescriber's National Provider Identifier: "NPI 1740392865"
                    + "|npi"
                    // an educator's identification number: Illinois' "IEIN 2407819", a UK teacher's "TRN 1234567"
                    + "|iein|educator id|trn"
                    // Spain's identity numbers: "D.N.I.: 71.284.563-K", "NIE X-4417302-L"; a passport in Spanish
                    + "|d\\.?n\\.?i\\.?|n\\.?i\\.?[ef]\\.?|pasaporte)\\s*(?:no\\.?|number|num\\.?|#)?"
                    + "|(?:dbs(?: certificate)?|certificate|certification|cert\\.?|driving licen[cs]e|licen[cs]e|lic\\.?|cdl|ni|sin"
                    // not "ORCID iD: 0000-0003-4182-9067", a researcher's public identifier
                    + "|national id|(?<!orcid\\s)id|identification"
                    // tax and social-insurance numbers: Kenya's "KRA PIN: A005127493K", "NSSF No.", the
                    // Philippines' "TIN: 123-456-789-000", "SSS No.", "PhilHealth", "Pag-IBIG"
                    + "|(?:kra |tax )?pin|tin|sss|gsis|philhealth|pag-?ibig|hdmf|nssf|nhif|shif|napsa"
                    // "Working With Children Check: WWC1842736E", "PVG check no.": a background check's number
                    + "|(?:working with children|wwcc?|police|criminal record|background|vulnerable sector|pvg) check)\\s*"
                    // a tab stop read as " · " parts a label from its value as a colon does
                    + "(?:no\\.?|number|num\\.?|#|(?=\\s*(?:\\([^)]{1,10}\\)\\s*)?[:·])))(?:\\b|(?<=[#.]))\\s*(?:\\([^)]{1,10}\\)\\s*)?"
                    // ("NI number ........ QQ 12 34 56 C", "NI number — QQ 12 34 56 C": a form's dotted leader)
                    + "(?:(?:\\.{2,}|[:.\\-–—·|])\\s*){0,2})"
                    // a UK driving licence number starts with five letters and ends with two: "MORGA657054SM9IJ"
                    // "License #041.392775": digit groups may be parted by dots
                    // a council's licence number: "PKC/PL/2011/0386"; a pilot's: "IE.FCL.ATPL.2841-07"
                    // (in capitals whatever the label's case: "Certificate: PRINCE2 Practitioner 2018" is no number)
                    // a PAN: five letters, four digits, a letter
                    // "Licence no. 13/02874/LAPER": a council's code after the digits
                    + "((?-i:(?:[A-Z]{1,5}[/.-]?){0,4} ?\\d[\\dA-Z /.-]{4,22}\\d(?:\\s?[A-D]|-?[A-Z]{1,2}|/[A-Z]{1,8})?"
                    // a masked number's digits left showing: "XXX-XX-4471", "S****567D"
                    + "|" + MASKED
                    + "|[A-Z]{5}\\d{4}[A-Z]))\\b");
    /**
     * "CSCS Card No. 00729481", "Membership: 4417302": a card's or a membership's number, not a
     * count of members ("Loyalty card · 2 400 000 members").
     */
    private static final Pattern CARD_NUMBER = Pattern.compile(
            "(?i)(\\b(?:card|membership)(?:\\s*(?:no\\.?|number|num\\.?|#))?\\s*(?:[:.\\-–·|]\\s*){0,2})"
                    + "((?-i:[A-Z]{0,3}\\d[\\dA-Z /-]{4,18}\\d))\\b(?!\\s+\\p{Ll})");
    /**
     * "Membership No. 31862", "Reg. No. R.27419", "ID 5583910", "NIN: 40218836617": a number of five
     * digits or more after a label that says it is one, whatever it numbers.
     */
    private static final Pattern LABELLED_NUMBER = Pattern.compile(
            // in its case: "ID" (not Idaho's "Boise, ID 06/2018"), "No."; a "#" not after a letter ("C# 8.0",
            // "PR#45211")
            // "Teacher Reference Number (QTS): 1287364": a short note in brackets may follow the label
            // an Australian clearance holder's "CSID 4471990263"
            "(\\b(?:[Nn]o\\.|NO\\.|[Nn]umber|NUMBER|[Nn]um\\.|ID|NIN|N\\.I\\.N\\.|BVN|CSID"
                    // the same label in other languages: "Colegiada nº 50/12847", "N.º", "Núm.", "Nr."
                    + "|[Nn]\\.?[º°]|[Nn][úu]m\\.|N[ÚU]M\\.|[Nn]r\\.|NR\\.)\\s*(?:\\([^)]{1,10}\\)\\s*)?(?:[:.·|\\-–]\\s*){0,2}"
                    + "|(?<![\\p{L}\\d])#\\s*"
                    // "IEIN: 3149872", "TRN #4417302": an identification number's acronym, then a colon or a "#"
                    + "|\\b(?!ORCID)[A-Z]{1,4}(?:IN|ID|N)\\s*[:#]\\s*)"
                    // "No. RO-CCA- 04217": an attestation's number, its letters in parts before the digits
                    + "((?:[A-Z]{1,5}[/.-]?\\s?){0,3}\\d[\\d /.-]{3,18}\\d)\\b"
                    // "No. 12345 staff", "Number 12 500 units": a count, not a number given to someone
                    + "(?!\\s*(?:%|years?|staff|members|employees|people|users|customers|units|items|orders|downloads"
                    + "|stars|visits|views|transactions|requests|records|copies))");
    /** Numbers that are public: a patent's, a grant's, a company's, an issue's. */
    private static final Pattern PUBLIC_NUMBER = Pattern.compile(
            "(?i)\\b(patent|grant|company|companies house|case|order|invoice|issue|ticket|isbn|issn|doi|award|contract"
                    + "|tender|project|model|part|version|release|build|route|platform)\\s*$");
    /** A number that holds a date or years: "06/2018 - 08/2021", "1 2019-2020". */
    private static final Pattern DATED = Pattern.compile("\\d{1,2}/(?:19|20)\\d\\d|(?:19|20)\\d\\d\\s*[-–/]");

    private static final int MIN_LABELLED_DIGITS = 5;

    /** A value that is a year followed by another, each a word of its own: "2014 2018", "2015 - 2020". */
    private static final Pattern YEAR_WORDS =
            Pattern.compile("(?<![\\w/.])(?:19|20)\\d\\d(?:\\s*[-–]\\s*|\\s+)(?:19|20)\\d\\d(?![\\w/.])");
    /** "PIN 14I3087E": a registration PIN, in capitals and starting with a digit ("chip and PIN in 2019" is not one). */
    private static final Pattern REGISTRATION_PIN = Pattern.compile("(\\bPIN\\s*[:·]?\\s*)(\\d[\\dA-Z]{5,9})\\b");
    /** "2019-2022": years, not an identity number. */
    private static final Pattern YEARS =
            Pattern.compile("(?i)(?:19|20)\\d\\d\\s*(?:-|to|until)\\s*(?:(?:19|20)\\d\\d|\\d\\d)(?:\\s.*)?");

    private static final int MIN_ID_DIGITS = 6;
    private static final Pattern PAN = Pattern.compile("[A-Z]{5}\\d{4}[A-Z]");
    private static final Pattern PHONE_LABEL =
            Pattern.compile("(?i)(?<![\\p{L}])(?:mob|mobile|tel|telefon|phone|cell|ph|m|t)\\.?\\s*[:·]?\\s*$");
    /** "(work)", "(mobile)": which phone a number was, left alone when it goes. */
    private static final Pattern PHONE_KIND =
            Pattern.compile("(?i)\\s*\\((?:work|mobile|mob|home|cell|office|landline|private|personal|w|m|h)\\)");
    /** A house number: not a year ("Via Rail Canada 2015"), at most four digits, maybe a letter. */
    /** Ireland's Eircode: "V94 K2X8". */
    private static final String EIRCODE = "\\b(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4}\\b";

    private static final String HOUSE_NUMBER = "(?!(?:19|20)\\d\\d\\b)\\d{1,4}[a-zA-Z]?\\b";

    private static final String STREET_TYPES = "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
            + "|Place|Pl|Way|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Square|Sq|Close|Crescent|Cres|Row|Circle|Cir"
            + "|Trail|Trl|Gardens|Grove|Mews|Walk|Alley|Plaza|Strasse|Straße"
            // American streets of other kinds: "4417 Ridgeway Oaks Cove", "118 Sawgrass Loop", "2209 Hickory Bend"
            + "|Cove|Cv|Loop|Run|Pike|Path|Crossing|Xing|Point|Ridge|Bend|Glen|Hollow|Landing|Commons|Trace|Knoll"
            // British street names: "12 Orrell Fold", "14 Cottingley Rise"
            + "|Fold|Rise|Hill|View|Vale|Parade|Croft|Chase|Wharf|Yard|Heights|Brow|Meadows?|Wynd"
            // Irish estates' and quays' names: "27 Innishmore Lawn", "14 Merchants Quay"
            + "|Lawns?|Quay|Demesne|Downs"
            // "7 Eden Mount, Stanwix", not "Year 6 Class Teacher Mount Carmel RC Primary School"
            + "|(?:Mount|Brae|Dene|Garth)(?=\\s*,)";
    /** "Cheadle Road": a street's name, which is no town to keep. */
    private static final Pattern STREET_NAME = Pattern.compile("\\b(?:" + STREET_TYPES + ")\\.?$");

    /** A house's name before its street: "The Old Granary, 14 Church Lane", "Rose Cottage, 3 Mill Road". */
    private static final String PREMISES = "(?:The\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){0,2}\\p{Lu}[\\p{L}'-]*"
            + "|(?:\\p{Lu}[\\p{L}'-]*\\s+){1,2}(?:Cottages?|House|Farm|Farmhouse|Barn|Granary|Lodge|Mill|Manor|Villa"
            + "|Hall|Grange|Rectory|Vicarage|Bungalow|Stables|Mansions|Apartments|Court|Chambers))";

    /**
     * A house number and, on the same stretch of the line, a British or Canadian postcode: "12
     * Orrell Fold, Heaton Mersey, Stockport SK4 3NW", whatever the street is called.
     */
    private static final Pattern HOUSE_TO_POSTCODE = Pattern.compile(
            // at the start of the line or of a part of it ("Home: …", "· …"), not inside a sentence
            // ("Managed 12 Engineers") or after a title ("Senior Engineer, 10x Banking")
            // (or after a symbol standing for home: "🏠 23 Brennan’s Lane, Rathgar, Dublin 6, D06 V8X4")
            "(?<=^|^\\s{1,4}|[:·|•\\p{So}][*_]{0,2}\\s{0,2})"
                    + "((?:" + PREMISES + ",\\s+)?"
                    + "(?:(?:Flat|Apt|Apartment|Unit)\\s+\\w+,?\\s+)?(?!(?:19|20)\\d\\d\\b)\\d{1,4}[A-Za-z]?\\s+\\p{Lu}[\\p{L}'’.-]*"
                    // "14 Maes y Dderwen": a Welsh street's article, lower case between its words
                    + "(?:\\s+(?:(?:y|yr|de|la|le|du|of|the)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}),"
                    + "([^·|•;\\n]{0,60}?)\\s*"
                    + "(\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b|\\b[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\b|" + EIRCODE
                    + ")");

    /** Words that go on an organization's name, never an address: the street's name was the name's start. */
    private static final String NAME_GOES_ON = "(?:Support|Battalion|Regiment|Squadron|Brigade|Company|Group|Services?"
            + "|School|College|Academy|Primary|Surgery|Practice|Clinic|Hospital|Centre|Center|Partners|Associates"
            + "|Ltd|Limited|LLP|PLC|Inc|Library|Hotel|Medical|Health|Dental|Veterinary"
            // a band's, a venue's or a shop's: "2022 Lake Street String Quartet: Shostakovich", "Water Street Theatre"
            + "|String|Quartet|Trio|Quintet|Orchestra|Ensemble|Band|Choir|Chorale|Players|Singers|Theatre|Theater"
            + "|Studios?|Gallery|Records|Church|Chapel|Market|Bakery|Cafe|Café|Kitchen|Grill|Brewery|Press)";

    private static final Pattern STREET =
            // (not a sum: "Delivered the $45M Redland Bay Road Upgrade")
            Pattern.compile(
                    "(?:(?<![$£€¥₹]\\s?)(?<![$£€¥₹]\\d{1,6}[.,])\\b\\d{1,6}[A-Za-z]?,?\\s+(?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*\\s+){1,4}?(?:"
                            + STREET_TYPES
                            // "2318 Wexford Ridge Drive": a street whose name ends with a street's kind
                            + ")\\b(?:\\s+(?:" + STREET_TYPES + ")\\b)?"
                            // "Clinical Nurse Manager 1, St. Brigid's Ward": a saint's name, not a street
                            + "(?!\\.?\\s+\\p{Lu}\\p{L}*['’]s\\b)"
                            // "4 Armoured Close Support Battalion", "12 Park Road Surgery": a unit's or a practice's
                            // name
                            + "(?!\\s+" + NAME_GOES_ON + "\\b)"
                            + "\\.?(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b\\.?)?"
                            + "(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|#)\\.?\\s*[\\w-]+)?"
                            + "|\\b(?:P\\.?\\s?O\\.?\\s?Box|Post Office Box)\\s+\\d+"
                            // a French address, the street's kind right after the number: "15 Boulevard Haussmann",
                            // "27 rue de Rivoli"
                            + "|(?<![\\d.,])" + HOUSE_NUMBER
                            + ",?\\s+(?i:rue|boulevard|bd|avenue|av\\.|allée|place|quai|chemin"
                            + "|impasse|cours)\\s+(?:(?:de|du|des|la|le)\\s+|l['’])?(?:\\p{Lu}[\\p{L}'’-]*[\\s-]*){1,3}"
                            // "5184, rue Fabre, app. 2": a Québec address's flat
                            + "(?:,\\s*(?i:appartement|appt|app|apt|bureau|suite|unité|local)\\b\\.?\\s*[\\w-]+)?"
                            // the house number after the street, as most of Europe writes it: "Lychener Straße 28",
                            // "Seefeldstrasse 112", "Keizersgracht 12", "Via Roma 12", "Rua Augusta 274" (a year
                            // is not a house number: "Via Rail Canada 2015" is an employer)
                            + "|\\b(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,2}(?:Straße|Strasse|Weg|Gasse|Platz|Allee|Laan|Straat)"
                            + "\\s+" + HOUSE_NUMBER
                            // (an adjective before it: "Kromme Lindenstraat 18")
                            + "|\\b(?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Lu}\\p{L}*(?:straße|strasse|str\\.|gasse|allee|straat|gracht|gatan"
                            + "|vägen)\\s+" + HOUSE_NUMBER
                            // a street with no street's word, its house number, then a European postcode and town, at
                            // the start of the line or of a part of it: "Lange Voorhout 12, 2514 EA Den Haag"
                            + "|(?<=^|^\\s{1,4}|[:·|•\\p{So}][*_]{0,2}\\s{0,2})(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}"
                            + HOUSE_NUMBER
                            + "(?=,\\s*(?!(?:19|20)\\d\\d)\\d{4,5}(?:\\s?[A-Z]{2})?\\s+\\p{Lu}\\p{Ll})"
                            // a street named after a person, its words joined by hyphens: "Karl-Heine-Straße 74"
                            + "|\\b(?:\\p{Lu}\\p{L}*-){1,3}(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee)\\s+"
                            + HOUSE_NUMBER
                            // a Polish, Czech or Russian street after its short sign, the flat after a slash: "ul.
                            // Józefa Dietla 54/7", "ул. Тверская 12"
                            + "|(?<![\\p{L}])(?:ul|al|os|pl|ул|пр)\\.\\s*(?:\\p{Lu}[\\p{L}'.-]*\\s+){0,3}\\p{Lu}[\\p{L}'.-]*\\s+"
                            + HOUSE_NUMBER
                            + "(?:/\\d{1,4}[A-Za-z]?)?"
                            // a Korean road address, romanised or in Hangul: "Dogok-ro 43-gil 12", "도곡로 43 길 12,
                            // 101 동 1203 호"
                            + "|\\b\\p{Lu}\\p{Ll}+-(?:ro|gil|daero)\\s+\\d{1,4}(?:-gil\\s+\\d{1,4})?"
                            + "|\\p{IsHangul}+(?:로|길)\\s?\\d{1,4}(?:\\s?길\\s?\\d{1,4})?(?:,\\s*\\d{1,4}\\s?동\\s?\\d{1,5}\\s?호)?"
                            // (a Brazilian street's number after a comma: "Rua Joaquim Távora, 1240")
                            + "|\\b(?:Via|Viale|Calle|Avenida|Av\\.|Rua|Rue|Carrer|Alameda|Travessa|Praça)\\s+"
                            + "(?:(?:de|da|do|dos|das|del|della|di|la|le|du|des)\\s+)?"
                            // (or after its sign: "Rua Cardeal Arcoverde, nº 1452")
                            + "(?:\\p{Lu}[\\p{L}'.-]*\\s+){0,3}\\p{Lu}[\\p{L}'.-]*,?\\s+(?:n[º°o.]\\.?\\s*)?"
                            + HOUSE_NUMBER
                            + ")"
                            // the flat's number after the street: "4412 rue Ducharme-Lavoie, app. 3", "…, Apt 5B"
                            // ("Apt. 101-1203": a Korean block's building and flat)
                            + "(?:,?\\s*(?i:apt|app|appt|apartment|appartement|suite|unit|flat|apto|ap|conj|#)\\.?\\s*#?\\d{1,5}"
                            + "(?:-\\d{1,5})?"
                            + "[A-Za-z]?\\b)?"
                            + "(?:\\s*,)?");
    private static final Pattern POSTCODE = Pattern.compile(
            // Brazil's CEP: 04015-012 (whole, before the five digits of a ZIP code)
            "\\b\\d{5}-\\d{3}\\b|\\b\\d{5}(?:-\\d{4})?\\b|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b|\\b[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\b"
                    // Portugal's 1100-053, the Netherlands' 1015 CS, four digits before a town (8008 Zürich)
                    + "|\\b\\d{4}-\\d{3}\\b|\\b(?!(?:19|20)\\d\\d)\\d{4}\\s?[A-Z]{2}\\b|\\b(?!(?:19|20)\\d\\d)\\d{4}(?=\\s+\\p{Lu}\\p{Ll})"
                    // Greece's, Czechia's, Slovakia's and Sweden's three digits and two: "113 61 Athens"
                    + "|\\b\\d{3} \\d{2}(?=\\s+\\p{Lu}\\p{Ll})"
                    // Ireland's Eircode: "V94 K2X8"
                    + "|" + EIRCODE);
    // a labelled date of birth, in English, German, French, Spanish or Italian, and the date after it
    private static final Pattern BIRTH_DATE =
            Pattern.compile("(?iu)(?:\\*\\*)?\\b(?:date of birth|birth ?date|birthday|d\\.?o\\.?b\\.?"
                    // "Born in Ponta Delgada, Azores in 3/14/1991": the place, then the date after "in"
                    + "|born(?: in [\\p{L} .,'-]{1,40}?)?(?: on| in)?|geburtsdatum|geboren(?: am)?|date de naissance|n[ée]e? le"
                    // the date and the place under one label: "Geburtsdatum/-ort", "Date and place of birth"
                    + "|geburtsdatum\\s*(?:/|und|u\\.)\\s*-?\\s*ort|date\\s*(?:and|&|/)\\s*place of birth"
                    + "|date et lieu de naissance|fecha y lugar de nacimiento|data e luogo di nascita"
                    // the place first: "Luogo e data di nascita: Torino, 14/03/1991", "Tempat/Tanggal Lahir:
                    // Tabanan, 14 Maret 1988", "Doğum Yeri / Tarihi: Denizli / 14.09.1988"
                    + "|place\\s*(?:and|&|/)\\s*date of birth|lieu et date de naissance|lugar y fecha de nacimiento"
                    + "|luogo e data di nascita|local e data de nascimento|geburtsort\\s*(?:/|und|u\\.)\\s*-?\\s*datum"
                    + "|tempat\\s*(?:/|,|dan|&)\\s*tanggal lahir|doğum yeri\\s*(?:/|ve)\\s*tarihi"
                    // "Date of birth (travel & hotel bookings): 22 September 1985": an aside before the colon
                    + "|fecha de nacimiento|nacid[oa] el|data di nascita|nat[oa] il|geboortedatum|geboren op"
                    // the town, then the date: "Nata a: Milano, il 12/08/1986", "née à Lyon le", "nacido en Cádiz el"
                    + "|(?:nat[oa] a|n[ée]e? à|nacid[oa] en)\\s*:?\\s*[\\p{L} .'-]{1,40}?,?\\s+(?:il|le|el)"
                    // in Portuguese, Turkish, Polish, Swedish, Danish and Norwegian, Romanian, Czech, Indonesian
                    // ("Doğum Tarihi / Yeri · 14.03.1989 / Kadıköy": the date and the place under one label)
                    + "|data de nascimento|doğum tarihi(?:\\s*/\\s*yeri)?|data urodzenia|födelsedatum|fødselsdato|data na[șş]terii"
                    + "|datum narození|tanggal lahir"
                    // Slovak and Hungarian: "Dátum narodenia: 3. 11. 1988", "Születési idő: 1989. november 23."
                    + "|d[áa]tum narodenia|sz[üu]let[ée]si (?:id[őo]|d[áa]tum)|sz[üu]letett"
                    // Lithuanian, Latvian, Estonian, Croatian and Serbian, Slovenian, Bulgarian: "Gimimo data: · 1988
                    // m.
                    // kovo 14 d.", "Dzimšanas datums:", "Sünniaeg:", "Datum rođenja:", "Datum rojstva:", "Дата на
                    // раждане:"
                    + "|gimimo data|dzim[šs]anas datums|s[üu]nniaeg|datum ro[đd]enja|datum rojstva|дата на раждане"
                    // Serbian in Cyrillic: "Датум рођења:"; Albanian: "Datëlindja:"
                    + "|датум рођења|dat[ëe]lindja"
                    // Russian and Ukrainian: "родился 14 марта 1993", "Дата рождения:", "народився", "Дата народження:"
                    + "|родил(?:ся|ась)|дата рождения|народи(?:вся|лася)|дата народження"
                    // Chinese: "出生日期：1995.08.14", "出生年月"; Greek: "Ημερομηνία γέννησης:"
                    + "|出生日期|出生年月|ημερομην[ιί]α γ[εέ]ννησης)(?:\\*\\*)?(?:\\s*\\([^)]{0,40}\\))?\\s*"
                    // "Date of birth · : 23 September 1988": a tab read as " · " before the colon
                    // "What is your date of birth?: 14/03/1993": a form's question as the label
                    + "(?:(?:[?:–—|·•-]|\\.{2,}|…+)\\s*){0,3}(?:\\*\\*)?\\s*"
                    // the town before the date, under a label naming both: "Torino, 14/03/1991", "Denizli / 14.09.1988"
                    + "(?:\\p{Lu}[\\p{L}'’ .-]{1,30}?\\s*[,/]\\s*(?=\\d))?"
                    // "born on Leap Day (February 29, 1992)": the day's name, then its date in brackets
                    + "(?:\\p{L}[\\p{L}'’ ]{0,20}\\(\\s*)?"
                    // "1992.03.14": the year first, as China and Japan write a date
                    // "1991. 05. 14": a Korean date, a space after each dot
                    // "14. 5. 1990": a Czech or a Slovak date, a space after each dot
                    + "(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\.\\s\\d{1,2}\\.\\s\\d{4}"
                    + "|\\d{4}[./-]\\s?\\d{1,2}[./-]\\s?\\d{1,2}\\.?"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?\\p{L}+\\.?,?\\s+(?:de\\s+)?\\d{4}"
                    + "|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                    // "14-Nov-1988", "03/Sept/1979": the month's name between hyphens or slashes
                    + "|\\d{1,2}[-/.]\\p{L}{3,9}\\.?[-/.]\\d{2,4}"
                    // "1988 m. kovo 14 d.", "1988. gada 14. marts": a Lithuanian or a Latvian date, the year first
                    + "|\\d{4}\\s*m\\.\\s*\\p{L}+\\s+\\d{1,2}\\s*d\\.|\\d{4}\\.\\s*gada\\s+\\d{1,2}\\.\\s*\\p{L}+"
                    // "1989. november 23.": a Hungarian date, the year first, then the month's name and the day
                    + "|\\d{4}\\.\\s+\\p{L}+\\.?\\s+\\d{1,2}\\.?)"
                    // "14 травня 1993 (31 рік)", "3 March 1990 (35 years)": the age it makes, after the date
                    + "(?:\\s*\\(\\s*\\d{2}\\s*(?:years?(?: old)?|yrs|y/o|ans|años|anos|anni|jahre|jaar|лет|года?|рок(?:и|ів)|рік)"
                    + "\\s*\\))?"
                    // "14/08/1991 (Fourteenth August Nineteen Ninety One)": the date again in words, as an Indian
                    // bio-data writes it
                    + "(?:\\s*\\((?:[\\p{L}-]+\\s+){0,3}(?i:january|february|march|april|may|june|july|august|september"
                    + "|october|november|december)(?:\\s+[\\p{L}-]+){1,8}\\s*\\))?"
                    // "Born: 23 Aug 1991, Plovdiv (BG)", "Born 3 November 1987, Växjö, Sweden": the place of birth
                    // after the date, to the line's end or the next separator
                    // "Born 11/06/1991 in Lyon, France": the place after "in"
                    + "(?:(?:,|\\s[–—/-]|\\s+in\\s)\\s*\\p{Lu}[\\p{L} .,'()-]{1,40}?(?=\\s*(?:[·|•;]|$)))?");
    /**
     * "Born 1990 – Pontypridd", "Year of birth: 1990": a year alone, under a birth label that opens the
     * line or a part of it (not "the company's 10th birthday 2019", "after my daughter was born · 2019"),
     * with the place after it.
     */
    private static final Pattern YEAR_OF_BIRTH = Pattern.compile(
            "(?iu)(?:^|(?<=[·|•;])|(?<=\\.\\s)(?=(?:jahrgang|geburtsjahr)\\b))\\s*(?:\\*\\*)?(?:year of birth|birth ?year|born"
                    // a Swiss CV's "Jahrgang · 1980", a German "Geburtsjahr", a French, an Italian, a Spanish one
                    + "|jahrgang|geburtsjahr|année de naissance|anno di nascita|año de nacimiento"
                    // a Hungarian one, its month and day wrapped to the next line: "Születési idő: 1989."
                    + "|sz[üu]let[ée]si (?:id[őo]|d[áa]tum))(?:\\*\\*)?\\s*[:·–-]?(?:\\*\\*)?\\s*"
                    + "((?:19|20)\\d\\d)(?![\\d/-]|\\.\\d|\\w|\\s*[–—-]\\s*\\d)"
                    + "(?:\\s*(?:,|[–—-])\\s*\\p{Lu}[\\p{L} .,'()-]{1,40}?(?=\\s*(?:[·|•;]|$)))?");
    // an address the person labelled as one, in any country's form ("Address: Flat 12, Sai Krupa
    // Residency, Baner Road, Pune 411045", "Home: Seefeldstrasse 112, 8008 Zürich", "**Address:** ul.
    // Tsar Simeon 112, ap. 7"): the value, when it holds a number, up to the end of the line or the
    // next separator or label
    private static final Pattern LABELLED_ADDRESS = Pattern.compile("(?iu)(?:\\*\\*)?\\b(?:home address|postal address"
            + "|mailing address|street address|address|addr\\.?|home|adresse|anschrift|wohnort|direcci[óo]n|domicilio|indirizzo"
            // "Home Address:<tab>2817 …": a tab stop after the colon reads as " · "
            + "|endere[çc]o|morada|adres|woonadres|postcode(?:\\s*/\\s*woonplaats)?"
            // Czech, Slovak, Polish, Indonesian and Arabic: "Bydliště:", "Adresa:", "Adres zamieszkania:", "Alamat:"
            + "|(?:trval[ée] )?bydli[šs]t[ěe]|bydlisko|adresa|adres zamieszkania|alamat|العنوان"
            // Greek: "Διεύθυνση κατοικίας:"; Ukrainian and Russian: "Адреса:", "Адрес проживания:"
            // (and Lithuanian, Latvian and Estonian: "Adresas:", "Adrese:", "Aadress:")
            + "|δι[εέ][υύ]θυνση(?: κατοικ[ιί]ας)?|адреса?(?: проживан(?:ия|ня))?|adresas|adrese|aadress|lakc[íi]m)(?:\\*\\*)?\\s*[:·](?:\\s*·)?(?:\\*\\*)?\\s*([^·|\\n]*?\\d[^·|\\n]*?)"
            + "(?=\\s*(?:[·|•]|$|\\s(?-i:\\p{Lu})[\\p{L} ]{1,20}:))");
    /**
     * A home address by a label that says it is one, with or without a number: a Bangladeshi village's "Permanent
     * Address: Vill: Uttar Dhanpur, P.O: Bijoypur, P.S: Laksam, Dist: Cumilla".
     */
    private static final Pattern HOME_ADDRESS_LABELLED = Pattern.compile(
            "(?iu)(?:\\*\\*)?\\b(?:permanent|present|home|residential|mailing|current) address(?:\\*\\*)?\\s*[:·]"
                    + "(?:\\s*[·:])?(?:\\*\\*)?\\s*(\\p{L}[^|\\n]*?)(?=\\s*(?:[|•]|$|\\s·\\s(?-i:\\p{Lu})[\\p{L} ]{1,20}\\s*·?\\s*:))");

    /**
     * A date of birth under its Japanese, Chinese or Korean label: "生年月日　1987年8月14日（満37歳）", "出生年月：1992.05",
     * "생년월일: 1990년 07월 22일".
     */
    private static final Pattern CJK_BIRTH_DATE = Pattern.compile(
            "(?:生年月日|出生日期|出生年月|出生年月日|생년월일|출생일|생일)[\\s\u3000]*[:：]?[\\s\u3000]*" + "((?:19|20)\\d\\d[^·|\\n\u3000]*)");

    /**
     * A date of birth under its Arabic or Persian label, in either's digits or in ASCII ones: "تاريخ الميلاد: 14/03/1989",
     * "تاریخ تولد: ۱۳۶۹/۰۴/۲۲" (a Solar Hijri date).
     */
    private static final Pattern ARABIC_SCRIPT_BIRTH_DATE =
            Pattern.compile("(?:تاريخ الميلاد|تاريخ الولادة|تاریخ تولد|تاریخ و محل تولد|متولد)\\s*(?:[:：·]\\s*){0,3}"
                    + "([0-9٠-٩۰-۹]{1,4}(?:\\s*[/.-]\\s*[0-9٠-٩۰-۹]{1,4}){2})");

    /**
     * A home address under its Japanese, Chinese or Korean label: "現住所　〒564-0063 大阪府吹田市江坂町2丁目14-7", "住址：…",
     * "주소: 서울특별시 마포구 월드컵북로 12길 34".
     */
    private static final Pattern CJK_ADDRESS =
            Pattern.compile("(?:現住所|住所|住址|家庭住址|现住址|现居住址|通讯地址|聯絡地址|주소|현주소)[\\s\u3000]*[:：]?[\\s\u3000]*"
                    + "((?:〒\\s*)?[^·|\\n\u3000]*\\d[^·|\\n\u3000]*(?:\u3000+[^·|\\n\u3000]*\\d[^·|\\n\u3000]*)*)");

    /** A Japanese résumé's nearest station to the home: "Nearest Station: Miyamaedaira Station", "最寄駅：宮前平駅". */
    private static final Pattern NEAREST_STATION = Pattern.compile(
            "(?iu)(?:\\*\\*)?\\b(?:nearest|closest)\\s+(?:train\\s+|railway\\s+|subway\\s+|metro\\s+)?station(?:\\*\\*)?"
                    + "\\s*[:：·](?:\\*\\*)?\\s*([^·|\\n]+)|最寄り?駅\\s*[:：]?\\s*([^·|\\n]+)");

    /** A number in an address: a house number or a postal code, not a year or a time zone's offset. */
    private static final Pattern ADDRESS_NUMBER =
            Pattern.compile("(?<![+\\-−])\\b(?!(?:19|20)\\d\\d\\b)\\d{1,6}[A-Za-z]?\\b");

    private static final int MIN_PHONE_DIGITS = 9;
    private static final int MAX_PHONE_DIGITS = 15;

    private final Set<PrivateDetail> disclosed;

    public PrivateDetailRedactor(Set<PrivateDetail> disclosed) {
        this.disclosed = disclosed.isEmpty() ? EnumSet.noneOf(PrivateDetail.class) : EnumSet.copyOf(disclosed);
    }

    /** One private detail found in the text. */
    public record Removed(PrivateDetail kind, String value) {}

    /**
     * The text with private details removed, what was removed, and the post towns of the home
     * addresses it held ("Harrowfield" of "7 Whinmoor Terrace, Saltby Moor, Harrowfield HF6 2LD"):
     * a town is no secret, and it is where the person is based.
     */
    public record Redaction(String text, List<Removed> removed, List<String> towns) {
        public Redaction {
            removed = List.copyOf(removed);
            towns = List.copyOf(towns);
        }

        public boolean changed() {
            return !removed.isEmpty();
        }
    }

    /** " · ": what parts a table's cells, read as a line. */
    private static final Pattern CELL_BREAK = Pattern.compile("\\s+·\\s+");

    /** A table's column of licence or identity numbers: its place among a row's cells, and how many cells a row has. */
    public record NumberColumn(int index, int cells) {}

    /** "License #", "Licence No.", "Passport number", "ID No": a table's header over a column of numbers given to someone. */
    private static final Pattern NUMBER_HEADER = Pattern.compile(
            "(?i)(?:licen[cs]e|registration|passport|id|identity|certificate|permit|member(?:ship)?)\\s*(?:#|no\\.?|number|num\\.?)");

    /**
     * The column of numbers the line heads, when it is a table's header row read as " · "-parted cells ("State ·
     * Type · License # · Expires · Status").
     */
    public static Optional<NumberColumn> numberColumnHeaded(String line) {
        String[] cells = CELL_BREAK.split(line.strip());
        for (int i = 0; cells.length >= 3 && i < cells.length; i++) {
            if (NUMBER_HEADER.matcher(cells[i].strip()).matches()) {
                return Optional.of(new NumberColumn(i, cells.length));
            }
        }
        return Optional.empty();
    }

    /**
     * The text without the numbers of that column in the rows under its header ("California · RN – single state ·
     * 95172836 · 05/31/2026 · Active"): a row as many cells long, the cell holding a digit.
     */
    public Redaction withoutNumberColumn(String text, NumberColumn column) {
        if (disclosed.contains(PrivateDetail.ID_NUMBER)) {
            return new Redaction(text, List.of(), List.of());
        }
        List<Removed> removed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<String> cells = new ArrayList<>(List.of(CELL_BREAK.split(line.strip())));
            if (cells.size() == column.cells()
                    && cells.get(column.index()).chars().anyMatch(Character::isDigit)) {
                removed.add(new Removed(
                        PrivateDetail.ID_NUMBER, cells.remove(column.index()).strip()));
                line = String.join(" · ", cells);
            }
            lines.add(line);
        }
        return new Redaction(String.join("\n", lines), removed, List.of());
    }

    public Redaction redact(String text) {
        List<Removed> removed = new ArrayList<>();
        List<String> towns = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean ratingOpen = false;
        for (String line : text.split("\n", -1)) {
            String out = redactLine(line, ratingOpen, removed, towns);
            ratingOpen = RATING_ENDING_A_LINE.matcher(line).find();
            if (!out.isEmpty() || out.equals(line)) {
                lines.add(out);
            }
        }
        return new Redaction(String.join("\n", lines), removed, towns);
    }

    /**
     * A label's translation in Chinese, Japanese or Korean between the label and its value ("Date of
     * Birth 出生日期 · 1995.08.14", "ID No. 身份证号: …"), and a full-width colon ("出生日期：…").
     */
    private static final Pattern LABEL_GLOSS = Pattern.compile(
            "(?<=[\\p{IsLatin}.)])\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]+(?=\\s*[:：·|])|：");

    /**
     * The line without its private details, or the empty string when nothing else is left. A line
     * whose labels carry a translation is read without it, and given without it when something goes.
     */
    private String redactLine(String line, boolean ratingOpen, List<Removed> removed, List<String> towns) {
        // (a table's label and its colon cell read as "RUT: : 16.482.917-0": one label's colon)
        String plain = LABEL_GLOSS
                .matcher(line)
                .replaceAll(m -> m.group().equals("：") ? ":" : "")
                .replaceAll("(?<=\\S):\\s+:(?=\\s)", ":");
        String out = withoutPrivateDetails(plain, ratingOpen, removed, towns);
        return out.equals(plain) ? line : out;
    }

    private String withoutPrivateDetails(String line, boolean ratingOpen, List<Removed> removed, List<String> towns) {
        String out = line;
        if (ratingOpen && !disclosed.contains(PrivateDetail.BIRTH_DATE)) {
            // "service-connected disability rated" over "30%; DD-214 …": the rating a line break parts from its
            // words
            out = removeMatches(RATING_OPENING_A_LINE, out, removed, PrivateDetail.BIRTH_DATE);
        }
        // phones first: a UK mobile's "07700" would otherwise pass for a ZIP code beside an address
        if (!disclosed.contains(PrivateDetail.PHONE)) {
            out = removePhones(out, removed);
        }
        if (!disclosed.contains(PrivateDetail.BIRTH_DATE)) {
            out = removeBirthDates(out, removed);
        }
        if (!disclosed.contains(PrivateDetail.ADDRESS)) {
            out = removeAddresses(out, removed, towns);
        }
        if (!disclosed.contains(PrivateDetail.ID_NUMBER)) {
            out = removeIdNumbers(out, removed);
        }
        if (!out.equals(line)) {
            out = tidyAfterRemoval(out);
        }
        return out;
    }

    private static final Pattern RATING_ENDING_A_LINE =
            Pattern.compile("(?i)\\bdisabilit\\w*\\s+(?:rated|rating)(?:\\s+(?:at|of))?\\s*[:·–-]?\\s*$");
    private static final Pattern RATING_OPENING_A_LINE = Pattern.compile("^\\s*(\\d{1,3}\\s?%)");

    private static final Pattern BRACKETED_CODE = Pattern.compile("\\(\\+\\d{1,4}\\)\\s*$");

    /** "tel:+1-650-555-0142": a phone written as a link's address. */
    private static final Pattern TEL_LINK = Pattern.compile("(?i)\\btel:\\s*(\\+?[\\d().\\s-]{6,}\\d)");

    /**
     * "WeChat: lxt_0814sh", "KakaoTalk ID: dhseo88": a personal messenger's id, which reaches the
     * person as their phone does (a GitHub or LinkedIn handle is public).
     */
    private static final Pattern MESSENGER_ID = Pattern.compile(
            "(?i)\\b(?:(?:we ?chat|weixin|kakao ?talk|viber)(?:\\s*id)?|line\\s*id)\\s*[:·]\\s*([\\w.-]{3,30})|微信号?\\s*[:：]\\s*([\\w.-]{3,30})");

    private static String removePhones(String line, List<Removed> removed) {
        line = removeMatches(MESSENGER_ID, line, removed, PrivateDetail.PHONE);
        Matcher m = PHONE.matcher(removeMatches(TEL_LINK, line, removed, PrivateDetail.PHONE));
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            if (isPhone(m.group())) {
                any = true;
                removed.add(new Removed(PrivateDetail.PHONE, m.group().strip()));
                m.appendReplacement(out, "");
                // a country code in brackets before it: "(+353) 87-412-3391"
                Matcher code = BRACKETED_CODE.matcher(out);
                if (code.find()) {
                    out.setLength(code.start());
                }
                // the label right before the number goes with it: "Mob. 07700 900583"
                Matcher label = PHONE_LABEL.matcher(out);
                if (label.find()) {
                    out.setLength(label.start());
                }
            }
        }
        m.appendTail(out);
        if (!any) {
            return out.toString();
        }
        // "Ph: (02) 5550 3471 (work) / 0491 578 148 (mobile)": nothing is left to read
        String left = PHONE_KIND.matcher(out).replaceAll("").replaceFirst("\\s+[/|·]\\s*$", "");
        return left.chars().anyMatch(Character::isLetterOrDigit) ? left : "";
    }

    /**
     * "CPF: 318.442.907-15", "RG: 42.917.305-X", "DNI: 12345678Z": an identity number under its
     * country's short label, in capitals and with a colon ("BSN 09/2012 - 05/2016" is a degree).
     */
    private static final Pattern NATIONAL_ID =
            // "PESEL (national ID no.): 83112204584": a note in brackets may follow the label
            Pattern.compile(
                    // (and the Nordic personal numbers: "Personnummer: 880412-XXXX", "CPR-nr.: 120488-1234")
                    "(\\b(?:CPF|RG|CNH|DNI|NIE|PESEL|NRIC|BSN|HKID|HK ID|[Pp]ersonnummer|[Ff]ødselsnummer|[Ff]ødselsnr\\.?"
                            + "|[Pp]ersonnr\\.?"
                            // Mexico's population register and tax numbers: "CURP: VIRD910314HJCLLG05", "RFC:"
                            + "|[Hh]enkilötunnus|CPR(?:-nr\\.?)?|CURP|RFC"
                            // Turkey's "T.C. Kimlik No:", Romania's "CNP:", Colombia's "Cédula:", Ireland's "PPSN:"
                            + "|(?:T\\.\\s?C\\.\\s?)?[Kk]imlik|CNP|EGN|OIB|JMBG|AMKA|NIK|RUT|CUI[LT]|PPSN?"
                            // Colombia's "Cédula:", Ecuador's "Cédula de ciudadanía:", "Cédula de identidad:"
                            + "|[Cc][ée]dula(?: de (?:ciudadan[íi]a|identidad(?: personal)?|identificaci[óo]n))?"
                            + "|[Ss]ozialversicherungsnummer|[Ss]teuer-?ID|Cart[ãa]o de Cidad[ãa]o"
                            // the Europass form's "Personal numeric code (CNP) · 1910714120051"
                            + "|[Pp]ersonal (?:numeric|identification|identity) (?:code|number)"
                            // a Chinese identity card's number: "身份证号：330106199508144327"
                            + "|身份证号码?"
                            // Greece's tax, social-security and identity-card numbers: "Α.Φ.Μ.:", "Α.Μ.Κ.Α.:",
                            // "Α.Δ.Τ.:"
                            + "|Α\\.?Φ\\.?Μ\\.?|Α\\.?Μ\\.?Κ\\.?Α\\.?|Α\\.?Δ\\.?Τ\\.?"
                            // Vietnam's citizen identity card and its older identity card: "CCCD: 079094012345"
                            + "|CCCD|CMND|CCCD/CMND|[Cc]ăn cước(?: công dân)?"
                            // the Baltic personal codes: "Asmens kodas:", "Personas kods:", "Isikukood:"; Bulgaria's
                            // "ЕГН", Slovenia's "EMŠO"
                            + "|[Aa]smens kodas|[Pp]ersonas kods|[Ii]sikukood|ЕГН|EMŠO|EMSO"
                            // Czechia's and Slovakia's birth number "Rodné číslo: 881103/4122", Belgium's national
                            // register number, Morocco's identity card "CIN", Indonesia's "No. KTP (NIK)", a
                            // Mexican professional licence "Cédula profesional" and social-security number "NSS"
                            + "|[Rr]odn[ée] [čc][íi]slo|[Rr]ijksregisternummer|[Rr]ijksregisternr\\.?|INSZ|CIN"
                            + "|(?:No\\.?\\s*)?KTP|[Cc][ée]dula profesional|NSS"
                            // Hungary's personal identity and social-security numbers
                            + "|[Ss]zem[ée]lyi (?:igazolv[áa]ny(?: sz[áa]ma)?|sz[áa]m)|TAJ(?:-sz[áa]m)?"
                            // Slovenia's tax number, Serbia's and Kazakhstan's personal numbers in Cyrillic,
                            // Albania's personal number: "Davčna številka", "ЈМБГ", "ИИН", "Numri personal"
                            + "|[Dd]av[čc]na [šs]tevilka|ЈМБГ|ИИН|[Nn]umri personal)"
                            + "(?:(?:\\s*(?:No\\.?|Nº|#))?"
                            + "(?:\\s*\\([^)]{1,30}\\))?"
                            // "RG: · 42.615.883-7": a table's cells read as "label · value" after the colon
                            // ("No. KTP (NIK) · : · 3275 …": the label's cell, the colon's, the number's)
                            + "\\s*[:·](?:\\s*[·:]){0,2}(?:\\*\\*)?"
                            // "Cartão de Cidadão n.º 13874625 7 ZY4": a number's sign, then the number
                            + "|\\s*n\\.?\\s?[ºo°]\\.?\\s*:?)\\s*)"
                            // shown in part, its check digit in brackets: "NRIC: S****527F", "HKID No.: R66****(3)"
                            + "((?:[A-Z]{1,4}(?=[\\d*]))?[\\d*][\\dA-Z*./ -]{3,20}(?:[\\dA-Z]|\\([\\dA-Z]\\)))(?:\\b|(?<=\\)))");

    /**
     * An Italian tax code, labelled or not: six letters of the names, the birth year, a letter for the
     * month, the day (40 added for women), the town's code and a check letter: "BLLCHR88E54A794G".
     */
    private static final Pattern ITALIAN_TAX_CODE =
            Pattern.compile("()(?<![A-Za-z0-9])([A-Z]{6}\\d{2}[A-EHLMPRST]\\d{2}[A-Z]\\d{3}[A-Z])(?![A-Za-z0-9])");

    /**
     * A UK driving licence number, labelled or not, in brackets or not: five letters of the surname (9s
     * when shorter), six digits of the birth date, two initials, a digit and two check letters:
     * "DENHO856235RJ9XY".
     */
    private static final Pattern UK_DRIVING_LICENCE = Pattern.compile("()\\(?(?<![A-Za-z0-9])([A-Z9]{5} ?"
            // the six digits a date of birth: a decade, the month (50 added for women), the day, a year
            + "\\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\\d|3[01])\\d ?[A-Z9]{2}\\d[A-Z]{2})\\b\\)?");

    /** "ohio drivers lic RT482913", "Driver's License D1234567": a licence number straight after its label. */
    private static final Pattern DRIVER_LICENCE = Pattern.compile(
            "(?i)(\\b(?:driver['’]?s?|driving) (?:licen[cs]e|lic\\.?)(?:\\s*(?:no\\.?|number|#))?\\s*[:#.\\-–]?\\s*"
                    // the state's code and the licence's letters before the number: "WA DL 3094716"
                    + "(?:(?-i:[A-Z]{2,3})\\s+){0,2})"
                    + "((?-i:[A-Z]{0,3}\\d[\\dA-Z -]{4,14}[\\dA-Z]))\\b");

    /** A UK right-to-work share code: nine letters and digits in any mix, "W7X 4KP 9QD", "WKX 4KP 9QD". */
    private static final Pattern SHARE_CODE = Pattern.compile(
            "(?i)(\\bshare code\\s*(?:[:·–-]\\s*)?)((?-i:[A-Z0-9]{3}[ -]?[A-Z0-9]{3}[ -]?[A-Z0-9]{3}))\\b");

    /**
     * "DNI 36.482.917 | CUIL 27-36482917-0": an identity number after its country's short label and a space only, in
     * a header's row of details; label and number go together, the label alone saying nothing.
     */
    private static final Pattern NATIONAL_ID_SPACED =
            Pattern.compile("()\\b(?:DNI|CUI[LT]|CPF|CURP|NRIC|PESEL|CNP|CCCD|CMND|NIE|OIB|JMBG|EGN|AMKA|PPSN)\\s+"
                    + "(\\d[\\d.-]{5,14}\\d(?:[- ]?[\\dA-Z])?)(?![\\d/])");

    private static String removeIdNumbers(String line, List<Removed> removed) {
        line = removeNumbers(NATIONAL_ID_SPACED, line, removed);
        line = removeNumbers(SHARE_CODE, line, removed, m -> false);
        line = removeNumbers(UK_DRIVING_LICENCE, line, removed, m -> false);
        line = removeNumbers(ITALIAN_TAX_CODE, line, removed, m -> false);
        line = removeNumbers(DRIVER_LICENCE, line, removed);
        String numbered = removeNumbers(
                CARD_NUMBER,
                removeNumbers(
                        REGISTRATION_PIN,
                        removeNumbers(NATIONAL_ID, removeNumbers(ID_NUMBER, line, removed), removed),
                        removed),
                removed);
        return removeLabelledNumbers(numbered, removed);
    }

    /** "Membership No. 31862": the number goes, unless it is a date, a count or a public number. */
    private static String removeLabelledNumbers(String line, List<Removed> removed) {
        return removeNumbers(LABELLED_NUMBER, line, removed, m -> {
            String number = m.group(2).strip();
            return number.replaceAll("\\D", "").length() < MIN_LABELLED_DIGITS
                    || DATED.matcher(number).find()
                    || PUBLIC_NUMBER
                            .matcher(line.substring(Math.max(0, m.start() - 30), m.start()))
                            .find();
        });
    }

    private static String removeNumbers(Pattern pattern, String line, List<Removed> removed) {
        return removeNumbers(pattern, line, removed, m -> {
            String number = m.group(2).strip();
            // "Certificate: B.SC. 2014 2018": a certificate's or a membership's years, each a word of its own
            boolean yearsOfACertificate = YEAR_WORDS.matcher(number).find()
                    && m.group(1).toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(cert\\w*|member\\w*)\\b.*");
            // an Indian PAN has four digits among its letters: "BQKPD4827M"
            // a German identity card's "L7H2K94R1": nine letters and digits mixed, under an identity document's label
            // a Moroccan identity card's "JT48213": a letter or two, then the digits
            boolean identityDocument = (number.matches("[A-Z0-9]{8,12}")
                                    && number.replaceAll("\\D", "").length() >= 4
                            || number.matches("[A-Z]{1,2}\\d{5,7}"))
                    && m.group(1)
                            .toLowerCase(java.util.Locale.ROOT)
                            .matches("(?s).*\\b(passport|id card|identity card|national id|cin)\\b.*");
            // (a digit masked by an asterisk counts: "R66****(3)")
            return number.replaceAll("[^\\d*]", "").length() < MIN_ID_DIGITS
                            && !PAN.matcher(number).matches()
                            && !number.matches(MASKED)
                            && !identityDocument
                    || YEARS.matcher(number).matches()
                    || yearsOfACertificate;
        });
    }

    /** The numbers the pattern finds (its second group) go, the labels before them stay, but those kept. */
    private static String removeNumbers(
            Pattern pattern, String line, List<Removed> removed, java.util.function.Predicate<Matcher> kept) {
        Matcher m = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (kept.test(m)) {
                continue;
            }
            removed.add(new Removed(PrivateDetail.ID_NUMBER, m.group(2).strip()));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String removeBirthDates(String line, List<Removed> removed) {
        // "Place of birth: Zawadów" and the family particulars an Indian CV gives ("Father's Name : …",
        // "Marital Status : Married") go with the date they usually sit beside
        PrivateDetail kind = PrivateDetail.BIRTH_DATE;
        String labelled = removeMatches(
                PARTICULARS,
                removeMatches(
                        PLACE_OF_BIRTH,
                        removeMatches(
                                YEAR_OF_BIRTH,
                                removeMatches(
                                        BIRTHDAY_NO_YEAR,
                                        removeMatches(BIRTH_DATE, line, removed, kind),
                                        removed,
                                        kind),
                                removed,
                                kind),
                        removed,
                        kind),
                removed,
                kind);
        labelled = removeMatches(AGE, labelled, removed, kind);
        labelled = removeMatches(DISABILITY_RATING, labelled, removed, kind);
        labelled = removeMatches(SENTENCE_PARTICULARS, labelled, removed, kind);
        labelled = removeMatches(FAMILY_STATUS, labelled, removed, kind);
        labelled = removeMatches(AGE_IN_YEARS, labelled, removed, kind);
        labelled = removeMatches(SPOUSE_AND_DEPENDANTS, labelled, removed, kind);
        labelled = removeMatches(FAMILY_NAMES, labelled, removed, kind);
        labelled = removeBareBirthDates(labelled, removed);
        Matcher born = CJK_BIRTH_DATE.matcher(labelled);
        // "生年月日　1987年8月14日（満37歳）": the date of birth and the age beside it, its label left
        labelled = born.find() ? withoutValue(labelled, born, 1, kind, removed) : labelled;
        Matcher bornInArabicScript = ARABIC_SCRIPT_BIRTH_DATE.matcher(labelled);
        return bornInArabicScript.find() ? withoutValue(labelled, bornInArabicScript, 1, kind, removed) : labelled;
    }

    /** The text without the value a match found in the given group, noted as removed; the label before it stays. */
    private static String withoutValue(
            String text, Matcher found, int group, PrivateDetail kind, List<Removed> removed) {
        removed.add(new Removed(kind, found.group(group).strip()));
        return text.substring(0, found.start(group)) + text.substring(found.end(group));
    }

    /**
     * A full date in a line of contact details, unlabelled: "in linkedin.com/in/… · ★ 14.03.1990 · ⚑
     * Dutch", "Zürich · March 14, 1990 · Swiss · anna@example.com". A day, a month and a year of
     * someone at least sixteen then, beside an e-mail, a link or a phone, is a birthday; nothing else
     * in a contact line is dated to the day. Dates in other lines (a certificate's) stay.
     */
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    private static final Pattern FULL_DATE = Pattern.compile("(?iu)(?<![\\d./-])("
            + "\\d{1,2}[./-]\\d{1,2}[./-]((?:19|20)\\d\\d|\\d\\d)"
            + "|((?:19|20)\\d\\d)-\\d{1,2}-\\d{1,2}"
            // "1989.08.21": the year first, as Korea, China and Japan write a date (not "2017.01 ~ 2020.02")
            + "|((?:19|20)\\d\\d)\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d))(?![\\d./-])");

    /** "Birthday: March 14", "Date of birth: 14th of March": a birthday's day and month, its year left out. */
    private static final Pattern BIRTHDAY_NO_YEAR = Pattern.compile(
            "(?iu)(?:\\*\\*)?\\b(?:date of birth|birth ?date|birthday|d\\.?o\\.?b\\.?|born on)(?:\\*\\*)?"
                    + "\\s*(?:[:·–—-]\\s*){0,2}(?:\\*\\*)?\\s*"
                    + "(" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH
                    + ")"
                    + "(?![\\p{L}\\d]|,?\\s*\\d)");

    /**
     * What makes a line one of contact details: an e-mail, a link, a profile's address, a phone; or one of particulars,
     * a birth date's label among the labels of a table's row over its values ("Name (성명) Date of birth (생년월일)
     * Address (주소) · 한도윤 / HAN DO-YUN 1989.08.21 …").
     */
    private static final Pattern CONTACT_EVIDENCE = Pattern.compile(
            "(?i)[\\w.+-]+@[\\w-]+\\.[\\w.-]+|https?://|www\\.|linkedin\\.com|github\\.com|\\+\\d[\\d ()-]{7,}|[✉☎]"
                    + "|\\bdate of birth\\b|\\bbirth ?date\\b|생년월일|出生日期|生年月日");
    /** "since 12.06.2008", "01.02.2009 - 31.03.2014": a date that dates something, or one end of a range. */
    private static final Pattern DATES_SOMETHING = Pattern.compile(
            "(?i)(?:\\b(?:since|from|until|till|to|valid|issued|expires?|expiry|on|in|available|updated|as of)\\s*:?\\s*"
                    + "|\\d\\s*[–—-]\\s*)$");

    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[–—-]\\s*\\d");

    /** The youngest age a résumé's writer has: a date fewer years ago than this is not a birthday. */
    private static final int MIN_AGE = 16;

    private static String removeBareBirthDates(String line, List<Removed> removed) {
        if (!CONTACT_EVIDENCE.matcher(line).find()) {
            return line; // not a line of contact details
        }
        Matcher m = FULL_DATE.matcher(line);
        StringBuilder out = new StringBuilder();
        int now = java.time.Year.now().getValue();
        while (m.find()) {
            // the year, in whichever of the date's forms matched (group 1 is the whole date)
            String y = java.util.stream.IntStream.rangeClosed(2, m.groupCount())
                    .mapToObj(m::group)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElseThrow();
            int year = Integer.parseInt(y);
            if (y.length() == 2) {
                year += year > now % 100 ? 1900 : 2000; // "14.3.90"
            }
            String before = line.substring(Math.max(0, m.start() - 16), m.start());
            if (year > now - MIN_AGE
                    || DATES_SOMETHING.matcher(before).find()
                    || RANGE_AFTER.matcher(line.substring(m.end())).find()) {
                continue;
            }
            removed.add(new Removed(PrivateDetail.BIRTH_DATE, m.group(1).strip()));
            m.appendReplacement(out, "");
            // the symbol that marked it ("★ 14.03.1990", "🎂 …") goes with it
            int end = out.length();
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            if (end > 0) {
                int symbol = out.codePointBefore(end);
                if (!Character.isLetterOrDigit(symbol) && "·|•,;:()[]".indexOf(symbol) < 0) {
                    out.setLength(end - Character.charCount(symbol));
                }
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A disability rating: "(30% service-connected disability)", "VA disability rating: 70%",
     * "service-connected disability rated 30%", and the hiring authority that tells it: "30% or More
     * Disabled Veteran".
     */
    private static final Pattern DISABILITY_RATING = Pattern.compile(
            "(?i)\\(?(\\b\\d{1,3}\\s?%\\s+service[- ]connected(?:\\s+disabilit\\w*)?(?:\\s+rating)?)\\)?"
                    + "|\\b(?:va\\s+)?disability(?:\\s+rating|\\s+percentage)\\s*[:·–-]\\s*(\\d{1,3}\\s?%)"
                    + "|(?<=\\bdisability\\s)rated(?:\\s+at)?\\s*[:·–-]?\\s*\\d{1,3}\\s?%"
                    + "|\\b\\d{1,3}\\s?%\\s+or\\s+more\\s+(?=disabled\\b)");

    /** The next field's label, when a particular's own value is empty: "Religion: · Languages: English". */
    private static final String NEXT_LABEL = "[\\p{L}][\\p{L}'’ ]{1,30}:";

    /**
     * Marital status and health after a sentence's end, as a German CV runs its particulars together:
     * "Staatsangehörigkeit: deutsch. Familienstand: ledig." (not "M.A. Religion: …", a degree's subject).
     */
    private static final Pattern SENTENCE_PARTICULARS = Pattern.compile(
            "(?iu)(?<=[\\p{Ll}\\d]\\.\\s{1,3})(?:marital status|familienstand|[ée]tat civil|estado civil|stato civile"
                    + "|civilstånd|sivilstand|civilstand|agama|status (?:perkawinan|pernikahan)|csal[áa]di [áa]llapot"
                    + "|rodinn[ýy] stav|stare civil[ăa]|stan cywilny|burgerlijke staat|situation familiale"
                    + "|hepatitis b status|health status|medical conditions?|disability status)\\s*[:·](?:\\s*·)?\\s*"
                    + "(?!" + NEXT_LABEL + ")([^\\s·|;.][^·|;.\\n]*)");

    /**
     * "Married with two children.", "Single, no children": a family status written as a sentence of its
     * own in the personal details, with no label.
     */
    private static final Pattern FAMILY_STATUS = Pattern.compile(
            // "Née le 14/06/1990 – Mariée, 2 enfants – Permis B": in French, Spanish, Portuguese, German or Italian
            // too,
            // between dashes as a header's particulars are
            "(?iu)(?:^|(?<=[.·|;•:–—]\\s{0,3}))\\s*((?:married|single|divorced|widowed|separated|in a civil partnership"
                    + "|mari[ée]e?|c[ée]libataire|divorc[ée]e?|pacs[ée]e?|veu(?:f|ve)|casad[oa]|solter[oa]|solteir[oa]"
                    + "|divorciad[oa]|viud[oa]|vi[úu]v[oa]|verheiratet|ledig|geschieden|verwitwet|sposat[oa]|nubile|celibe"
                    // Dutch: "Gehuwd, 2 kinderen"
                    + "|gehuwd|getrouwd|ongehuwd|samenwonend|gescheiden|weduwe|weduwnaar)"
                    + "(?:\\s*(?:,|with|and|avec|et|con|y|com|e|mit|und|met|en)\\s*(?:no|one|two|three|four|five|deux|trois|dos|tres"
                    + "|dois|zwei|drei|due|tre|twee|drie|vier|\\d)\\s+(?:children|child|kids|sons?|daughters?|enfants?|hij[oa]s?"
                    + "|filh[oa]s?|kinderen|kinder|kind|figli?))?)"
                    + "\\s*(?=[.;·|–—•]|$)");

    /** "38 ans • Nationalité française": an age in years, a field of its own, in a header's particulars. */
    private static final Pattern AGE_IN_YEARS = Pattern.compile("(?iu)(?:^|(?<=[|·•;–—]))\\s*(\\d{2})\\s*"
            + "(?:ans|años|anos|anni|jahre|jaar|years old|yrs old|y/o)\\s*(?=[|·•;–—]|$)"
            // "Мужчина, 32 года, родился …": an age among a Russian or Ukrainian CV's particulars, parted by commas
            // (not "Опыт работы — 9 лет 4 месяца", a career's length)
            + "|(?:^|(?<=,))\\s*(\\d{2})\\s+(?:года|лет|год|роки|років|рік)(?=\\s*(?:,|$))");

    /**
     * A Japanese résumé form's spouse (配偶者) and dependants (扶養): every cell that names them, heading or value,
     * since the form sets its headings a row above their values.
     */
    private static final Pattern SPOUSE_AND_DEPENDANTS =
            Pattern.compile("(?:^|(?<=[·|;•.。]))([^·|;•.。\\n]*(?:配偶者|扶養)[^·|;•.。\\n]*)");

    /**
     * The names of one's family after the word for them: "with her husband Iain and our two kids, Ruaridh and
     * Kirsty" keeps "with her husband and our two kids"; "with my partner Tomasz" keeps "with my partner".
     */
    private static final Pattern FAMILY_NAMES = Pattern.compile(
            "(?iu)(?<=\\b(?:(?:my|her|his|their|our)\\s{1,3}(?:(?:two|three|four|\\d)\\s{1,3})?"
                    + "(?:husband|wife|spouse|fianc[ée]e?|sons?|daughters?|kids|children|twins)"
                    // "with my partner Tomasz" (not "our partner Microsoft", a firm's)
                    + "|(?:my|her|his|their)\\s{1,3}(?:partner|boyfriend|girlfriend)))"
                    + ",?\\s{1,3}((?-i:\\p{Lu}\\p{Ll}+)(?:(?:,\\s{1,2}|\\s{1,3}and\\s{1,3}|\\s{0,2}&\\s{0,2})(?-i:\\p{Lu}\\p{Ll}+))*)");

    private static final Pattern PARTICULARS = Pattern.compile(
            // a label at the line's start or after a separator, and a colon: "Teacher of Religion – St Mary's" is a job
            "(?iu)(?:^|(?<=[·|;•]\\s{0,3}))\\s*(?:\\*\\*)?(?:father['’]?s name|mother['’]?s name|spouse['’]?s name"
                    + "|husband['’]?s name|wife['’]?s name|marital status|religion|caste|familienstand|[ée]tat civil|estado civil|stato civile"
                    // "Family: married, two children (b. 2020 and 2023)", "Civil status · Single", "Dependants: 2"
                    + "|family(?: status| situation)?|civil status|relationship status|children|dependants|dependents"
                    + "|οικογενειακ[ηή] κατ[αά]σταση"
                    // another person's: "emergency contact: Ilona (wife) 555 …", "next of kin: …"
                    + "|emergency contact|next of kin"
                    // health: "Hepatitis B status · Immune", "Disability status: …"
                    + "|hepatitis b status|health status|medical conditions?|disability status"
                    // race, as a South African CV's employment-equity line gives it: "Equity status: African male"
                    + "|equity status|ee status|race|ethnicity|ethnic origin|population group"
                    // a Chinese résumé's table: "Political Status · CPC Member", "Hukou · Ganzhou, Jiangxi Province"
                    + "|political status|political affiliation|party membership|hukou|household registration"
                    // a Turkish CV's "Medeni Hali · Evli, 1 çocuk", "Medeni Durum: Evli" and "Askerlik Durumu ·
                    // Yapıldı"
                    + "|medeni (?:hal[iı]|durum(?:u)?)|askerlik durumu"
                    // Ukrainian and Russian: "Сімейний стан: заміжня", "Семейное положение: замужем"
                    + "|сімейний стан|семейное положение"
                    // Indonesian, Hungarian, Slovak and Czech, Romanian, Polish, Dutch, French, Bulgarian, Croatian:
                    // "Agama: Islam", "Status Perkawinan: Menikah", "Családi állapot: házas", "Rodinný stav: ženatý"
                    + "|agama|status (?:perkawinan|pernikahan)|csal[áa]di [áa]llapot|rodinn[ýy] stav|stare civil[ăa]"
                    + "|stan cywilny|burgerlijke staat|situation (?:familiale|de famille)|семейно положение"
                    + "|bra[čc]ni status|bra[čc]no stanje|religi[oó]n|religião|religie|vall[áa]s"
                    // Swedish, Norwegian and Danish: "Civilstånd: sambo, två barn", "Sivilstand: Samboer, to barn"
                    + "|civilstånd|sivilstand|civilstand"
                    // a Nigerian CV's origin: "State of Origin: Imo State", "L.G.A: Mbaitoli", "Home Town: …"
                    + "|state of origin|l\\.?g\\.?a\\.?|local government(?: area)?|home ?town|tribe)"
                    // (a table's label cell and its colon cell: "Sex: : Male")
                    // ("Agama · : · Islam": a table's label cell, its colon cell and the value's)
                    + "(?:\\*\\*)?\\s*[:·](?:\\s*[·:]){0,2}\\s*(?:\\*\\*)?\\s*(?!" + NEXT_LABEL
                    + ")([^\\s·|;:][^·|;\\n]*)");

    /** Each match of the pattern, label and all; group 1 is what was withheld, of the given kind. */
    private static String removeMatches(Pattern pattern, String line, List<Removed> removed, PrivateDetail kind) {
        Matcher m = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2);
            String withheld = value == null || value.isBlank() ? m.group().strip() : value.strip();
            if (!withheld.isEmpty()) {
                removed.add(new Removed(kind, withheld));
            }
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "(age 42)", "Age: 42", "Alter: 35": a person's age gives away the year of birth; not "age 16–18". */
    private static final Pattern AGE = Pattern.compile(
            // in brackets, or as a field of its own at a line's start or after a separator: not "over age 65"
            // ("Age: : 33 years old": a table's label, its colon cell, then the value)
            "(?iu)(?:\\(\\s*|(?:^|(?<=[|·•,;]))\\s*)(?:age|alter|âge|edad|età)\\s*(?:[:·–-]\\s*){0,2}(\\d{2})\\b"
                    + "(?:\\s*(?:years|yrs|jahre|ans|años|anni)\\b(?:\\s+old\\b)?)?(?!\\s*[–—-]\\s*\\d|\\s*(?:to|and|\\+|plus)\\b)\\s*\\)?");

    private static final Pattern PLACE_OF_BIRTH = Pattern.compile(
            "(?iu)(?:\\*\\*)?\\b(?:place of birth|birth ?place|geburtsort|lieu de naissance|lugar de nacimiento"
                    // "Place of Birth: · Nnewi": a table's cells read as "label · value" after the colon
                    // (and in Czech, Slovak, Polish, Indonesian and Arabic: "Místo narození", "Miesto narodenia",
                    // "Miejsce urodzenia", "Tempat lahir", "مكان الولادة"; Persian "محل تولد")
                    + "|luogo di nascita|local de nascimento|doğum yeri|m[íi]sto narozen[íi]|miesto narodenia"
                    + "|miejsce urodzenia|tempat lahir|sz[üu]let[ée]si hely|مكان الولادة|مكان الميلاد|محل تولد"
                    // a Swiss CV's place of origin, where the family is a citizen: "Heimatort · Seuzach ZH"
                    + "|heimatort|bürgerort|lieu d['’]origine|luogo d['’]origine)(?:\\*\\*)?\\s*[:·–—-](?:\\s*[·:])?\\s*(?:\\*\\*)?\\s*"
                    + "(?!" + NEXT_LABEL + ")([^\\s·|;][^·|;\\n]*)"
                    // "(born in Viseu, Portugal)", "Born in Viseu": the town one was born in, in brackets or
                    // opening a line of particulars ("the project, born at Google Research" is no person's)
                    + "|(?:\\(|(?:^|(?<=[·|;•]\\s{0,3}))\\s*)born (?:and raised )?in ((?-i:\\p{Lu})[\\p{L}'’.-]*(?: (?-i:\\p{Lu})[\\p{L}'’.-]*)*"
                    + "(?:, ?(?-i:\\p{Lu})[\\p{L}'’.-]*(?: (?-i:\\p{Lu})[\\p{L}'’.-]*)*)?)\\)?");

    private static boolean isPhone(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() < MIN_PHONE_DIGITS || digits.length() > MAX_PHONE_DIGITS) {
            return false;
        }
        // "2006 2011 2019" is a list of years, not a number to call
        String[] groups = candidate.replaceAll("[+()]", " ").trim().split("[\\s.-]+");
        boolean allYears = true;
        for (String group : groups) {
            allYears &= YEAR.matcher(group).matches();
        }
        return !allYears && !MONTHS_RANGE.matcher(candidate.strip()).matches();
    }

    /** "2018.07-2021.06": a range of months written year first, not a number to call. */
    private static final Pattern MONTHS_RANGE =
            Pattern.compile("(?:19|20)\\d\\d[./-](?:0[1-9]|1[0-2])\\s*[-–]\\s*(?:19|20)\\d\\d[./-](?:0[1-9]|1[0-2])");

    /** "Mysuru - 570023, Karnataka": an Indian PIN code after its town, ending the line or before the state. */
    private static final Pattern PIN_CODE =
            Pattern.compile("(?<=\\p{L})\\s*[-–]\\s*(\\d{3}\\s?\\d{3})(?=\\s*,\\s*\\p{Lu})");

    /** A British or Canadian postcode alone on its line, the address above it wrapped: "BS6 5LP". */
    private static final Pattern LONE_POSTCODE =
            Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|" + EIRCODE);

    /**
     * A British, Canadian or Irish postcode after its town, wherever the street is: "Carlisle CA3 9LR" (the town
     * stays).
     */
    private static final Pattern TOWN_POSTCODE = Pattern.compile(
            // (a city's postal district before its Eircode goes with it: "Dublin 6, D06 K4P9")
            "(?<=\\p{Lu}\\p{Ll}{2,})(?:\\s+\\d{1,2}(?=,?\\s+(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s))?,?\\s+([A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d"
                    // an Eircode after its town: "Ballincollig, Co. Cork P31 W6K2"
                    + "|(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s[0-9AC-FHKNPRTV-Y]{4})\\b");

    /** A US town, its state's two letters and a ZIP code: "Altoona, WI 54720". */
    private static final Pattern TOWN_STATE_ZIP = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,3},\\s*[A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)\\b(?=\\s*(?:$|[,|;·)\\]]))");

    /**
     * A continental postcode opening a line or an item, its town after it: "1900-024 Lisboa", "80797
     * München", "1015 CS Amsterdam", "00-950 Warszawa" (the town stays).
     */
    private static final Pattern POSTCODE_BEFORE_TOWN =
            Pattern.compile("(?:^|(?<=[·|•]))\\s*(\\d{4}-\\d{3}|(?!\\d{2}000)\\d{5}"
                    // not a year before a degree or a title ("2016 MA …", "2020 QA Lead")
                    + "|(?!(?:19|20)\\d\\d)\\d{4}\\s?[A-Z]{2}|\\d{2}-\\d{3}|\\d{3} \\d{2})"
                    // the town, and nothing more before the line's end or a comma
                    + "(?=\\s+\\p{Lu}\\p{Ll}[\\p{L}'.-]*(?:[ -]\\p{Lu}[\\p{L}'.-]*)*\\s*(?:$|[,(]))"
                    // (not a street: "2417 SE Tamarack Ave, Portland" is a house number and the street's direction)
                    + "(?!\\s+(?:\\p{Lu}[\\p{L}'.-]*\\s+){0,3}(?:" + STREET_TYPES + ")\\.?\\s*(?:$|[,(]))");

    /** "Postcode: S40 3LQ", "ZIP code: 43017": a postcode labelled as one, with its label. */
    private static final Pattern LABELLED_POSTCODE = Pattern.compile(
            "(?iu)(?:\\*\\*)?\\b(?:post ?code|postal code|zip(?: code)?|pin ?code|plz)(?:\\*\\*)?\\s*(?:[:·–-]\\s*){1,2}(?:\\*\\*)?\\s*"
                    + "((?=[\\p{L}\\d -]{0,9}\\d)[\\p{L}\\d][\\p{L}\\d -]{1,8}[\\p{L}\\d])\\b");

    private static String removeAddresses(String text, List<Removed> removed, List<String> towns) {
        // a postcode left after its town once the addresses went: "Tarnbeck University, Fell Road · Carlisle CA3 9LR"
        String withoutAddresses = removeMatches(
                TOWN_POSTCODE, removeWholeAddresses(text, removed, towns), removed, PrivateDetail.ADDRESS);
        return removeMatches(
                CEP,
                removeMatches(FLAT_LINE, withoutAddresses, removed, PrivateDetail.ADDRESS),
                removed,
                PrivateDetail.ADDRESS);
    }

    /** ", ", " – ", " - " between an address's parts (not the hyphen inside "Saint-Denis"). */
    private static final String ADDRESS_PART_SEPARATOR = "(?:\\s*[,–—]\\s*|\\s+-\\s+)";

    /** "CEP 05407-002": a Brazilian postcode by its label, the space its only separator. */
    private static final Pattern CEP = Pattern.compile("\\bCEP:?\\s*(\\d{5}-?\\d{3})\\b");

    /**
     * "apto 54 – Pinheiros – São Paulo/SP" under the street: a flat's number opening a line of an address set over
     * several lines, in English, Portuguese or Spanish, and the district after it; the town the line ends with stays.
     */
    private static final Pattern FLAT_LINE = Pattern.compile(
            "(?im)^(\\s*(?:flat|apt\\.?|apartment|apto\\.?|apartamento|depto\\.?|dpto\\.?)\\s+\\d{1,4}[a-z]?"
                    // the district after it, up to the town the line ends with
                    + "(?:" + ADDRESS_PART_SEPARATOR + "[^,–—\\n]+?)*?)"
                    + "(?:" + ADDRESS_PART_SEPARATOR + "(?=[^,–—\\n]+$)|\\s*$)");

    /**
     * "Flat 4", "Apt. 12B," "Villa 7," opening a line, alone or before the street: the first line of a home
     * address.
     */
    private static final Pattern FLAT =
            Pattern.compile("^\\s*(?:Flat|Apt\\.?|Apartment|Villa)\\s+\\d{1,4}[A-Za-z]?(?=\\s*(?:,|$))");

    /**
     * "Al Rawdah Compound, Olaya District," after a flat's or villa's number: the compound, building or district
     * the home is in, before its town.
     */
    private static final Pattern HOME_AREA = Pattern.compile(
            "^[^,\\n]*\\b(?:Compound|District|Building|Bldg\\.?|Block|Tower|Residences?|Subdivision|Barangay|Brgy\\.?"
                    + "|Complex|Estate)(?=[\\s,])[^,\\n]*,\\s*");

    private static String removeWholeAddresses(String text, List<Removed> removed, List<String> towns) {
        Matcher flat = FLAT.matcher(text);
        if (flat.find()) {
            removed.add(new Removed(PrivateDetail.ADDRESS, flat.group().strip()));
            text = text.substring(flat.end()).replaceFirst("^\\s*,\\s*", "");
            for (Matcher area = HOME_AREA.matcher(text); area.lookingAt(); area = HOME_AREA.matcher(text)) {
                removed.add(new Removed(PrivateDetail.ADDRESS, area.group().replaceFirst(",\\s*$", "")));
                text = text.substring(area.end());
            }
        }
        if (LONE_POSTCODE.matcher(text.strip()).matches()) {
            removed.add(new Removed(PrivateDetail.ADDRESS, text.strip()));
            return "";
        }
        // "Altoona, WI 54720", the town line of a wrapped address: the town and state stay, the ZIP code goes
        Matcher zip = TOWN_STATE_ZIP.matcher(text);
        StringBuilder withoutZips = new StringBuilder();
        List<String> zipTowns = new ArrayList<>();
        while (zip.find()) {
            removed.add(new Removed(PrivateDetail.ADDRESS, zip.group(2)));
            zipTowns.add(zip.group(1));
            zip.appendReplacement(withoutZips, Matcher.quoteReplacement(zip.group(1)));
        }
        zip.appendTail(withoutZips);
        text = withoutZips.toString();
        text = removeMatches(LABELLED_POSTCODE, text, removed, PrivateDetail.ADDRESS);
        text = removeMatches(POSTCODE_BEFORE_TOWN, text, removed, PrivateDetail.ADDRESS);
        Matcher pin = PIN_CODE.matcher(text);
        if (pin.find() && text.strip().split("\\s+").length <= 6) {
            removed.add(new Removed(PrivateDetail.ADDRESS, pin.group(1)));
            text = text.substring(0, pin.start()) + text.substring(pin.end());
        }
        Matcher station = NEAREST_STATION.matcher(text);
        if (station.find()) {
            // "Nearest Station: Miyamaedaira Station (Tokyu Den-en-toshi Line)": where the home is, to the street
            text = withoutValue(text, station, station.group(1) != null ? 1 : 2, PrivateDetail.ADDRESS, removed);
        }
        Matcher cjk = CJK_ADDRESS.matcher(text);
        if (cjk.find()) {
            // "現住所　〒564-0063 大阪府吹田市江坂町2丁目14-7 ルミエール江坂503": the home, to the flat's number
            text = withoutValue(text, cjk, 1, PrivateDetail.ADDRESS, removed);
        }
        Matcher home = HOME_ADDRESS_LABELLED.matcher(text);
        // (three parts at least: "Home address: Lisbon" or "Dhaka, Bangladesh" is a town, where the person is)
        if (home.find()
                && !ADDRESS_NUMBER.matcher(home.group(1)).find()
                && !home.group(1).contains("@")
                && home.group(1).split(",").length >= 3) {
            // "Permanent Address: Vill: Uttar Dhanpur, P.O: Bijoypur, …": a home by its label, no number in it
            text = withoutValue(text, home, 1, PrivateDetail.ADDRESS, removed);
        }
        Matcher labelled = LABELLED_ADDRESS.matcher(text);
        StringBuilder unlabelled = new StringBuilder();
        while (labelled.find()) {
            String value = labelled.group(1).strip();
            if (value.contains("://")
                    || value.contains("@")
                    || !ADDRESS_NUMBER.matcher(value).find()) {
                continue; // "Home: https://…" is a homepage; "Home: Lisbon, since 2019" or "UTC+1" a town
            }
            removed.add(new Removed(PrivateDetail.ADDRESS, value));
            // "Address: 12 Oak Road, Leeds LS6 2AB": all of it goes, and Leeds is where the person is
            Matcher whole = HOUSE_TO_POSTCODE.matcher(value);
            if (whole.find()) {
                towns.add(postTown(whole));
            } else {
                // "Home Address: 2817 North Linnwood Court, Shorewood, WI", its ZIP code gone already; "Address:
                // 〒154-0011 Maison Kamiuma 305, 2-14-7 Kamiuma, Setagaya-ku, Tokyo", the city last
                zipTowns.stream()
                        .filter(value::endsWith)
                        .findFirst()
                        .or(() -> lastPlace(value))
                        .ifPresent(towns::add);
            }
            labelled.appendReplacement(unlabelled, "");
        }
        labelled.appendTail(unlabelled);
        String line = unlabelled.toString();
        // the street, the district and the postcode, not the post town before the postcode
        Matcher withPostcode = HOUSE_TO_POSTCODE.matcher(line);
        StringBuilder streetless = new StringBuilder();
        while (withPostcode.find()) {
            removed.add(new Removed(PrivateDetail.ADDRESS, withPostcode.group(1).strip()));
            removed.add(new Removed(PrivateDetail.ADDRESS, withPostcode.group(3).strip()));
            String town = postTown(withPostcode);
            if (!town.isEmpty()) {
                towns.add(town);
            }
            withPostcode.appendReplacement(streetless, Matcher.quoteReplacement(" " + town));
        }
        withPostcode.appendTail(streetless);
        line = streetless.toString();
        Matcher m = STREET.matcher(line);
        if (!m.find()) {
            return line;
        }
        m.reset();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            removed.add(new Removed(PrivateDetail.ADDRESS, m.group().strip()));
            // an address opening its line or its part of it is where the person lives, not an office's
            String before = line.substring(0, m.start()).strip();
            if (before.isEmpty() || before.matches(".*[:·|•]$")) {
                townAfterStreet(line.substring(m.end())).ifPresent(towns::add);
            }
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        Matcher floor = FLOOR_AND_DOOR.matcher(out);
        if (line.length() > out.length() && floor.lookingAt()) {
            // "Rua Almirante Barroso, 41, 2.º Dto": the floor and the door after the street go with it
            removed.add(new Removed(PrivateDetail.ADDRESS, floor.group(1)));
            out.delete(0, floor.end());
        }
        Matcher bairro = DISTRICT_BEFORE_CITY_AND_STATE.matcher(out);
        if (line.length() > out.length() && bairro.lookingAt()) {
            // "– Vila Mariana – São Paulo/SP" after the street: the district goes, the city stays
            removed.add(new Removed(PrivateDetail.ADDRESS, bairro.group(1)));
            out.delete(0, bairro.end());
        }
        // the postal code on the same line belongs to the address
        Matcher postcode = POSTCODE.matcher(out);
        StringBuilder withoutPostcode = new StringBuilder();
        while (postcode.find()) {
            removed.add(new Removed(PrivateDetail.ADDRESS, postcode.group()));
            postcode.appendReplacement(withoutPostcode, "");
        }
        postcode.appendTail(withoutPostcode);
        // "27 Larkspur Rise, Horfield," wrapped over "Bristol BS7 9QT": the district after the street, the town below
        Matcher district = DISTRICT_BEFORE_A_WRAP.matcher(withoutPostcode);
        if (line.strip().endsWith(",") && district.find()) {
            removed.add(new Removed(PrivateDetail.ADDRESS, district.group(1)));
            return withoutPostcode.substring(0, district.start(1));
        }
        return withoutPostcode.toString();
    }

    /**
     * "– Vila Mariana – São Paulo/SP", "– Pinheiros, São Paulo – SP": a Brazilian address's district before its city
     * and state.
     */
    private static final Pattern DISTRICT_BEFORE_CITY_AND_STATE =
            Pattern.compile("\\s*[,–—-]?\\s*(\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3})\\s*(?:[–—-]|,)\\s*"
                    + "(?=\\p{Lu}[\\p{L} '.-]*?(?:/|\\s+[–—-]\\s+)[A-Z]{2}\\b)");

    /**
     * "Montréal (Québec)" after "5184, rue Fabre, app. 2, " and before its postcode "H2J 3W2": the town of a street
     * address, with its province or state, up to the end of that part of the line.
     */
    private static java.util.Optional<String> townAfterStreet(String rest) {
        String part = rest.split("\\s+[·|•;]\\s+|\\s{3,}", 2)[0];
        Matcher town = TOWN_AFTER_STREET.matcher(part);
        // the address ends there, with its province, state or postcode: not "Didsbury" over "Manchester M20 6RQ"
        return town.matches() && (town.group(2) != null || town.group(3) != null)
                ? java.util.Optional.of(town.group(1).strip())
                : java.util.Optional.empty();
    }

    private static final Pattern TOWN_AFTER_STREET = Pattern.compile(
            "\\s*,?\\s*(\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){0,2}(\\s*\\(\\p{Lu}[\\p{L} .'-]+\\)|,\\s*\\p{Lu}{2})?)"
                    + "\\s*(\\b[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\b|\\b\\d{5}(?:-\\d{4})?\\b)?\\s*");

    /** "…, 2-14-7 Kamiuma, Setagaya-ku, Tokyo": the city that ends an address of three parts or more. */
    private static java.util.Optional<String> lastPlace(String address) {
        String[] parts = address.split(",");
        int k = parts.length - 1;
        // "…, Johannesburg, 2195": the postcode after the town ("…, 50667 Köln, Germany": a country says less than the
        // town before it, which may be a district: none)
        while (k > 0 && LONE_CODE.matcher(parts[k].strip()).matches()) {
            k--;
        }
        String last = parts[k].strip();
        // "Rötelstrasse 84, 8037 Zürich": the postcode before the town
        Matcher coded = CODE_BEFORE_TOWN.matcher(last);
        boolean codeBefore = coded.matches();
        boolean postcoded = k < parts.length - 1 || codeBefore;
        if (codeBefore) {
            last = coded.group(1);
        }
        // "46022 Valencia (Spain)": the country in brackets after the town
        String country = "";
        Matcher bracketed = COUNTRY_IN_BRACKETS.matcher(last);
        if (bracketed.find() && COUNTRIES.contains(bracketed.group(1).toLowerCase(Locale.ROOT))) {
            country = ", " + bracketed.group(1);
            last = last.substring(0, bracketed.start()).strip();
        }
        return k >= 1
                        && (parts.length >= 3 || postcoded)
                        && LAST_PLACE.matcher(last).matches()
                        && !COUNTRIES.contains(last.toLowerCase(Locale.ROOT))
                ? java.util.Optional.of(last + country)
                : java.util.Optional.empty();
    }

    private static final Pattern COUNTRY_IN_BRACKETS = Pattern.compile("\\s*\\((\\p{Lu}[\\p{L} ]+)\\)$");

    /** A postcode alone as an address's last part: "2195", "D-80331". */
    private static final Pattern LONE_CODE = Pattern.compile("(?:\\p{Lu}{1,2}-)?\\d{3,6}");

    /** A town after its postcode: "8037 Zürich", "D-80331 München". */
    private static final Pattern CODE_BEFORE_TOWN = Pattern.compile("(?:\\p{Lu}{1,2}-)?\\d{4,5}\\s+(\\p{Lu}.+)");

    /** A Portuguese or Spanish floor and door after the street: "2.º Dto", "3º Esq.", "4.º B", "r/c". */
    private static final Pattern FLOOR_AND_DOOR = Pattern.compile(
            "(?iu)^[\\s,]*(\\d{1,2}\\s?\\.?\\s?[ºª°]\\s*(?:andar\\s*)?"
                    + "(?:dto|esq|frente|izq(?:da|uierda)?|dcha|der(?:echa)?|[a-h])?\\.?|r/c(?:\\s*(?:dto|esq)\\.?)?)(?=\\s*(?:,|$))");

    /** Countries by their English names, from the JDK's list. */
    private static final Set<String> COUNTRIES = java.util.Arrays.stream(Locale.getISOCountries())
            .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern LAST_PLACE = Pattern.compile("\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){0,2}");

    /** What is left of a line once its street went: a district's name and the comma the address goes on after. */
    private static final Pattern DISTRICT_BEFORE_A_WRAP =
            Pattern.compile("^[^\\p{L}\\d]*(\\p{Lu}[\\p{L}'.-]*(?:[ -]\\p{Lu}[\\p{L}'.-]*){0,2})\\s*,\\s*$");

    /** A British or Irish county, which an address writes after the post town. */
    private static final Pattern COUNTY = Pattern.compile("(?:(?:North|South|East|West)\\s+)?\\p{Lu}\\p{Ll}+shire"
            + "|Kent|Essex|Surrey|(?:East |West )?Sussex|Devon|Cornwall|Norfolk|Suffolk|Cumbria|Somerset|Dorset|Rutland"
            + "|Middlesex|Northumberland|(?:County )?Durham|Merseyside|Greater Manchester|West Midlands|Tyne and Wear"
            + "|(?:Co\\.?|County)\\s+\\p{Lu}\\p{Ll}+");

    /**
     * The post town of an address from its house to its postcode: "Heaton Mersey, Stockport" gives
     * the post town alone, "Toronto, ON" a town and its province, "Boston Spa, Wetherby, West
     * Yorkshire" the town and its county. What stays is not withheld elsewhere: a town is no secret.
     */
    private static String postTown(Matcher houseToPostcode) {
        List<String> parts = new ArrayList<>();
        for (String part : houseToPostcode.group(2).split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        int keep = !parts.isEmpty()
                                && (parts.get(parts.size() - 1).matches("\\p{Lu}{2}")
                                        // "Kettering, Northamptonshire": the town before its county
                                        || COUNTY.matcher(parts.get(parts.size() - 1))
                                                .matches())
                        || parts.size() >= 3
                                && !STREET_NAME
                                        .matcher(parts.get(parts.size() - 2))
                                        .find()
                ? 2
                : 1;
        // "Dublin 6": the city, not its postal district
        return String.join(", ", parts.subList(Math.max(0, parts.size() - keep), parts.size()))
                .replaceFirst("(\\p{L})\\s+\\d{1,2}$", "$1");
    }

    private static String tidyAfterRemoval(String line) {
        return line.replaceAll("\\s+([,;.])", "$1")
                .replaceAll("([,;])(\\s*[,;])+", "$1")
                .replaceAll("([·|•])(\\s*[·|•])+", "$1 ")
                .replaceAll("\\(\\s*\\)", "")
                .replaceAll("\\s{2,}", " ")
                .replaceAll("^[\\s,;:.|·-]+|[\\s,;:|·-]+$", "")
                .strip();
    }
}
