package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import dev.profilebot.profile.ProfileDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Posts held at one employer, listed under its dated entry: a bank's desks and ranks after each title's comma, a
 * Swedish hospital's units, each read as a title there rather than as another employer.
 */
class PostsWithinAnEmployerTest {

    private final StructuredProfileReader reader = new StructuredProfileReader(Optional.empty(), Optional.empty());

    private static ProfileDocument markdown(String text) {
        return new MarkdownParser().parse("resume.md", text);
    }

    private List<String> timeline(String text) {
        return reader.read(List.of(markdown(text))).roles().stream()
                .map(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .toList();
    }

    @Test
    void should_read_each_title_over_its_dates_under_a_typed_employer_and_town_not_the_summarys_claims() {
        String cv = """
                JANE DOE
                Journeyman Welder

                SUMMARY
                -------
                * Red Seal journeyman welder, 15 yrs in the trade (journeyman since 2013)
                * B-pressure welder since 2014 - pipe, spools, tie-ins

                WORK EXPERIENCE
                ---------------

                Northern Pipe & Fab Ltd. - Nisku, AB

                   Welding Foreman / Lead Hand
                   Jan 2022 to Present
                   - Run a crew of 6 to 8 welders

                   B-Pressure Welder
                   Mar 2017 to Dec 2021
                   - GTAW root and hot pass


                Aecon Industrial West - Fort McMurray, AB

                   Journeyman Welder (Turnarounds)
                   Jun 2014 to Sep 2015
                   - Turnarounds at Suncor Base Plant
                """;

        List<String> timeline =
                reader.read(List.of(new dev.profilebot.profile.PlainTextParser().parse("cv.txt", cv))).roles().stream()
                        .map(r -> r.organization() + " | " + r.title() + " | "
                                + r.dates().display())
                        .toList();

        assertThat(timeline)
                .containsExactly(
                        "Aecon Industrial West | Journeyman Welder (Turnarounds) | June 2014 to September 2015",
                        "Northern Pipe & Fab Ltd | B-Pressure Welder | March 2017 to December 2021",
                        "Northern Pipe & Fab Ltd | Welding Foreman / Lead Hand | January 2022 to present");
    }

    @Test
    void should_read_an_executive_careers_employers_with_their_listing_codes_not_the_sections_name() {
        String cv = """
                # KATE MARWICK

                ## EXECUTIVE CAREER

                **Meridian Freight & Logistics Group Ltd (ASX: MFL) |** Melbourne \s
                Chief Financial Officer · July 2019 – present

                - Refinanced the group's $420m syndicated debt facility (2021).

                **Tasman Energy Ltd |** Sydney \s
                Deputy Chief Financial Officer · Sep 2017 – Jun 2019 \s
                Group Financial Controller · Mar 2015 – Aug 2017

                - Finance lead on the $1.1bn divestment of upstream gas assets (2018).
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "Tasman Energy Ltd | Group Financial Controller | March 2015 to August 2017",
                        "Tasman Energy Ltd | Deputy Chief Financial Officer | September 2017 to June 2019",
                        "Meridian Freight & Logistics Group Ltd (ASX: MFL) | Chief Financial Officer | July 2019 to"
                                + " present");
    }

    @Test
    void should_read_a_banks_desks_and_ranks_after_the_titles_comma_as_the_titles_not_as_employers() {
        String cv = """
                ### PROFESSIONAL EXPERIENCE

                **Aug 2016 – Jun 2020 · Harbourfront Private Bank, Singapore**

                Relationship Manager, Assistant Vice President (promoted to Vice President, Apr 2019)

                - Managed 48 HNW clients; grew AUM from SGD 110m to SGD 360m.

                **Jul 2012 – Jul 2016 · Straits Commercial Bank Limited**

                **Priority Banking Relationship Manager, Raffles Place Financial Centre |** Feb 2014 – Jul 2016

                - Served ~250 Priority Banking clients.

                **Management Associate, Wealth Management |** Jul 2012 – Jan 2014

                - 18-month rotation programme across Investment Advisory and Treasury Sales.
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "Straits Commercial Bank Limited | Management Associate, Wealth Management | July 2012 to"
                                + " January 2014",
                        "Straits Commercial Bank Limited | Priority Banking Relationship Manager, Raffles Place"
                                + " Financial Centre | February 2014 to July 2016",
                        "Harbourfront Private Bank | Relationship Manager, Assistant Vice President (promoted to Vice"
                                + " President, Apr 2019) | August 2016 to June 2020");
    }

    @Test
    void should_hold_a_french_consultancys_titles_there_not_at_the_towns_in_their_brackets() {
        // a firm's line with what the firm does after its dash, then each title with its dates and its town
        String cv = """
                ## EXPÉRIENCES PROFESSIONNELLES

                2017 – 2021 · KEYRUS – Cabinet de conseil en data & digital

                Consultante senior Data & BI (2019 – 2021, Lyon)

                - Michelin : refonte du reporting commercial – 40 tableaux de bord Power BI

                Consultante Data (2017 – 2019, Paris)

                - Carrefour : modélisation SQL et alimentation d'un datamart fidélité
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "KEYRUS | Consultante Data | 2017 to 2019",
                        "KEYRUS | Consultante senior Data & BI | 2019 to 2021");
    }

    @Test
    void should_read_a_consultants_projects_each_opened_by_its_labelled_dates_with_a_step_within_one() {
        // given: a German consultant's project list: the dates, then the client and the role, the next project's
        // dates after; one role's line names a step taken within the project ("ab 2018 Tech Lead")
        String cv = """
                ## Projekthistorie

                Zeitraum: · 04/2023 – heute

                Kunde: · Großbank, Frankfurt am Main (über Hays AG)

                Rolle: · Lead Cloud Architect / Solution Architect

                Projekt: · Migration des Zahlungsverkehrs-Backends in die Azure Cloud

                Zeitraum: · 11/2016 – 05/2019

                Kunde: · Tchibo GmbH, Hamburg

                Rolle: · Senior Java Developer, ab 2018 Tech Lead Checkout

                - Als Tech Lead ab 2018 verantwortlich für ein Team von 6 Entwicklern
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "Tchibo GmbH | Senior Java Developer, ab 2018 Tech Lead Checkout | November 2016 to May 2019",
                        "Großbank | Lead Cloud Architect / Solution Architect | April 2023 to present");
    }

    @Test
    void should_keep_a_hospitals_posts_there_and_read_the_agency_below_them_as_an_employer_of_its_own() {
        // given: a nurse's hospital, its posts in its care unit dated within it, then a nursing agency whose dates
        // began before the hospital's and span the posts too
        String cv = """
                ## CLINICAL EXPERIENCE

                The Prince Charles Hospital (TPCH), Chermside · Feb 2022 – Present \s
                Clinical Nurse (Higher Duties, relief) – Coronary Care Unit · Aug 2024 – Present \s
                Registered Nurse (NG5) – Coronary Care Unit · Feb 2022 – Present

                - 18-bed Coronary Care Unit
                - Relieve as Clinical Nurse on approx. 30% of rostered shifts

                Healthcare Australia (Nursing Agency) – Brisbane · Jul 2021 – Present \s
                Casual Agency Registered Nurse · 2–4 shifts per month

                - Shifts in surgical wards
                - Rural relief: two-week contract at Roma Hospital, January 2023 – generalist ward and ED cover
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "Healthcare Australia (Nursing Agency) | Casual Agency Registered Nurse | July 2021 to present",
                        "The Prince Charles Hospital (TPCH) | Registered Nurse – Coronary Care Unit | February 2022 to"
                                + " present",
                        "The Prince Charles Hospital (TPCH) | Clinical Nurse – Coronary Care Unit | August 2024 to"
                                + " present");
    }

    @Test
    void should_read_a_veterans_assignments_titles_past_their_trade_codes_and_a_contracts_note_as_no_title() {
        // given: a contractor's line on whom it supports under the employer, then titles with their own dates; an
        // Air Force assignment's title with its trade's code in square brackets, a post dated within a duty
        String cv = """
                ## PROFESSIONAL EXPERIENCE

                LEIDOS — San Antonio, TX · Dec 2021 – Present

                Contract support to 16th Air Force (Air Forces Cyber), JBSA-Lackland

                Senior Cyber Threat Analyst · Mar 2023 – Present

                - Lead threat-hunting analyst for a 14-person hunt team

                JBSA-Lackland, TX — 33d Network Warfare Squadron (33 NWS) · 06/2016 – 11/2021

                Cyber Defense Crew Lead / Cyber Threat Analyst [1B4X1 – Cyber Warfare Operations]

                - Crew lead (2018–2021) for a 7-person defensive cyber operations crew monitoring traffic 24/7
                - Built Splunk dashboards for the crew
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "JBSA-Lackland | Cyber Defense Crew Lead / Cyber Threat Analyst | June 2016 to November 2021",
                        "JBSA-Lackland | Crew lead | 2018 to 2021",
                        "LEIDOS | Senior Cyber Threat Analyst | March 2023 to present");
    }

    @Test
    void should_read_swedish_titles_units_and_dates_to_this_day() {
        String cv = """
                **ARBETSLIVSERFARENHET**

                **sep 2018 – nu**

                **Karolinska Universitetssjukhuset, Stockholm**

                **Specialistsjuksköterska anestesi, Thoraxoperation — mar 2021 – nu**

                - Anestesi vid hjärt- och lungkirurgi.

                **Sjuksköterska, Centraloperation (COP) — sep 2018 – feb 2021**

                - Allmän anestesi och postoperativ vård.

                aug 2015 – aug 2018 · Södertälje sjukhus

                Sjuksköterska, Medicinkliniken, avdelning 12

                - Allmänmedicinsk vårdavdelning med 24 vårdplatser.

                **ÖVRIGT**

                - Skyddsombud för Vårdförbundet sedan 2022
                """;

        assertThat(timeline(cv))
                .containsExactly(
                        "Södertälje sjukhus | Sjuksköterska, Medicinkliniken, avdelning 12 | August 2015 to August 2018",
                        "Karolinska Universitetssjukhuset | Sjuksköterska, Centraloperation (COP) | September 2018 to"
                                + " February 2021",
                        "Karolinska Universitetssjukhuset | Specialistsjuksköterska anestesi – Thoraxoperation | March"
                                + " 2021 to present");
    }
}
