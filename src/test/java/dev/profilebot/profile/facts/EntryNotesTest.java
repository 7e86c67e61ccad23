package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What sits beside an entry's head without naming its employer or its school: a duty under a title, a minor under a
 * degree, a town after a school's name and a colon.
 */
class EntryNotesTest {

    private static StructuredProfile read(String cv) {
        return MarkdownCvs.read("cv.md", cv);
    }

    @Test
    void should_keep_the_employer_above_the_dates_when_a_duty_phrase_under_the_title_has_a_comma() {
        StructuredProfile profile = read("""
                # Rochelle Baptiste

                ## PROFESSIONAL EXPERIENCE

                **The Ritz-Carlton, Charlotte**

                Charlotte, NC

                May 2010 – Sept. 2013

                **Front Office Supervisor**

                - Supervised 11 front desk agents at an uptown luxury hotel; built shift schedules.
                - Managed VIP and celebrity arrivals and resolved escalated guest concerns.

                **The Ritz-Carlton, Charlotte**

                Charlotte, NC

                July 2008 – April 2010

                **Guest Services Agent**

                - Check-in/check-out, reservations and concierge requests in Opera PMS.
                ## EDUCATION

                **Bachelor of Science, Hospitality & Tourism Management**
                """);

        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly(
                        "The Ritz-Carlton | Guest Services Agent", "The Ritz-Carlton | Front Office Supervisor");
    }

    @Test
    void should_read_the_school_named_before_a_colon_and_its_town_under_the_degree_and_its_minor() {
        StructuredProfile profile = read("""
                # Rochelle Baptiste

                ## EDUCATION

                **Bachelor of Science, Hospitality & Tourism Management**

                Minor: Spanish

                Appalachian State University: Boone, NC  |  May 2008
                """);

        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "Bachelor of Science in Hospitality & Tourism Management at Appalachian State University"
                                + " (May 2008)");
    }

    @Test
    void should_read_the_title_under_the_site_line_and_no_employer_from_a_page_header_naming_the_person() {
        StructuredProfile profile = read("""
                # Jarrod Whitfield

                ## WORK HISTORY

                Aug 2016 – Feb 2019 · NorthWest Mining Services Pty Ltd

                Kestrel Hill Gold Mine, Leonora WA (Northern Goldfields) | Mining contractor | Roster 2/1 FIFO ex Perth

                Plant Operator (multi-skilled)

                Loaded CAT 785C and 777G trucks with Hitachi EX1900-6 excavator.

                ### JARROD WHITFIELD – Mining Plant Operator

                2005 – 2008 · Peel Motor Group

                Mandurah WA

                Apprentice Light Vehicle Mechanic

                Full apprenticeship; servicing, brakes, suspension and diagnostics on light vehicles.
                """);

        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly(
                        "Peel Motor Group | Apprentice Light Vehicle Mechanic",
                        "NorthWest Mining Services Pty Ltd | Plant Operator (multi-skilled)");
    }
}
