package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.Passage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryAttributionTest {

    private static final FactSource EDUCATION = new FactSource("cv.docx", List.of("Education"));

    private static Education degree(String degree, String institution) {
        return new Education(institution, degree, Optional.empty(), Optional.empty(), EDUCATION);
    }

    @Test
    void should_give_the_lines_under_a_degree_to_that_degree_until_the_next_one() {
        // given: an academic CV's education, each degree with its thesis and supervisor on lines of their own
        Education phd = degree("PhD", "University of Lisclogher");
        Education msc = degree("MSc", "University of Tralanmor");
        Passage education = new Passage(
                "cv-education",
                "cv.docx",
                List.of("Education"),
                List.of(
                        "2011 – 2015 · PhD in Marine Biology, University of Lisclogher, Ireland",
                        "Supervisor: Prof. Malachy Durcan; co-supervisor: Dr Helena Rooke",
                        "2009 – 2010 · MSc Applied Marine Science (Distinction), University of Tralanmor",
                        "Dissertation: Settlement cues in the acorn barnacle"),
                List.of());
        Passage supervision = new Passage(
                "cv-supervision",
                "cv.docx",
                List.of("PhD Supervision"),
                List.of("Dr Tomos Beddoe (2019 – 2023). Primary supervisor."),
                List.of());

        // when
        List<List<Optional<String>>> attributed =
                EntryAttribution.of(List.of(education, supervision), List.of(phd, msc));

        // then
        Optional<String> ofThePhd = Optional.of("PhD at University of Lisclogher");
        Optional<String> ofTheMsc = Optional.of("MSc at University of Tralanmor");
        assertThat(attributed.get(0)).containsExactly(ofThePhd, ofThePhd, ofTheMsc, ofTheMsc);
        assertThat(attributed.get(1)).containsExactly(Optional.empty());
    }

    @Test
    void should_give_the_lines_under_a_projects_name_line_to_that_project_but_not_its_dates_line() {
        // given: a graduate's projects, each a name line, a line of dates or of what it was, and what was done
        Passage projects = new Passage(
                "cv-projects",
                "cv.pdf",
                List.of("Niamh Callaghan", "PROJECTS"),
                List.of(
                        "Final-year project: SignSight — real-time sign language recognition on a phone",
                        "September 2026 – present · Supervisor: Dr Helen Marsh",
                        "BinDay — 1st place, HackTyne 2025",
                        "24-hour hackathon, March 2025 · team of four",
                        "Won first place out of 42 teams, with a £1,000 prize."),
                List.of());
        Passage cutOff = new Passage(
                "cv-projects-2",
                "cv.pdf",
                List.of("Niamh Callaghan", "PROJECTS"),
                List.of("A WhatsApp chatbot that tells residents their bin day."),
                List.of());

        // when
        List<List<Optional<String>>> both = EntryAttribution.of(List.of(projects, cutOff), List.of());
        List<Optional<String>> attributed = both.get(0);

        // then
        Optional<String> signSight =
                Optional.of("Final-year project: SignSight — real-time sign language recognition on a phone");
        Optional<String> binDay = Optional.of("BinDay — 1st place, HackTyne 2025");
        assertThat(attributed).containsExactly(signSight, signSight, binDay, binDay, binDay);
        assertThat(both.get(1)).containsExactly(binDay);
    }

    @Test
    void should_give_a_project_tables_rows_to_the_project_its_name_row_names() {
        // given: an Indian-style CV's project table, one labelled row a passage
        List<Passage> rows = java.util.stream.Stream.of(
                        "Project #1",
                        "Project Name: LendSphere – Digital Loan Origination Platform",
                        "Client: Meridian Cooperative Bank, Ohio (USA)",
                        "Team Size: 14",
                        "Project Name: ShelfIQ – Inventory Replenishment Engine",
                        "Client: Brightmart Retail Group (UK)")
                .map(row -> new Passage(
                        "cv-" + row.hashCode(),
                        "cv.docx",
                        List.of("CURRICULUM VITAE", "PROJECTS"),
                        List.of(row),
                        List.of()))
                .toList();

        // when
        List<List<Optional<String>>> entries = EntryAttribution.of(rows, List.of());

        // then
        Optional<String> lendSphere = Optional.of("Project Name: LendSphere – Digital Loan Origination Platform");
        assertThat(entries.get(2)).containsExactly(lendSphere);
        assertThat(entries.get(3)).containsExactly(lendSphere);
        assertThat(entries.get(5))
                .containsExactly(Optional.of("Project Name: ShelfIQ – Inventory Replenishment Engine"));
    }
}
