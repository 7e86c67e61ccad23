package dev.profilebot.profile.facts;

import dev.profilebot.profile.Block;
import dev.profilebot.profile.ProfileDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A career told as dated events rather than ranges, as a Japanese résumé (rirekisho) lists it in
 * its Year | Month | Event table: "2013 · 4 · Joined Shirasagi Seiko Co., Ltd. (Production
 * Engineering Dept.)", "2017 · 10 · Promoted to Assistant Manager", "2020 · 3 · Resigned for
 * personal reasons". Each employer joined is a role until the next event ends it; a promotion
 * starts the next title there; the last role still open is the current one.
 */
final class EventHistoryReader {

    private static final Pattern EVENT = Pattern.compile(
            "^\\s*((?:19|20)\\d\\d)\\s*(?:[·|/.,年-]\\s*|\\s+)(\\d{1,2})\\s*(?:[·|月.]\\s*|\\s+)"
                    + "(joined|promoted to|appointed(?: as)?|resigned|retired|left)\\b[\\s:,]*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "Production Engineer – aluminium die-casting …" under the line of the employer joined: the title. */
    private static final Pattern TITLE_LINE = Pattern.compile("^([^–—:,(]{3,60}?)(?:\\s+[–—-]\\s+.*|,\\s+.*)?$");
    /** "(Production Engineering Dept., Anjo Plant)": the department, not the employer's name. */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)\\s*");

    private EventHistoryReader() {}

    /** The roles the document's events tell, or none when it tells no employer joined. */
    static List<Role> read(ProfileDocument document) {
        List<Role> roles = new ArrayList<>();
        Open open = null;
        boolean titleMayFollow = false;
        for (Block block : document.blocks()) {
            if (Sections.of(block.sectionPath()) == Sections.NOT_WORK) {
                continue; // "2016/09 Joined the British Computer Society" under Memberships is no job
            }
            FactSource source = new FactSource(document.fileName(), block.sectionPath());
            for (String line : block.text().split("\n")) {
                Matcher event = EVENT.matcher(line.strip());
                if (!event.matches()) {
                    Matcher title = TITLE_LINE.matcher(line.strip());
                    if (titleMayFollow
                            && open != null
                            && title.matches()
                            && RoleText.isTitle(title.group(1).strip())) {
                        open = open.titled(title.group(1).strip());
                    }
                    titleMayFollow = false;
                    continue;
                }
                int month = Integer.parseInt(event.group(2));
                if (month < 1 || month > 12) {
                    continue;
                }
                YearMonth when = YearMonth.of(Integer.parseInt(event.group(1)), month);
                String what = event.group(3).toLowerCase(java.util.Locale.ROOT);
                String rest = event.group(4).strip().replaceAll("[.;]+$", "");
                titleMayFollow = false;
                if (what.equals("joined")) {
                    if (open != null) {
                        roles.add(open.closed(when.minusMonths(1)));
                    }
                    String employer = ASIDE.matcher(rest).replaceAll(" ").strip();
                    if (employer.isEmpty()) {
                        open = null;
                        continue;
                    }
                    open = new Open(employer, "", when, source);
                    titleMayFollow = true;
                } else if (what.startsWith("promoted") || what.startsWith("appointed")) {
                    if (open != null) {
                        roles.add(open.closed(when.minusMonths(1)));
                        // "Assistant Manager, Die-Casting Process Engineering Group": the title before its unit
                        String title = rest.split(",", 2)[0].strip();
                        open = new Open(open.organization(), title, when, source);
                    }
                } else if (open != null) {
                    roles.add(open.closed(when));
                    open = null;
                }
            }
        }
        if (open != null) {
            roles.add(open.role(DateRange.since(ProfileDate.of(open.start()))));
        }
        return roles;
    }

    private record Open(String organization, String title, YearMonth start, FactSource source) {
        Open titled(String newTitle) {
            return new Open(organization, newTitle, start, source);
        }

        Role closed(YearMonth end) {
            YearMonth last = end.isBefore(start) ? start : end;
            return role(DateRange.between(ProfileDate.of(start), ProfileDate.of(last)));
        }

        Role role(DateRange dates) {
            return new Role(organization, title, Optional.empty(), dates, false, source);
        }
    }
}
