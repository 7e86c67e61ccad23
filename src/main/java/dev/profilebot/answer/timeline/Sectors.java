package dev.profilebot.answer.timeline;

import dev.profilebot.profile.facts.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sector a question asks whether someone worked in ("Has she done any work in healthcare?", "Has he worked in
 * banking?") and the employers whose names say they are of it ("Halvorsen Health Systems", "Ferncastle Bank").
 */
final class Sectors {

    /** A sector: the words a question names it by, the words of its employers' names. */
    record Sector(String name, Pattern employer) {

        /** The roles at employers whose names say they are of this sector. */
        List<Role> rolesIn(List<Role> roles) {
            return roles.stream()
                    .filter(r -> !r.careerBreak())
                    .filter(r -> employer.matcher(r.organization().toLowerCase(Locale.ROOT))
                            .find())
                    .toList();
        }
    }

    private record Named(Pattern asked, Sector sector) {}

    private static final List<Named> SECTORS = List.of(
            sector(
                    "healthcare",
                    "health ?care|health|medical|medicine|hospitals?|clinics?|the nhs|nhs",
                    "health|hospital|clinic|medical|medicine|\\bnhs\\b|\\bcare\\b|pharma|surgery|infirmary"),
            sector(
                    "banking and finance",
                    "banking|banks?|finance|financial services|fintech|payments",
                    "bank|banc|financial|finance|capital\\b|payments?\\b|credit|securities|investments?|fintech"),
            sector("insurance", "insurance|insurers?", "insurance|mutual\\b|assurance|underwrit"),
            sector(
                    "education",
                    "education|schools?|academia|higher education|universities",
                    "school|universit|college|academy|education|\\bisd\\b|school district"),
            sector("retail", "retail|shops?|supermarkets?", "retail|stores?\\b|shops?\\b|supermarket|\\bmart\\b"),
            sector(
                    "the public sector",
                    "government|the public sector|public sector|the civil service|civil service",
                    // not "Department of Chemistry", a university's
                    "council|government|ministry|federal|\\bcity of\\b|\\bstate of\\b|\\bcounty of\\b|authority"
                            + "|civil service|\\bnhs\\b"),
            sector("hospitality", "hospitality|hotels?|restaurants?", "hotel|resort|restaurant|hospitality|\\binn\\b"),
            sector(
                    "logistics",
                    "logistics|supply chain|shipping|freight",
                    "logistics|freight|shipping|transport|cargo|supply chain"),
            sector(
                    "the automotive industry",
                    "automotive|the car industry|the motor industry",
                    "automotive|motors?\\b|\\bauto\\b|fahrzeug"));

    /** "Has she done any work in healthcare?", "Has he worked for a bank?", "Any experience in retail?" */
    private static final Pattern ASKED = Pattern.compile(
            "(?i)\\b(?:work\\w*|experience|employed|jobs?|been|careers?)\\b.{0,20}?\\b(?:in|within|for|at)\\s+"
                    + "(?:the\\s+|a\\s+|an\\s+)?([\\p{L} ]{3,30}?)(?:\\s+(?:sector|industry|space|field|settings?))?"
                    + "\\s*[?.!]*$");

    private Sectors() {}

    /** The sector the question asks whether someone worked in, if it names one. */
    static Optional<Sector> asked(String question) {
        java.util.regex.Matcher m = ASKED.matcher(question.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String named = m.group(1).toLowerCase(Locale.ROOT).strip();
        return SECTORS.stream()
                .filter(s -> s.asked().matcher(named).matches())
                .map(Named::sector)
                .findFirst();
    }

    private static Named sector(String name, String asked, String employer) {
        return new Named(Pattern.compile("(?:" + asked + ")"), new Sector(name, Pattern.compile(employer)));
    }
}
