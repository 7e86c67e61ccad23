package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CV's LaTeX source (a {@code .tex} file, or a {@code .txt} that holds one; moderncv's commands
 * above all), its markup turned into the plain-text conventions {@link PlainTextParser} reads:
 * {@code \name}, {@code \email}, {@code \phone}, {@code \address} and {@code \social} as the name and
 * labelled contact lines, {@code \section} as headings, each {@code \cventry} as a heading "Title,
 * Employer (Town)" over its dates and text, {@code \cvitem{Label}{Text}} as "Label: Text",
 * {@code \item} as a bullet; comments, the preamble and layout commands left out.
 */
final class LatexText {

    private static final Pattern SOURCE =
            Pattern.compile("(?m)^\\s*\\\\(documentclass\\s*[\\[{]|begin\\{document\\}|cventry\\{)");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
    /** Commands of a preamble that hold the person's details; the rest of it sets up the page. */
    private static final Set<String> PREAMBLE_DETAILS = Set.of(
            "name",
            "firstname",
            "familyname",
            "title",
            "position",
            "email",
            "phone",
            "mobile",
            "address",
            "social",
            "homepage",
            "born",
            "extrainfo",
            "github",
            "linkedin",
            "quote");
    /** Commands whose arguments may go on over the next line: "\\cventry{…}{…}" then "{…}". */
    private static final Set<String> MULTI_LINE = Set.of(
            "cventry",
            "cvitem",
            "cvitemwithcomment",
            "cvdoubleitem",
            "cvlistdoubleitem",
            "resumeSubheading",
            "resumeProjectHeading",
            "cvhonor",
            "cvevent");

    private static final Pattern YEAR_IN = Pattern.compile("(19|20)\\d\\d|present|now|current");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(\\s*[–-]+\\s*((19|20)\\d\\d|present|now))?");

    /** Commands that set up the page: nothing of the CV is in them. */
    private static final Set<String> LAYOUT = Set.of(
            "documentclass",
            "moderncvstyle",
            "moderncvcolor",
            "moderncvtheme",
            "usepackage",
            "geometry",
            "setlength",
            "makecvtitle",
            "photo",
            "newcommand",
            "renewcommand",
            "hypersetup",
            "pagestyle",
            "nopagenumbers",
            "vspace",
            "hspace",
            "newpage",
            "clearpage",
            "pagebreak",
            "linespread",
            "quote",
            "definecolor",
            "color",
            "fontsize",
            "selectfont",
            "setmainfont",
            "setsansfont",
            "input",
            "include",
            "label",
            "ref",
            "hfill",
            "centering",
            "noindent",
            "maketitle",
            "thispagestyle",
            "today");

    private LatexText() {}

    /** Whether the text is LaTeX source: a document class, a document's start or moderncv's entries. */
    static boolean looksLike(String content) {
        return SOURCE.matcher(content).find();
    }

    /** The source's text with its markup as plain-text conventions. */
    static String asPlainText(String content) {
        String source = withoutComments(content);
        int body = source.indexOf("\\begin{document}");
        // before the document's start, only the person's details: "\name", "\email", not "\newcommand"s
        String text = body < 0 ? render(source) : details(source.substring(0, body)) + render(source.substring(body));
        // no more than one blank line anywhere; none at a line's end
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** The source without its comments: from an unescaped "%" to the line's end. */
    private static String withoutComments(String content) {
        StringBuilder out = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            int cut = -1;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == '%' && (i == 0 || line.charAt(i - 1) != '\\')) {
                    cut = i;
                    break;
                }
            }
            String kept = cut < 0 ? line : line.substring(0, cut);
            if (cut >= 0 && kept.isBlank()) {
                continue; // a comment's whole line: no blank line left in its place
            }
            out.append(kept).append('\n');
        }
        return out.toString();
    }

    private static String render(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i = command(source, i, out);
            } else if (c == '{' || c == '}') {
                i++;
            } else if (c == '~') {
                out.append(' ');
                i++;
            } else if (source.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (source.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String details(String preamble) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher command = COMMAND.matcher(preamble);
        int from = 0;
        while (from < preamble.length() && command.find(from)) {
            if (PREAMBLE_DETAILS.contains(command.group(1))) {
                from = command(preamble, command.start(), out);
            } else {
                from = command.end();
            }
        }
        return out.toString();
    }

    /** Reads the command at {@code at}, writes what it says, and returns where the text goes on. */
    private static int command(String source, int at, StringBuilder out) {
        int i = at + 1;
        if (i >= source.length()) {
            return i;
        }
        if (!Character.isLetter(source.charAt(i))) {
            char escaped = source.charAt(i);
            // "\\" a line break (no second one at a line's end), "\," a thin space, "\&" "\%" "\_" the sign itself
            if (escaped == '\\') {
                int next = i + 1;
                while (next < source.length() && (source.charAt(next) == ' ' || source.charAt(next) == '\t')) {
                    next++;
                }
                out.append(next >= source.length() || source.charAt(next) == '\n' ? "" : "\n");
                return i + 1;
            }
            out.append(escaped == ',' || escaped == ' ' ? " " : String.valueOf(escaped));
            return i + 1;
        }
        int nameEnd = i;
        while (nameEnd < source.length() && Character.isLetter(source.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = source.substring(i, nameEnd);
        i = nameEnd;
        if (i < source.length() && source.charAt(i) == '*') {
            i++; // "\section*{…}": the same, unnumbered
        }
        String option = "";
        List<String> args = new ArrayList<>();
        int afterOption = skipSpaces(source, i);
        if (afterOption < source.length() && source.charAt(afterOption) == '[') {
            int close = source.indexOf(']', afterOption);
            if (close > 0) {
                option = source.substring(afterOption + 1, close);
                i = close + 1;
            }
        }
        if (MULTI_LINE.contains(name)) {
            i = skipSpaces(source, i); // "\cventry" on a line of its own, its arguments under it
        }
        while (i < source.length() && source.charAt(i) == '{') {
            int close = closingBrace(source, i);
            args.add(source.substring(i + 1, close));
            i = close + 1;
            // "\cventry{…}{…}\n{…}": an argument may follow on the next line, not after a blank one
            int next = skipSpaces(source, i);
            if (MULTI_LINE.contains(name)
                    && next < source.length()
                    && source.charAt(next) == '{'
                    && !source.substring(i, next).contains("\n\n")) {
                i = next;
            }
        }
        if (name.equals("begin") && i < source.length() && source.charAt(i) == '[') {
            int close = source.indexOf(']', i);
            i = close > 0 ? close + 1 : i; // "\begin{itemize}[noitemsep]": the list's layout
        }
        out.append(written(name, option, args));
        return i;
    }

    private static String written(String name, String option, List<String> raw) {
        List<String> args = raw.stream().map(a -> render(a).strip()).toList();
        String first = args.isEmpty() ? "" : args.get(0);
        return switch (name) {
            case "name" -> "\n# " + String.join(" ", args) + "\n\n";
            case "section" -> "\n\n## " + first + "\n\n";
            case "phone", "mobile" -> "\nPhone: " + first + "\n";
            case "born" -> "\nDate of birth: " + first + "\n";
            case "github" -> "\nGitHub: " + (first.contains("/") ? first : "github.com/" + first) + "\n";
            case "linkedin" -> "\nLinkedIn: " + (first.contains("/") ? first : "linkedin.com/in/" + first) + "\n";
            case "position", "title" -> "\n" + first + "\n";
            case "firstname" -> "\n# " + first + " ";
            case "familyname", "lastname" -> first + "\n\n";
            // "Jake's Resume": {title}{dates}{employer}{town} for a job, {school}{town}{degree}{dates} for a degree
            case "resumeSubheading" ->
                YEAR_IN.matcher(part(args, 1)).find()
                        ? entry(List.of(part(args, 1), part(args, 0), part(args, 2), part(args, 3)))
                        : entry(List.of(part(args, 3), part(args, 2), part(args, 0), part(args, 1)));
            case "resumeItem" -> "\n- " + first + "\n";
            case "resumeProjectHeading" -> "\n\n### " + first + "\n\n" + part(args, 1) + "\n";
            case "subsection", "cvsection" -> "\n\n## " + first + "\n\n";
            case "email" -> "\nEmail: " + first + "\n";
            case "homepage" -> "\nWebsite: " + first + "\n";
            case "address" ->
                "\nAddress: "
                        + String.join(
                                ", ", args.stream().filter(a -> !a.isBlank()).toList()) + "\n";
            case "social" -> "\n" + social(option, first) + "\n";
            case "cventry" -> entry(args);
            case "cvitem", "cvitemwithcomment" -> item(args);
            case "cvlistitem" -> "\n- " + first + "\n";
            case "cvdoubleitem" ->
                "\n" + item(args.subList(0, Math.min(2, args.size())))
                        + (args.size() >= 4 ? item(args.subList(2, 4)) : "");
            case "item" -> "\n- " + String.join(" ", args);
            case "begin", "end" -> "\n";
            case "href" -> args.size() >= 2 ? args.get(1) + " (" + first + ")" : first;
            // "\textbf{Languages}{: Java, Kotlin}": every group's text, in order
            default -> LAYOUT.contains(name) ? "" : String.join("", args);
        };
    }

    /** "\cventry{dates}{title}{employer}{town}{grade}{text}": a heading, then the dates and the text. */
    private static String entry(List<String> args) {
        // moderncv: {dates}{title}{employer}{town}{grade}{text}; awesome-cv: {title}{employer}{town}{dates}{text}
        boolean datesFourth = !YEAR_IN.matcher(part(args, 0)).find()
                && YEAR_IN.matcher(part(args, 3)).find();
        String dates = part(args, datesFourth ? 3 : 0);
        String title = part(args, datesFourth ? 0 : 1);
        String employer = part(args, datesFourth ? 1 : 2);
        String town = part(args, datesFourth ? 2 : 3);
        String grade = datesFourth ? "" : part(args, 4);
        String text = part(args, datesFourth ? 4 : 5);
        // " · " between them: a title or a degree may hold a comma ("Working Student, Embedded Systems")
        String heading = title
                + (employer.isEmpty() ? "" : (title.isEmpty() ? "" : " · ") + employer)
                + (town.isEmpty() ? "" : " · " + town);
        // the heading stands alone; the dates open its text, the grade and the description under them
        return "\n\n### " + heading + "\n\n" + dates + (grade.isEmpty() ? "" : "\n" + grade)
                + (text.isEmpty() ? "" : "\n" + text.strip()) + "\n\n";
    }

    /** "\cvitem{Languages}{German, English}" as "Languages: German, English"; a year as the item's date. */
    private static String item(List<String> args) {
        String label = part(args, 0);
        String text = part(args, 1);
        if (label.isEmpty()) {
            return "\n" + text + "\n";
        }
        return YEAR.matcher(label).matches() ? "\n" + text + " (" + label + ")\n" : "\n" + label + ": " + text + "\n";
    }

    private static String social(String network, String handle) {
        return switch (network.toLowerCase(Locale.ROOT)) {
            case "linkedin" -> "LinkedIn: linkedin.com/in/" + handle;
            case "github" -> "GitHub: github.com/" + handle;
            case "gitlab" -> "GitLab: gitlab.com/" + handle;
            case "twitter", "x" -> "Twitter: twitter.com/" + handle;
            default -> network.isEmpty() ? handle : network + ": " + handle;
        };
    }

    private static String part(List<String> args, int index) {
        return index < args.size()
                ? args.get(index).replaceAll("\\s*\\n\\s*(?!-)", " ").strip()
                : "";
    }

    private static int skipSpaces(String source, int at) {
        int i = at;
        while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the brace closing the one at {@code open}, or the text's end when none does. */
    private static int closingBrace(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++; // an escaped brace does not count
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return source.length() - 1;
    }
}
