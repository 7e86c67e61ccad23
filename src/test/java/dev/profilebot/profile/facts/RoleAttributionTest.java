package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.Passage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleAttributionTest {

    private static final FactSource EXPERIENCE = new FactSource("resume.txt", List.of("experience"));

    private static Role role(String organization, String title, int from, Integer to, FactSource source) {
        DateRange dates = to == null
                ? DateRange.since(DateRanges.parseDate(Integer.toString(from)).orElseThrow())
                : DateRange.between(
                        DateRanges.parseDate(Integer.toString(from)).orElseThrow(),
                        DateRanges.parseDate(Integer.toString(to)).orElseThrow());
        return new Role(organization, title, Optional.empty(), dates, false, source);
    }

    private static Passage passage(String file, List<String> path, String... sentences) {
        return new Passage(file + path + sentences[0], file, path, List.of(sentences), List.of());
    }

    private static String describe(RoleAttribution.Attributed attributed) {
        return attributed.role().map(Role::organization).orElse("-") + (attributed.heading() ? " (heading)" : "");
    }

    @Test
    void should_leave_a_line_under_a_course_to_the_course_though_it_names_an_employer() {
        Role ferragem = role("Ferragem Atlântica", "Operational Excellence Manager", 2021, null, EXPERIENCE);
        List<Passage> passages = List.of(
                passage(
                        "cv.pdf",
                        List.of("Education and training", "Lean Six Sigma Black Belt"),
                        "Certification project: reduction of zinc plating rework at Ferragem Atlântica."),
                passage("cv.pdf", List.of("Key achievements"), "Cut rework by 30% at Ferragem Atlântica."));

        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(ferragem));

        assertThat(attributed.get(0)).extracting(RoleAttributionTest::describe).containsExactly("-");
        assertThat(attributed.get(1)).extracting(RoleAttributionTest::describe).containsExactly("Ferragem Atlântica");
    }

    @Test
    void should_not_take_a_common_word_in_small_letters_for_an_employers_name() {
        // given: the current employer's title line, then a bullet dated within it that says "mobile engineers", while
        // an earlier employer is "BlueWhale Mobile"
        Role lead = role("YueTu Mobility Technology Co., Ltd", "Mobile Tech Lead", 2022, null, EXPERIENCE);
        Role intern = role("BlueWhale Mobile", "iOS Development Intern", 2014, 2014, EXPERIENCE);
        List<Passage> passages = List.of(passage(
                "resume.txt",
                List.of("experience"),
                "Mobile Tech Lead · 2022 – Present",
                "Lead a team of 9 mobile engineers (hired 4 engineers in 2023– 2024).",
                "BlueWhale Mobile · 2014 – 2014"));

        // when
        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(lead, intern));

        // then
        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly(
                        "YueTu Mobility Technology Co., Ltd (heading)",
                        "YueTu Mobility Technology Co., Ltd",
                        "BlueWhale Mobile (heading)");
    }

    @Test
    void should_not_take_an_employers_line_that_gives_its_size_for_one_that_only_names_the_role() {
        Role miramar = new Role(
                "Hotel Miramar Atlântico",
                "Rooms Division Manager",
                Optional.of("Lisbon, Portugal"),
                DateRange.since(DateRanges.parseDate("2021").orElseThrow()),
                false,
                EXPERIENCE);

        // the size of the hotel is something said of it, an answer to "How many rooms does it have?"
        assertThat(RoleAttribution.onlyNames(
                        "Hotel Miramar Atlântico (5★, 212 rooms), Lisbon, Portugal", miramar, List.of()))
                .isFalse();
        assertThat(RoleAttribution.onlyNames("Hotel Miramar Atlântico, Lisbon, Portugal · 2021", miramar, List.of()))
                .isTrue();
    }

    @Test
    void should_give_a_title_line_with_the_roles_own_start_to_that_role_though_its_employer_is_named_below() {
        FactSource contracts = new FactSource("cv.docx", List.of("Contract roles"));
        Role yorkmoor = role("Yorkmoor Building Society", "Senior Platform Engineer", 2024, 2025, contracts);
        Role pellucid = role("Pellucid Health Ltd", "DevOps Consultant", 2023, 2024, contracts);
        List<Passage> passages = List.of(passage(
                "cv.docx",
                List.of("Contract roles"),
                "Senior Platform Engineer · 2024 – 2025",
                "Yorkmoor Building Society (via Harrowgate Tech Recruitment) | 9 months, Leeds / hybrid",
                "Led the migration of 38 microservices.",
                "DevOps Consultant (2 days a week) · 2023 – 2024",
                "Pellucid Health Ltd (direct) | 7 months, remote",
                "Designed a landing zone with Control Tower."));

        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(pellucid, yorkmoor));

        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly(
                        "Yorkmoor Building Society (heading)",
                        "Yorkmoor Building Society",
                        "Yorkmoor Building Society",
                        "Pellucid Health Ltd",
                        "Pellucid Health Ltd",
                        "Pellucid Health Ltd");
    }

    @Test
    void should_give_the_bullets_under_a_short_line_opened_by_an_employers_name_to_that_employer() {
        Role hellenic = role("Hellenic Skyways", "Cabin Manager", 2024, null, EXPERIENCE);
        Role maltair = role("Maltair Leisure", "Senior Cabin Crew", 2019, 2020, EXPERIENCE);
        List<Passage> passages = List.of(passage(
                "resume.txt",
                List.of("experience"),
                "Hellenic Skyways – Cabin Manager since 2024",
                "Lead crews of up to 6 on A321neo flights.",
                "Maltair Leisure – charter & ACMI",
                "Maltair ceased operations in October 2020 due to the COVID-19 pandemic.",
                "Worked with Hellenic Skyways on the handover of two aircraft."));

        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(maltair, hellenic));

        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly(
                        "Hellenic Skyways (heading)",
                        "Hellenic Skyways",
                        "Maltair Leisure",
                        "Maltair Leisure",
                        "Maltair Leisure");
    }

    @Test
    void should_give_each_line_of_a_shared_section_to_the_role_whose_heading_comes_before_it() {
        // given: every job under one "experience" heading, as in a plain-text résumé
        Role harbourline = role("Harbourline Networks", "Senior SRE", 2025, null, EXPERIENCE);
        Role clifton = role("Clifton Hosting Ltd", "Linux Engineer", 2011, 2017, EXPERIENCE);
        List<Passage> passages = List.of(
                passage(
                        "resume.txt",
                        List.of("experience"),
                        "Senior SRE — Harbourline Networks, Bristol February 2025 - present.",
                        "Redesigned the on-call rotation: pages per week went from around 60 to 12.",
                        "Clifton Hosting Ltd, Bristol — June 2011 to June 2017."),
                passage(
                        "resume.txt",
                        List.of("experience"),
                        "Linux Engineer.",
                        "Managed and shared hosting company, around 1,200 servers."),
                passage("resume.txt", List.of("education"), "BSc in Computer Systems Engineering, 2000 to 2003."));

        // when
        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(clifton, harbourline));

        // then
        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly(
                        "Harbourline Networks (heading)", "Harbourline Networks", "Clifton Hosting Ltd (heading)");
        assertThat(attributed.get(1))
                .extracting(RoleAttributionTest::describe)
                .containsExactly("Clifton Hosting Ltd (heading)", "Clifton Hosting Ltd");
        assertThat(attributed.get(2)).extracting(RoleAttributionTest::describe).containsExactly("-");
    }

    @Test
    void should_give_a_job_heading_section_and_its_subsections_to_that_job_alone() {
        // given
        Role canonical =
                role("Canonical", "", 2019, 2023, new FactSource("resume.md", List.of("Previous Roles", "Canonical")));
        Role ibm =
                role("IBM Cloud", "", 2017, 2019, new FactSource("resume.md", List.of("Previous Roles", "IBM Cloud")));
        List<Passage> passages = List.of(
                passage(
                        "resume.md",
                        List.of("Jonathan Hartley", "Previous Roles", "Canonical"),
                        "Canonical: May 2019 to July 2023.",
                        "I worked on the Snap Store's web APIs, serving 5k req/s."),
                passage(
                        "resume.md",
                        List.of("Jonathan Hartley", "Previous Roles", "Canonical", "Highlights"),
                        "Before this I was at IBM Cloud for two years and liked the people there a great deal more than expected."),
                passage(
                        "notes.md",
                        List.of("Previous Roles", "Canonical"),
                        "A note in another document, about nothing in particular."));

        // when
        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(ibm, canonical));

        // then
        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly("Canonical (heading)", "Canonical");
        // naming another employer without its dates or title does not change the subject
        assertThat(attributed.get(1)).extracting(RoleAttributionTest::describe).containsExactly("Canonical");
        assertThat(attributed.get(2)).extracting(RoleAttributionTest::describe).containsExactly("-");
    }

    @Test
    void should_give_a_line_outside_the_jobs_that_names_one_employer_to_that_employer_but_not_a_city() {
        // given: a skills-first résumé, achievements grouped by theme with the employer in brackets
        FactSource history = new FactSource("resume.txt", List.of("EMPLOYMENT HISTORY"));
        Role senior = role("Cairnmore Bank", "Senior Software Engineer", 2015, 2017, history);
        Role staff = role("Cairnmore Bank", "Staff Engineer", 2017, 2019, history);
        Role osaka = new Role(
                "Osaka Data Industries",
                "Engineer",
                Optional.of("Osaka"),
                DateRange.between(
                        DateRanges.parseDate("2012").orElseThrow(),
                        DateRanges.parseDate("2014").orElseThrow()),
                false,
                history);
        List<Passage> passages = List.of(passage(
                "resume.txt",
                List.of("SELECTED ACHIEVEMENTS"),
                "Cut deploy time from 45 to 6 minutes with a GitOps pipeline (Cairnmore Bank).",
                "I'm a staff engineer based in Osaka.",
                "Moved Osaka Data Industries' nightly batch jobs to Java 8."));

        // when
        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(osaka, senior, staff));

        // then
        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly("Cairnmore Bank", "-", "Osaka Data Industries");
    }

    @Test
    void should_follow_a_heading_written_over_three_lines_employer_title_and_dates() {
        // given: a Google Docs template, newest job first
        FactSource experience = new FactSource("resume.txt", List.of("EXPERIENCE"));
        Role pellucid = role("Pellucid Payments", "Site Reliability Engineer", 2019, 2021, experience);
        Role brightwater = role("Brightwater Analytics", "DevOps Engineer", 2016, 2019, experience);
        List<Passage> passages = List.of(
                passage(
                        "resume.txt",
                        List.of("EXPERIENCE"),
                        "Pellucid Payments, Manchester",
                        "Site Reliability Engineer",
                        "2019 - 2021",
                        "Kept the card platform at 99.99% availability."),
                passage(
                        "resume.txt",
                        List.of("EXPERIENCE"),
                        "Brightwater Analytics, Manchester",
                        "DevOps Engineer",
                        "2016 - 2019",
                        "Containerised 14 legacy Python services with Docker."));

        // when
        List<List<RoleAttribution.Attributed>> attributed =
                RoleAttribution.of(passages, List.of(brightwater, pellucid));

        // then
        assertThat(attributed.get(1))
                .extracting(RoleAttributionTest::describe)
                .containsExactly(
                        "Brightwater Analytics (heading)",
                        "Brightwater Analytics (heading)",
                        "Brightwater Analytics (heading)",
                        "Brightwater Analytics");
    }

    @Test
    void should_head_a_role_by_its_dates_though_the_line_names_another_employer() {
        // given: a labelled entry whose dates line mentions the job held at the same time, and a
        // title line that shares a word ("Mine") with an earlier employer's name
        Role ubuhle = role("Ubuhle Platinum Mine", "Junior Mining Engineer", 2009, 2012, EXPERIENCE);
        Role imvula = role("Imvula Mining Services", "Section Manager", 2016, 2020, EXPERIENCE);
        Role batlhako = role("Batlhako Platinum (Pty) Ltd", "Contract Mining Engineer", 2019, 2020, EXPERIENCE);
        Role goldvale = role("Goldvale Coal Ltd", "Mine Overseer", 2013, 2016, EXPERIENCE);
        List<Passage> passages = List.of(passage(
                "resume.txt",
                List.of("experience"),
                "Period: · 2019 – 2020 (part-time contract, concurrent with my employment at Imvula Mining Services)",
                "Independent review of the life-of-mine plan.",
                "Positions: · Mine Overseer (2013 – 2016)",
                "Responsible for two sections."));

        // when
        List<List<RoleAttribution.Attributed>> attributed =
                RoleAttribution.of(passages, List.of(ubuhle, imvula, batlhako, goldvale));

        // then
        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly(
                        "Batlhako Platinum (Pty) Ltd",
                        "Batlhako Platinum (Pty) Ltd",
                        "Goldvale Coal Ltd (heading)",
                        "Goldvale Coal Ltd");
    }

    @Test
    void should_leave_a_reason_for_leaving_that_names_the_next_job_to_the_job_it_closes() {
        // given
        Role goldvale = role("Goldvale Coal Ltd", "Mine Overseer", 2012, 2016, EXPERIENCE);
        Role imvula = role("Imvula Mining Services", "Section Manager", 2016, 2020, EXPERIENCE);
        List<Passage> passages = List.of(passage(
                "resume.txt",
                List.of("experience"),
                "Goldvale Coal Ltd · 2012 – 2016",
                "Reason for leaving: Career growth – offered a Section Manager post at Imvula Mining Services",
                "Imvula Mining Services – contract mining · Section Manager"));

        // when
        List<List<RoleAttribution.Attributed>> attributed = RoleAttribution.of(passages, List.of(goldvale, imvula));

        // then: the last line, names and little else, heads the next job though it has no dates
        assertThat(attributed.get(0))
                .extracting(RoleAttributionTest::describe)
                .containsExactly(
                        "Goldvale Coal Ltd (heading)", "Goldvale Coal Ltd", "Imvula Mining Services (heading)");
    }

    @Test
    void should_keep_the_role_a_dated_title_heads_over_its_employers_line_when_another_role_was_held_there() {
        // given: a tabular CV's two posts at one firm, each a dated title over the firm's line and its duties
        Role internship = new Role(
                "Kessler Prüftechnik AG",
                "Internship",
                Optional.empty(),
                DateRanges.firstRange("03/2011 – 08/2011").orElseThrow().range(),
                false,
                EXPERIENCE);
        Role testEngineer = new Role(
                "Kessler Prüftechnik AG",
                "Test Engineer",
                Optional.empty(),
                DateRanges.firstRange("01/2015 – 09/2017").orElseThrow().range(),
                false,
                EXPERIENCE);
        Passage posts = passage(
                "resume.txt",
                List.of("experience"),
                "01/2015 – 09/2017 · Test Engineer",
                "Kessler Prüftechnik AG, Regensburg",
                "Set-up and commissioning of three HIL test benches.",
                "03/2011 – 08/2011 · Internship",
                "Kessler Prüftechnik AG, Regensburg",
                "Design of a test adapter for wiring harness checks.");

        // when
        List<RoleAttribution.Attributed> attributed = RoleAttribution.of(
                        List.of(posts), List.of(internship, testEngineer))
                .get(0);

        // then
        assertThat(attributed)
                .extracting(a -> a.role().map(Role::title).orElse("-"))
                .containsExactly(
                        "Test Engineer", "Test Engineer", "Test Engineer", "Internship", "Internship", "Internship");
    }
}
