package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import dev.profilebot.profile.PlainTextParser;
import dev.profilebot.profile.ProfileDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuredProfileReaderTest {

    private final StructuredProfileReader reader = new StructuredProfileReader(Optional.empty(), Optional.empty());

    private static ProfileDocument markdown(String text) {
        return new MarkdownParser().parse("resume.md", text);
    }

    private static ProfileDocument plain(String text) {
        return new PlainTextParser().parse("resume.txt", text);
    }

    private static List<String> timeline(StructuredProfile profile) {
        return profile.roles().stream()
                .map(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .toList();
    }

    @Test
    void should_read_an_artists_teaching_posts_and_other_employment_but_not_her_talks_nor_her_studio() {
        // given: an artist's CV, her jobs among her shows; her studio under a label of its own
        String text = """
                **Studio:** Whitevale Studios, Studio 14, Glasgow (since 2015)

                ## Solo exhibitions

                2023 · *The Weight of Weather*, Saltmarket Arts Centre, Glasgow

                ## Teaching

                2022–present · Sessional Lecturer (0.2 FTE), MFA Fine Art, Tayside University, Dundee \s
                2017–2021 · Sessional Lecturer, BA (Hons) Painting & Printmaking, Clyde College of Art, Glasgow \s
                2023 · Visiting artist talk, Lagan School of Art & Design, Belfast

                ## Other employment

                2014–2019 · Gallery Technician (part-time, two days a week), Saltmarket Arts Centre, Glasgow – installation and de-installation, lighting, condition reports
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Saltmarket Arts Centre | Gallery Technician | 2014 to 2019",
                        "Clyde College of Art | Sessional Lecturer – BA (Hons) Painting & Printmaking | 2017 to 2021",
                        "Tayside University | Sessional Lecturer – MFA Fine Art | 2022 to present");
    }

    @Test
    void should_read_an_academics_appointments_and_not_the_tutoring_done_in_one_of_them() {
        // given: a lecturer's CV as a PDF reads, each appointment a dated line over lines on the work, one post
        // held for a summer, and her teaching under the appointments
        String text = """
                ## Academic Appointments

                2022–present · Lecturer in Atmospheric Chemistry (equiv. Assistant Professor), School of Earth and Environment, University of Leeds \s
                Institute for Climate and Atmospheric Science (ICAS). Research group: night-time urban chemistry. \s
                2019–22 · Postdoctoral Research Associate, Department of Chemistry, University of York \s
                PI: Prof. Helen Castell. Led the Manchester winter field campaigns and the instrument team of 3. \s
                2018 · Visiting Researcher (Jun–Aug, 3 months), National Center for Atmospheric Research (NCAR), Boulder, CO, USA

                ## Teaching

                2022–present · SOEE2420 Atmospheric Chemistry and Air Pollution (Level 2, c. 140 students) – module leader \s
                2022–present · Personal academic tutor to 14 undergraduates
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "National Center for Atmospheric Research (NCAR) | Visiting Researcher (Jun–Aug) | 2018",
                        "University of York | Postdoctoral Research Associate, Department of Chemistry | 2019 to 2022",
                        "University of Leeds | Lecturer in Atmospheric Chemistry, School of Earth and Environment"
                                + " | 2022 to present");
    }

    @Test
    void should_read_a_teachers_school_and_its_district_under_each_title_and_the_town_as_where() {
        // given: a US teacher's résumé as a PDF reads, each title over "school · district · town, state"
        String text = """
                ## Teaching Experience

                5th Grade Math & Science Teacher · Aug 2019 - Present \s
                Willow Creek Elementary School · Cedar Hollow ISD · Round Rock, TX

                4th Grade Teacher (Intern Certificate) · Jan 2019 - May 2019 \s
                Marlow Park Elementary · Pecan Valley ISD · Kyle, TX
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.location().orElse("") + " | " + r.title())
                .containsExactly(
                        "Marlow Park Elementary, Pecan Valley ISD | Kyle, TX | 4th Grade Teacher (Intern Certificate)",
                        "Willow Creek Elementary School, Cedar Hollow ISD | Round Rock, TX | 5th Grade Math & Science"
                                + " Teacher");
    }

    @Test
    void should_read_the_employer_under_each_dated_title_when_each_entry_is_a_paragraph_of_two_lines() {
        // given: entries with no bullets, each its title and dates over its employer and town
        String text = """
                ## Experience

                Software Engineer · Aug 2019 - Present \s
                Acme Widgets Ltd · London

                Junior Developer · Jan 2017 - May 2019 \s
                Brightside Labs Ltd · Leeds
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brightside Labs Ltd | Junior Developer | January 2017 to May 2019",
                        "Acme Widgets Ltd | Software Engineer | August 2019 to present");
    }

    @Test
    void should_read_a_law_firms_departments_as_parts_of_the_titles_under_the_firms_line() {
        // given: a US litigator's résumé, each firm in capitals over its titles and their departments
        String text = """
                DANIEL P. KOWALCZYK
                Chicago, IL | dkowalczyk.law@gmail.com

                EXPERIENCE

                BRANDT ELLERY HOKE LLP	Chicago, IL
                Counsel, Commercial Litigation & Trials Group	Jan. 2021 – Present
                    • First-chaired two bench trials and one AAA arbitration hearing.
                    • Member, Associate Development Committee (2022 – present); run the firm's deposition training.
                Associate, Litigation Department	Apr. 2018 – Dec. 2020
                    • Drafted dispositive motions and appellate briefs.
                WHITCOMBE & LYLE LLP	Chicago, IL
                Associate, Trial Practice Group	Sept. 2014 – Mar. 2018
                    • Litigated securities and insurance coverage claims.
                Summer Associate	Summer 2012
                    • Research memoranda on class certification.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then: the firms employ; a seat on a committee is no job
        assertThat(timeline(profile))
                .containsExactly(
                        "Whitcombe & Lyle LLP | Summer Associate | 2012",
                        "Whitcombe & Lyle LLP | Associate – Trial Practice Group | September 2014 to March 2018",
                        "Brandt Ellery Hoke LLP | Associate, Litigation Department | April 2018 to December 2020",
                        "Brandt Ellery Hoke LLP | Counsel – Commercial Litigation & Trials Group | January 2021 to present");
    }

    @Test
    void should_not_read_the_pages_of_a_notion_projects_database_as_jobs() {
        // given: a Notion export, its CV page and a project page whose properties name a company and a year
        ProfileDocument cv = new MarkdownParser().parse("Ines Albrecht.md", """
                        # Ines Albrecht

                        ## Experience

                        ### Mietly GmbH · Berlin

                        **Data Scientist** · Oct 2019 – Feb 2022

                        ## Education

                        | Years | Degree | Where |
                        | --- | --- | --- |
                        | 2008–2011 | B.Sc. Physik | TU Dresden |
                        """);
        ProfileDocument project =
                new MarkdownParser().parse("Ines Albrecht/Projects/Spin transport simulations (PhD).md", """
                        # Spin transport simulations (PhD)

                        Company: Universität Heidelberg
                        Year: 2016
                        Role: PhD student
                        """);

        // when
        StructuredProfile profile = reader.read(List.of(cv, project));

        // then
        assertThat(timeline(profile)).containsExactly("Mietly GmbH | Data Scientist | October 2019 to February 2022");
        assertThat(profile.education()).extracting(Education::institution).containsExactly("TU Dresden");
    }

    @Test
    void should_read_a_teachers_masters_and_not_her_clubs_as_jobs() {
        // given: a US teacher's résumé with the clubs she runs beside her classes
        String text = """
                # Rachel Dunleavy

                ## Education

                M.S.Ed., Curriculum and Instruction – Northern Illinois University, DeKalb, IL · December 2021

                ## Teaching Experience

                **5th Grade Teacher** · 2016–2019

                Prairie View Elementary School – Romeoville, IL

                ## Coaching & Club Advising

                - Assistant Coach, 7th/8th Grade Girls' Volleyball, Hawthorne Ridge MS, 2020–Present
                - Student Council Co-Sponsor, Prairie View Elementary, 2017–2019
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Prairie View Elementary School | 5th Grade Teacher | 2016 to 2019");
        assertThat(profile.education()).extracting(Education::degree).containsExactly("M.S.Ed.");
    }

    @Test
    void should_not_take_an_objective_nor_a_duty_with_its_own_dates_for_a_role() {
        // given: an objective that says since when, and dated duties within the jobs
        String text = """
                BRETT KOWALCHUK
                Sylvan Lake, AB

                OBJECTIVE

                Red Seal journeyman electrician with 10 yrs in the trade (apprentice since 2016) looking for a
                LEAD HAND or FOREMAN position on industrial or commercial projects.

                WORK EXPERIENCE

                JOURNEYMAN ELECTRICIAN  -  Parkland Ridge Electric Ltd.   (Red Deer, AB)
                Aug 2021 - Present

                   - Lead hand on new 38,000 sq ft grocery store and strip mall at Blackfalds Crossing (2023-24)
                   - installed 600V switchgear

                Registered Nurse – Medical-Surgical/Telemetry                       06/2014 – 12/2017
                Smoky Ridge Medical Center – Knoxville, TN
                  • Unit preceptor for new graduate RNs (2016 – 2017); member of Unit Practice Council.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Smoky Ridge Medical Center | Registered Nurse – Medical-Surgical/Telemetry | June 2014 to December 2017",
                        "Parkland Ridge Electric Ltd | JOURNEYMAN ELECTRICIAN | August 2021 to present");
    }

    @Test
    void should_read_a_break_over_its_dates_a_job_held_while_studying_and_a_polish_firms_legal_form() {
        // given: each entry's title and employer over its dates
        String text = """
                ## EXPERIENCE

                Career break – relocation to the UK

                Jan 2017 – Aug 2017

                Moved from Kraków to Leeds; studied for and passed the AWS Solutions Architect – Associate exam.

                Junior Java Developer (part-time) – TeleNova S.A., Kraków

                2012 – 2014, while studying for my MSc

                - Maintained billing batch jobs and wrote integration tests in JUnit.

                Summer Intern – Datamill sp. z o.o., Kraków

                Jul – Sep 2011

                - PHP and MySQL reporting tools for the sales team.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Datamill sp. z o.o. | Summer Intern | July 2011 to September 2011",
                        "TeleNova S.A. | Junior Java Developer | 2012 to 2014",
                        " | Career break | January 2017 to August 2017");
        assertThat(profile.roles().get(2).careerBreak()).isTrue();
    }

    @Test
    void should_read_the_title_a_role_began_as_from_a_note_on_its_dates() {
        // given
        String text = """
                ## EXPERIENCE

                Senior Backend Engineer – Parcelwise Ltd, Manchester

                Apr 2021 – present (joined as Backend Engineer; promoted to Senior in January 2023)

                - Led the migration of the parcel-tracking pipeline to Kafka.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Parcelwise Ltd | Backend Engineer | April 2021 to January 2023",
                        "Parcelwise Ltd | Senior Backend Engineer | January 2023 to present");
    }

    @Test
    void should_not_take_an_award_of_the_year_for_a_role_since_that_year() {
        // given
        String text = """
                EMPLOYMENT HISTORY

                Sep 2005 to Dec 2008
                J. Bramall & Sons Electrical Contractors, Mexborough
                Electrician

                 - Apprentice of the Year 2004 - Don Valley College
                 - Commercial & domestic installs, shop fit outs, schools
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "J. Bramall & Sons Electrical Contractors | Electrician | September 2005 to December 2008");
    }

    @Test
    void should_read_a_support_worker_as_one_title_over_the_employer_below_it() {
        // given
        String text = """
                ## Employment history

                Casual Youth Support Worker · Jun 2010 – Feb 2013

                Lake Macquarie Youth Hub, Charlestown NSW

                - Ran after-school drop-in sessions for young people aged 12–18.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Lake Macquarie Youth Hub | Casual Youth Support Worker | June 2010 to February 2013");
    }

    @Test
    void should_read_a_bank_named_in_its_countrys_language_as_the_employer_before_its_town() {
        // given
        String text = """
                ## Experience

                **2019 – 2021 · Data Scientist**

                Maplecart Grocery Inc., Toronto, ON \s
                Demand forecasting for fresh food.

                **2013 – 2016 · Data Analyst**

                Banco Paulista Aliança, São Paulo, Brazil \s
                Credit-risk reporting in SAS and SQL.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Banco Paulista Aliança | Data Analyst | 2013 to 2016",
                        "Maplecart Grocery Inc | Data Scientist | 2019 to 2021");
        assertThat(profile.roles().get(0).location()).contains("São Paulo, Brazil");
    }

    @Test
    void should_read_notes_with_emoji_section_names_and_titles_in_lower_case_after_the_employer() {
        // given: a résumé typed in a notes app, each section's name after an emoji, right above its first line
        String text = """
                Nico Varga

                💼 Experience

                Maison Corvel – sous chef
                Mar ’16 → Jan ’19 · Kessling, OR
                • Brought food cost down from 34% to 28% in my first year

                🎓 Education
                Kessling Culinary Institute – AAS, Culinary Arts
                2007–2009 · graduated with honors

                📜 Certs
                Mobile food unit license (Class IV), Harlow County Environmental Health – renewed every year since 2019

                🙌 Volunteering
                Free knife-skills class once a month at Eastside Youth Kitchen (2021–now)
                """;

        // when
        ProfileDocument notes = plain(text);
        StructuredProfile profile = reader.read(List.of(notes));

        // then
        assertThat(timeline(profile)).containsExactly("Maison Corvel | sous chef | March 2016 to January 2019");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).contains("Kessling Culinary Institute"));
        assertThat(notes.blocks())
                .filteredOn(b -> b.text().contains("Eastside Youth Kitchen"))
                .singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).containsExactly("🙌 Volunteering"));
    }

    @Test
    void should_read_a_github_readme_with_its_career_drawn_as_a_mermaid_gantt_chart() {
        // given: a profile README that greets by the given name, its links spelling the rest, a chart of the
        // career (the current task "active", its bar drawn to the year's end) and a short list of employers
        String text = """
                <h1 align="center">Hi there, I'm Marisol 👋</h1>

                <a href="mailto:marisol.quintero@example.com">email</a>
                <a href="https://www.linkedin.com/in/marisol-quintero-dev/">LinkedIn</a>

                ## 🙋‍♀️ About me

                - 💜 Volunteer mentor with **Mile High Code Club** since 2021

                ## 🗺️ Career timeline

                ```mermaid
                gantt
                    title Where I've been
                    dateFormat YYYY-MM
                    %% mermaid has no "today"
                    section Brightwater Health
                    Platform Engineer               :bw1, 2022-04, 2024-02
                    Senior Platform Engineer        :active, bw2, after bw1, 2026-12
                    section Quillmark
                    Junior Software Engineer        :qm1, 2016-08, 2017-09
                    Promoted                        :milestone, m1, 2017-09, 0d
                    Software Engineer               :qm2, 2017-09, 11M
                    section Education
                    B.S. Computer Science           :ed1, 2012-08, 2016-05
                ```

                ## 💼 Experience (the short version — full resume on LinkedIn)

                - **Brightwater Health** · Denver, CO · 2022 – present
                  Platform team. Built *Harbor*, our internal developer platform.
                - **Quillmark** · Austin, TX · 2016 – 2018
                  Rails + PostgreSQL for a K-12 gradebook product.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Marisol Quintero");
        assertThat(timeline(profile))
                .contains(
                        "Quillmark | Junior Software Engineer | August 2016 to September 2017",
                        "Quillmark | Software Engineer | September 2017 to August 2018",
                        "Brightwater Health | Platform Engineer | April 2022 to February 2024",
                        "Brightwater Health | Senior Platform Engineer | February 2024 to present")
                .noneMatch(role -> role.contains("Hi there")
                        || role.startsWith("Brightwater Health |  |")
                        || role.contains("Promoted")
                        || role.contains("B.S."));
        assertThat(profile.roles())
                .filteredOn(r -> r.title().equals("Platform Engineer"))
                .singleElement()
                .satisfies(r -> assertThat(r.location()).contains("Denver, CO"));
    }

    @Test
    void should_read_a_banking_resume_with_a_promotion_noted_in_its_title_line_a_deals_table_and_notes_beside_it() {
        // given: each employer's line in bold with its dates, the titles on the line below (a promotion noted in
        // brackets), an internship at another firm the year before, a table of deals with a "Role" column
        String resume = """
                ## CALEB M. HARTWELL

                **PROFESSIONAL EXPERIENCE**

                **Kestrel Ridge Advisors, LLC · July 2019 – July 2022**

                Senior Analyst (promoted July 2021); Analyst, Industrials M&A Group · Stamford, CT / New York, NY

                - Executed 11 sell-side and buy-side M&A transactions

                **Lindqvist & Barrow Securities · June 2018 – Aug. 2018**

                Investment Banking Summer Analyst, Middle Market Group · Charlotte, NC

                - Prepared trading comps and pitch book pages

                **SELECTED TRANSACTIONS**

                | Date | Target | Size | Role |
                | --- | --- | --- | --- |
                | 12/2019 | Ashby Capital Partners | $85mm | Buy-side advisor |
                | 08/2020 | Corran Packaging | $120mm | Debt recapitalization advisor |
                """;
        String notes = """
                JOB SEARCH - notes to self   (last updated 10/14/2026)

                Talking points
                - left Kestrel Ridge 7/2022 -> hiked the Colorado Trail in Aug -> started at Halvorsen 9/2022
                - managing 2 analysts since 3/2024
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(resume), plain(notes)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Lindqvist & Barrow Securities | Investment Banking Summer Analyst, Middle Market Group"
                                + " | June 2018 to August 2018",
                        "Kestrel Ridge Advisors, LLC | Senior Analyst (promoted July 2021); Analyst, Industrials M&A"
                                + " Group | July 2019 to July 2022");
    }

    @Test
    void should_read_a_warehouse_cv_with_agency_placements_a_career_break_told_in_the_first_person_and_a_site() {
        // given: dates first on each entry's line, a bullet saying what he did from a year on
        String text = """
                # Lee Ashworth

                ## Employment History

                March 2021 – Present · Team Leader – Goods In (Nights), Kestrel Home Retail Ltd, National Distribution Centre, Daventry

                - Lead a team of 14 on a 4 on / 4 off night shift pattern

                Oct 2016 – Jul 2017 · Agency placements through Primeline Recruitment, Corby

                - Feb – Jul 2017: Counterbalance forklift driver at Midshires Foods, Kettering

                June 2015 – Sept 2016 · Career break – full-time carer for my mum after her stroke

                April 2011 – May 2015 · Warehouse Operative, Castleton Builders Merchants, Kettering

                - Picked and loaded orders for trade customers
                - Counterbalance forklift driver from 2012
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Castleton Builders Merchants | Warehouse Operative | April 2011 to May 2015",
                        " | Career break | June 2015 to September 2016",
                        "Primeline Recruitment | Agency placements | October 2016 to July 2017",
                        // a placement through the agency, its months in one year: a place he worked
                        "Midshires Foods | Counterbalance forklift driver | February 2017 to July 2017",
                        "Kestrel Home Retail Ltd | Team Leader – Goods In (Nights) | March 2021 to present");
        assertThat(profile.roles().get(4).location()).contains("National Distribution Centre, Daventry");
    }

    @Test
    void should_read_a_cv_typed_on_a_phone_each_job_a_bullet_with_its_dates_in_brackets_and_its_title_after_a_dash() {
        // given: every line a bullet of one list, a second job held beside the first, a gap told in the first person
        String text = """
                # Leanne Pritchard

                ## Work history

                - Ty Gwyn Care Home, Wrexham (Jan 2021 – now) – Senior Care Assistant since June 2023, I started there as a Care Assistant
                - Give out medication using the eMAR system
                - Hafod Supported Living, Ruabon (Apr 2022 – now) – bank support worker, about 2 shifts a month
                - Mar 2020 - Dec 2020: career break, I cared full time for my nan during covid
                - CarePlus Homecare (Sept 2017 – Feb 2020) – Home Carer, Chester office then Mold office
                - Meadowbank Residential Home, Rhos (Sep 16 - Aug 17) – Apprentice Care Assistant, did my level 2 here
                - Brackley Foods, Mold (2011 - 2016) – HR Generalist
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brackley Foods | HR Generalist | 2011 to 2016",
                        "Meadowbank Residential Home | Apprentice Care Assistant | September 2016 to August 2017",
                        "CarePlus Homecare | Home Carer | September 2017 to February 2020",
                        " | career break | March 2020 to December 2020",
                        "Ty Gwyn Care Home | Senior Care Assistant | January 2021 to present",
                        "Hafod Supported Living | bank support worker | April 2022 to present");
    }

    @Test
    void should_read_a_federal_resumes_posts_each_with_its_particulars_between_its_dates_and_its_title() {
        // given: USAJOBS' résumé builder printed to PDF, each line ending in a break: the agency and its duty
        // station over the dates, the salary, hours, series and grade, then the title; the supervisor after the duties
        String text = """
                # Gideon P. Marchetti

                Work Experience: · Bureau of Land Management, U.S. Department of the Interior Grand Junction, CO US \s
                11/2019 - Present \s
                Salary: $103,409.00 USD Per Year \s
                Hours per week: 40 \s
                Series: 0343   Pay Plan: GS   Grade: 12 \s

                **Management and Program Analyst**

                **Duties, Accomplishments and Related Skills:**

                Lead analyst for the annual operating plan for 9 program areas totaling $41.6M in operating funds.
                Supervisor: Lorraine Fitch (970-555-0183) \s
                May contact: Yes \s
                U.S. Department of Veterans Affairs, Veterans Benefits Administration \s
                Lakewood, CO US \s
                09/2014 - 03/2017 \s
                Salary: $54,972.00 USD Per Year \s
                Hours per week: 40 \s
                Series: 0343   Pay Plan: GS   Grade: 09 \s

                **Management Analyst**

                **Duties, Accomplishments and Related Skills:**

                Management analyst for the Denver VA Regional Office.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(Role::title)
                .containsExactly("Management Analyst", "Management and Program Analyst");
        assertThat(profile.roles().get(0).organization()).startsWith("U.S. Department of Veterans Affairs");
        assertThat(profile.roles().get(1).organization()).startsWith("Bureau of Land Management");
        assertThat(profile.roles()).extracting(Role::title).doesNotContain("Supervisor");
    }

    @Test
    void should_read_an_egyptian_cvs_from_and_to_line_under_the_employer_as_the_entrys_dates() {
        String text = """
                # Mahmoud Hegazy

                **Work Experience**

                Saudi Ceramic Company (Saudi Ceramics)  –  Riyadh, KSA

                From: 08/2019    To: Till now

                Position: Senior Accountant – Financial Reporting

                **Duties & Responsibilities:**

                - Supervise a team of 3 accountants (GL, fixed assets and intercompany).

                Edita Food Industries S.A.E. (FMCG)  –  Sheikh Zayed, Giza, Egypt

                From: 01/2016    To: 06/2019

                Position: General Accountant  (01/2016 – 12/2017)

                Position: Senior Accountant  (01/2018 – 06/2019)

                **Duties & Responsibilities:**

                - Month-end and year-end closing, journal entries, accruals and prepayments.
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Edita Food Industries S.A.E. (FMCG) | General Accountant | January 2016 to December 2017",
                        "Edita Food Industries S.A.E. (FMCG) | Senior Accountant | January 2018 to June 2019",
                        "Saudi Ceramic Company (Saudi Ceramics) | Senior Accountant – Financial Reporting | August 2019"
                                + " to present");
    }

    @Test
    void should_take_the_employer_from_its_labelled_cell_not_the_industry_labelled_between_it_and_the_post() {
        // given: a South African CV's history, each entry a table of labels and values, the industry between the
        // company and the position
        String text = """
                # Lerato Dlamini

                ## CAREER HISTORY

                Company · Discovery Limited – Sandton, Johannesburg \s
                Industry · Financial services (insurance) – JSE Top 40 \s
                Position · Group Financial Reporting Manager \s
                Period · 01 November 2021 – Present

                Preparation and review of the Group financial statements.

                Company · Imperial Logistics – Bedfordview, Johannesburg \s
                Industry · Logistics and supply chain \s
                Positions · Financial Manager: Group Consolidations \s
                Period · July 2018 – October 2021

                Consolidation of 120 entities.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly(
                        "Imperial Logistics | Financial Manager: Group Consolidations",
                        "Discovery Limited | Group Financial Reporting Manager");
    }

    @Test
    void should_read_a_federal_resumes_title_over_its_dates_and_hours_under_the_agency_and_its_offices() {
        // given: a federal résumé laid out by hand, each post's title above "Dates: … | Hours per week: 40", the
        // agency's line long with its offices and its town, the rank of a military post labelled below its dates
        String text = """
                # Andrea Kowalczyk

                ## WORK EXPERIENCE

                **Federal Land Records Agency (FLRA),** Office of the Chief Information Officer, Cybersecurity Division Washington, DC, United States

                **Lead IT Specialist (INFOSEC)**

                **Dates:** 06/2021 – Present   |   Hours per week: 40

                **Series/Grade:** GS-2210-13

                **Supervisor:** Ms. Patricia Okonkwo-Hale, Chief, Cyber Operations Branch (may contact)

                Lead a team of 6 GS-2210 IT specialists responsible for security monitoring.

                **United States Air Force, 617th Communications Squadron (Active Duty)**

                Ramstein Air Base, Germany

                **Cyber Transport Systems Journeyman (AFSC 3D1X2, formerly 2E1X1)**

                **Dates:** 06/2007 – 10/2011   |   Hours per week: 40

                **Series/Grade:** Military, Airman Basic (E-1) through Staff Sergeant (E-5)

                Installed and maintained 280 Cisco routers and switches.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles()).hasSize(2);
        assertThat(profile.roles().get(0).title()).startsWith("Cyber Transport Systems Journeyman");
        assertThat(profile.roles().get(0).organization()).startsWith("United States Air Force");
        assertThat(profile.roles().get(1).title()).startsWith("Lead IT Specialist (INFOSEC)");
        assertThat(profile.roles().get(1).organization()).startsWith("Federal Land Records Agency (FLRA)");
        assertThat(profile.roles().get(1).current()).isTrue();
    }

    @Test
    void should_read_a_feminine_french_title_and_a_spanish_restaurant_as_the_employer_under_its_dated_title() {
        String text = """
                # Solène Marchetti

                ## EXPÉRIENCES PROFESSIONNELLES

                **Depuis sept. 2021 · GROUPE SEB – Direction Data & Analytics**

                **Cheffe de projet data (depuis janv. 2023)**

                - Pilotage du programme de migration Teradata vers Snowflake

                **Product Owner Data – Customer Data Platform (sept. 2021 – déc. 2022)**

                ## EXPERIENCIA PROFESIONAL

                Abril 2019 – Actualidad · JEFE DE COCINA \s
                Restaurante Brasea – Chamberí, Madrid (cocina de brasa y producto, 60 cubiertos)
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .contains(
                        "GROUPE SEB, Direction Data & Analytics | Cheffe de projet data | January 2023 to present",
                        "Restaurante Brasea | JEFE DE COCINA | April 2019 to present");
    }

    @Test
    void should_read_a_korean_resumes_name_before_its_title_and_its_schools_by_their_labels() {
        String text = """
                # 한도윤 이력서

                ## ■ 학력사항

                기간: 2009.03 ~ 2016.02; 학교명: 한양대학교 (서울캠퍼스); 전공: 컴퓨터소프트웨어학부 (공학사); 졸업구분: 졸업

                기간: 2022.03 ~ 2024.02; 학교명: 고려대학교; 전공: 빅데이터융합학과 (공학석사); 졸업구분: 졸업
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.identity().name()).contains("한도윤");
        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.institution() + " | "
                        + e.dates().orElseThrow().display())
                .containsExactly(
                        "공학사 | 한양대학교 (서울캠퍼스) | March 2009 to February 2016",
                        "공학석사 | 고려대학교 | March 2022 to February 2024");
    }

    @Test
    void should_read_a_contractors_employer_over_its_dates_the_position_below_and_not_a_projects_client() {
        // given: an Egyptian site engineer's CV: the contractor and its dates in one paragraph, "Position:" below,
        // then "Projects:" set as a heading and each project with its client and value
        String text = """
                # Mostafa Abdel-Ghany

                ## WORK EXPERIENCE

                Rawafid Al-Emaar Contracting Co. – Riyadh, Kingdom of Saudi Arabia \s
                May 2019 - till now

                Position: Senior Site Engineer (Structure & Infrastructure) ( Jan 2022 - till now)

                ### Projects:

                1. Al-Narjis Residential Compound – 148 Villas, North Riyadh Client: Sakan Al-Riyadh Co. · Value: SAR 210 Million

                Orascom Construction – Cairo, Egypt \s
                Sep 2016 – Mar 2019

                Position: Site Engineer (Structure & Finishes)

                2. Government District – Ministries Complex, New Administrative Capital Client: ACUD · Value: EGP 1.35 Billion

                Hassan Allam Construction – Cairo / Giza, Egypt \s
                June 2014 - Aug. 2016

                Position: Site Engineer (Structural Works)

                3. Social Housing Project – 36 Residential Buildings Client: NUCA · Value: EGP 300 Million
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Hassan Allam Construction | Site Engineer | June 2014 to August 2016",
                        "Orascom Construction | Site Engineer | September 2016 to March 2019",
                        "Rawafid Al-Emaar Contracting Co | Senior Site Engineer | January 2022 to present");
    }

    @Test
    void should_read_a_federal_resumes_title_over_its_agency_street_and_dates_with_the_hours_on_their_own_line() {
        // given: each post's title first, then the agency, its street or duty station, "Dates of employment:" and
        // "Hours per week:" on lines of their own; a title of two names, a rank as a title
        String text = """
                # Delia Rourke

                ## WORK EXPERIENCE

                IT Specialist (INFOSEC) – Cyber Incident Response Lead \s
                U.S. Department of Transportation (DOT), Office of the Chief Information Officer (OCIO) \s
                1200 New Jersey Avenue SE, Washington, DC 20590 United States \s
                Dates of employment: 04/2019 – Present \s
                Hours per week: 40 \s
                Series/Grade: GS-2210-12 \s

                Serve as the federal incident response lead for the DOT security operations center.

                Network Operations NCOIC \s
                U.S. Army, 1st Signal Brigade, 41st Signal Battalion \s
                Camp Humphreys, Pyeongtaek, Republic of Korea \s
                Dates of employment: 08/2013 - 09/2016 \s
                Hours per week: 50+ \s
                Series/Grade: E-6, Staff Sergeant \s
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "U.S. Army, 1st Signal Brigade, 41st Signal Battalion | Network Operations NCOIC"
                                + " | August 2013 to September 2016",
                        "U.S. Department of Transportation (DOT)"
                                + " | IT Specialist (INFOSEC) / Cyber Incident Response Lead (GS-2210-12)"
                                + " | April 2019 to present");
    }

    @Test
    void should_read_a_federal_resumes_agency_over_its_street_and_duty_station_with_its_zip_code_and_grade_level() {
        // given: the USAJOBS builder's entry: the agency, "Martinsburg, WV 25405 United States", the
        // dates, "Grade Level: GS-12", the hours and series, then the title (the street withheld before it is read)
        String text = """
                # Tamara J. Whitlock

                ## Work Experience

                Department of Veterans Affairs, Office of Information and Technology \s
                Martinsburg, WV 25405 United States \s
                03/2021 - Present \s
                Grade Level: GS-12 \s
                Hours per week: 40 \s
                Series: 2210

                **IT Specialist (INFOSEC)**

                Supervisor: Gregory Halloran (304-555-0142) \s
                Okay to contact this Supervisor: Yes

                **Duties, Accomplishments and Related Skills:**

                Serve as a Tier 2 incident handler and watch lead in the VA Cybersecurity Operations Center (CSOC), which defends the VA enterprise network. \s
                Recipient of the VA OIT Special Contribution Award (2022) for Log4j response.

                **Department of the Treasury, Internal Revenue Service, Information Technology**

                Lanham, MD 20706 United States \s
                08/2018 - 03/2021 \s
                Grade Level: GS-11 \s
                Hours per week: 40 \s
                Series: 2210

                **IT Specialist (INFOSEC)**

                Supervisor: Patricia Nwosu (240-555-0163) \s
                Okay to contact this Supervisor: Yes

                **Duties, Accomplishments and Related Skills:**

                Performed vulnerability management and continuous monitoring for IRS Enterprise Security.

                Calvert Ridge Solutions, LLC \s
                Columbia, MD 21045 United States \s
                07/2016 - 08/2018 \s
                Hours per week: 40 \s
                Network Security Analyst \s
                Supervisor: Brian Castellano (410-555-0128) \s
                Okay to contact this Supervisor: Yes

                **Duties, Accomplishments and Related Skills:**

                Contractor supporting a Department of Defense customer's 24x7 Security Operations Center.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Calvert Ridge Solutions, LLC | Network Security Analyst | July 2016 to August 2018",
                        "Department of the Treasury, Internal Revenue Service, Information Technology"
                                + " | IT Specialist (INFOSEC) | August 2018 to March 2021",
                        "Department of Veterans Affairs, Office of Information and Technology"
                                + " | IT Specialist (INFOSEC) | March 2021 to present");
    }

    @Test
    void should_read_an_australian_resumes_employer_site_and_roster_under_each_dated_title() {
        // given: each title and its dates in bold, then "Employer | Site | Roster" on the line below
        String text = """
                # Lachlan Whitford

                ## Employment History

                **Mining Superintendent – Production · Mar 2021 – Present**

                Redgum Iron Pty Ltd  |  Wirrilla Hub, East Pilbara WA  |  FIFO 8/6 ex Perth

                Open pit iron ore operation – 3 pits, ~65 Mtpa total material movement, 24 Mtpa ore

                - Lead the load & haul, drill & blast and pit services functions with 9 direct reports.

                **Drill & Blast Engineer · Feb 2014 – Jun 2017**

                Saltbush Mining Services (mining contractor)  |  Yindi Creek Open Pit, east of Kalgoorlie, Goldfields WA  |  Residential, Kalgoorlie

                Contract mining – gold open pit, ~22 Mtpa total material

                - Designed all production and pre-split blasts for the operation using Maptek Vulcan.

                **Graduate Mining Engineer · Jan 2012 – Jan 2014**

                Pindan Iron Ore  |  Marra Creek Mine, West Pilbara WA  |  FIFO 2/1 (14/7) ex Perth

                - Two-year graduate program with rotations through short-term planning, drill & blast and pit services.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Pindan Iron Ore | Graduate Mining Engineer | January 2012 to January 2014",
                        "Saltbush Mining Services | Drill & Blast Engineer | February 2014 to June 2017",
                        "Redgum Iron Pty Ltd | Mining Superintendent – Production | March 2021 to present");
    }

    @Test
    void should_keep_a_side_job_held_to_now_an_employer_named_like_a_diary_and_a_firm_after_its_town() {
        // given
        String text = """
                # Sam Ortiz

                ## Experience

                Staff Photographer, Daily Post, Mar 2010 – Dec 2015

                Freelance Photographer, Mar 2014 – present

                Software Engineer | London, Acme Solutions Ltd | 2019 – 2021

                Sales contracts via Salesforce, 2015 – 2018

                ### The Wall Street Journal

                - Reporter · 2015 – 2019

                ### Daily Diary Media Ltd

                - Editor · 2022 – present
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .contains(
                        "The Wall Street Journal | Reporter | 2015 to 2019",
                        "Daily Diary Media Ltd | Editor | 2022 to present",
                        " | Freelance Photographer | March 2014 to present")
                .noneMatch(role -> role.startsWith("Salesforce"))
                .noneMatch(role -> role.contains("Software Engineer – London"));
    }

    @Test
    void should_take_the_name_under_a_consultant_profiles_title_not_the_firm_in_its_page_header() {
        // given: a German consultancy's profile: the page header names the one-person firm, the title the document
        String text = """
                Wollmeier IT-Beratung · Consultant Profile Jens Wollmeier

                # Consultant Profile

                ## Jens Wollmeier

                Dipl.-Inform. (FH) · Senior IT Consultant & Integration Architect · Freelancer since 2020

                E-mail: jens.wollmeier@example.com
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Jens Wollmeier");
    }

    @Test
    void should_take_a_unit_of_a_university_under_a_title_heading_for_the_employer() {
        // given
        String text = """
                # Mirela Stancu

                ## Experience

                ### Research Software Engineer

                Research Computing Service, University of Westmarch

                Sept. 2018 – Dec. 2021

                - Embedded RSE on 6 research projects across earth sciences, epidemiology and linguistics.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Research Computing Service, University of Westmarch | Research Software Engineer"
                        + " | September 2018 to December 2021");
    }

    @Test
    void should_read_each_dated_title_of_a_heading_and_dates_written_as_quarters() {
        // given
        String text = """
                # Callum Ferreira

                ## Career history

                ### MARLOWE LOGISTICS LTD, Ashby Marsh · Q3 2010 – Q1 2014

                #### Project Manager (Q3 2012 – Q1 2014); Project Coordinator (Q3 2010 – Q2 2012)

                - Rolled out a new warehouse management system across 7 distribution centres.

                ### Project Manager (2006 – 2008); Project Coordinator (2005 – 2006)

                Harbour Works Ltd.

                ### Site Manager

                Lindqvist Homes – developer of affordable housing, 2002 – 2004
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Lindqvist Homes | Site Manager | 2002 to 2004",
                        "Harbour Works Ltd | Project Coordinator | 2005 to 2006",
                        "Harbour Works Ltd | Project Manager | 2006 to 2008",
                        "Marlowe Logistics Ltd | Project Coordinator | July 2010 to June 2012",
                        "Marlowe Logistics Ltd | Project Manager | July 2012 to March 2014");
    }

    @Test
    void should_read_a_credits_table_of_titles_and_years_as_roles_at_their_venues() {
        // given: a stage manager's credits, each a row of a production, a title, a venue and a year
        String text = """
                # Bethan Alderwick

                ## Theatre Credits

                | Production | Role | Company / Venue | Year |
                | --- | --- | --- | --- |
                | Oliver! | Deputy Stage Manager | Castlebridge Playhouse | 2015 |
                | Hotel Paradiso | Company Stage Manager | Tidewater Theatre Company – UK tour | 2018–19 |

                ## Other Employment

                Casual Stage Crew & Flyman – The Lyceum, Aldborough · 2011 – 2013

                ## Training

                2010–13 · BA (Hons) Stage Management & Technical Theatre (2:1), Aldborough Conservatoire of Music & Drama

                2018 · First Aid at Work (3-day), St John Ambulance
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "The Lyceum | Casual Stage Crew & Flyman | 2011 to 2013",
                        "Castlebridge Playhouse | Deputy Stage Manager | 2015",
                        "Tidewater Theatre Company – UK tour | Company Stage Manager | 2018 to 2019");
        // a degree listed among the training is her education
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).isEqualTo("Aldborough Conservatoire of Music & Drama"));
    }

    @Test
    void should_take_the_name_from_a_cv_heading_over_a_job_page_named_like_a_person() {
        // given: a Notion export, where a job's page is named after the company
        ProfileDocument job = new MarkdownParser()
                .parse(
                        "Tidewater Energy 8b1e2d40.md",
                        "# Tidewater Energy\n\nType: Job\nRole: Staff Data Engineer\n\n"
                                + "Tidewater Energy supplies electricity. I joined in 2023.\n");
        ProfileDocument cv = new MarkdownParser()
                .parse("Renata Oyelaran CV 3f2a9c1d.md", "# Renata Oyelaran — CV\n\nRole: Staff Data Engineer\n");

        // when
        StructuredProfile profile = reader.read(List.of(job, cv));

        // then
        assertThat(profile.identity().name()).contains("Renata Oyelaran");
    }

    @Test
    void should_take_the_name_after_a_notes_title_not_the_title_its_file_is_named_for() {
        // given: a chef's notes, "sample-menus.md", titled "Sample Menus — Marisol Hargreaves", beside her CV
        ProfileDocument menus = new MarkdownParser()
                .parse(
                        "sample-menus.md",
                        "# Sample Menus — Marisol Hargreaves\n\nTwo menus I wrote as Head Chef at Halcyon Row.\n");
        ProfileDocument cv = new MarkdownParser()
                .parse("resume.md", "# Marisol Hargreaves\n\n## Kitchens\n\nHead Chef – Halcyon Row, London\n");

        // when
        StructuredProfile profile = reader.read(List.of(menus, cv));

        // then
        assertThat(profile.identity().name()).contains("Marisol Hargreaves");
    }

    @Test
    void should_take_the_name_from_a_first_heading_with_nothing_under_it_before_the_headline_and_the_profile() {
        // given: a two-column template printed to PDF, its name, headline and section names each set large
        String text = """
                # JOANNA KRAWIEC

                # Senior QA Automation Engineer

                # PROFILE

                QA automation engineer with 8+ years in software testing, currently at Lajkonik Payments.

                # EXPERIENCE

                ## Senior QA Automation Engineer | 04.2023 – now

                - Lead a team of 5 QA automation engineers.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Joanna Krawiec");
    }

    @Test
    void should_read_posts_set_as_large_as_their_employer_and_dated_within_its_dates_as_held_there() {
        // given: a template printed to PDF, each employer and each post under it one bold line of the same size
        String text = """
                # Joanna Krawiec

                # EXPERIENCE

                ## Lajkonik Payments sp. z o.o., Kraków · 09.2021 – now

                Card payments and merchant acquiring platform (fintech, ~350 employees)

                ## Senior QA Automation Engineer | 04.2023 – now

                - Lead a team of 5 QA automation engineers.

                ## QA Automation Engineer | 09.2021 – 03.2023

                - Automated end-to-end tests of the merchant web portal in Playwright.

                ## Silverbeam Software Services sp. z o.o., Kraków · 02.2019 – 08.2021

                ## Test Automation Engineer | 02.2019 – 08.2021

                - Built a Selenium WebDriver framework in Java.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Silverbeam Software Services sp. z o.o. | Test Automation Engineer | February 2019 to August 2021",
                        "Lajkonik Payments sp. z o.o. | QA Automation Engineer | September 2021 to March 2023",
                        "Lajkonik Payments sp. z o.o. | Senior QA Automation Engineer | April 2023 to present");
    }

    @Test
    void
            should_read_a_hong_kong_name_surname_first_with_the_english_name_after_a_comma_and_a_break_in_the_company_column() {
        // given: a Hong Kong CV's name in its order, its Chinese name in brackets, and a career table whose
        // company column says the period was a break
        String text = """
                # CHAN Ka Yan, Karen  (陳嘉欣)

                **CAREER HISTORY**

                | Period | Company | Position |
                | --- | --- | --- |
                | Jul 2020 – Present | Meridian Pacific Securities (Asia) Limited | Manager, Operations Compliance |
                | Sep 2019 – Jun 2020 | Career Break | Family commitments; full-time study for CFA Level I |
                | Jan 2016 – Aug 2019 | Harbourview Capital Markets Limited | Assistant Manager, Trade Support |
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Karen Chan Ka Yan");
        assertThat(reader.read(List.of(markdown("# Résumé\n\nName: Goh Jun Kai, Marcus\n")))
                        .identity()
                        .name())
                .contains("Marcus Goh Jun Kai");
        assertThat(profile.roles())
                .filteredOn(Role::careerBreak)
                .singleElement()
                .satisfies(r -> assertThat(r.organization()).isEmpty())
                .satisfies(r -> assertThat(r.title()).startsWith("Career Break"));
    }

    @Test
    void should_read_a_portuguese_cvs_titles_labelled_cargo_under_their_employer() {
        // given: a Brazilian CV, the employer's line dated, each post under it by "Cargo:" with its own dates
        String text = """
                # Thiago Henrique Bezerra Lopes

                ## EXPERIÊNCIA PROFISSIONAL

                VÉRVIA PAGAMENTOS S.A. – São Paulo/SP · mar/2020 – atual \s
                Fintech de meios de pagamento e antecipação de recebíveis \s
                Cargo: Engenheiro de Dados Sênior · jan/2023 – atual \s
                Principais atividades e resultados:

                - Liderança técnica da squad de Plataforma de Dados, com 5 engenheiros de dados.

                Cargo: Analista de Dados · mar/2020 – dez/2022 \s
                Principais atividades e resultados:

                - Desenvolvimento de dashboards em Power BI.

                LUMINA VAREJO DIGITAL LTDA. – São Paulo/SP · fev/2017 – jul/2019 \s
                E-commerce de artigos para casa e decoração \s
                Cargo: Analista de BI Júnior

                - Criação de 35 dashboards em Power BI.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Lumina Varejo Digital Ltda | Analista de BI Júnior | February 2017 to July 2019",
                        "Vérvia Pagamentos S.A. | Analista de Dados | March 2020 to December 2022",
                        "Vérvia Pagamentos S.A. | Engenheiro de Dados Sênior | January 2023 to present");
    }

    @Test
    void should_take_the_name_beside_a_labelled_part_of_a_heading_not_the_site_the_profile_came_from() {
        // given: a job site's profile printed to PDF, the site's line atop it, the name and the experience one line
        String text = """
                naukri.com  |  Profile downloaded by recruiter  |  Profile last updated: 09-Jul-2024

                # Total Experience: 7 Years 3 Months · Keerthana Subramaniam

                **Senior Data Engineer at Quantora Analytics Pvt. Ltd.**

                ### Employment

                Senior Data Engineer | Quantora Analytics Pvt. Ltd. | Jul 2021 to Till Date | Full Time
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Keerthana Subramaniam");
    }

    @Test
    void should_read_a_catalan_universitats_name_as_the_place_of_study_not_a_masters_universitario() {
        // given: a Europass entry, the degree's Spanish name in brackets after its English one
        String text = """
                # Javier Montesinos Ferrer

                ### EDUCATION AND TRAINING

                [ 09/2012 – 07/2014 ]

                **MASTER'S DEGREE IN INDUSTRIAL ENGINEERING (MÁSTER UNIVERSITARIO EN INGENIERÍA INDUSTRIAL)**

                Universitat Politècnica de València (UPV) – Valencia, Spain
                """;
        String nordic = """
                # Linnea Håkansson

                **EDUCATION**

                M.Sc. Systems, Control and Mechatronics — Chalmers tekniska högskola · 2012 – 2014

                B.Sc. Computer Science — Lunds universitet · 2009 – 2012
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).startsWith("Universitat Politècnica de València"));
        assertThat(reader.read(List.of(markdown(nordic))).education())
                .extracting(e -> e.institution())
                .containsExactly("Chalmers tekniska högskola", "Lunds universitet");
    }

    @Test
    void should_split_a_role_at_a_promotion_told_in_a_bullet_that_dates_the_first_title_too() {
        // given: a job site's profile, the entry titled by the post held now, the bullet telling the one before it
        String text = """
                # Keerthana Subramaniam

                ### Employment

                Senior Data Engineer | Quantora Analytics Pvt. Ltd. | Jul 2021 to Till Date | Full Time

                - Joined as Data Engineer in Jul 2021; promoted to Senior Data Engineer in Apr 2023.
                - Lead a 5-member data engineering pod.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Data Engineer | July 2021 to April 2023", "Senior Data Engineer | April 2023 to present");
    }

    @Test
    void should_read_the_markdown_inside_a_jekyll_pages_markdown_divs() {
        // given: a Jekyll résumé page, each job a kramdown div whose content is Markdown
        String text = """
                ## Experience

                <div class="job" markdown="1">
                ### Pivoine Health
                <span class="org-meta">Montréal, QC</span>
                <span class="dates">2020 — Present</span>

                **Senior Machine Learning Engineer** · <span class="dates">Sep 2022 — Present</span>

                - Tech lead of the Applied ML team (5 engineers).

                **Machine Learning Engineer** · <span class="dates">Jun 2020 — Aug 2022</span>

                - Built the FR/EN triage classifier.
                </div>
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly(
                        "Pivoine Health | Machine Learning Engineer",
                        "Pivoine Health | Senior Machine Learning Engineer");
    }

    @Test
    void should_read_a_dutch_cvs_year_of_care_leave_as_a_break_not_an_employer() {
        // given: a Dutch CV's table, the dates and the post in one cell, the employer in the cell below
        String text = """
                # Ilse Koopmans

                ## Werkervaring

                sep 2019 – heden · Supply Chain Planner

                Havenlicht Logistiek B.V., Rotterdam

                - Tactische planning voor 14 klanten.

                sep 2018 – aug 2019 · Zorgverlof

                Mantelzorg, Dordrecht

                - Een jaar zorgverlof opgenomen om de zorg voor mijn vader op mij te nemen.

                jul 2016 – aug 2018 · Demand Planner

                IJsselkade Chemie Distributie B.V., Moerdijk
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .filteredOn(Role::careerBreak)
                .singleElement()
                .satisfies(r -> assertThat(r.organization()).isEmpty());
        assertThat(profile.roles())
                .extracting(Role::organization)
                .contains("Havenlicht Logistiek B.V.", "IJsselkade Chemie Distributie B.V.");
    }

    @Test
    void should_read_a_summary_set_as_large_as_a_heading_as_text() {
        // given: a template's summary printed to PDF in the headings' size
        String text = """
                # JOANNA KRAWIEC

                # PROFILE

                ## QA automation engineer with 8+ years in software testing, including 6 years of building test automation frameworks. Available with one month's notice.

                # EXPERIENCE
                """;

        // when
        ProfileDocument document = markdown(text);

        // then
        assertThat(document.blocks())
                .anySatisfy(b -> assertThat(b.text()).contains("Available with one month's notice."));
    }

    @Test
    void should_read_a_spanish_cvs_entries_labelled_empresa_periodo_and_puesto() {
        // given: a Mexican CV, each employer by "Empresa:", its span by "Periodo:", each post by "Puesto:" and its
        // dates
        String text = """
                # Diego Villaseñor Ruelas

                ### EXPERIENCIA LABORAL

                **Empresa: Nubecampo Software S.A. de C.V. (Zapopan, Jal.)**

                Plataforma SaaS de gestión de inventario. \s
                Periodo: enero 2021 – actualidad

                **Puesto:** Líder Técnico (Tech Lead) — marzo 2023 – actualidad

                - Lidero un equipo de 6 desarrolladores.

                **Puesto:** Desarrollador Full Stack Senior — enero 2021 – febrero 2023

                - Desarrollé el portal de distribuidores en React.

                **Empresa: Logística Atemajac S.A. de C.V. (Guadalajara, Jal.)**

                Periodo: junio 2016 – marzo 2019

                **Puesto:** Desarrollador Back End
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Desarrollador Back End | June 2016 to March 2019",
                        "Desarrollador Full Stack Senior | January 2021 to February 2023",
                        "Líder Técnico | March 2023 to present");
        assertThat(profile.roles().get(0).organization()).startsWith("Logística Atemajac S.A. de C.V.");
        assertThat(profile.roles().subList(1, 3))
                .allSatisfy(r -> assertThat(r.organization()).startsWith("Nubecampo Software S.A. de C.V."));
    }

    @Test
    void should_end_a_labelled_title_at_the_next_label_when_the_labelled_lines_run_together() {
        // given: a résumé an AI assistant wrote, its labelled lines one Markdown paragraph
        String text = """
                # Ruan Coetzer

                ## Professional Experience

                ### Umoya Cold Chain Logistics (Pty) Ltd

                **Role:** Operations Manager
                **Location:** Kransburg, Gauteng
                **Dates:** March 2020 – Present

                ### Duinefontein Beverages

                **Role:** Warehouse & Distribution Manager
                **Location:** Doornhoek, Western Cape
                **Dates:** July 2016 – February 2020

                ### Corvid Group

                **Role:** Head of Digital: Retail
                **Dates:** 2012 – 2015
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Corvid Group | Head of Digital: Retail | 2012 to 2015",
                        "Duinefontein Beverages | Warehouse & Distribution Manager | July 2016 to February 2020",
                        "Umoya Cold Chain Logistics (Pty) Ltd | Operations Manager | March 2020 to present");
    }

    @Test
    void should_read_ranks_with_their_units_under_one_force_as_titles_at_that_force() {
        // given: a text résumé, the force's line with its span, each rank's line with its own and its unit
        String text = """
                CRAIG HALLORAN

                EMPLOYMENT
                ----------

                Security Operations Manager                                   2019 - 2022
                Caldwell Logistics Ltd, Rowmarsh

                Marlshire Constabulary                                        2006 - 2019
                  Inspector            2017–2019     Neighbourhood Policing, Castlebury South
                  Sergeant             2011–2017     Response team, then Custody (Felsham)
                  Police Constable     2006–2011     Response, Felsham
                  * As Inspector, led 28 officers and PCSOs across 4 neighbourhood teams.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Marlshire Constabulary | Police Constable | 2006 to 2011",
                        "Marlshire Constabulary | Sergeant | 2011 to 2017",
                        "Marlshire Constabulary | Inspector | 2017 to 2019",
                        "Caldwell Logistics Ltd | Security Operations Manager | 2019 to 2022");
    }

    @Test
    void should_take_the_employer_between_a_title_and_a_town_without_a_legal_form() {
        String text = """
                # Gwen Astbury

                ## Experience

                Apr 2011 – Oct 2014 · Bookkeeper, Fenwright & Lowe Chartered Accountants — Brayton

                2002 – 2006 · Accounts Clerk, Hartley & Pryce Builders’ Merchants — Wexcombe

                **Product Manager, Open Banking** | Starling Bank | London | 11/2019 – 02/2022
                """;

        // (a field after the title's comma stays the title's)
        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Hartley & Pryce Builders’ Merchants | Accounts Clerk | 2002 to 2006",
                        "Fenwright & Lowe Chartered Accountants | Bookkeeper | April 2011 to October 2014",
                        "Starling Bank | Product Manager, Open Banking | November 2019 to February 2022");
    }

    @Test
    void should_read_a_headteachers_posts_as_titles_above_their_schools() {
        // given: a head teacher's CV as a PDF reads, each post in bold over its school's line, a line break after it
        String text = """
                # Helen Marchbanks

                ## Employment History

                **Headteacher · September 2019 – present**

                St Aldhelm’s Church of England Primary School, Fernleigh (voluntary aided, ages 3–11) \s
                I lead a one-and-a-half-form-entry school with a nursery.

                **Deputy Headteacher · September 2015 – August 2019**

                Carrow Lane Primary Academy, Kettleby (three-form entry, 630 pupils) \s
                As deputy I was responsible for teaching and learning.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Carrow Lane Primary Academy | Deputy Headteacher | September 2015 to August 2019",
                        "St Aldhelm’s Church of England Primary School | Headteacher | September 2019 to present");
    }

    @Test
    void should_keep_a_pay_band_in_the_title_and_take_the_entrys_labelled_employer() {
        // given: an NHS CV, each post a heading with its band, its ward, employer and dates on labelled lines
        String text = """
                # Bethan Carrow

                ## Employment History

                ### Senior Staff Nurse – Band 6

                Ward: Acute Medical Unit (AMU), 36 beds

                Employer: Wrenford General Hospital, North Wrenfordshire Hospitals NHS Foundation Trust

                Dates: April 2022 – Present

                ### Staff Nurse – Band 5 (newly qualified)

                Ward: Ward 12 – Respiratory Medicine

                Employer: Ashcombe Royal Infirmary, Ashcombe and Dunmere NHS Trust

                Dates: October 2015 – January 2019
                """;

        // when
        StructuredProfile profile = reader.read(List.of(new MarkdownParser().parse("cv.md", text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly(
                        "Ashcombe Royal Infirmary, Ashcombe and Dunmere NHS Trust"
                                + " | Staff Nurse – Band 5 (newly qualified)",
                        "Wrenford General Hospital, North Wrenfordshire Hospitals NHS Foundation Trust"
                                + " | Senior Staff Nurse – Band 6");
    }

    @Test
    void should_take_the_employer_and_the_institution_from_the_heading_above_a_title_or_a_degree() {
        // given: a JSON Resume theme's page, each employer and school a heading over the position or degree
        String text = """
                # Jana Weidinger

                ## Work

                ### Tiefenbach Institut für Marktforschung

                #### Working Student, Market Research

                October 2015 — June 2017

                ## Education

                ### University of Marbeck

                #### M.Sc. Statistics

                2015 — 2017
                """;

        // when
        StructuredProfile profile = reader.read(List.of(new MarkdownParser().parse("index.md", text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly("Tiefenbach Institut für Marktforschung | Working Student, Market Research");
        assertThat(profile.education()).extracting(Education::institution).containsExactly("University of Marbeck");
        // a subsidiary after the title's comma is the employer, not a department of the group above
        String group = """
                # Daniel Reyes

                ## Experience

                ### Halden Group

                #### Head of Data, Halden Insurance

                March 2020 – Present
                """;
        assertThat(reader.read(List.of(new MarkdownParser().parse("cv.md", group)))
                        .roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly("Halden Insurance | Head of Data");
    }

    @Test
    void should_not_take_a_line_summing_up_the_moves_between_employers_for_a_role() {
        // given
        String text = """
                # Renata Oyelaran — CV

                ## Experience

                | Company | Role | Start | End |
                | --- | --- | --- | --- |
                | Tidewater Energy | Staff Data Engineer | Feb 2023 | Present |
                | Brightmoor Health | Senior Data Engineer | Mar 2018 | Oct 2020 |
                | Halyard Logistics | Data Engineer | 2015/07 | Feb 2018 |

                Manchester (Halyard) → London (Brightmoor) → Lisbon since 2023.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(Role::organization)
                .containsExactly("Halyard Logistics", "Brightmoor Health", "Tidewater Energy");
    }

    @Test
    void should_take_the_name_over_a_role_headline_after_a_contact_column() {
        // given: LinkedIn's PDF export as text, its left column (contact, skills) first
        String text = """
                Contact
                rhiannon.tate.ux@example.com

                Top Skills
                Usability Testing
                Diary Studies

                Rhiannon Tate
                Lead UX Researcher at Brightwater Energy | Mixed-methods research
                Manchester, England, United Kingdom
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.identity().name()).contains("Rhiannon Tate");
    }

    @Test
    void should_read_an_application_forms_rows_and_its_name_given_as_surname_and_forenames() {
        String text = """
                ## Section 1: Personal details

                Surname: Mallory

                Forename(s): Owen James

                ## Section 2: Employment history (most recent first)

                From: 10/2021; To: 04/2024; Name and address of employer: Ashdale Borough Council; Position held \
                and main duties: Senior Social Worker – Children in Care Team; Reason for leaving: Career progression
                Town Hall, Rose Hill, Chesterfield S40 1LP
                Held a caseload of 14–16 children in care.

                From: 02/2018; To: 09/2021; Name and address of employer: Ashdale Borough Council; Position held \
                and main duties: Social Worker – Children in Care Team; Reason for leaving: Internal promotion
                Statutory visits, care planning and reviews.

                ## Section 6: Declaration

                Signed: O. J. Mallory (typed) · Date: 28/11/2026
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.identity().name()).contains("Owen James Mallory");
        assertThat(timeline(profile))
                .containsExactly(
                        "Ashdale Borough Council | Social Worker – Children in Care Team | February 2018 to September 2021",
                        "Ashdale Borough Council | Senior Social Worker – Children in Care Team | October 2021 to April 2024");
    }

    @Test
    void should_give_a_schools_employer_line_to_each_title_held_there_and_read_a_masters_in_education() {
        String text = """
                **Rebecca A. Stanfield, M.Ed.**

                ## TEACHING EXPERIENCE

                Hawthorne Ridge Elementary School, Millbrook City Schools · Westerville, OH

                Instructional Coach, K–5 Literacy · Aug 2021 – Present

                - Coach 28 K–5 classroom teachers through coaching cycles

                2nd Grade Teacher · Aug 2016 – Jun 2021

                - Taught self-contained 2nd grade classes of 22–26 students

                ## EDUCATION

                M.Ed., Curriculum & Instruction – Ashland University, Ashland, OH · 2018
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.identity().name()).contains("Rebecca Stanfield");
        assertThat(timeline(profile))
                .hasSize(2)
                .allSatisfy(role -> assertThat(role).startsWith("Hawthorne Ridge Elementary School"))
                .anySatisfy(role -> assertThat(role).contains("| Instructional Coach"))
                .anySatisfy(role -> assertThat(role).contains("| 2nd Grade Teacher |"));
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.degree()).startsWith("M.Ed."));
    }

    @Test
    void should_read_the_experience_and_courses_a_hugo_academic_site_keeps_in_its_front_matter() {
        // given: a Wowchemy experience widget, its items in the front matter and no text below it
        ProfileDocument experience = new MarkdownParser().parse("experience.md", """
                ---
                widget: experience
                title: Experience
                date_format: Jan 2006
                experience:
                  - title: Lead Research Scientist
                    company: Meridian Health AI
                    company_url: 'https://meridianhealth.ai/'
                    location: Boston, MA
                    date_start: '2024-10-14'
                    date_end: ''
                    description: |2-
                        * Lead the Clinical ML Reliability group (4 research scientists, 2 ML engineers)
                  - title: Research Scientist
                    company: Quillon Labs
                    location: Cambridge, MA
                    date_start: '2020-07-13'
                    date_end: '2022-12-31'
                ---
                """);
        ProfileDocument author = new MarkdownParser().parse("authors/admin/_index.md", """
                ---
                name: Tessa Lindqvist
                education:
                  courses:
                  - course: PhD in Computer Sciences
                    institution: University of Wisconsin–Madison
                    year: 2020
                ---

                Tessa Lindqvist is a machine learning researcher based in Boston.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(author, experience));

        // then
        assertThat(profile.identity().name()).contains("Tessa Lindqvist");
        assertThat(timeline(profile))
                .containsExactly(
                        "Quillon Labs | Research Scientist | July 2020 to December 2022",
                        "Meridian Health AI | Lead Research Scientist | October 2024 to present");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).isEqualTo("University of Wisconsin–Madison"));
    }

    @Test
    void should_read_a_freelance_marketplace_page_its_gigs_no_jobs_and_its_name_under_the_sites_menu() {
        String text = """
                Skip to content
                Find Work
                Manage Finances
                Messages

                Leah Brannigan
                Austin, TX, United States – 10:14 am local time

                Reel + case studies: brannigancut.com
                Email for off-platform inquiries: leah@brannigancut.com

                Work history
                Completed jobs (87)     In progress (2)

                Editor for 45-min documentary on Gulf Coast shrimpers
                ★★★★★ 5.00
                Aug 4, 2025 - Oct 31, 2025
                "Leah found the story in 60+ hours of messy verite footage."

                Employment history
                Owner & Lead Editor | Brannigan Cut Studio LLC
                January 2021 - Present
                Two-person editing studio.

                Senior Video Editor | Fieldnote Media
                March 2018 - December 2020
                Branded documentary series for outdoor and food brands.
                """;

        StructuredProfile profile = reader.read(List.of(plain(text)));

        assertThat(profile.identity().name()).contains("Leah Brannigan");
        assertThat(timeline(profile))
                .containsExactly(
                        "Fieldnote Media | Senior Video Editor | March 2018 to December 2020",
                        "Brannigan Cut Studio LLC | Owner & Lead Editor | January 2021 to present");
    }

    @Test
    void should_read_a_dated_title_heading_over_its_employers_heading() {
        // given: a designer's drawn timeline as the PDF reader renders it
        String text = """
                # Lotte Vermeulen

                # Design Lead · 2023 — now

                ### Maasbrug Creative, Rotterdam

                Lead a team of five designers.

                # Senior Designer · 2020–2023

                ### Maasbrug Creative, Rotterdam

                Identity systems and rollout.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Maasbrug Creative | Senior Designer | 2020 to 2023",
                        "Maasbrug Creative | Design Lead | 2023 to present");
    }

    @Test
    void should_keep_referees_names_three_word_names_and_employers_named_like_sections_as_they_are() {
        StructuredProfile withReferee = reader.read(List.of(plain("""
                JANE DOE
                jane@example.com

                EXPERIENCE
                Care Assistant, Community First, Apr 2019 – present

                REFERENCES
                Surname: Whitfield
                First name: Margaret
                """)));
        assertThat(withReferee.identity().name()).contains("Jane Doe");
        assertThat(reader.read(List.of(markdown("Name: Mary Ann Jones · Nationality: British\n")))
                        .identity()
                        .name())
                .contains("Mary Ann Jones");
        assertThat(reader.read(List.of(markdown("# NOR AZLINA MAT\n\nnor@example.com\n")))
                        .identity()
                        .name())
                .hasValueSatisfying(name -> assertThat(name).endsWith("Mat"));

        String employers = """
                ## Experience

                ### Community First

                Care Assistant, Apr 2019 – present

                ### Signature Aviation

                Line Service Technician, May 2016 – Mar 2019
                """;
        assertThat(timeline(reader.read(List.of(markdown(employers)))))
                .containsExactly(
                        "Signature Aviation | Line Service Technician | May 2016 to March 2019",
                        "Community First | Care Assistant | April 2019 to present");
    }

    @Test
    void should_read_a_dates_heading_with_the_heading_over_it_and_a_seafarers_sea_service() {
        // given: Google Docs' "Coral" template, its dates a heading of their own; a seafarer's sea service
        String coral = """
                ## EXPERIENCE

                ### Quillmark Software, Denver, CO — Marketing Manager

                #### FEBRUARY 2024 - PRESENT

                - Ran paid search, paid social and the webinar program; rebuilt lead scoring in HubSpot.

                ### Cobalt Hill Creative, Denver, CO — Content Marketing Manager

                #### APRIL 2019 - JULY 2021

                - Managed content strategy for 9 B2B clients.
                """;
        String sea = """
                ## Sea Service

                | Vessel | Type | Company | Rank | Sign on | Sign off |
                | --- | --- | --- | --- | --- | --- |
                | MT Seagrove Jade | Product Tanker | Seagrove Tankers Pte. Ltd. | Chief Officer | 05.04.2023 | 18.11.2023 |
                | MV Konkan Pearl | Bulk Carrier | Konkan Bulk Carriers Ltd. | 3rd Officer | 12.03.2013 | 20.10.2013 |
                """;

        assertThat(timeline(reader.read(List.of(markdown(coral)))))
                .containsExactly(
                        "Cobalt Hill Creative | Content Marketing Manager | April 2019 to July 2021",
                        "Quillmark Software | Marketing Manager | February 2024 to present");
        assertThat(timeline(reader.read(List.of(markdown(sea)))))
                .containsExactly(
                        "Konkan Bulk Carriers Ltd | 3rd Officer on MV Konkan Pearl | March 2013 to October 2013",
                        "Seagrove Tankers Pte. Ltd | Chief Officer on MT Seagrove Jade | April 2023 to November 2023");
    }

    @Test
    void should_read_a_resume_quoted_in_an_email_and_months_written_with_a_slash() {
        String email = """
                From: Tom Baverstock <tom@keystonetalent.co.uk>
                Subject: Fwd: CV

                Hi Rachel, here's the CV.

                > EMPLOYMENT HISTORY
                >
                > Principal Engineer, Whitmore Fairley Associates, Leeds — Nov 2022 – Present
                > - Lead a team of 6 engineers.
                >
                > Site Engineer, Calder Brook Construction Ltd, Halifax — Apr 2017 – Jun 2019
                > - Set out drainage runs.
                """;
        String brazilian = """
                PROFESSIONAL EXPERIENCE

                Vértice Pagamentos S.A. – São Paulo/SP
                IT Project Manager · Mar/2019 – Current

                Staff Nurse (Band 5, then Band 6 from 2009), Acute Medical Unit · Sep 2006 – Mar 2011
                """;

        assertThat(timeline(reader.read(List.of(plain(email)))))
                .anySatisfy(role -> assertThat(role)
                        .isEqualTo("Whitmore Fairley Associates | Principal Engineer | November 2022 to present"))
                .anySatisfy(role -> assertThat(role).startsWith("Calder Brook Construction Ltd | Site Engineer"));
        assertThat(timeline(reader.read(List.of(plain(brazilian)))))
                .anySatisfy(role -> assertThat(role).contains("IT Project Manager | March 2019 to present"))
                .anySatisfy(role -> assertThat(role).contains("September 2006 to March 2011"));
    }

    @Test
    void should_read_a_physicians_appointments_and_name_and_no_grant_as_a_job() {
        String text = """
                                              CURRICULUM VITAE

                                   HELENA MARGARET THORNE, M.D., FCCP

                ACADEMIC APPOINTMENTS

                  07/2022 - present  Associate Professor of Medicine
                                     Lakeshore University School of Medicine, Milwaukee, WI

                HOSPITAL APPOINTMENTS

                  01/2020 - present  Medical Director, Medical Intensive Care Unit (28 beds)
                                     Hollis Memorial Hospital, Milwaukee, WI

                RESEARCH SUPPORT

                  2021 - 2024        Lakeshore CTSI Clinical Research Award, $50,000
                """;

        StructuredProfile profile = reader.read(List.of(plain(text)));

        assertThat(profile.identity().name()).contains("Helena Margaret Thorne");
        assertThat(timeline(profile))
                .hasSize(2)
                .anySatisfy(role -> assertThat(role)
                        .startsWith("Lakeshore University School of Medicine | Associate Professor of Medicine"))
                .anySatisfy(role -> assertThat(role).startsWith("Hollis Memorial Hospital | Medical Director"));
    }

    @Test
    void should_not_take_a_summary_that_goes_on_in_the_first_person_for_a_role() {
        String text = """
                # Callum Ridgeway

                Backend engineer, mostly Go and Python, since 2012. I build the boring, reliable parts.

                ## Experience

                **Brightloop Telematics** — *Graduate Software Engineer* (Sep 2012 – Aug 2014)
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly("Brightloop Telematics | Graduate Software Engineer | September 2012 to August 2014");
    }

    @Test
    void should_keep_front_matter_records_from_naming_the_person_and_read_their_dates_as_written() {
        ProfileDocument page = new MarkdownParser().parse("cv.md", """
                ---
                work:
                  - name: Acme Corp
                    position: Senior Engineer
                    startDate: 2018-03-01
                education:
                  courses:
                    - course: PhD in Physics
                      institution: University of Leeds
                  certifications:
                    - name: AWS Solutions Architect
                social:
                  - icon: phone
                    link: 'tel:+1-650-555-0142'
                ---

                # Jane Carter

                Physicist.
                """);
        // a value the YAML reader cannot build: the page's own text still counts
        ProfileDocument odd =
                new MarkdownParser().parse("odd.md", "---\nodd: !!float abc\n---\n\n# Jane Carter\n\nPhysicist.\n");

        StructuredProfile profile = reader.read(List.of(page));

        assertThat(profile.identity().name()).contains("Jane Carter");
        assertThat(profile.education()).anySatisfy(e -> assertThat(e.degree()).startsWith("PhD"));
        assertThat(reader.read(List.of(odd)).identity().name()).contains("Jane Carter");
    }

    @Test
    void should_keep_what_the_review_found_read_too_widely_as_it_was() {
        // a referee after the header, with the referee's own address
        String withReferee = """
                Jane Carter
                jc1987@gmail.com

                Analyst, Beta Ltd, 2016 – 2019
                Senior Analyst, Acme Corp, 2019 – present

                Referee
                Mark Whitfield
                mark.whitfield@acme.com
                """;
        assertThat(reader.read(List.of(plain(withReferee))).identity().name()).contains("Jane Carter");
        // a business's name under the person's, its domain in her e-mail
        assertThat(reader.read(List.of(plain("Anna Kowalski\nHarbor Creative\nanna@harborcreative.com\n")))
                        .identity()
                        .name())
                .contains("Anna Kowalski");
        // gig work, a range in brackets with a later start outside them, a team heading, a rank among figures
        String text = """
                ## Freelance & Gig Work Experience

                Delivery Driver, DoorDash, 2019 – 2021

                ## Experience

                Senior Engineer, Acme Corp (Jan 2014 - Present), team lead since 2021

                Sales Associate, Beta LLC, 2008 - 2010 - Rank: 1st of 40 reps

                ### Engineer · 2010 – 2013

                #### Atlas Migration

                Moved the billing system.
                """;
        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .anySatisfy(role -> assertThat(role).isEqualTo("Beta LLC | Sales Associate | 2008 to 2010"))
                .anySatisfy(role -> assertThat(role).startsWith("DoorDash | Delivery Driver"))
                .anySatisfy(role -> assertThat(role).endsWith("January 2014 to present"))
                .noneSatisfy(role -> assertThat(role).startsWith("Atlas Migration"));
    }

    @Test
    void should_read_a_dutch_hogeschool_as_the_place_of_a_degree() {
        String text = """
                ## EDUCATION

                ### BA Communication & Multimedia Design · 2009 — 2013

                Hogeschool Rijnmond, Rotterdam
                """;

        assertThat(reader.read(List.of(markdown(text))).education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).isEqualTo("Hogeschool Rijnmond"));
    }

    @Test
    void should_read_an_asciidoc_cv_its_sections_entries_dates_and_a_degree_in_english_language() {
        // given: a CV written in AsciiDoc and saved as text
        String text = """
                = Owain Trelawny
                :email: owain@trelawny.example
                :doctype: article
                // build with asciidoctor-pdf

                Technical writer | {email}

                == Experience

                === Lead Technical Writer, Quillon Systems (Bristol)
                _2021-09 – present_

                * Lead a documentation team of four writers.

                === Junior Technical Author, Brackenbury Aerospace Services (Filton)
                _2011-09 - 2013-06_

                * Updated aircraft maintenance manuals.

                == Education

                === BA (Hons) English Language and Linguistics, Tamar Valley University (Plymouth)
                _2008 – 2011_

                == Skills

                Tools:: DITA XML, Git
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brackenbury Aerospace Services | Junior Technical Author | September 2011 to June 2013",
                        "Quillon Systems | Lead Technical Writer | September 2021 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("BA in English Language and Linguistics at Tamar Valley University (2008 to 2011)");
        assertThat(plain(text).blocks())
                .extracting(dev.profilebot.profile.Block::text)
                .anyMatch(t -> t.contains("owain@trelawny.example"))
                .anyMatch(t -> t.contains("Tools: DITA XML, Git"))
                .noneMatch(t -> t.contains("asciidoctor") || t.contains("doctype") || t.contains("{email}"));
    }

    @Test
    void should_read_an_org_mode_cvs_since_property_timestamp_ranges_double_dashes_and_community_section() {
        String text = """
                #+TITLE: Tomasz Zieliński — CV
                #+AUTHOR: Tomasz Zieliński

                * Experience
                ** Staff Backend Engineer @ Quillmate
                :PROPERTIES:
                :LOCATION: Berlin, DE (remote from Kraków)
                :SINCE:    <2024-07-15 Mon>
                :END:
                - Own the storage layer

                ** Senior Backend Engineer @ Kestrel Payments
                :PROPERTIES:
                :LOCATION: Kraków, PL (hybrid)
                :END:
                <2021-03-01 Mon>--<2024-06-30 Sun>

                - Rewrote the settlement batch

                * Education
                ** M.Sc. Eng. in Computer Science -- AGH University of Science and Technology, Kraków
                2011 – 2013

                * Community
                - Co-organiser of the Go Kraków meetup, since 2020
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kestrel Payments | Senior Backend Engineer | March 2021 to June 2024",
                        "Quillmate | Staff Backend Engineer | July 2024 to present");
        assertThat(profile.education())
                .extracting(Education::institution)
                .containsExactly("AGH University of Science and Technology");
    }

    @Test
    void should_read_an_org_mode_cv_its_headlines_property_drawers_and_description_lists() {
        // given: a CV kept in Emacs Org mode, saved as text
        String text = """
                #+TITLE: Curriculum Vitae
                #+AUTHOR: Callan Ferrier
                #+OPTIONS: toc:nil

                # NB keep to 2 pages on export

                * Experience
                ** Senior Data Engineer — Halden Retail Data Ltd                    :current:
                :PROPERTIES:
                :START:    2021-03
                :END_DATE: present
                :LOCATION: Leeds
                :END:
                - Tech lead for the Data Platform squad

                ** Data Engineer — Halden Retail Data Ltd                           :promoted:
                :PROPERTIES:
                :START:    2018-04
                :END_DATE: 2021-02
                :END:
                - Rebuilt supplier-feed ingestion in PySpark

                * Education
                ** BSc (Hons) Mathematics — University of Sheffield
                :PROPERTIES:
                :START:    2007-09
                :END_DATE: 2010-06
                :END:

                * Skills
                - Programming :: Python, SQL
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.identity().name()).contains("Callan Ferrier");
        assertThat(timeline(profile))
                .containsExactly(
                        "Halden Retail Data Ltd | Data Engineer | April 2018 to February 2021",
                        "Halden Retail Data Ltd | Senior Data Engineer | March 2021 to present");
        assertThat(profile.roles().get(1).location()).contains("Leeds");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("BSc in Mathematics at University of Sheffield (September 2007 to June 2010)");
        assertThat(plain(text).blocks())
                .extracting(dev.profilebot.profile.Block::text)
                .anyMatch(t -> t.contains("Programming: Python, SQL"))
                .noneMatch(t -> t.contains("keep to 2 pages") || t.contains(":current:") || t.contains("toc:nil"));
    }

    @Test
    void should_split_an_employer_cell_into_firm_and_town_read_a_diplom_and_no_role_from_a_bullets_clause() {
        String text = """
                ## Current roles

                ### Part-time Lecturer in Human Resource Management · Sept 2020 – present

                Taff Vale University, Pontypridd

                - Supervise MA HRM dissertations; module leader since 2022.

                ## Previous employment

                | Dates | Employer | Position |
                | --- | --- | --- |
                | Jan 2012 – Apr 2015 | Severnside Water Services plc, Newport | Senior HR Business Partner |

                ## Education

                Diplom-Kaufmann (Business Administration)
                Ludwig-Maximilians-Universität München
                10/2006 - 03/2012
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title() + " | "
                        + r.location().orElse(""))
                .containsExactlyInAnyOrder(
                        "Severnside Water Services plc | Senior HR Business Partner | Newport",
                        "Taff Vale University | Lecturer in Human Resource Management | Pontypridd");
        assertThat(profile.education()).extracting(Education::degree).containsExactly("Diplom-Kaufmann");
    }

    @Test
    void should_read_a_moderncv_latex_source_its_entries_items_and_contact_commands_without_its_comments() {
        String text = """
                %% CV source
                \\documentclass[11pt,a4paper,sans]{moderncv}
                \\moderncvstyle{classic}
                \\name{Mattis}{Ehrling}
                \\email{mattis@ehrling.example}
                % \\extrainfo{born 21.03.1991 in Kempten}
                \\begin{document}
                \\makecvtitle
                \\section{Experience}
                \\cventry{01/2021--Present}{Senior Robotics Engineer}{Brenner \\& Voss Automation GmbH}{Munich}{}{
                \\begin{itemize}
                \\item Technical lead of the manipulation team
                \\end{itemize}}
                \\cventry{07/2018--12/2020}{Robotics Engineer}{Brenner \\& Voss Automation GmbH}{Munich}{}{}
                \\section{Education}
                \\cventry{2010--2014}{B.Eng. Mechatronics}{Hochschule Augsburg}{Augsburg}{}{}
                \\section{Languages}
                \\cvitem{Languages}{German (native), English (C1)}
                \\end{document}
                """;

        StructuredProfile profile = reader.read(List.of(plain(text)));

        assertThat(profile.identity().name()).contains("Mattis Ehrling");
        assertThat(timeline(profile))
                .containsExactly(
                        "Brenner & Voss Automation GmbH | Robotics Engineer | July 2018 to December 2020",
                        "Brenner & Voss Automation GmbH | Senior Robotics Engineer | January 2021 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("B.Eng. in Mechatronics at Hochschule Augsburg (2010 to 2014)");
        assertThat(plain(text).blocks())
                .extracting(dev.profilebot.profile.Block::text)
                .anyMatch(t -> t.contains("Languages: German (native), English (C1)"))
                .noneMatch(t -> t.contains("born") || t.contains("moderncv") || t.contains("\\"));
    }

    @Test
    void should_read_awesome_cv_and_jakes_resume_sources_and_not_take_a_text_mentioning_latex_for_one() {
        String awesome = """
                \\documentclass[11pt, a4paper]{awesome-cv}
                \\name{Claire}{Donnelly}
                \\newcommand{\\acvHeaderSocialSep}{\\quad\\textbar\\quad}
                \\begin{document}
                \\cvsection{Experience}
                \\begin{cventries}
                \\cventry
                  {Senior Data Engineer}
                  {Stripe}
                  {Dublin, Ireland}
                  {Mar. 2021 - Present}
                  {\\begin{cvitems}\\item {Runs the payments data platform.}\\end{cvitems}}
                \\end{cventries}
                \\end{document}
                """;
        String jakes = """
                \\documentclass[letterpaper,11pt]{article}
                \\newcommand{\\resumeItem}[1]{\\item\\small{{#1 \\vspace{-2pt}}}}
                \\begin{document}
                \\section*{Experience}
                  \\resumeSubheading
                    {Senior Software Engineer}{Jan 2022 -- Present}
                    {Indeed}{Austin, TX}
                    \\begin{itemize}[noitemsep]
                      \\resumeItem{Led the search ranking team}
                    \\end{itemize}
                \\end{document}
                """;
        String prose = """
                HANNAH OKAFOR
                Technical writer

                EXPERIENCE
                Senior Technical Writer, Sage Group plc — Jan 2021 – present
                - Moved the docs to a \\documentclass-based PDF template; support tickets fell by 35% in a year.
                """;

        assertThat(timeline(reader.read(List.of(plain(awesome)))))
                .containsExactly("Stripe | Senior Data Engineer | March 2021 to present");
        assertThat(timeline(reader.read(List.of(plain(jakes)))))
                .containsExactly("Indeed | Senior Software Engineer | January 2022 to present");
        assertThat(plain(prose).blocks())
                .extracting(dev.profilebot.profile.Block::text)
                .anyMatch(t -> t.contains("fell by 35% in a year"));
    }

    @Test
    void should_read_a_forms_labelled_lines_start_and_end_dates_apart_and_leave_a_referees_name_alone() {
        String text = """
                ## CURRICULUM VITAE

                **LAURA MARCELA OSPINA DUQUE**

                Logistics Coordinator

                E-mail: laura.ospina.duque@example.com

                ## WORK EXPERIENCE

                Company: Logística Integral Paisa S.A.S. (Medellín)

                Position: Logistics Coordinator

                Start date: September 2021

                End date: Currently working

                Company: Distribuidora Cafetera La Montaña Ltda (Envigado)

                Position: Warehouse Analyst

                Start date: January 2015

                End date: June 2017

                ## ACADEMIC TRAINING

                Degree: Technologist in Logistics Management

                Institution: SENA – Centro de Comercio, Medellín

                Year of graduation: 2011

                ## REFERENCES

                Name: Hernán Darío Zapata Ruiz

                Position: Operations Manager
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.identity().name()).contains("Laura Marcela Ospina Duque");
        assertThat(timeline(profile))
                .containsExactly(
                        "Distribuidora Cafetera La Montaña Ltda | Warehouse Analyst | January 2015 to June 2017",
                        "Logística Integral Paisa S.A.S. | Logistics Coordinator | September 2021 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("Technologist in Logistics Management at SENA – Centro de Comercio, Medellín (2011)");
    }

    @Test
    void should_leave_out_what_the_writer_kept_out_of_an_asciidoc_or_org_cv_and_not_take_a_banner_for_asciidoc() {
        String asciidoc = """
                = Callan Ferrier
                :email: callan@ferrier.example

                == Experience

                === Senior Engineer, Quillon Systems Ltd
                _2019-04 – present_

                * Leads the platform team.

                ////
                === Engineer, Brindle Gaming Ltd
                _2017 – 2019_
                Reason for leaving: dismissed.
                ////
                """;
        String org = """
                #+TITLE: Curriculum Vitae
                #+AUTHOR: Callan Ferrier
                #+OPTIONS: toc:nil

                * Experience
                ** Senior Engineer — Quillon Systems Ltd
                :PROPERTIES:
                :START: [2019-04-01 Mon]
                :END_DATE: present
                :END:
                - Leads the platform team.
                ** Engineer — Brindle Gaming Ltd                :noexport:
                :PROPERTIES:
                :START: 2017-01
                :END_DATE: 2019-03
                :END:
                * Comment from a client
                - "The best engineer we hired."
                * COMMENT Notes
                - current salary £72k
                #+BEGIN_COMMENT
                Want £90k.
                #+END_COMMENT
                """;
        String banner = """
                = TOM HARTLEY =

                == EXPERIENCE ==

                Senior Developer, Kirkgate Software Ltd
                [Jan 2019 - Present]
                - Built the billing service.
                """;

        for (String text : List.of(asciidoc, org)) {
            StructuredProfile profile = reader.read(List.of(plain(text)));
            assertThat(timeline(profile))
                    .containsExactly("Quillon Systems Ltd | Senior Engineer | April 2019 to present");
            assertThat(plain(text).blocks())
                    .extracting(dev.profilebot.profile.Block::text)
                    .noneMatch(t -> t.contains("dismissed") || t.contains("£") || t.contains("Brindle"));
        }
        assertThat(reader.read(List.of(plain(org))).identity().name()).contains("Callan Ferrier");
        assertThat(plain(org).blocks())
                .extracting(dev.profilebot.profile.Block::text)
                .anyMatch(t -> t.contains("The best engineer we hired."));
        assertThat(timeline(reader.read(List.of(plain(banner)))))
                .containsExactly("Kirkgate Software Ltd | Senior Developer | January 2019 to present");
    }

    @Test
    void should_keep_a_lower_case_title_under_its_employer_and_merge_a_degree_with_its_place_and_dates_below() {
        String text = """
                ## Experience

                ### Zalando SE, Berlin — 2014 – present
                - team lead, 2019 – present
                - developer, 2014 – 2019
                - Built the checkout service.

                ### Kreativ Studio GmbH, Hamburg — 2011 – 2014
                - Junior Developer, 2011 – 2014

                ## Education

                ### BSc (Hons) Computer Science, University of Exeter
                Exeter, UK · 2009 – 2012 · First Class Honours
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles()).extracting(Role::title).contains("team lead");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("BSc in Computer Science at University of Exeter (2009 to 2012), First Class Honours");
    }

    @Test
    void should_take_a_town_and_its_code_under_an_employer_line_for_the_town_in_any_language() {
        String text = """
                ## EXPERIENCE

                ### Lead Biomedical Engineer

                **Corvalis Medical B.V.**

                01/2022 – Present · Eindhoven, NL

                - Lead a 6-person engineering team.

                ### Clinical Engineering Intern (graduation internship)

                **Maasland Ziekenhuis**

                02/2013 – 07/2013 · Roermond, NL

                - Safety testing of ICU patient monitors.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title() + " | "
                        + r.location().orElse(""))
                .containsExactlyInAnyOrder(
                        "Corvalis Medical B.V. | Lead Biomedical Engineer | Eindhoven, NL",
                        "Maasland Ziekenhuis | Clinical Engineering Intern | Roermond, NL");
    }

    @Test
    void should_read_months_written_year_first_and_a_numbered_list_of_duties() {
        String text = """
                Personal Information
                ----------------------------------------------------------------
                Name: Zhou Haoyu                          Gender: Male

                Work Experience
                ----------------------------------------------------------------
                2021.07-Now        Hangzhou Yunjie Supply Chain Technology Co., Ltd.        Logistics Analysis Supervisor
                1. Lead a team of 5 analysts for 11 regional warehouses in East China.
                2. Build freight cost model with Python and SQL (Hive), cut transport cost by 8.6% in 2023.

                2018.07-2021.06    Ningbo Haiyun International Freight Forwarding Co., Ltd.    Senior Logistics Analyst
                1. Responsible for sea freight rate analysis of Ningbo-Zhoushan port export routes.
                2. Train and guide 2 new analyst.
                """;

        StructuredProfile profile = reader.read(List.of(plain(text)));

        assertThat(profile.identity().name()).contains("Zhou Haoyu");
        assertThat(timeline(profile))
                .containsExactly(
                        "Ningbo Haiyun International Freight Forwarding Co., Ltd | Senior Logistics Analyst | July 2018 to June 2021",
                        "Hangzhou Yunjie Supply Chain Technology Co., Ltd | Logistics Analysis Supervisor | July 2021 to present");
    }

    @Test
    void should_read_an_education_table_whose_institutions_column_is_named_institute_or_board() {
        String text = """
                # Rohit Deshmukh

                ## Education

                | Qualification | Institute / Board | Year of Passing | Percentage / CGPA |
                | --- | --- | --- | --- |
                | B.E. (Computer Engineering) | K. K. Wagh Institute of Engineering, Nashik | 2017 | 7.82 CGPA |
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).startsWith("K. K. Wagh Institute of Engineering"));
    }

    @Test
    void should_read_a_service_leavers_postings_as_work_and_a_qualifications_awarding_body_as_where_it_came_from() {
        String text = """
                # Dean Hollis

                ## Service History

                Staff Sergeant (Artificer Vehicles), 1 Close Support Battalion REME, Catterick
                Apr 2017 – Jul 2020

                - Production Control Artificer for a company of 75 technicians.

                ## Civilian Qualifications Gained in Service

                | Qualification | Awarding body | Year |
                | --- | --- | --- |
                | National General Certificate in Occupational Health and Safety | NEBOSH | 2022 |
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "1 Close Support Battalion REME | Staff Sergeant (Artificer Vehicles) | April 2017 to July 2020");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).isEqualTo("NEBOSH"));
    }

    @Test
    void should_read_each_title_of_a_promotion_chain_in_a_table_of_airlines_as_a_role_of_its_own() {
        String text = """
                # Ioana Dumitru

                ## Flying Experience

                | Airline (Base) | Position | Dates |
                | --- | --- | --- |
                | Hellenic Skyways (Athens, ATH) | Cabin Crew → Senior Cabin Crew (Mar 2022) → Cabin Manager (Sep 2024) | May 2021 – Present |
                | Maltair Leisure (Malta, MLA) | Cabin Crew → Senior Cabin Crew (Jan 2022) | May 2019 – Oct 2020 |
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // the second row's promotion falls after its end: one role, as written
        assertThat(timeline(profile))
                .containsExactly(
                        "Maltair Leisure | Cabin Crew → Senior Cabin Crew | May 2019 to October 2020",
                        "Hellenic Skyways | Cabin Crew | May 2021 to March 2022",
                        "Hellenic Skyways | Senior Cabin Crew | March 2022 to September 2024",
                        "Hellenic Skyways | Cabin Manager | September 2024 to present");
    }

    @Test
    void should_read_a_second_title_from_a_date_within_the_entry_and_no_duty_as_the_title_of_the_next() {
        String text = """
                # Jonas Feldkamp

                ## Professional Experience

                since 03/2021 · Kranich Logistik Digital GmbH, Cologne\s\s
                Senior Data Engineer; since 01/2023 Tech Lead of the Data Platform team (5 engineers)

                - Designed and built the company-wide lakehouse.

                03/2011 – 08/2011 · Stadtwerke Porta GmbH, Porta Westfalica\s\s
                Internship, IT department

                - First-level support and maintenance of Access/Excel-based billing reports

                09/2010 – 02/2011 · Civilian service (Zivildienst)\s\s
                German Red Cross (DRK) ambulance station, Bad Oeynhausen
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .contains(
                        "Stadtwerke Porta GmbH | Internship, IT department | March 2011 to August 2011",
                        "Kranich Logistik Digital GmbH | Senior Data Engineer | March 2021 to January 2023",
                        "Kranich Logistik Digital GmbH | Tech Lead of the Data Platform team | January 2023 to present");
        assertThat(profile.roles()).noneMatch(r -> r.title().startsWith("First-level support"));
    }

    @Test
    void should_read_entries_under_dates_of_a_section_named_in_two_languages_with_a_dated_note_in_the_title() {
        String text = """
                # Lucía Montesinos

                ## Experiencia profesional / Professional experience

                ### 03/2019 – actualidad

                Company: Turiapay S.L. (Valencia) | Sector: Fintech – online card payments

                Position: Senior QA Automation Engineer (QA Lead since 01/2023)

                Lead a QA team of 4 testers.

                ### 02/2017 – 02/2019

                Company: Albufera Seguros (Grupo Albufera) | Sector: Insurance

                Position: QA Analyst
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Albufera Seguros (Grupo Albufera) | QA Analyst | February 2017 to February 2019",
                        "Turiapay S.L. (Valencia) | Senior QA Automation Engineer | March 2019 to present");
    }

    @Test
    void should_read_a_contract_under_its_title_and_no_sentence_about_it_as_a_role() {
        String text = """
                # Marcus Oyelaran

                ## Contract roles

                Senior Platform Engineer · Jun 2024 – Feb 2025

                Yorkmoor Building Society (via Harrowgate Tech Recruitment) | 9 months, Leeds / hybrid, outside IR35

                - Led the migration of 38 microservices.

                DevOps Consultant · Jan 2024 – Jul 2024

                Pellucid Health Ltd (direct) | 7 months, remote, outside IR35

                - Part-time engagement that ran alongside the Yorkmoor contract from June 2024.

                Kubernetes Engineer · Oct 2021 – Apr 2022

                Office for Rural Grants (via Calderbrook Resourcing) | 7 months, York, inside IR35
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Office for Rural Grants | Kubernetes Engineer | October 2021 to April 2022",
                        "Pellucid Health Ltd | DevOps Consultant | January 2024 to July 2024",
                        "Yorkmoor Building Society | Senior Platform Engineer | June 2024 to February 2025");
    }

    @Test
    void should_read_a_contracts_client_named_with_its_agency_and_a_permanent_roles_promotion_under_the_title() {
        String text = """
                # Marcus Oyelaran

                ## Contract roles

                DevOps Consultant (2 days a week) · Jan 2024 – Jul 2024

                Pellucid Health Ltd (direct) | 7 months, remote, outside IR35

                - Designed a landing zone with Control Tower.

                AWS DevOps Engineer · Feb 2023 – Dec 2023

                Northgate Rail Ticketing (via Sennet Digital Talent) | 11 months, Manchester / remote, outside IR35

                - Rebuilt the EKS estate with Terraform.

                Cloud Infrastructure Contractor · Jun 2021 – Sep 2021

                Quillfeather Games (direct) | 4 months, remote, outside IR35

                - Stood up GKE with Agones for dedicated game servers.

                ## Permanent roles

                Senior Infrastructure Engineer · Sep 2017 – May 2021

                Aireborough Logistics plc, Leeds | joined as Infrastructure Engineer, promoted to Senior in January 2019

                - Led the move of 140 VMs to AWS (2019–2020).
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Aireborough Logistics plc | Infrastructure Engineer | September 2017 to January 2019",
                        "Aireborough Logistics plc | Senior Infrastructure Engineer | January 2019 to May 2021",
                        "Quillfeather Games | Cloud Infrastructure Contractor | June 2021 to September 2021",
                        "Northgate Rail Ticketing | AWS DevOps Engineer | February 2023 to December 2023",
                        "Pellucid Health Ltd | DevOps Consultant | January 2024 to July 2024");
    }

    @Test
    void should_read_no_role_from_a_summarys_sentences_after_a_quoted_talk_title() {
        String text = """
                # Marisol Etxeberria

                ## Summary

                Data platform leader with 12 years in data engineering. Speaker at DataEng Down Under 2024 ("Data contracts without the drama"). Volunteer mentor with Women in Data Melbourne since 2021. Happy to talk about data contracts.

                ## Experience

                ### Tallowood Freight Group

                Head of Data Platform

                July 2023 - Present (3 years 6 months)
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly("Tallowood Freight Group | Head of Data Platform | July 2023 to present");
    }

    @Test
    void should_read_a_chefs_french_titles_in_capitals_and_a_kitchen_named_under_its_dates() {
        String text = """
                DECLAN HARTIGAN - HEAD CHEF
                ===========================

                EXPERIENCE
                ----------

                2015 - 2018 - CHEF DE PARTIE
                Aubade, Marylebone, London
                (one Michelin star, 40 covers, tasting menu only at dinner)

                 - Started on garnish, moved to the fish section in 2016.

                2009 - 2012 - COMMIS CHEF
                The Quay Street Kitchen, Galway, Ireland
                (independent bistro, 70 covers)

                 - First job in a professional kitchen after college.
                """;

        StructuredProfile profile = reader.read(List.of(plain(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "The Quay Street Kitchen | COMMIS CHEF | 2009 to 2012",
                        "Aubade | CHEF DE PARTIE | 2015 to 2018");
    }

    @Test
    void should_read_a_europass_entry_whose_dates_and_town_stand_above_its_title_and_firm_on_one_line() {
        String text = """
                # Katharina Wendel

                ## WORK EXPERIENCE

                01/01/2021 – CURRENT Esslingen am Neckar, Germany

                ### SENIOR DESIGN ENGINEER – GEARBOX DEVELOPMENT HOFFMEISTER ANTRIEBSTECHNIK GMBH

                City: Esslingen am Neckar | Country: Germany

                - Technical lead for the design of two-stage planetary gearboxes.

                Business or sector Manufacturing – drive technology

                01/03/2017 – 31/12/2020 Gothenburg, Sweden

                ### MECHANICAL DESIGN ENGINEER LINDQVIST HYDRAULICS AB

                City: Gothenburg | Country: Sweden

                - Design of hydraulic cylinders and valve blocks.

                Business or sector Manufacturing – mobile hydraulics

                01/10/2014 – 28/02/2017 Augsburg, Germany

                ### DEVELOPMENT ENGINEER BRAUER & SÖHNE MASCHINENBAU GMBH

                City: Augsburg | Country: Germany

                - Design of modules for packaging machines.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Brauer & Söhne Maschinenbau GmbH | DEVELOPMENT ENGINEER | October 2014 to February 2017",
                        "Lindqvist Hydraulics AB | MECHANICAL DESIGN ENGINEER | March 2017 to December 2020",
                        "Gearbox Development Hoffmeister Antriebstechnik GmbH | SENIOR DESIGN ENGINEER"
                                + " | January 2021 to present");
    }

    @Test
    void should_title_an_employers_dated_heading_with_the_undated_title_its_entry_opens_with() {
        String text = """
                # Imogen Ashworth

                ## Professional Experience

                ### Halloran Pike LLP, Manchester · May 2021 – Present

                Senior Associate, Banking & Finance

                - Lead day-to-day on mid-market leveraged finance transactions.

                ### Brackenbury Lowe LLP, Leeds · October 2013 – April 2021

                Associate, Banking & Finance · September 2016 – April 2021

                - Ran a caseload of around 25 live lending matters.

                Trainee Solicitor · September 2014 – August 2016

                - Four six-month seats.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Brackenbury Lowe LLP | Trainee Solicitor | September 2014 to August 2016",
                        "Brackenbury Lowe LLP | Associate, Banking & Finance | September 2016 to April 2021",
                        "Halloran Pike LLP | Senior Associate, Banking & Finance | May 2021 to present");
    }

    @Test
    void should_take_the_hospital_under_a_nurses_title_and_unit_for_the_employer() {
        String text = """
                # Rochelle Brandvold

                ## Clinical Experience

                ### Clinical Nurse III – Cardiothoracic ICU (CTICU) · Feb 2022 – Present

                Olentangy University Medical Center | Columbus, OH

                Nights, 36 hrs/week | 20-bed Level I cardiothoracic surgical ICU

                ### Patient Care Technician – 6 East Orthopedics · May 2013 – Jun 2015

                Delaware Grove Hospital | Delaware, OH
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Delaware Grove Hospital | Patient Care Technician, 6 East Orthopedics | May 2013 to June 2015",
                        "Olentangy University Medical Center | Clinical Nurse III, Cardiothoracic ICU (CTICU) | February 2022"
                                + " to present");
    }

    @Test
    void should_take_a_shop_under_a_title_for_the_employer_without_its_hours() {
        String text = """
                # Callum Reddington

                ## Employment

                **Customer Assistant (part-time) · October 2025 – present**

                Hollins Fresh Supermarket, Westgate, Wakefield – Saturdays and Sundays, about 12 hours a week.

                - Filling shelves and rotating stock.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly("Hollins Fresh Supermarket | Customer Assistant | October 2025 to present");
    }

    @Test
    void should_date_a_degree_by_the_heading_of_its_institution_above_it() {
        String text = """
                # Haoran Zhou

                ## Education

                ### Central China University of Science and Engineering (Wuhan) | 2012.09 - 2016.06
                **B.Eng. in Software Engineering**

                - GPA: 3.62/4.0 (ranked 12/186)
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.describe())
                        .contains(
                                "B.Eng. in Software Engineering at Central China University of Science and Engineering")
                        .contains("(September 2012 to June 2016)"));
    }

    @Test
    void should_read_a_promotion_noted_beside_the_title_with_its_date_in_any_form() {
        String text = """
                # Haoran Zhou

                ## Work Experience

                ### Shenzhen Haibei Payment Technology Co., Ltd. (Shenzhen)
                **Backend Engineer → Senior Backend Engineer (promoted 2021.01)** | 2019.07 - 2022.03

                - Developed clearing and settlement services.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r -> r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Backend Engineer | July 2019 to January 2021",
                        "Senior Backend Engineer | January 2021 to March 2022");
    }

    @Test
    void should_not_take_a_duty_told_of_a_group_nor_a_qualification_in_the_bullets_for_a_role() {
        String text = """
                # Lorna Baird

                ## Experience

                Associate University Librarian, Fraserview University Library (2021–present)

                - Chair, RDM Strategy Working Group (2022–2024), which wrote the university's data strategy.
                - Business class qualified from October 2017.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly("Fraserview University Library | Associate University Librarian | 2021 to present");
    }

    @Test
    void should_give_the_college_studied_at_before_the_university_that_awards_its_degree() {
        String text = """
                # Abhinav Rao

                ## Education

                | Qualification | Board / University | Institution | Year |
                | --- | --- | --- | --- |
                | B.E. (CSE) | Visvesvaraya Technological University | Sri Chamundeshwari Institute of Technology | 2011 |
                | XII (PUC) | Karnataka PU Board | Sri Kanteerava PU College | 2007 |
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.education())
                .extracting(Education::institution)
                .containsExactly(
                        "Sri Chamundeshwari Institute of Technology / Visvesvaraya Technological University",
                        "Sri Kanteerava PU College");
    }

    @Test
    void should_keep_a_name_in_its_order_and_not_join_a_label_line_to_it() {
        assertThat(reader.read(List.of(markdown("# SARAH Jenkins\n\nsarah@example.com\n")))
                        .identity()
                        .name())
                .contains("SARAH Jenkins");
        assertThat(reader.read(List.of(plain("CONFIDENTIAL\nJane Smith\njane@example.com\n")))
                        .identity()
                        .name())
                .contains("Jane Smith");
        assertThat(timeline(reader.read(List.of(plain("""
                        EXPERIENCE

                        Data Scientist, Ovo Energy, 2019 - Present

                        --- Page 2 ---

                        VOLUNTEERING

                        Football Coach, Redland Juniors, 2018 - Present
                        """))))).noneMatch(r -> r.startsWith("Page 2"));
    }

    @Test
    void should_read_a_german_lebenslauf_whose_sections_are_bold_paragraphs() {
        // given: a Lebenslauf typed in Word, each section's name a bold paragraph, no heading style
        String text = """
                # Lebenslauf

                **Persönliche Daten**

                Geburtsort: Künzelsau

                **Berufserfahrung**

                seit 01/2023 · Teamleiter Konstruktion Getriebe \s
                Härtel Antriebstechnik GmbH, Bad Friedrichshall

                10/2016 – 12/2022 · Konstruktionsingenieur \s
                Kessler & Vogt Fördertechnik GmbH, Stuttgart

                **Ausbildung**

                10/2014 – 09/2016 · Studium Maschinenbau, Abschluss Master of Science (M.Sc.) \s
                Universität Stuttgart

                2001 – 2010 · Abitur \s
                Gymnasium bei St. Michael, Schwäbisch Hall

                **Weiterbildungen**

                2020 · Six Sigma Green Belt, TÜV SÜD Akademie

                **Interessen**

                Ehrenamt: seit 2017 Jugendtrainer Handball beim TSV Obersulm
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Kessler & Vogt Fördertechnik GmbH | Konstruktionsingenieur | October 2016 to December 2022",
                        "Härtel Antriebstechnik GmbH | Teamleiter Konstruktion Getriebe | January 2023 to present");
        assertThat(profile.education()).extracting(Education::institution).contains("Universität Stuttgart");
    }

    @Test
    void should_read_a_dual_study_its_place_and_the_degree_awarded_and_an_apprenticeship_below_it() {
        // given: a Lebenslauf's course of study over its place and "Abschluss:", the school-leaving certificate
        // of a technical school, an apprenticeship at a firm
        String text = """
                **Ausbildung**

                10/2013 – 09/2016 · Duales Studium Maschinenbau, Studienrichtung Konstruktion und Entwicklung \s
                DHBW Mosbach; Praxispartner: Hohenlohe Fahrwerktechnik GmbH, Öhringen \s
                Abschluss: Bachelor of Engineering (B.Eng.), Gesamtnote 1,8

                09/2012 – 07/2013 · Technische Oberschule (TO), Heilbronn \s
                Abschluss: Fachgebundene Hochschulreife (Note 1,9)

                09/2007 – 01/2011 · Ausbildung zum Industriemechaniker \s
                Weisshaar Präzisionstechnik GmbH, Bad Friedrichshall
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "Bachelor of Engineering in Maschinenbau at DHBW Mosbach (October 2013 to September 2016), 1,8",
                        "Fachgebundene Hochschulreife at Technische Oberschule (September 2012 to July 2013)",
                        "Ausbildung zum Industriemechaniker (September 2007 to January 2011)");
    }

    @Test
    void should_read_a_lebenslaufs_final_grade_and_the_gymnasium_of_its_abitur() {
        String text = """
                **Ausbildung**

                10/2014 – 09/2016 · Studium Maschinenbau, Abschluss Master of Science (M.Sc.) \s
                Universität Stuttgart

                - Vertiefung: Konstruktionstechnik und Antriebstechnik
                - Masterarbeit bei der Robert Bosch GmbH: „Auslegung eines gewichtsoptimierten Planetengetriebes“ (Note 1,3)
                - Abschlussnote: 1,7

                2001 – 2010 · Abitur \s
                Gymnasium bei St. Michael, Schwäbisch Hall
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "Master of Science in Maschinenbau at Universität Stuttgart (October 2014 to September 2016), 1,7",
                        "Abitur at Gymnasium bei St. Michael (2001 to 2010)");
    }

    @Test
    void should_read_the_employer_over_what_it_is_in_a_plain_text_resume_for_each_title_under_it() {
        // given: an applicant-tracking résumé: the employer in capitals, a line on what the firm is, then its titles
        String text = """
                PROFESSIONAL EXPERIENCE

                HARTWELL FREIGHT SERVICES, INC. - Joliet, IL
                Regional cross-dock operator (310,000 sq ft) serving grocery and home-improvement chains

                Operations Manager | 02/2020 to Present
                * Lead 6 supervisors and 140 associates across 2 shifts.

                Inbound Supervisor | 05/2017 to 01/2020
                * Managed receiving for 90 trailers per day.

                PRAIRIE STATE BOTTLING CO. - Peoria, IL
                Regional soft-drink bottler and distributor with 2 plants and 400 employees in central Illinois

                Dispatch Coordinator | 06/2013 to 04/2017
                * Routed a fleet of 20 trucks.
                """;

        assertThat(timeline(reader.read(List.of(plain(text)))))
                .containsExactly(
                        "Prairie State Bottling Co | Dispatch Coordinator | June 2013 to April 2017",
                        "Hartwell Freight Services, Inc | Inbound Supervisor | May 2017 to January 2020",
                        "Hartwell Freight Services, Inc | Operations Manager | February 2020 to present");
    }

    @Test
    void should_read_a_timeline_of_year_headings_and_a_name_with_a_pharmacists_letters() {
        // given: each entry's dates as its heading, the title and employer on the first line under it
        String text = """
                # HARRIET OSEI MPharm IP

                ## Timeline

                ## 2021 – now

                **Senior Data Scientist**, Halden Insurance Group, Cardiff

                - Promoted from Data Scientist in 2021

                ## 2016 – 2021

                **Data Analyst**, Brightwater Energy, Bath

                - Half-hourly load forecasting

                ## 2014 – 2016

                **MSc Statistics** (Distinction), Lund University, Sweden
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Harriet Osei");
        // a title the reader cannot tell from an employer is not made one under a year heading
        assertThat(timeline(reader.read(List.of(markdown(
                        "# Owen Price\n\n## Experience\n\n### Admiral Group, Cardiff\n\n#### 2019 – Present\n\n"
                                + "Senior Claims Handler\n")))))
                .noneMatch(r -> r.startsWith("Senior Claims Handler |"));
        assertThat(timeline(profile))
                .containsExactly(
                        "Brightwater Energy | Data Analyst | 2016 to 2021",
                        "Halden Insurance Group | Senior Data Scientist | 2021 to present");
    }

    @Test
    void should_keep_ranged_roles_over_a_membership_joined_and_titles_that_look_like_sentences() {
        String text = """
                # Daniel Okoro

                ## Experience

                ### Senior Software Engineer, Monzo Bank

                June 2019 – Present

                - Freelance copywriter for local charities and small businesses (Mar 2020 – Feb 2021)

                ### AM Process Engineer, Renishaw plc

                Jan 2015 – May 2019

                ## Memberships

                2016/09 Joined the British Computer Society (MBCS)
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .contains(
                        "Renishaw plc | AM Process Engineer | January 2015 to May 2019",
                        "Monzo Bank | Senior Software Engineer | June 2019 to present")
                .anyMatch(r -> r.contains("Freelance copywriter"))
                .noneMatch(r -> r.contains("British Computer Society"));
    }

    @Test
    void should_read_titles_that_name_a_field_and_leave_out_duties_said_in_a_sentence() {
        // given: headings that are titles though they name a service or a team; a bullet with "from 2014" in a
        // sentence under an entry
        String text = """
                # Imogen Thackeray

                ## Experience

                ### Team Leader, Customer Service

                Fennick Home Insurance, Bradford | April 2016 – May 2018

                - Led a team of 14 advisers

                ### Service Desk Analyst

                Calder Valley Telecom, Halifax | Sep 2013 – March 2016

                - Research link nurse for the unit from 2014 — my first experience of clinical trials

                ### Customer Support Executive

                Kestrel Lettings, Harrogate | August 2011 – August 2013
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kestrel Lettings | Customer Support Executive | August 2011 to August 2013",
                        "Calder Valley Telecom | Service Desk Analyst | September 2013 to March 2016",
                        "Fennick Home Insurance | Team Leader, Customer Service | April 2016 to May 2018");
    }

    @Test
    void should_read_a_career_told_as_dated_events_and_a_name_under_a_title_that_is_not_it() {
        // given: a Japanese résumé's Year | Month | Event table, under a title that is not the name
        String text = """
                # (Rirekisho – English version) · As of December 1, 2026 · RÉSUMÉ

                # KAMEYAMA Haruto

                **Work History**

                2013 · 4 · Joined Shirasagi Seiko Co., Ltd. (Production Engineering Dept., Anjo Plant)

                Production Engineer – aluminium die-casting of transmission cases

                2017 · 10 · Promoted to Assistant Manager, Die-Casting Process Engineering Group

                2020 · 3 · Resigned for personal reasons

                2020 · 4 · Joined Tenryu Automation Systems Co., Ltd. (Smart Factory Promotion Office)

                Present
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("KAMEYAMA Haruto");
        assertThat(timeline(profile))
                .containsExactly(
                        "Shirasagi Seiko Co., Ltd. | Production Engineer | April 2013 to September 2017",
                        "Shirasagi Seiko Co., Ltd. | Assistant Manager | October 2017 to March 2020",
                        "Tenryu Automation Systems Co., Ltd. |  | April 2020 to present");
    }

    @Test
    void should_take_a_town_and_country_after_the_title_for_where_and_the_name_below_for_the_employer() {
        // given: an academic CV's entries, "dates · title · town, country" over the employer's line (as the PDF
        // converter writes them, each line ending in a line break)
        String text = """
                # Hannah Lindqvist

                ## Research Positions

                2021 – present · Postdoctoral Research Fellow · Edinburgh, UK\\
                Calder Institute for Genome Sciences, Tumour Ecology Programme

                - Lead computational analyst for a spatial transcriptomics atlas.

                ## Industry Experience

                Jun – Sep 2019 · Data Science Intern, Computational Biology · Cambridge, UK\\
                Helixpoint Therapeutics (12-week internship, target discovery group)

                - Built a gradient-boosting model to prioritise hits from CRISPR screens.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Helixpoint Therapeutics | Data Science Intern, Computational Biology | June 2019 to September 2019",
                        "Calder Institute for Genome Sciences, Tumour Ecology Programme | Postdoctoral Research Fellow | 2021 to present");
        assertThat(profile.roles())
                .extracting(Role::location)
                .map(l -> l.orElse(""))
                .containsExactlyInAnyOrder("Cambridge, UK", "Edinburgh, UK");
    }

    @Test
    void should_read_a_japanese_resumes_history_table_its_schools_and_its_name_by_its_reading() {
        // given: the Year | Month | Event table read with its column names, the licences table after it
        String text = """
                # CURRICULUM VITAE

                Name (furigana) · Nishimoto Haruka (にしもと はるか)

                ## Education and Employment History

                Event: Education
                Year: 2011; Month: 4; Event: Entered Keiran University, Faculty of Science and Engineering, Department of Information Science
                Year: 2015; Month: 3; Event: Graduated from Keiran University, Faculty of Science and Engineering, Department of Information Science (Bachelor of Engineering)
                Event: Employment
                Year: 2015; Month: 4; Event: Joined Fujimaki Systems Co., Ltd., Quality Assurance Division
                Year: 2017; Month: 10; Event: Promoted to Chief (Shunin), Financial Systems Test Section
                Year: 2019; Month: 9; Event: Left the company for career advancement
                Year: 2019; Month: 10; Event: Joined Aozora Pay Co., Ltd., Product Quality Group, as QA Engineer
                Event: Currently employed

                ## Licences & Qualifications

                Year: 2016; Month: 6; Licence / Qualification: ISTQB Certified Tester Foundation Level

                ## Career Summary

                ### ■ Aozora Pay Co., Ltd. (October 2019 – present)

                Position: QA Engineer, Product Quality Group

                ### ■ Fujimaki Systems Co., Ltd. (April 2015 – September 2019)

                Position: Member → Chief (Shunin) from October 2017, Financial Systems Test Section
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Nishimoto Haruka");
        assertThat(timeline(profile))
                .containsExactly(
                        "Fujimaki Systems Co., Ltd. |  | April 2015 to September 2017",
                        "Fujimaki Systems Co., Ltd. | Chief (Shunin) | October 2017 to September 2019",
                        "Aozora Pay Co., Ltd. | QA Engineer | October 2019 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "Bachelor of Engineering in Information Science at Keiran University (April 2011 to March 2015)");
    }

    @Test
    void should_read_a_europass_pdfs_name_after_its_logo_and_its_entries_linked_to_their_sites() {
        // given: the 2021 Europass form as its PDF reads, the logo's word before the name, each employer and place of
        // study with its site in square brackets, the qualification's EQF level after its title
        String text = """
                # europass Inês Rebelo Fonseca

                Curriculum Vitae

                **WORK EXPERIENCE**

                01/10/2013 – 31/07/2014 Research Assistant (part-time) \s
                INESC-ID [ www.inesc-id.pt ] \s
                Lisbon, Portugal \s
                Distributed Systems Group; research grant held alongside my MSc studies.

                **EDUCATION AND TRAINING**

                09/2012 – 07/2014 Master of Science in Computer Science and Engineering (Mestrado em Engenharia Informática e de Computadores)   EQF level 7 \s
                Instituto Superior Técnico – Universidade de Lisboa [ tecnico.ulisboa.pt ] \s
                Lisbon, Portugal

                - One semester (30 ECTS) of it abroad, within my master's degree: Distributed Systems, Cloud Computing.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Inês Rebelo Fonseca");
        assertThat(timeline(profile)).containsExactly("INESC-ID | Research Assistant | October 2013 to July 2014");
        assertThat(profile.roles().get(0).source().sectionPath()).containsExactly("WORK EXPERIENCE");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("Master of Science in Computer Science and Engineering at Universidade de Lisboa"
                        + " (September 2012 to July 2014)");
    }

    @Test
    void should_take_a_town_and_country_under_a_roles_line_for_where_it_was() {
        // given: a Pages template, "Title, Company · dates" over the town and country in italics
        String text = """
                # Matilda Koh

                ## Experience

                UX Designer, Arcadia Digital · Feb 2017 – Jun 2019 \s
                *Melbourne, Australia*

                - Led discovery and prototyping for a permit-application portal.

                Junior Interaction Designer, Fjordline Interactive · Oct 2014 – Jan 2017 \s
                *Wellington, New Zealand*

                - Designed responsive booking flows for an inter-island ferry operator.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.location().orElse(""))
                .containsExactlyInAnyOrder(
                        "Arcadia Digital | Melbourne, Australia", "Fjordline Interactive | Wellington, New Zealand");
    }

    @Test
    void should_read_the_town_then_the_title_under_an_employers_dated_line() {
        // given: a résumé builder's template, "dates · Employer" in bold over "Town, ST · Title"
        String text = """
                # Nadia Kowalczyk

                ## EXPERIENCE

                **March 2022 – Present · Lakeshore Freight Systems**

                Chicago, IL (Hybrid) · Senior Site Reliability Engineer

                - Lead a team of 5 SREs supporting 140+ microservices on Amazon EKS.
                - Automated quarterly HIPAA access reviews with Python and the AWS APIs, saving about 120 staff hours.

                **August 2017 – May 2019 · Tandem Payments**

                Chicago, IL · DevOps Engineer

                - Replaced hand-configured Jenkins jobs with pipeline-as-code for 70 repositories.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Tandem Payments | DevOps Engineer | August 2017 to May 2019",
                        "Lakeshore Freight Systems | Senior Site Reliability Engineer | March 2022 to present");
        assertThat(profile.roles())
                .extracting(Role::location)
                .map(l -> l.orElse(""))
                .containsExactly("Chicago, IL", "Chicago, IL");
    }

    @Test
    void should_read_the_town_then_the_title_under_an_employers_dated_heading() {
        String text = """
                # Nadia Kowalczyk

                ## Experience

                ### Lakeshore Freight Systems · March 2022 – Present

                Chicago, IL (Hybrid) · Senior Site Reliability Engineer

                - Lead a team of 5 SREs supporting 140+ microservices on Amazon EKS.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Lakeshore Freight Systems | Senior Site Reliability Engineer | March 2022 to present");
        assertThat(profile.roles().get(0).location()).contains("Chicago, IL");
    }

    @Test
    void should_keep_an_employer_under_its_title_when_a_duty_below_dates_a_change() {
        // given: a part-time post, a duty under it telling when the classes moved online
        String text = """
                # Katarzyna Mazurkiewicz

                ## Professional experience

                2019.10 – 2020.06 · Software Testing Trainer (part-time) \s
                TestAkademia, Kraków \s
                Evening course „Software testing basics with ISTQB Foundation preparation” – 4 editions, about 60 participants in total. From March 2020 classes moved online because of the pandemic.

                2017.03 – 2018.08 · Junior QA Engineer (manual tester) \s
                Telsoft Polska Sp. z o.o., Kraków
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Telsoft Polska Sp. z o.o. | Junior QA Engineer | March 2017 to August 2018",
                        "TestAkademia | Software Testing Trainer | October 2019 to June 2020");
    }

    @Test
    void should_read_a_public_servants_department_over_the_branches_it_was_held_in() {
        // given: a Government of Canada résumé, each title and its dates over the department, its sector and branches
        String text = """
                # Caitlin M. Thibodeau

                ## Professional Experience

                **Senior Policy Analyst (EC-06) · June 2021 – present**

                Employment and Social Development Canada (ESDC) – Skills and Employment Branch, Labour Market Policy Directorate, Ottawa, ON

                Duties: Lead analyst on the policy framework for the Labour Market Transfer Agreements.

                **Policy Analyst (EC-05) · September 2018 – June 2021**

                Immigration, Refugees and Citizenship Canada (IRCC) – Strategic and Program Policy Sector, Economic Immigration Policy and Programs Branch, Ottawa, ON

                Duties: Researched, analyzed and provided advice on economic immigration programs.

                **Junior Policy Analyst (EC-04) · May 2016 – August 2018**

                Canadian Heritage (PCH) – Official Languages Branch, Gatineau, QC

                Duties: Supported policy development for the Official Languages Support Programs.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Canadian Heritage (PCH) | Junior Policy Analyst | May 2016 to August 2018",
                        "Immigration, Refugees and Citizenship Canada (IRCC) | Policy Analyst | September 2018 to June 2021",
                        "Employment and Social Development Canada (ESDC) | Senior Policy Analyst | June 2021 to present");
        assertThat(profile.roles())
                .extracting(Role::location)
                .map(l -> l.orElse(""))
                .containsExactlyInAnyOrder("Gatineau, QC", "Ottawa, ON", "Ottawa, ON");
    }

    @Test
    void should_take_the_employer_of_a_dated_title_from_the_line_below_it_whatever_its_words() {
        // given: each entry's dates and title on a line, the employer under it, named without a firm's words, its
        // town and province's code without a comma
        String text = """
                # Joanna Kowalczyk

                ## Work experience

                2021-06 – present · Senior Policy Analyst (EC-06)

                Employment and Social Development Canada (ESDC) – Skills and Employment Branch, Youth Policy Directorate, Gatineau QC

                - Lead analyst on the renewal of the youth strategy.

                Nov 2018 – May 2021 · Policy Analyst (EC-05)

                Immigration, Refugees and Citizenship Canada (IRCC) – Strategic Policy and Planning, Ottawa ON

                - Contributed economic-immigration analysis.

                Sept. 2015 – Oct. 2018 · Economist (EC-02 → EC-04)

                Statistics Canada – Labour Statistics Division, Ottawa ON

                - Produced the monthly labour force tables.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Statistics Canada | Economist | September 2015 to October 2018",
                        "Immigration, Refugees and Citizenship Canada (IRCC) | Policy Analyst | November 2018 to May 2021",
                        "Employment and Social Development Canada (ESDC) | Senior Policy Analyst | June 2021 to present");
    }

    @Test
    void should_read_a_cv_written_in_turkish_its_sections_months_titles_and_degree() {
        // given: a Turkish CV: "İŞ DENEYİMİ" and "EĞİTİM" in capitals, months in Turkish, titles over the employer's
        // line
        String text = """
                # BURAK YILDIRIM

                ### İŞ DENEYİMİ

                **Kıdemli Backend Geliştirici**

                Trendyol · | · Mart 2019 – Halen · | · İstanbul (Maslak)

                - Sipariş ve ödeme alanındaki mikroservislerin geliştirilmesi.

                **Yazılım Mühendisi**

                Netaş · | · Eki 2015 – Ara 2017 · | · İstanbul (Kurtköy)

                - Telekom operatörleri için BSS modüllerini Java EE ile geliştirdim.

                ### EĞİTİM

                Yıldız Teknik Üniversitesi · | · 2011 – 2015
                Bilgisayar Mühendisliği, Lisans – GNO: 3,12 / 4,00
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Netaş | Yazılım Mühendisi | October 2015 to December 2017",
                        "Trendyol | Kıdemli Backend Geliştirici | March 2019 to present");
        assertThat(profile.education())
                .extracting(Education::institution)
                .containsExactly("Yıldız Teknik Üniversitesi");
    }

    @Test
    void should_read_a_graduates_internships_and_industrial_training_as_posts() {
        // given: an Indian fresher's résumé: the first job, then the internships under a section of their own
        String text = """
                # Aditi Patil

                ## WORK EXPERIENCE

                **Graduate Engineer Trainee (GET) – Thermax Limited,** Process Heating Division, Chinchwad, Pune
                Jul 2024 – Till date

                - Prepare and verify Bills of Material for 40+ boiler orders.

                ## INTERNSHIPS / INDUSTRIAL TRAINING

                **Summer Intern, Tata Motors Ltd.,** Pimpri, Pune    May 2023 – Jul 2023

                - Cut fixture changeover time by 18%.

                **Design Intern, Kirloskar Oil Engines Ltd. (KOEL),** Khadki, Pune    15th June 2022 to 15th July 2022

                - Created 3D models of engine mounting brackets in SolidWorks.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(Role::organization)
                .hasSize(3)
                .startsWith("Kirloskar Oil Engines Ltd. (KOEL)", "Tata Motors Ltd")
                .last()
                .asString()
                .startsWith("Thermax Limited");
    }

    @Test
    void should_take_a_firms_whole_name_with_its_legal_form_and_town_under_a_dated_title_as_its_employer() {
        // given: a Portuguese CV, each title under its dates, the firm's full name with a dash in it under the title
        String text = """
                # Mariana Figueiredo

                ## EXPERIÊNCIA PROFISSIONAL

                set. 2019 – presente · Analista de Dados Sénior (Team Lead desde jan. 2022)

                Fidelidade – Companhia de Seguros, S.A. | Lisboa

                - Coordenação de uma equipa de 4 analistas.

                02/2016 – 08/2019 · Analista de Dados

                NOS Comunicações, S.A. | Lisboa (Campo Grande)

                - Modelos de churn.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "NOS Comunicações, S.A. | Analista de Dados | February 2016 to August 2019",
                        "Fidelidade – Companhia de Seguros, S.A. | Analista de Dados Sénior | September 2019 to present");
    }

    @Test
    void should_read_a_title_over_its_dates_with_a_note_in_small_letters_after_them() {
        // given: a chef's CV: each kitchen's title and employer in bold, its dates under it with a note on the place
        String text = """
                # Marisol Hargreaves

                ## Experience

                **Head Chef – Halcyon Row ★ (1 Michelin star), Marylebone, London**

                Jan 2019 – Present  ·  48 covers, tasting menu + à la carte

                - Run a brigade of 14 chefs.

                **Sous Chef – Orme ★ (1 Michelin star), Shoreditch, London**

                04/2015 – 12/2018

                - Second in command to the chef-patron.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Orme | Sous Chef | April 2015 to December 2018",
                        "Halcyon Row | Head Chef | January 2019 to present");
    }

    @Test
    void should_read_a_school_entered_and_graduated_from_in_a_history_of_events_once() {
        // given: a rirekisho's grid as a PDF reads it, a line each, schools and jobs under one heading, the degree in
        // brackets
        String text = """
                # RIREKISHO (Personal History)

                ## Education and Work History

                Education \s
                2008 · 4 · Entered Osaka Prefectural Mikunigaoka High School \s
                2011 · 3 · Graduated from Osaka Prefectural Mikunigaoka High School \s
                2011 · 4 · Entered Kansai University, Faculty of Informatics, Department of Informatics \s
                2015 · 3 · Graduated from Kansai University, Faculty of Informatics, Department of Informatics (Bachelor of Informatics) \s

                Work History \s
                2015 · 4 · Joined Kansai Telecommunication Network Co., Ltd. (KTN) \s
                Currently employed
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactlyInAnyOrder(
                        "Osaka Prefectural Mikunigaoka High School (April 2008 to March 2011)",
                        "Bachelor of Informatics at Kansai University (April 2011 to March 2015)");
    }

    @Test
    void should_read_a_students_terms_and_the_organizations_of_leadership_and_activities() {
        // given: academic terms for dates, an internship of one summer, a club's post under "Leadership & Activities"
        String text = """
                # Kayla Dunmore

                ## Professional Experience

                **Brightwater Logistics Group · Columbus, OH**

                Revenue Operations Analyst · Jan 2024 – Present

                - Own weekly pricing and margin reporting

                Data Analytics Intern · Summer 2023

                - Automated carrier scorecards

                ## Campus Employment

                **Quantitative Skills Center · Dayton, OH**

                Peer Tutor · Fall 2021 – Spring 2022

                - Tutored introductory statistics

                ## Leadership & Activities

                Women in Business Society – Treasurer · Fall 2022 – Spring 2023

                - Managed an $18K annual budget
                """;

        // when
        StructuredProfile profile = reader.read(List.of(new MarkdownParser().parse("resume.md", text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Quantitative Skills Center | Peer Tutor | 2021 to 2022",
                        "Women in Business Society | Treasurer | 2022 to 2023",
                        "Brightwater Logistics Group | Data Analytics Intern | 2023",
                        "Brightwater Logistics Group | Revenue Operations Analyst | January 2024 to present");
    }

    @Test
    void should_read_a_text_cv_typed_in_an_editor_with_ruled_headings_o_bullets_and_iso_months() {
        // given: headings between rules, "Title @ Company (Town, hybrid)" over its months, "o" as the bullet
        String text = """
                ==== SUMMARY ==============================================

                  Linux systems engineer, been doing this since 2009. Currently
                  Principal Systems Engineer at Corvane Telemetry.

                ==== EXPERIENCE ===========================================

                Principal Systems Engineer @ Corvane Telemetry (Leeds, hybrid)
                        2019-03 – now
                  o Lead the platform team: 5 engineers (3 SRE, 2 sysadmin), I do the
                    hiring, 1:1s and the on-call rota.
                  o Own ~2,400 hosts across three data centres.

                Systems Administrator @ Kettleby Freight Systems (Leeds)
                        2011-11 – 2019-02
                  o Sole Linux admin for a 120-server estate.
                  o Built the DR site in Wakefield.

                ==== EDUCATION ============================================

                  BSc (Hons) Computer Science -- University of Hull          2006 – 2009
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kettleby Freight Systems | Systems Administrator | November 2011 to February 2019",
                        "Corvane Telemetry | Principal Systems Engineer | March 2019 to present");
        assertThat(profile.roles().get(1).location()).contains("Leeds");
        assertThat(profile.roles().get(1).source().sectionPath()).containsExactly("EXPERIENCE");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).isEqualTo("University of Hull"));
    }

    @Test
    void should_read_an_academic_cv_with_titles_under_one_institution_and_dated_grants_under_them() {
        // given
        String text = """
                # Ysolde Marchbanks, Ph.D.

                ## Academic positions

                ### University of Carrickvane

                **Reader in Coastal Hydrology**, 2021–present

                - Head of the Saltmarsh Hydrology Group

                **Lecturer in Coastal Hydrology**, 2016–2021

                - Led the BRINEWATCH project on saltwater intrusion
                  - secured £640,000 from the CMRC (2017–2020)
                  - installed 48 groundwater sensors across 3 estuaries
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(Role::title)
                .containsExactly("Lecturer in Coastal Hydrology", "Reader in Coastal Hydrology");
    }

    @Test
    void should_read_a_google_docs_export_with_employer_title_and_dates_on_three_lines() {
        // given
        String text = """
                Eilidh Marsh
                Senior Site Reliability Engineer

                EXPERIENCE
                Corvane Logistics, Sheffield
                Senior Site Reliability Engineer
                APR 2023 - PRESENT
                ● Cut mean time to recovery from 47 minutes to 18 minutes with SLO-based alerting and blameless reviews.

                Pellucid Payments, Manchester
                Site Reliability Engineer
                MAR 2019 - OCT 2021
                ● Kept the card-authorisation platform at 99.99% availability for two years running.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Pellucid Payments | Site Reliability Engineer | March 2019 to October 2021",
                        "Corvane Logistics | Senior Site Reliability Engineer | April 2023 to present");
        assertThat(profile.roles().get(1).location()).contains("Sheffield");
    }

    @Test
    void should_read_spanish_headings_that_put_the_title_before_the_employer() {
        // given
        String text = """
                # Sergio Almansa

                ## Experiencia profesional

                ### Ingeniero de Software — Logística Brújula
                Junio 2016 – Diciembre 2018 · Valencia

                ### Becario de desarrollo (prácticas) — Aragonesa de Sistemas
                02/2013 – 07/2013 · Zaragoza
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Aragonesa de Sistemas | Becario de desarrollo | February 2013 to July 2013",
                        "Logística Brújula | Ingeniero de Software | June 2016 to December 2018");
    }

    @Test
    void should_read_a_timeline_of_dated_entries_where_joining_and_promotions_are_events() {
        // given: a personal site's timeline page, newest first; some entries are not jobs
        String text = """
                # Tamsin Achterberg

                ## Timeline

                - **Sep 2024** — Spoke at Write the Docs Prague: "Onboarding in Five Minutes or Less"
                - **Aug 2023** — Joined Kestrelgate as Staff Developer Advocate (current)
                - **May 2022–Jul 2023** — Developer Advocate at Quillon (shipping-rates API); rewrote the quickstarts and SDK docs, cutting median time-to-first-API-call from 40 minutes to under 8
                - **Sep 2020** — Moved from Leeds to Bristol
                - **Apr 2018** — Promoted to Senior Frontend Engineer at Pinegrove
                - **Sep 2016–Dec 2019** — Frontend engineer at Pinegrove Analytics, Leeds
                - **2011–2014** — BSc Computer Science, University of Sheffield
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Pinegrove Analytics | Frontend engineer | September 2016 to December 2019",
                        "Pinegrove Analytics | Senior Frontend Engineer | April 2018 to December 2019",
                        "Quillon | Developer Advocate | May 2022 to July 2023",
                        "Kestrelgate | Staff Developer Advocate | August 2023 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("BSc in Computer Science at University of Sheffield (2011 to 2014)");
    }

    @Test
    void should_read_a_europass_degree_titled_in_capitals_with_its_dates_above_and_its_grade_out_of_twenty() {
        // given: the Europass editor's PDF as the PDF reader renders it
        ProfileDocument cv = markdown("""
                # Inês Duarte

                ### EDUCATION AND TRAINING

                [ 09/2006 – 07/2011 ]

                **INTEGRATED MASTER'S DEGREE IN CHEMICAL ENGINEERING**

                Universidade de Coimbra \s
                Coimbra, Portugal

                **Final grade:** 16/20
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("Master's degree in Chemical Engineering at Universidade de Coimbra "
                        + "(September 2006 to July 2011), 16/20");
    }

    @Test
    void should_keep_apart_a_qualification_and_a_degree_under_it_each_with_its_own_dates() {
        // given
        ProfileDocument cv = plain("""
                JANE OKAFOR

                EDUCATION & QUALIFICATIONS
                ACA – Institute of Chartered Accountants in England and Wales (ICAEW)      2014
                BA (Hons) Accounting and Financial Management, 2:1                 2008 – 2011
                University of Sheffield
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .contains("BA in Accounting and Financial Management at University of Sheffield (2008 to 2011), 2:1");
    }

    @Test
    void should_read_a_one_line_degree_under_a_capitals_heading_before_the_next_section() {
        // given: the degree's line, with its dates, reads like an implicit heading of a section
        String text = """
                DARIO FENWICK
                Photographer

                EDUCATION

                BA (Hons) Photography, Falmouth University, 2010 - 2013, First Class


                SKILLS

                Lighting, retouching
                """;
        String pharmacist = """
                # Imogen Varga

                ## Education

                - **MPharm (Hons) Pharmacy**, University of Bradford, 2008 – 2012.
                """;

        // when
        StructuredProfile photographer = reader.read(List.of(plain(text)));
        StructuredProfile pharmacy = reader.read(List.of(markdown(pharmacist)));

        // then
        assertThat(photographer.education())
                .singleElement()
                .satisfies(e -> assertThat(e.describe())
                        .isEqualTo("BA in Photography at Falmouth University (2010 to 2013), First Class"));
        assertThat(pharmacy.education())
                .singleElement()
                .satisfies(e -> assertThat(e.degree()).isEqualTo("MPharm"));
    }

    @Test
    void should_read_a_degree_from_the_first_sentence_of_a_background_bullet() {
        // given
        String text = """
                # About

                ## Background

                - BA (Hons) Illustration, **Marrowgate School of Art**, Dunfield — graduated 2014. My final-year project was a \
                picture book about the town's canal, and I'm still proud of it.
                - Languages: English (native), Welsh (conversational)
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("BA in Illustration at Marrowgate School of Art (2014)");
    }

    @Test
    void should_read_designations_and_durations_under_numbered_employers_of_an_it_services_cv() {
        // given
        String text = """
                                           RESUME

                PRIYA RAGHAVAN
                Technical Lead - Java / Microservices

                -------------------------------------------------------------------------------

                WORK EXPERIENCE:
                ----------------
                 Total Experience : 14 Yrs (as on Sep 2026)

                 1) Godavari Infosystems Ltd. (GIL), Pune          Jun'2016 - Till Date

                        Designation : Technical Lead
                        Duration    : Oct'2020 - Till Date

                        Designation : Senior Software Engineer
                        Duration    : Jun'2016 - Sep'2020

                 2) Tungabhadra Softech Pvt Ltd, Mysore

                        Designation : Associate Software Engineer
                        Duration    : 10-Aug-2012 to 28-May-2016

                PERSONAL DETAILS:
                =================
                Name          : Priya R
                Date of Birth : 03/04/1990
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Tungabhadra Softech Pvt Ltd | Associate Software Engineer | August 2012 to May 2016",
                        "Godavari Infosystems Ltd. (GIL) | Senior Software Engineer | June 2016 to September 2020",
                        "Godavari Infosystems Ltd. (GIL) | Technical Lead | October 2020 to present");
        assertThat(profile.identity().name()).contains("Priya Raghavan");
    }

    @Test
    void should_hold_each_title_dated_under_a_lebenslaufs_employer_line_there() {
        // given: a German Lebenslauf: the employer's line with its span, then each title with its own dates, a
        // field of work after the title with nothing between them
        String text = """
                # Florian Wiesinger

                ## Berufserfahrung

                04/2019 – heute · msg systems ag, Ismaning bei München \s
                Geschäftsbereich SAP Finance & Controlling \s
                01/2023 – heute · Lead Consultant & Teamleiter Finance Transformation

                - Fachliche und disziplinarische Führung von 7 Beratern

                04/2019 – 12/2022 · Senior Consultant SAP S/4HANA Finance

                - Brownfield-Conversion SAP ECC 6.0 → S/4HANA 1909 bei einem Stadtwerk

                02/2021 – 05/2021 · Elternzeit

                10/2012 – 03/2019 · itelligence AG (heute NTT DATA Business Solutions AG), München \s
                07/2015 – 03/2019 · SAP Berater FI/CO (Beförderung zum 01.07.2015)

                - Teilprojektleitung FI/CO in 4 internationalen Rollouts

                10/2012 – 06/2015 · Junior Berater SAP FI/CO

                - Datenmigration mit LSMW
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "itelligence AG | Junior Berater SAP FI/CO | October 2012 to June 2015",
                        "itelligence AG | SAP Berater FI/CO | July 2015 to March 2019",
                        "msg systems ag | Senior Consultant SAP S/4HANA Finance | April 2019 to December 2022",
                        " | Elternzeit | February 2021 to May 2021",
                        "msg systems ag | Lead Consultant & Teamleiter Finance Transformation | January 2023 to present");
    }

    @Test
    void should_read_a_degree_named_in_brackets_after_its_subject() {
        // given: a Lebenslauf's studies, the degree in brackets after the subject, then the place
        String text = """
                # Florian Wiesinger

                ## Ausbildung

                10/2010 – 09/2012 · Studium Wirtschaftsinformatik (M.Sc.), Technische Universität München \s
                Abschlussnote: 1,6 \s
                10/2007 – 09/2010 · Studium Wirtschaftsinformatik (B.Sc.), Hochschule Landshut
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.field().orElse("") + " | " + e.institution())
                .containsExactly(
                        "M.Sc. | Wirtschaftsinformatik | Technische Universität München",
                        "B.Sc. | Wirtschaftsinformatik | Hochschule Landshut");
    }

    @Test
    void should_read_the_name_past_an_engineers_registration_and_the_headline_under_it_below_the_pages_title() {
        // given: a South African CV: the page's title, the name in bold with "Pr.Eng" after it, then the headline
        String text = """
                # CURRICULUM VITAE

                **REFILWE NALEDI MOKOENA Pr.Eng**

                Civil Engineer (Transportation & Stormwater) | Johannesburg, Gauteng \s
                refilwe.mokoena@example.com

                ### PROFILE

                ECSA-registered civil engineer with 12 years' post-graduate experience in roads.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Refilwe Naledi Mokoena");
        assertThat(profile.identity().headline())
                .hasValueSatisfying(h -> assertThat(h).startsWith("Civil Engineer (Transportation & Stormwater)"));
    }

    @Test
    void should_take_the_headline_from_the_heading_set_under_the_name_not_from_a_letters_addressee() {
        // given: a PDF CV whose title is set large under the name, and a cover letter to a director
        String cv = """
                # Solène MARCHETTI

                ## Cheffe de projet data

                [PHOTO]
                Pilotage de programmes data & BI – 9 ans d'expérience

                ### EXPÉRIENCES PROFESSIONNELLES

                Depuis sept. 2021 · GROUPE SEB – Direction Data & Analytics
                """;
        String letter = """
                Solène Marchetti

                À l'attention de Mme Claire Dufresne

                Directrice des systèmes d'information

                Madame, je souhaite aujourd'hui prendre la responsabilité d'une équipe data.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(cv), new MarkdownParser().parse("lettre.md", letter)));

        // then
        assertThat(profile.identity().headline()).contains("Cheffe de projet data");
    }

    @Test
    void should_read_a_degree_over_its_university_that_gives_the_day_it_was_conferred_and_the_cvs_headline() {
        // given: a cover letter first, its addressee's title in its header; then the CV, its headline set large
        // under the name, and a degree whose university's line says when it was conferred
        String letter = """
                # Bronwyn Meares RN

                Nurse Unit Manager \s
                Intensive Care Services

                Dear Nurse Unit Manager,
                """;
        String cv = """
                # BRONWYN MEARES

                ## Registered Nurse (Div. 1) – Coronary Care / Acute Surgical

                Wavell Heights, Brisbane QLD

                ### EDUCATION & QUALIFICATIONS

                Bachelor of Nursing · 2017 – 2019

                Queensland University of Technology (QUT), Kelvin Grove. Conferred December 2019. Dean's List 2018.

                ### CLINICAL EXPERIENCE

                The Prince Charles Hospital (TPCH), Chermside · Feb 2022 – Present
                """;

        // when
        StructuredProfile profile = reader.read(List.of(
                new MarkdownParser().parse("a-cover-letter.md", letter), new MarkdownParser().parse("cv.md", cv)));

        // then
        assertThat(profile.identity().headline())
                .contains("Registered Nurse (Div. 1) – Coronary Care / Acute Surgical");
        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.institution() + " | "
                        + e.dates().orElseThrow().display())
                .containsExactly("Bachelor of Nursing | Queensland University of Technology | 2017 to 2019");
    }

    @Test
    void should_read_the_name_past_an_engineers_registration_written_without_its_dot() {
        String text = """
                # CURRICULUM VITAE

                ## SIPHO LUNGELO NKWANYANA Pr Eng

                BEng (Electrical) (UP) | GDE (Wits) | GCC (Factories)
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.identity().name()).contains("Sipho Lungelo Nkwanyana");
    }

    @Test
    void should_read_the_name_past_a_chartered_accountants_letters_ca_sa() {
        String text = """
                # CURRICULUM VITAE

                ## THANDIWE LINDIWE MAHLANGU CA(SA)

                Group Financial Reporting Manager • Chartered Accountant (SA) • Johannesburg, Gauteng

                ### PERSONAL DETAILS

                Nationality · South African \s
                Gender · Female
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.identity().name()).contains("Thandiwe Lindiwe Mahlangu");
    }

    @Test
    void should_read_a_korean_resumes_labelled_name_past_its_own_script_and_the_same_name_in_capitals() {
        // given: a bilingual Korean résumé's table of personal details, as a PDF's cells read out
        String text = """
                # 이 · 력

                ## 1. 인적사항 Personal Information

                [사진] 3 × 4 cm Photo · 성명 Name · 김민준 (金敏俊) Kim Min-jun (KIM MINJUN)

                E-mail · kimminjun@example.com
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Kim Min-jun");
    }

    @Test
    void should_read_a_career_sheets_period_rows_by_their_labels_under_the_employer() {
        // given: a Japanese career history sheet in English: the labelled name, then per employer its period table,
        // each row's post in the "Role, team size" column, a place in brackets in the project's
        String text = """
                ## Career History Sheet (Shokumu Keirekisho)

                Name: Yusuke Hirano (HIRANO Yusuke)

                ### ■ Work History

                **1. Kansai Sokki Kogyo Co., Ltd.  (2015/04 – 2020/09)**

                Business: Development of flow meters  |  Employees: 1,180

                Period: 2015/04 – 2015/06; Assignment / Project: New employee training (Sakai Factory); \
                Role, team size: Trainee (42 new graduates); Environment / Languages: C, PIC16 \s
                Production line practice

                Period: 2015/07 – 2020/09; Assignment / Project: [Flow Meter Division, Development Dept. 2]; \
                Role, team size: Member; Environment / Languages: Renesas RX631, C \s
                UFM-300 series clamp-on ultrasonic flow meter, firmware development
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Yusuke Hirano");
        assertThat(timeline(profile))
                .containsExactly(
                        "Kansai Sokki Kogyo Co, Ltd | Trainee | April 2015 to June 2015",
                        "Kansai Sokki Kogyo Co, Ltd | Member | July 2015 to September 2020");
    }

    @Test
    void should_read_a_designed_templates_entries_a_promotion_in_a_bullet_a_break_abroad_and_degrees_set_as_headings() {
        // given: an AltaCV-style résumé as a PDF reads out: every entry's title and every degree set as large as the
        // sections' headings, a promotion told in the first bullet, a break with the countries it was spent in
        String text = """
                # TOMASZ WIERZBICKI

                ## EXPERIENCE

                ### Lead Data Scientist, Demand Forecasting

                **HelloFresh SE**

                📅 Sept 2019 – ongoing     📍 Berlin

                - Joined as Senior Data Scientist, promoted to Lead in Jan 2022. Lead a team of 5 data scientists.

                ### Career break

                📅 May 2019 – Aug 2019     📍 Peru · Bolivia · Chile

                - Backpacking through South America for 3 months.

                ### Data Scientist

                **Delivery Hero SE**

                📅 Oct 2016 – Apr 2019     📍 Berlin

                - Started as Data Analyst (Logistics), promoted to Data Scientist in Jan 2018.
                - Built the delivery-time (ETA) model.

                ## EDUCATION

                ## M.Sc. Computer Science

                **Technische Universität Berlin**

                📅 Oct 2013 – Sept 2016
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Delivery Hero SE | Data Analyst | October 2016 to January 2018",
                        "Delivery Hero SE | Data Scientist | January 2018 to April 2019",
                        " | Career break | May 2019 to August 2019",
                        "HelloFresh SE | Senior Data Scientist | September 2019 to January 2022",
                        "HelloFresh SE | Lead Data Scientist – Demand Forecasting | January 2022 to present");
        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.institution())
                .containsExactly("M.Sc. | Technische Universität Berlin");
    }

    @Test
    void should_take_the_employer_under_each_dated_title_though_its_group_follows_in_brackets() {
        // given: a Swiss CV: each title after its dates, the employer and town on the line below, one employer's group
        // in brackets after its legal form, and a stay abroad between two jobs
        String text = """
                # Miriam Kessler

                ## Professional Experience

                04.2019 – 06.2021 · Senior Development Engineer \s
                Medela AG, Baar

                - Thopaz+ canister redesign

                04.2016 – 03.2019 · R&D Engineer Knee \s
                Zimmer GmbH (Zimmer Biomet), Winterthur

                - Design and verification of surgical instruments

                10.2015 – 03.2016 · Travel / language stay \s
                Travel through Chile, Bolivia and Peru; Spanish language school in Cusco (8 weeks)

                09.2011 – 08.2013 · Mechanical Design Engineer \s
                Ypsomed AG, Burgdorf
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Ypsomed AG | Mechanical Design Engineer | September 2011 to August 2013",
                        " | Travel / language stay | October 2015 to March 2016",
                        "Zimmer GmbH | R&D Engineer Knee | April 2016 to March 2019",
                        "Medela AG | Senior Development Engineer | April 2019 to June 2021");
    }

    @Test
    void should_give_a_title_dated_within_its_employers_span_that_employer_and_a_degree_its_own_school() {
        // given: a nonprofit director's résumé: the employer's line with its span, each title dated under it; a
        // degree under its school, a term abroad told after it
        String text = """
                # ANDREA L. BAPTISTE

                ## PROFESSIONAL EXPERIENCE

                COLUMBUS YOUTH ARTS COLLABORATIVE — Columbus, OH · July 2013 – Feb. 2019

                Deputy Director · Sept. 2016 – Feb. 2019

                Promoted from Director of Development; oversaw finance.

                Director of Development · July 2013 – Aug. 2016

                Grew the annual fund from $620K to $1.4M in three years.

                AMERICORPS VISTA — Habitat for Humanity of Greater Cincinnati · Aug. 2006 – Aug. 2007

                VISTA Member, Resource Development

                Wrote the affiliate's first successful foundation grant.

                ## EDUCATION

                Miami University — Oxford, OH · 2006

                B.A., English, minor in Spanish, cum laude. Study abroad: Universidad de Salamanca, Spain (spring 2005)
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "AMERICORPS VISTA, Habitat for Humanity of Greater Cincinnati | VISTA Member, Resource Development"
                                + " | August 2006 to August 2007",
                        "Columbus Youth Arts Collaborative | Director of Development | July 2013 to August 2016",
                        "Columbus Youth Arts Collaborative | Deputy Director | September 2016 to February 2019");
        assertThat(profile.education()).extracting(Education::institution).containsExactly("Miami University");
    }

    @Test
    void should_not_take_a_duties_label_for_the_employer_of_the_titles_above_it() {
        // given: an Indonesian hotel CV's entries, each title dated over its employer's line, then a duties label
        String text = """
                # Ni Komang Ayu Pradnyani

                ## PENGALAMAN KERJA

                Januari 2020 – Sekarang · Front Office Manager

                Taman Segara Jimbaran Resort & Spa (bintang 5, 186 kamar & villa) – Jimbaran, Badung, Bali

                Duties & Responsibilities:

                - Memimpin departemen Front Office dengan 31 staf.

                Jan 2015 – Des 2019 · Assistant Front Office Manager (Apr 2017 – Des 2019)

                Front Office Supervisor (Jan 2015 – Mar 2017)

                Swiss-Belresidences Kalibata (bintang 4, 190 kamar) – Jakarta Selatan, DKI Jakarta

                Duties & Responsibilities:

                - Dipromosikan menjadi Assistant Front Office Manager pada April 2017.

                Apr 2012 – Okt 2014 · Front Desk Associate (Guest Services)

                Holland America Line – kapal pesiar MS Westerdam – Luar negeri (berbasis Seattle & Fort Lauderdale, USA)

                Duties & Responsibilities:

                - 3 (tiga) kontrak @ ± 8 bulan.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .isNotEmpty()
                .extracting(Role::organization)
                .doesNotContain("Duties & Responsibilities");
    }

    @Test
    void should_read_a_czech_cvs_titles_dated_under_the_employers_span_to_this_day() {
        // given: a Czech Životopis: the employer's span "to this day" ("dosud"), each title dated below it
        String text = """
                # ŽIVOTOPIS

                ## Ing. Ondřej Skřivánek

                ## PRACOVNÍ ZKUŠENOSTI

                03/2017 – dosud · ŠKODA AUTO a.s., Mladá Boleslav \s
                Technický vývoj – konstrukce karosérie

                01/2020 – dosud: Vedoucí týmu (Teamleader) – konstrukce dveří a víka zavazadlového prostoru

                - vedení týmu 7 konstruktérů

                03/2017 – 12/2019: Konstruktér karosérie

                - konstrukce plechových dílů dveří

                09/2014 – 02/2017 · Bosch Diesel s.r.o., Jihlava \s
                Konstruktér výrobních přípravků a jednoúčelových strojů
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Bosch Diesel s.r.o. | Konstruktér výrobních přípravků a jednoúčelových strojů"
                                + " | September 2014 to February 2017",
                        "ŠKODA AUTO a.s. | Konstruktér karosérie | March 2017 to December 2019",
                        "ŠKODA AUTO a.s. | Vedoucí týmu (Teamleader) | January 2020 to present");
        assertThat(profile.identity().name()).contains("Ondřej Skřivánek");
    }

    @Test
    void should_read_an_arabic_cvs_titles_employers_and_dates_from_to_and_until_now() {
        // given: a Jordanian accountant's سيرة ذاتية: the title and the employer over the dates, the Levant's months
        String text = """
                # سيرة ذاتية

                ## سناء محمود العبادي

                ## الخبرات العملية

                مديرة الحسابات | شركة البوادي للطاقة المتجددة م.ع.م – عمّان

                أيار 2021 – حتى الآن

                - الإشراف على قسم الحسابات المكوّن من 6 محاسبين.

                محاسبة رئيسية (Senior Accountant) | مجموعة الفطيم (Al-Futtaim Group) – دبي

                من 8/2018 إلى 11/2020

                - إعداد مطابقات الحسابات الجارية بين شركات المجموعة.

                ## المؤهلات العلمية

                ماجستير في المحاسبة – جامعة الشرق الأوسط، عمّان | 2014 – 2016
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "مجموعة الفطيم (Al-Futtaim Group) | محاسبة رئيسية (Senior Accountant) | August 2018 to November 2020",
                        "شركة البوادي للطاقة المتجددة م.ع.م | مديرة الحسابات | May 2021 to present");
        assertThat(profile.identity().name()).contains("سناء محمود العبادي");
        assertThat(profile.education())
                .extracting(Education::degree, Education::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ماجستير", Optional.of("المحاسبة")));
    }

    @Test
    void should_read_a_masters_degree_in_capitals_without_its_dots_but_not_a_firm_named_so() {
        // given: a Europass PDF's entry, the degree in capitals after its dates and its EQF level
        String text = """
                # Stavroula Karagianni

                ## EDUCATION AND TRAINING

                10/2015 – 09/2016 · EQF level 7 · MSC IN STATISTICS

                Athens University of Economics and Business (AUEB)

                ## WORK EXPERIENCE

                01/2014 – 06/2015 · Deck Cadet · MSC Cruises
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .extracting(Education::degree, Education::institution)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MSC", "Athens University of Economics and Business"));
    }

    @Test
    void should_give_the_titles_dated_under_a_position_label_the_company_labelled_below_them() {
        // given: a Malaysian résumé's entries: "Position:" with each title dated on a line of its own, then
        // "Company:" and the whole span under "Duration:"
        String text = """
                # CHONG PUI YEE (EMILY)

                ## WORKING EXPERIENCE

                Position: Senior Finance Manager, Group Reporting & FP&A (Jan 2025 – Present) \s
                Finance Manager, Group Reporting (Mar 2023 – Dec 2024) \s
                Company: Carsome Sdn. Bhd. (Carsome Group), Petaling Jaya, Selangor \s
                Duration: March 2023 – Present

                - Lead a team of 6.

                Position: Assistant Manager, Assurance (Jul 2015 – Apr 2016) \s
                Senior Associate (Jul 2013 – Jun 2015) \s
                Company: PricewaterhouseCoopers (PwC Malaysia), Kuala Lumpur \s
                Duration: July 2013 – April 2016

                ## EDUCATION BACKGROUND

                2007 – 2011 · Bachelor of Commerce (Hons) Accounting \s
                Universiti Tunku Abdul Rahman (UTAR), Kampar Campus, Perak
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "PricewaterhouseCoopers | Senior Associate | July 2013 to June 2015",
                        "PricewaterhouseCoopers | Assistant Manager, Assurance | July 2015 to April 2016",
                        "Carsome Sdn. Bhd | Finance Manager, Group Reporting | March 2023 to December 2024",
                        "Carsome Sdn. Bhd | Senior Finance Manager, Group Reporting & FP&A | January 2025 to present");
        assertThat(profile.education()).extracting(Education::institution).contains("Universiti Tunku Abdul Rahman");
    }

    @Test
    void should_give_the_titles_above_and_below_an_employers_dated_line_that_employer() {
        // given: a career summary's cell: the later title, the employer's labelled span, the earlier title
        String text = """
                # Refilwe Mokoena

                ## CAREER SUMMARY

                Associate, Transportation (Apr 2024 – present) \s
                Period: Feb 2022 – Present; Company: Zutari (Pty) Ltd \s
                Senior Engineer (Feb 2022 – Mar 2024)
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Zutari | Senior Engineer | February 2022 to March 2024",
                        "Zutari | Associate, Transportation | April 2024 to present");
    }

    @Test
    void should_read_a_french_pages_front_matter_and_not_take_its_opening_line_for_a_role() {
        // given: a Hugo CV page in French: "nom:" and "poste:" in its front matter, a line atop the page that says the
        // current post again with "chez" and when the career began
        String text = """
                ---
                nom: "Mathilde Garnier"
                poste: "Lead SRE / Ingénieure DevOps"
                ville: "Lyon"
                ---

                **Lead SRE chez Esker** · dans l'infra et l'ops depuis 2015 · basée à Lyon

                ## Expérience professionnelle

                **Lead SRE** — *Esker* (Villeurbanne) · janv. 2024 – aujourd'hui

                - Management d'une équipe de 4 SRE
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Mathilde Garnier");
        assertThat(profile.identity().headline()).contains("Lead SRE / Ingénieure DevOps");
        assertThat(timeline(profile)).containsExactly("Esker | Lead SRE | January 2024 to present");
    }

    @Test
    void should_read_a_teaching_post_in_a_section_of_teaching_and_more_in_english_or_french() {
        // given: a section of teaching and community work, in French and in English, a post among the talks
        for (String heading : List.of("Enseignement & communauté", "Teaching and community")) {
            String text = """
                    # Mathilde Garnier

                    ## %s

                    - **Chargée de TD vacataire** — IUT Lyon 1, département Informatique (Villeurbanne) · 2019 – 2022
                    - **Talk Sunny Tech 2023** (Montpellier) — « Nos SLO nous mentaient »
                    """.formatted(heading);

            // when
            StructuredProfile profile = reader.read(List.of(markdown(text)));

            // then
            assertThat(timeline(profile))
                    .as(heading)
                    .containsExactly("IUT Lyon 1, département Informatique | Chargée de TD vacataire | 2019 to 2022");
        }
    }

    @Test
    void should_read_the_title_an_entrys_note_says_she_was_promoted_from_as_held_there_before() {
        // given: an Irish CV's entry, its line in bold, then the title held before in brackets with its dates
        String text = """
                # Sinéad Twomey

                ## Career History

                **July 2023 – Present | Process Engineering Lead | MSD, Brinny, Innishannon, Co. Cork**

                (Promoted from Senior Process Engineer, April 2021 – June 2023)

                - Lead and line manage a team of 6 process engineers.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "MSD, Brinny | Senior Process Engineer | April 2021 to June 2023",
                        "MSD, Brinny | Process Engineering Lead | July 2023 to present");
    }

    @Test
    void should_read_the_name_past_the_name_she_goes_by_in_brackets_after_it() {
        // given: a Malaysian résumé's heading, the whole name in capitals and the English name after it
        String text = """
                # CHONG PUI YEE (EMILY)

                **FCCA, CA(M)**

                ## CAREER OBJECTIVE

                A Chartered Accountant with 14 years of experience in audit and finance.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Chong Pui Yee");
    }

    @Test
    void should_take_a_bold_title_above_an_italic_employer_and_dates_line_as_word_templates_lay_them_out() {
        // given
        String text = """
                # JOANNE (JO) THRELFALL

                ## Career History

                **Key Account Manager**

                *Brackenridge Foods Ltd, Manchester | Jun 2018 – Feb 2021*

                Joined to manage Greenhalgh's and the wholesale channel.

                **Area Sales Manager - North**

                *Calloway & Finch Packaging, Leeds | April 2015 – May 2018*

                - Grew territory revenue from £2.1m to £3.4m (+62%) in three years.

                ## Earlier Career

                - **Business Development Executive**, Norbury Business Energy, Stockport (08/2013 – 03/2015)
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Norbury Business Energy | Business Development Executive | August 2013 to March 2015",
                        "Calloway & Finch Packaging | Area Sales Manager - North | April 2015 to May 2018",
                        "Brackenridge Foods Ltd | Key Account Manager | June 2018 to February 2021");
        assertThat(profile.identity().name()).contains("Joanne Threlfall");
    }

    @Test
    void should_read_a_bold_header_with_post_nominals_and_title_lines_of_a_civil_engineer() {
        // given
        String text = """
                **RUAIRI PENHALIGON   MEng (Hons) CEng MICE**
                **Chartered Civil Engineer - Bridges, Highways & Rail Structures**

                **WORK EXPERIENCE**

                February 2021 to August 2023: Sub-Agent, Castlemead Construction Ltd (Cardiff)

                September 2013 to August 2016 : Graduate Civil Engineer (Graduate Development Scheme), Trevanion \
                Partnership (Exeter)

                **EDUCATION**

                MEng (Hons) Civil Engineering, 2:1 - University of Brackenmoor, 2009 - 2013
                A Levels: Maths, Physics, Geography - Penrose Vale College 2007-2009
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Ruairi Penhaligon");
        assertThat(timeline(profile))
                .containsExactly(
                        "Trevanion Partnership | Graduate Civil Engineer (Graduate Development Scheme) | September 2013"
                                + " to August 2016",
                        "Castlemead Construction Ltd | Sub-Agent | February 2021 to August 2023");
        assertThat(profile.education())
                .extracting(Education::institution)
                .containsExactly("University of Brackenmoor", "Penrose Vale College");
    }

    @Test
    void should_read_a_tabular_cv_whose_cells_break_lines_with_br() {
        // given
        String text = """
                ## Dipl.-Ing. Johanna Brandauer

                ### Professional experience

                | | |
                |---|---|
                | since 03/2023 | **Team Lead Thermal Management**<br>Farnholt eTruck GmbH, Marktheiden<br>• lead of 6 engineers |
                | 04/2022 – 02/2023 | **Senior Development Engineer Battery Thermal Management**, Auerwald Mobility AG, Lennstadt |
                | 07.2018 – 09.2020 | **Development Engineer Powertrain Cooling**<br>Velmar Automotive Systems GmbH, Ebersweil |

                ### Internships

                | | |
                |---|---|
                | 03/2012 – 08/2012 | Praktikum (practical semester), Rottmayr Kühlertechnik GmbH, Wendlingshausen |
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Rottmayr Kühlertechnik GmbH | Praktikum | March 2012 to August 2012",
                        "Velmar Automotive Systems GmbH | Development Engineer Powertrain Cooling | July 2018 to"
                                + " September 2020",
                        "Auerwald Mobility AG | Senior Development Engineer Battery Thermal Management | April 2022 to"
                                + " February 2023",
                        "Farnholt eTruck GmbH | Team Lead Thermal Management | March 2023 to present");
    }

    @Test
    void should_read_a_nurses_dates_title_and_department_hospital_trust_town_lines() {
        // given
        String text = """
                # Tamsin Okafor RN, BSc (Hons), PGCert

                ## Employment History

                Mar 2020 – present

                Sister / Charge Nurse (Band 7)

                Emergency Department, Sallowfield General Hospital, Tarnbury & Sallowfield NHS Foundation Trust, Tarnbury

                Nurse in charge of a Type 1 ED & 6-bay Resus.

                Nov 2023 – Oct 2024 (12-month secondment, 0.6 WTE; substantive post kept)

                Clinical Practice Educator (Band 7) – SECONDMENT

                Northmere Urgent & Emergency Care Network (hosted by Northmere ICB), Holbeck House, Marlbeck

                Designed and delivered the network's nursing foundations programme.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Tamsin Okafor");
        assertThat(timeline(profile))
                .containsExactly(
                        "Sallowfield General Hospital, Tarnbury & Sallowfield NHS Foundation Trust | Sister / Charge Nurse"
                                + " (Band 7), Emergency Department | March 2020 to present",
                        "Northmere Urgent & Emergency Care Network | Clinical Practice Educator (Band 7) – SECONDMENT |"
                                + " November 2023 to October 2024");
        assertThat(profile.roles().get(0).location()).contains("Tarnbury");
    }

    @Test
    void should_read_a_us_retail_resume_with_title_employer_lines_over_dates_and_one_employer_across_branches() {
        // given
        String text = """
                CHARLENE VOSKUIL
                Larkfield, OH | charlene@example.com

                PROFESSIONAL EXPERIENCE

                STORE MANAGER — Harrowgate Markets, Store #0412, Corwin Springs, OH\t\tJune 2020 – Jan. 2024
                * Full P&L responsibility for a $41M store w/ 165 associates

                ASSISTANT STORE MANAGER — Harrowgate Markets, Store #0377, East Halloway, OH
                Oct 2017 - May 2020
                * Second in command of a $26M, 110-associate store; ran front end and receiving

                EDUCATION

                B.S., Business Administration (Operations Management concentration)
                Crestmoor University, Larkfield, OH -- Dec. 2019

                A.A.S. Business Management, Stillwater Valley Community College, Tipton Mills OH, May 2013
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Harrowgate Markets, Store #0377 | ASSISTANT STORE MANAGER | October 2017 to May 2020",
                        "Harrowgate Markets, Store #0412 | STORE MANAGER | June 2020 to January 2024");
        assertThat(profile.roles().get(0).samePlaceAs(profile.roles().get(1))).isTrue();
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "B.S. in Business Administration at Crestmoor University (December 2019)",
                        "A.A.S. in Business Management at Stillwater Valley Community College (May 2013)");
    }

    @Test
    void should_not_misread_pipe_separated_roles_employers_named_like_titles_or_the_next_entrys_lines() {
        // given
        StructuredProfile pipes = reader.read(List.of(plain("""
                EXPERIENCE

                Senior Engineer | Acme Ltd | Jan 2019 - Present
                Engineer | Beta Systems Ltd | Jun 2015 - Dec 2018
                """)));
        StructuredProfile executive = reader.read(List.of(markdown("""
                ## Experience

                **Policy Adviser**

                *Health and Safety Executive, Bootle | Jun 2018 – Feb 2021*

                ## Education

                - 2012 – 2015: BSc Paramedic Science, University of Hertfordshire
                - BSc Computer Science, University of California - Berkeley, 2011
                """)));
        StructuredProfile nextEntry = reader.read(List.of(markdown("""
                ## Experience

                **Brightwave**

                Senior Designer | Jan 2021 – Present

                **Northgate Studios**

                Designer | Jun 2017 – Dec 2020
                """)));
        StructuredProfile lastBullet = reader.read(List.of(plain("""
                EXPERIENCE

                Beta Ltd, Leeds | 2021 - Present
                * Built the payments platform from scratch
                * Line manager for the payments squad

                Acme Ltd, London | 2019 - 2021
                * Built the billing service
                """)));

        // then
        assertThat(timeline(pipes))
                .containsExactly(
                        "Beta Systems Ltd | Engineer | June 2015 to December 2018",
                        "Acme Ltd | Senior Engineer | January 2019 to present");
        assertThat(timeline(executive))
                .containsExactly("Health and Safety Executive | Policy Adviser | June 2018 to February 2021");
        assertThat(executive.education())
                .extracting(Education::institution)
                .containsExactly("University of Hertfordshire", "University of California - Berkeley");
        assertThat(timeline(nextEntry)).doesNotContain("Northgate Studios | Senior Designer | January 2021 to present");
        assertThat(lastBullet.roles()).extracting(Role::title).doesNotContain("Line manager for the payments squad");
    }

    @Test
    void should_keep_a_degrees_class_or_grade_written_on_its_line_or_under_it() {
        // given
        String text = """
                ## Education & Qualifications

                - PGCert Clinical Education – Harbridge University, Sept 2021 – July 2022. Passed with Merit.
                - BSc (Hons) Adult Nursing – University of Dunmarsh, 2011-2014.
                  Classification: 2:1 (Upper Second Class Honours).
                - Dipl.-Ing. Automotive Engineering, Technische Universität Murhofen, 2014 – 2016
                  Specialisation: vehicle thermal management
                  Final grade: 1.7
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "PGCert in Clinical Education at Harbridge University (September 2021 to July 2022), Merit",
                        "BSc in Adult Nursing at University of Dunmarsh (2011 to 2014), 2:1 (Upper Second Class Honours)",
                        "Dipl.-Ing. in Automotive Engineering at Technische Universität Murhofen (2014 to 2016), 1.7");
    }

    @Test
    void should_keep_a_second_title_with_a_department_after_its_comma_under_the_employer_line_above() {
        // given
        String text = """
                PROFESSIONAL EXPERIENCE

                REDSTONE FULFILLMENT SERVICES, Groveport, OH
                Warehouse Operations Supervisor (2nd Shift)                  01/2021 - Present
                - Supervise 2nd shift of 38 associates and 3 leads
                Shift Lead, Outbound                                         06/2019 - 12/2020
                - Ran outbound dock for 2nd shift: wave release, carrier loading

                BUCKEYE COLD STORAGE CO., Columbus, OH
                Lead Receiving Clerk                                         03/2017 - 05/2019
                - Ran receiving dock for frozen and cooler food product
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Buckeye Cold Storage Co | Lead Receiving Clerk | March 2017 to May 2019",
                        "Redstone Fulfillment Services | Shift Lead, Outbound | June 2019 to December 2020",
                        "Redstone Fulfillment Services | Warehouse Operations Supervisor | January 2021 to present");
    }

    @Test
    void should_take_a_place_of_study_named_in_capitals_on_the_line_above_its_degree() {
        // given
        String text = """
                EDUCATION

                COLUMBUS VALLEY COMMUNITY COLLEGE, Columbus, OH
                Associate of Applied Science (A.A.S.), Supply Chain Management            2018
                - Completed evenings while working full time. GPA 3.4

                MADISON RIDGE HIGH SCHOOL, Groveport, OH
                High School Diploma                                                       2013
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "Associate of Applied Science in Supply Chain Management at Columbus Valley Community College"
                                + " (2018), 3.4",
                        "High School Diploma at Madison Ridge High School (2013)");
    }

    @Test
    void should_give_each_engagement_under_a_heading_of_independent_consulting_its_client() {
        // given
        String text = """
                # Matthias Overbeck

                ## INDEPENDENT CONSULTING

                Sole proprietor. Engagements listed newest first; several ran in parallel.

                Grünfeld Agrar eG (agriculture, co-operative) — Supply Chain Advisor — January 2025 to present

                - Diagnostic of the grain and fertiliser supply chain across 23 sites.

                Nordhafen Logistik AG (contract logistics) — Interim Transformation Lead — April 2019 to March 2020

                - First independent mandate.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Nordhafen Logistik AG | Interim Transformation Lead | April 2019 to March 2020",
                        "Grünfeld Agrar eG | Supply Chain Advisor | January 2025 to present");
    }

    @Test
    void should_read_two_titles_each_dated_on_one_line_parted_by_a_comma() {
        // given
        String text = """
                # Matthias Overbeck

                ## EARLIER CAREER

                Corvell & Partners, Berlin · September 2014 to March 2019

                Strategy and operations consultancy\\
                Engagement Manager (2017 – 2019), Senior Consultant (2014 – 2016)

                - Led 11 client engagements.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Corvell & Partners | Senior Consultant | 2014 to 2016",
                        "Corvell & Partners | Engagement Manager | 2017 to 2019");
    }

    @Test
    void should_date_a_degree_from_a_town_and_bullet_line_or_an_expected_graduation_and_skip_an_awards_line() {
        // given
        String bullet = """
                ## EDUCATION

                University of Illinois Urbana-Champaign — B.S. Industrial Engineering, Minor in Economics\\
                Urbana-Champaign, IL • 2010 – 2014

                ## SKILLS

                SQL, Figma
                """;
        String expected = """
                ## EDUCATION

                University of Tynebridge, Newcastle upon Tyne — BSc (Hons) Computer Science

                September 2024 – June 2027 (expected graduation)

                Awards: Tynebridge Excellence Scholarship (£2,000 per year, 2024–2027); School of Computing Dean’s List 2024/25

                St. Colman’s Community College, Midleton, Co. Cork — Leaving Certificate

                September 2018 – June 2024
                """;

        // when
        StructuredProfile town = reader.read(List.of(markdown(bullet)));
        StructuredProfile graduating = reader.read(List.of(markdown(expected)));

        // then
        assertThat(town.education())
                .extracting(Education::describe)
                .containsExactly(
                        "B.S. in Industrial Engineering at University of Illinois Urbana-Champaign (2010 to 2014)");
        assertThat(graduating.education())
                .extracting(Education::describe)
                .containsExactly(
                        "BSc in Computer Science at University of Tynebridge (September 2024 to June 2027)",
                        "St. Colman’s Community College (September 2018 to June 2024)");
    }

    @Test
    void should_date_a_degree_from_the_line_under_it_with_months_in_capitals_or_its_class_beside() {
        // given
        String text = """
                EDUCATION
                University of Leeds, Leeds
                BSc (Hons) Computer Science
                SEP 2011 - JUN 2014
                ● Final-year project: anomaly detection in web server logs.

                SKILLS
                Kubernetes • Terraform
                """;
        String twoLines = """
                ## EDUCATION

                **BA (Hons) Graphic Design — University of the West of England, Bristol**

                2012 – 2015 · First Class Honours
                """;

        // when
        StructuredProfile plain = reader.read(List.of(plain(text)));
        StructuredProfile md = reader.read(List.of(markdown(twoLines)));

        // then
        assertThat(plain.education())
                .extracting(Education::describe)
                .containsExactly("BSc in Computer Science at University of Leeds (September 2011 to June 2014)");
        assertThat(md.education())
                .extracting(Education::describe)
                .containsExactly(
                        "BA in Graphic Design at University of the West of England (2012 to 2015), First Class Honours");
    }

    @Test
    void should_read_a_list_of_short_dated_entries_joined_into_one_line() {
        // given: short list items, which come joined by semicolons
        String text = """
                # Maya Okafor

                ## Experience

                - **2019** — Joined Foo Ltd as Senior Developer
                - **2021** — Left Foo Ltd to travel
                - **2022** — Moved to Bar GmbH as Tech Lead (current)
                - **2016 – 2019** — PhD Candidate, University of Oslo
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "University of Oslo | PhD Candidate | 2016 to 2019",
                        "Foo Ltd | Senior Developer | 2019 to 2021",
                        "Bar GmbH | Tech Lead | 2022 to present");
        assertThat(profile.education()).isEmpty();
    }

    @Test
    void should_not_take_an_about_page_heading_for_the_name_nor_a_day_for_a_year() {
        // given
        ProfileDocument about = markdown("# About This Site\n\nThis is where I write.\n");
        ProfileDocument cv =
                markdown("# Maya Okafor\n\n## Experience\n\n" + "- Senior Engineer, Globex Corp, 2016 – 30 Jun 2019\n");

        // when
        StructuredProfile profile = reader.read(List.of(about, cv));

        // then
        assertThat(profile.identity().name()).contains("Maya Okafor");
        assertThat(timeline(profile)).noneMatch(line -> line.contains("2030"));
    }

    @Test
    void should_read_an_it_services_cv_whose_jobs_are_sentences_wrapped_before_their_dates() {
        // given
        String text = """
                                              CURRICULUM VITAE

                PRAVEEN KUMAR NALLAMOTHU
                Email    : praveen@example.in

                PROFESSIONAL EXPERIENCE
                 * Working as Technical Lead in Mphasis Limited, Pune from Mar 2021 to till date.
                 * Worked as Senior Software Engineer in Tech Mahindra Limited, Hyderabad from
                   Jan 2018 to Feb 2021.
                 * Worked as Trainee Software Engineer in Srinidhi Infotech Pvt. Ltd., Vijayawada
                   from Jun 2014 to Jun 2015.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Srinidhi Infotech Pvt. Ltd. | Trainee Software Engineer | June 2014 to June 2015",
                        "Tech Mahindra Limited | Senior Software Engineer | January 2018 to February 2021",
                        "Mphasis Limited | Technical Lead | March 2021 to present");
        assertThat(profile.roles().get(2).location()).contains("Pune");
        assertThat(profile.identity().name()).contains("Praveen Kumar Nallamothu");
    }

    @Test
    void should_read_a_plain_text_resume_with_leaders_a_lower_case_name_and_a_reversed_range() {
        // given
        String text = """
                jane roe

                jane@roe.example  |  Bristol, UK

                experience
                ==========

                Senior SRE ------------ Globex Corp, Bristol    February 2025 - present
                    Reliability work for a fibre network.

                Initech Ltd, Bath ................................ June 2019 to June 2011
                  Linux Engineer
                    Ran 1,200 servers.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.identity().name()).contains("Jane Roe");
        assertThat(timeline(profile))
                .containsExactly(
                        "Initech Ltd | Linux Engineer | June 2011 to June 2019",
                        "Globex Corp | Senior SRE | February 2025 to present");
        assertThat(profile.currentRoles()).extracting(Role::organization).containsExactly("Globex Corp");
    }

    @Test
    void should_read_roles_that_are_bullets_of_one_list_with_several_employers_and_a_break() {
        // given
        String text = """
                Title: CV
                Status: published

                I'm Ada Byron, a data engineer in Leeds.

                ## Work

                - **2022-** Principal engineer at Northwind Analytics, Leeds. I lead the platform group.
                - 2017–2022: Able.ag, Antidote.me, Made.com: contracts. Mostly Python.
                - 2016–2017 Travelling. I went round Chile.
                - 09/2009 - 05/2016 Graduate developer at Halden Insurance, York. VB.NET.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Ada Byron");
        assertThat(timeline(profile))
                .containsExactly(
                        "Halden Insurance | Graduate developer | September 2009 to May 2016",
                        " | Travelling | 2016 to 2017",
                        "Able.ag, Antidote.me, Made.com | contracts | 2017 to 2022",
                        "Northwind Analytics | Principal engineer | 2022 to present");
        assertThat(profile.jobs()).hasSize(3);
    }

    @Test
    void should_give_an_employer_heading_to_the_two_titles_under_it() {
        // given
        String text = """
                ## Dr. Li.Wei Chen

                li@chen.example · Singapore

                ## Experience

                ### Voltaro GmbH

                Berlin · (Sep. 2021 – Present)

                Staff Engineer (2023–present)

                Senior Engineer (2021–2023)

                ### Senior Backend Engineer, Quillpay

                July 2018 - August 2021 · Berlin

                ## Education

                M.Sc. Computer Science, Technische Universität München, 2012–2014
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Li Wei Chen");
        assertThat(timeline(profile))
                .containsExactly(
                        "Quillpay | Senior Backend Engineer | July 2018 to August 2021",
                        "Voltaro GmbH | Senior Engineer | 2021 to 2023",
                        "Voltaro GmbH | Staff Engineer | 2023 to present");
        assertThat(profile.roles().get(0).location()).contains("Berlin");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("M.Sc. in Computer Science at Technische Universität München (2012 to 2014)");
    }

    @Test
    void should_read_table_rows_with_labelled_columns() {
        // given
        String text = """
                ---
                name: José Álvarez-Müller
                pronouns: he/him
                ---

                ## Work history

                | Period | Organization | Role | Location |
                |---|---|---|---|
                | 2021–now | Helvetia Insurance | Lead Data Scientist | Zürich |
                | 2016–2017 | — | Sabbatical (career break) | Sevilla |

                ## Skills

                | Area | Tools |
                |---|---|
                | Statistics | PyMC, Stan |
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("José Álvarez-Müller");
        assertThat(profile.identity().pronouns()).isEqualTo(Pronouns.HE);
        assertThat(timeline(profile))
                .containsExactly(
                        " | Sabbatical | 2016 to 2017", "Helvetia Insurance | Lead Data Scientist | 2021 to present");
        assertThat(profile.roles().get(0).careerBreak()).isTrue();
        assertThat(profile.skills()).contains("PyMC", "Stan");
    }

    @Test
    void should_infer_pronouns_from_a_third_person_bio_and_else_say_they() {
        // given
        ProfileDocument bio = plain("Li Wei Chen is a research engineer. She leads a team; her work is on GPUs.\n");
        ProfileDocument firstPerson = plain("I'm Sam Doe. I build platforms.\n");

        // then
        assertThat(reader.read(List.of(bio)).identity().pronouns()).isEqualTo(Pronouns.SHE);
        assertThat(reader.read(List.of(firstPerson)).identity().pronouns()).isEqualTo(Pronouns.THEY);
        assertThat(new StructuredProfileReader(Optional.empty(), Optional.of("he/him"))
                        .read(List.of(firstPerson))
                        .identity()
                        .pronouns())
                .isEqualTo(Pronouns.HE);
    }

    @Test
    void should_read_a_career_told_in_prose_when_no_role_is_listed() {
        // given
        String bio = """
                # Grace Liu

                Grace Liu is a staff data scientist at Spotify in Stockholm, where she has worked since 2020.

                Before Spotify, Grace spent four years (2016–2020) at King, the mobile games company.

                She began her career in 2012 as an analyst at Ericsson. She holds an MSc in Statistics from Uppsala University (2012).
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(bio)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Ericsson | analyst | 2012 to 2016",
                        "King |  | 2016 to 2020",
                        "Spotify | staff data scientist | 2020 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("MSc in Statistics at Uppsala University (2012)");
    }

    @Test
    void should_read_french_and_german_dates_and_titles() {
        // given
        String cv = """
                # Camille Dubois

                ## Expériences professionnelles

                ### Depuis septembre 2021 — Ingénieure backend senior, Doctolib (Lyon)

                - Responsable de l'API de prise de rendez-vous

                ### 2017 – 2021 — Développeuse backend, Sqreen (Paris)

                - Conception de l'agent de sécurité

                ### seit 04/2015 – 2017 Werkstudentin, Otto Group, Hamburg

                - Prototypen für den Checkout
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(cv)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Otto Group | Werkstudentin | April 2015 to 2017",
                        "Sqreen | Développeuse backend | 2017 to 2021",
                        "Doctolib | Ingénieure backend senior | September 2021 to present");
        assertThat(profile.roles().get(2).location()).contains("Lyon");
    }

    @Test
    void should_read_a_degree_from_the_heading_above_a_heading_of_its_dates() {
        // given: a Google Docs template's export, each entry's dates a heading of their own
        ProfileDocument cv = markdown("""
                # Talia Brennan

                ## EDUCATION

                ### University of Wisconsin–Madison, Madison, WI — B.B.A. in Marketing, minor in Statistics

                #### SEPTEMBER 2013 - MAY 2017

                GPA 3.7. Wisconsin School of Business Dean's List, six semesters.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .startsWith(
                                "B.B.A. in Marketing at University of Wisconsin–Madison (September 2013 to May 2017)"));
    }

    @Test
    void should_read_an_academics_affiliations_and_internships_as_posts_and_her_students_placements_as_none() {
        // given: an economist's CV, each post a line led by its years
        ProfileDocument cv = markdown("""
                # Rebecca Thorsen

                ## Other Positions

                2020–present · Research Affiliate, Centre for Economic Policy Research (CEPR), Monetary Economics programme

                2013 · PhD Research Intern (June–August), Monetary Policy Department, Norges Bank, Oslo, Norway

                ## PhD Students Supervised

                2024 · Grace Mbeki, Amazon (Economist)
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title().split(" \\(")[0])
                .containsExactly(
                        "Norges Bank | PhD Research Intern",
                        "Centre for Economic Policy Research (CEPR), Monetary Economics programme | Research Affiliate");
    }

    @Test
    void should_pair_an_institution_and_its_dates_with_the_degree_under_it_not_a_differently_dated_one_above() {
        // given: a British CV's entries, each "Institution · dates" over its degree, a diploma dated on its own line
        ProfileDocument cv = markdown("""
                # Helen Ashworth

                ## Education & Qualifications

                ACCA · 2013

                Diploma in International Financial Reporting (DipIFR) – passed December 2013

                University of Sheffield · 2005 – 2008

                BA (Hons) Accounting and Financial Management – 2:1
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .anySatisfy(d -> assertThat(d)
                        .startsWith("BA in Accounting and Financial Management at University of Sheffield (2005 to"
                                + " 2008)"))
                .noneSatisfy(d -> assertThat(d).contains("Financial Reporting at University of Sheffield"));
    }

    @Test
    void should_read_a_schools_label_with_a_note_in_brackets() {
        // given: a Korean CV's table of schools, a column's label noting what else it holds
        ProfileDocument cv = markdown("""
                # Park Seung-hyun

                ## Education

                Period: 2010.03 – 2016.02; School (Location): Konkuk University (Seoul); Major / Degree: B.S. in Computer Science & Engineering
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .singleElement()
                .satisfies(d -> assertThat(d).contains("at Konkuk University"));
    }

    @Test
    void should_read_a_long_degree_heading_above_a_heading_of_its_dates() {
        // given: the degree's specialism in brackets, the heading long without its dates
        ProfileDocument cv = markdown("""
                # Clodagh Mulvihill

                ## Education

                ### Dublin City University, Dublin — MSc Education and Training Management (Digital Learning)

                #### SEPTEMBER 2020 - NOVEMBER 2022

                First Class Honours. Part-time, online. Dissertation: “Micro-lessons and retrieval practice in Junior Cycle Science: a design-based study”.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .startsWith("MSc in Education and Training Management at Dublin City University (September 2020"
                                + " to November 2022)"));
    }

    @Test
    void should_read_a_github_readmes_html_table_of_jobs_and_a_run_in_education_line() {
        // given: a profile README's table, its header cells with emoji, a cell's second line a <sub> note
        ProfileDocument readme = markdown("""
                # Hi there, I'm Lena Hartwig 👋

                ### 💼 Where I've worked

                <table>
                  <thead>
                    <tr><th>🏢 Company</th><th>👩‍💻 Role</th><th>📅 When</th><th>✨ Highlights</th></tr>
                  </thead>
                  <tbody>
                    <tr>
                      <td><b>Parcelwise GmbH</b><br/><sub>Berlin · logistics SaaS</sub></td>
                      <td>Senior Frontend Engineer</td>
                      <td>04/2022 – today</td>
                      <td>Built the Pulse design system (90+ components) now used by 6 product teams · mentor 2 devs</td>
                    </tr>
                    <tr>
                      <td><b>Kiezkasse</b><br/><sub>Berlin · neobank</sub></td>
                      <td>Frontend Developer</td>
                      <td>09/2019 – 03/2022</td>
                      <td>Migrated the merchant app from AngularJS to React + TypeScript for 250k+ users</td>
                    </tr>
                  </tbody>
                </table>

                🎓 **Education:** B.Sc. Medieninformatik, HTWK Leipzig, 2014 – 2017
                """);

        // when
        StructuredProfile profile = reader.read(List.of(readme));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kiezkasse | Frontend Developer | September 2019 to March 2022",
                        "Parcelwise GmbH | Senior Frontend Engineer | April 2022 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .singleElement()
                .asString()
                .startsWith("B.Sc.");
        assertThat(readme.blocks())
                .extracting(dev.profilebot.profile.Block::text)
                .anySatisfy(t -> assertThat(t).contains("Built the Pulse design system (90+ components)"));
    }

    @Test
    void should_keep_a_bold_label_inside_a_job_or_under_skills_where_it_stands() {
        // given
        ProfileDocument cv = markdown("""
                # Jane Quill

                ## Experience

                ### Senior Engineer, Globex Ltd

                2021 – present

                **Skills:** Java, Go, Kubernetes

                - Mentored four engineers.

                ## Technical Skills

                **Languages:** Go, Java, Kotlin
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile)).containsExactly("Globex Ltd | Senior Engineer | 2021 to present");
        assertThat(cv.blocks())
                .filteredOn(b -> b.text().contains("Mentored four engineers"))
                .singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).last().asString().contains("Globex"));
        assertThat(cv.blocks())
                .filteredOn(b -> b.text().contains("Kotlin"))
                .singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).last().isEqualTo("Technical Skills"));
    }

    @Test
    void should_read_jobs_written_as_a_pandoc_definition_list_with_their_indented_bullets() {
        // given: pandoc_resume's shape, whose indented bullets CommonMark alone would take for code
        ProfileDocument cv = markdown("""
                Freya Dunmore
                =============

                Experience
                ----------

                2021–present
                :   **Senior Product Designer**, Lumo Health, Melbourne

                    * Redesigned the GP booking flow; completion went from 61% to 78%.
                    * Manage two mid-level product designers.

                2018–2021
                :   **Product Designer**, Paperbark, Sydney

                    * Cut onboarding drop-off from 47% to 29%.

                Skills
                ------

                Research
                :   Moderated and unmoderated usability testing
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Paperbark | Product Designer | 2018 to 2021",
                        "Lumo Health | Senior Product Designer | 2021 to present");
        assertThat(cv.blocks())
                .extracting(dev.profilebot.profile.Block::text)
                .anySatisfy(t -> assertThat(t).contains("completion went from 61% to 78%"))
                // a term that is no date stays with its definition
                .anySatisfy(t -> assertThat(t).contains("Research: Moderated and unmoderated usability testing"))
                .noneSatisfy(t -> assertThat(t).contains(":   "));
    }

    @Test
    void should_not_stop_on_a_header_line_of_separators_or_an_unusual_month() {
        // given
        String text = """
                |
                 •

                ## Experience

                ### Acme GmbH

                Berlin · März 2019 – present
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles()).extracting(r -> r.dates().display()).containsExactly("March 2019 to present");
    }

    @Test
    void should_warn_when_no_name_and_no_dated_role_are_found() {
        // given
        ProfileDocument notes = plain("Some notes about building things.\n");

        // when
        StructuredProfile profile = reader.read(List.of(notes));

        // then
        assertThat(profile.identity().name()).isEmpty();
        assertThat(profile.identity().displayName()).isEqualTo("the person");
        assertThat(profile.warnings()).anyMatch(w -> w.contains("PROFILE_NAME"));
        assertThat(profile.warnings()).anyMatch(w -> w.contains("No role with dates"));
    }

    @Test
    void should_read_a_department_between_title_and_employer_as_part_of_the_title() {
        // given
        String text = """
                # Imogen Varga

                ## Experience

                ### EPMA Lead Pharmacist, Kirkstall Valley Teaching Hospitals NHS Trust
                Sep 2019 – Jun 2022 · Leeds

                - Clinical lead for the EPMA rollout.

                ### Specialist Pharmacist, Adult Critical Care, Kirkstall Valley Teaching Hospitals NHS Trust
                Mar 2016 – Aug 2019 · Leeds

                - Pharmacist for a 32-bed intensive care unit.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then: one employer, two roles there
        assertThat(timeline(profile))
                .containsExactly(
                        "Kirkstall Valley Teaching Hospitals NHS Trust | Specialist Pharmacist, Adult Critical Care"
                                + " | March 2016 to August 2019",
                        "Kirkstall Valley Teaching Hospitals NHS Trust | EPMA Lead Pharmacist"
                                + " | September 2019 to June 2022");
    }

    @Test
    void should_read_a_named_department_before_the_employer_and_a_professor_named_in_the_title() {
        // given: an economist's job-market CV, and a cover letter dated to the day
        String text = """
                # Clara Westergaard

                ## Research Experience

                Research Assistant to Prof. Helen Marsh-Whitfield, Harcourt University · 2023 – present

                Student Research Assistant to Prof. Mette Kjærgaard, University of Copenhagen · 2017 – 2019

                ## Prior Employment

                Senior Research Analyst, Economic Research Department, Nordmark Central Bank · Sep 2020 – Aug 2021
                """;
        String letter = """
                Clara Westergaard

                14 November 2026

                Ms Rachel Dunmore
                Head of Research
                Thornbury Vale Institute

                Dear Ms Dunmore,

                I am writing to apply for the post of Economist.
                """;

        // when
        StructuredProfile profile =
                reader.read(List.of(markdown(text), new PlainTextParser().parse("letter.txt", letter)));

        // then: the bank employed her, in its department; the letter's date and addressee are no job
        assertThat(timeline(profile))
                .containsExactly(
                        "University of Copenhagen | Student Research Assistant to Prof. Mette Kjærgaard | 2017 to 2019",
                        "Nordmark Central Bank | Senior Research Analyst, Economic Research Department"
                                + " | September 2020 to August 2021",
                        "Harcourt University | Research Assistant to Prof. Helen Marsh-Whitfield | 2023 to present");
    }

    @Test
    void should_read_an_academic_cvs_long_appointments_a_postdoc_with_its_mentor_and_schools_within_universities() {
        String text = """
                # REBECCA L. THORNBURY, PhD, MPH

                **ACADEMIC APPOINTMENTS**

                2022–present · Associate Professor (with tenure), Department of Health Behavior and Health \
                Education, University of Michigan School of Public Health, Ann Arbor, MI

                2017–2022 · Assistant Professor, Department of Health Behavior and Health Education, University of \
                Michigan School of Public Health, Ann Arbor, MI

                **EDUCATION**

                2015 · PhD, Health Behavior, Gillings School of Global Public Health, University of North Carolina at \
                Chapel Hill, Chapel Hill, NC \s
                Advisor: Marcus D. Whitfield, PhD

                2010 · MPH, Behavioral Sciences and Health Education, Rollins School of Public Health, Emory University, \
                Atlanta, GA

                **POSTDOCTORAL TRAINING**

                2015–2017 · Postdoctoral Fellow, NHLBI T32 Training Program in Cardiovascular Epidemiology, Department \
                of Epidemiology, Johns Hopkins Bloomberg School of Public Health, Baltimore, MD. Mentor: Susan K. \
                Albrecht, PhD
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .extracting(Role::organization, Role::dates)
                .extracting(
                        t -> t.toList().get(0) + " " + ((DateRange) t.toList().get(1)).display())
                .containsExactly(
                        "Johns Hopkins Bloomberg School of Public Health 2015 to 2017",
                        "University of Michigan School of Public Health 2017 to 2022",
                        "University of Michigan School of Public Health 2022 to present");
        assertThat(profile.education())
                .extracting(Education::degree, Education::institution)
                .extracting(t -> t.toList().get(0) + " at " + t.toList().get(1))
                .containsExactly(
                        "PhD at Gillings School of Global Public Health, University of North Carolina at Chapel Hill",
                        "MPH at Rollins School of Public Health, Emory University");
    }

    @Test
    void should_read_a_french_work_study_post_as_its_title_and_no_volunteering_in_the_languages_section() {
        String text = """
                # Élodie MARCHAND

                ## EXPÉRIENCES PROFESSIONNELLES

                Sept. 2012 – août 2013 · Alternance – Assistante chef de produit – Savoie Lait Coopérative, Chambéry

                ## LANGUES & CENTRES D'INTÉRÊT

                Espagnol : intermédiaire (B1) · Bénévole à la Banque Alimentaire du Rhône depuis 2019
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Savoie Lait Coopérative | Assistante chef de produit (alternance)"
                        + " | September 2012 to August 2013");
    }

    @Test
    void should_read_a_europass_pdfs_entries_dated_over_their_town_and_titled_in_bold_before_their_employer() {
        String text = """
                # Beatriz Moura Salgueiro

                ## WORK EXPERIENCE

                01/03/2021 – CURRENT  Lisbon, Portugal

                **SENIOR QA AUTOMATION ENGINEER** · VERTIZ PAYMENTS, S.A. \s
                Joined as QA Automation Engineer; promoted to Senior QA Automation Engineer in 04/2022.

                - Lead test automation for the merchant acquiring platform in a squad of 9 engineers.

                Business or Sector: Financial and insurance activities

                01/09/2018 – 28/02/2021  Lisbon, Portugal

                **QA AUTOMATION ENGINEER** · CARAVELA DIGITAL, LDA.

                - Nearshore consultant allocated to NordVers Versicherung AG (German insurance group).

                Business or Sector: Information and communication

                ## EDUCATION AND TRAINING

                09/2013 – 07/2015  Coimbra, Portugal

                **MASTER'S DEGREE IN INFORMATICS ENGINEERING** University of Coimbra – Faculty of Sciences and Technology

                **Field(s) of study:** Information and Communication Technologies | Final grade: 17/20 | Level in EQF: EQF level 7 |

                02/2014 – 07/2014  Salamanca, Spain

                **ERASMUS EXCHANGE SEMESTER** Universidad de Salamanca
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Caravela Digital, LDA | QA AUTOMATION ENGINEER | September 2018 to February 2021",
                        "Vertiz Payments, S.A. | SENIOR QA AUTOMATION ENGINEER | March 2021 to present");
        assertThat(profile.education())
                .extracting(Education::degree, Education::field, Education::institution)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "MASTER'S DEGREE",
                                Optional.of("INFORMATICS ENGINEERING"),
                                "University of Coimbra – Faculty of Sciences and Technology"),
                        org.assertj.core.groups.Tuple.tuple("", Optional.empty(), "Universidad de Salamanca"));
    }

    @Test
    void should_read_a_titles_own_employer_below_it_after_the_titles_held_under_an_employer_above() {
        String text = """
                # Lucía Ferrández Olmedo

                ## EXPERIENCIA PROFESIONAL

                **Banco Almena · Madrid (Las Tablas)**

                Senior Data Scientist · abr. 2020 – ago. 2022 \s
                Data Scientist · feb. 2019 – mar. 2020

                - Construí el modelo de detección de fraude en pagos con tarjeta (XGBoost + reglas de negocio).

                Data Scientist · jun. 2016 – ene. 2019 \s
                Kubo Analytics (consultoría de analítica avanzada) · Barcelona

                - Participé en 8 proyectos de analítica avanzada para clientes de retail y telecomunicaciones.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kubo Analytics | Data Scientist | June 2016 to January 2019",
                        "Banco Almena | Data Scientist | February 2019 to March 2020",
                        "Banco Almena | Senior Data Scientist | April 2020 to August 2022");
    }

    @Test
    void should_read_a_french_cvs_master_2_licence_and_baccalaureat_with_a_school_before_its_university() {
        String text = """
                # Claire MOREAU

                ## FORMATION

                2016 – 2017            Master 2 Finance d'entreprise – IAE Lyon (Université Jean Moulin Lyon 3), en alternance

                2015 – 2016            Master 1 Sciences de gestion – Université de Bordeaux

                2012 – 2015            Licence Économie-Gestion – Université de Bordeaux, Pessac (33)

                2012                   Baccalauréat ES mention Très bien – Lycée Montaigne, Bordeaux (33)
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .extracting(Education::degree, Education::field, Education::institution)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Master 2",
                                Optional.of("Finance d'entreprise"),
                                "IAE Lyon (Université Jean Moulin Lyon 3)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Master 1", Optional.of("Sciences de gestion"), "Université de Bordeaux"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Licence", Optional.of("Économie-Gestion"), "Université de Bordeaux"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Baccalauréat", Optional.of("ES mention Très bien"), "Lycée Montaigne"));
    }

    @Test
    void should_read_a_brazilian_cvs_degrees_months_and_titles_under_their_employers() {
        String text = """
                # CAMILA RODRIGUES BASTOS

                ## FORMAÇÃO ACADÊMICA

                Bacharelado em Engenharia de Produção – Universidade São Francisco (USF), Itatiba/SP – 2011 - 2015 \s
                Técnico em Logística – Etec Vasco Antônio Venchiarutti, Jundiaí/SP – 2009 - 2010

                ## EXPERIÊNCIA PROFISSIONAL

                Alvorada Bebidas e Alimentos S.A. – Jundiaí/SP · mar/2019 – atual \s
                Analista de Supply Chain Sênior

                TransVale Cargas e Armazéns Gerais Ltda. – Louveira/SP · 2015 - 2018

                Analista de Logística Jr.

                Mercantil Serra Azul Distribuidora Ltda. – Jundiaí/SP · fev/2013 – dez/2014

                Estagiária de Logística

                Supermercados Boa Compra – Jundiaí/SP · 2009 - 2010

                Jovem Aprendiz – Auxiliar Administrativo
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Supermercados Boa Compra | Jovem Aprendiz – Auxiliar Administrativo | 2009 to 2010",
                        "Mercantil Serra Azul Distribuidora Ltda | Estagiária de Logística"
                                + " | February 2013 to December 2014",
                        "TransVale Cargas e Armazéns Gerais Ltda | Analista de Logística Jr | 2015 to 2018",
                        "Alvorada Bebidas e Alimentos S.A. | Analista de Supply Chain Sênior | March 2019 to present");
        assertThat(profile.education())
                .extracting(Education::degree, Education::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bacharelado", Optional.of("Engenharia de Produção")),
                        org.assertj.core.groups.Tuple.tuple("Técnico", Optional.of("Logística")));
    }

    @Test
    void should_read_a_spanish_cvs_labelled_name_abbreviated_months_and_a_firm_whose_name_holds_a_titles_word() {
        String text = """
                # CURRICULUM VITAE

                ### Datos personales

                Nombre: Álvaro Quintana Ledesma

                ### Experiencia profesional

                sept. 2017 – actualidad · CONSTRUCCIONES ARLANZA, S.A. – Madrid \s
                Jefe de Obra

                - Dirección de un equipo de 25 personas.

                mar. 2015 – ago. 2017

                NAVACERRADA INGENIEROS CONSULTORES, S.L. – Madrid \s
                Ingeniero de Proyectos

                - Redacción de 9 proyectos de trazado.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Álvaro Quintana Ledesma");
        assertThat(timeline(profile))
                .containsExactly(
                        "Navacerrada Ingenieros Consultores, S.L. | Ingeniero de Proyectos | March 2015 to August 2017",
                        "Construcciones Arlanza, S.A. | Jefe de Obra | September 2017 to present");
    }

    @Test
    void should_read_a_polish_cvs_labelled_name_companies_legal_forms_and_field_of_study() {
        String text = """
                # CURRICULUM VITAE

                ## Personal data

                Name and surname: Bartosz Kędzierski

                ## Work experience

                **09.2014 – 01.2017 | Elvtech Automatyka Sp. z o.o., Wrocław**

                Position: PLC Programmer

                Responsibilities:

                - programming Siemens S7-300 PLCs

                **07.2012 – 08.2014 | Metalplast-Serwis Sp. z o.o., Oława**

                Position: Maintenance Engineer

                Responsibilities:

                - maintenance of injection moulding machines

                ## Education

                **02.2011 – 07.2012 | Wrocław University of Science and Technology**

                Master of Science in Engineering (mgr inż.)

                Field of study: Automation and Robotics, specialization: Industrial Automation Systems
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.identity().name()).contains("Bartosz Kędzierski");
        assertThat(timeline(profile))
                .containsExactly(
                        "Metalplast-Serwis Sp. z o.o. | Maintenance Engineer | July 2012 to August 2014",
                        "Elvtech Automatyka Sp. z o.o. | PLC Programmer | September 2014 to January 2017");
        assertThat(profile.education())
                .extracting(e -> e.field().orElse(""))
                .containsExactly("Automation and Robotics");
    }

    @Test
    void should_read_the_hospital_after_the_ward_on_the_line_under_a_nurses_post() {
        String text = """
                # Daniel Okafor RN

                ## Employment History

                **Charge Nurse (Band 6) – Present · 04/2021 – Present**

                Ward 14 (Respiratory Medicine), Royal Pennine Infirmary – Pennine Moors NHS Foundation Trust, Huddersfield

                - Take charge of a 32-bed respiratory ward.

                **Staff Nurse, Band 5, Acute Medical Unit · 09/2018 – 03/2021**

                Calder Valley General Hospital – Calder Valley Teaching Hospitals NHS Trust, Halifax

                - Cared for acutely unwell adults on a 44-bed AMU.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Calder Valley General Hospital, Calder Valley Teaching Hospitals NHS Trust, Halifax | Staff Nurse,"
                                + " Band 5, Acute Medical Unit | September 2018 to March 2021",
                        "Royal Pennine Infirmary, Pennine Moors NHS Foundation Trust, Huddersfield | Charge Nurse (Band 6)"
                                + " | April 2021 to present");
    }

    @Test
    void should_read_a_course_dated_under_a_place_of_study_named_by_its_heading() {
        String text = """
                # Rebecca Ainsworth

                ## Education

                ### General Assembly

                UX Design Immersive, User Experience Design · (2021 - 2021)

                ### University of Leeds

                Bachelor of Science - BSc (Hons), Mathematics · (2009 - 2012)

                Member of the maths society (2010)
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "UX Design Immersive in User Experience Design at General Assembly (2021)",
                        "Bachelor of Science in Mathematics at University of Leeds (2009 to 2012)");
    }

    @Test
    void should_read_the_jobs_and_schooling_of_a_cv_written_in_dutch() {
        String text = """
                # Curriculum Vitae

                Marloes Verhoeven

                ## WERKERVARING

                sep 2019 – heden · Teamleider Transportplanning

                Veldhuis Transport & Logistiek B.V., Nijkerk

                - Leidinggeven aan een team van 9 planners en 2 dispatchers

                mrt 2014 – aug 2019 · Transportplanner

                Hoogland Koeltransport B.V., Barneveld

                - Planning van ca. 60 koelwagens voor retail en foodservice

                2004 – 2009 · Magazijnmedewerker

                Albert Heijn Distributiecentrum, Zwolle

                - Orderpicken, laden en lossen, heftruck en reachtruck.

                ## OPLEIDINGEN

                2015 – 2018 · HBO Logistics Management (deeltijd)

                Hogeschool Windesheim, Zwolle

                Diploma behaald.

                ## HOBBY'S

                Volleybal – sinds 2021 trainer van een jeugdteam bij VV Hoogland
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Albert Heijn Distributiecentrum | Magazijnmedewerker | 2004 to 2009",
                        "Hoogland Koeltransport B.V. | Transportplanner | March 2014 to August 2019",
                        "Veldhuis Transport & Logistiek B.V. | Teamleider Transportplanning | September 2019 to present");
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("HBO in Logistics Management at Hogeschool Windesheim (2015 to 2018)");
    }

    @Test
    void should_read_a_federal_resumes_entries_as_the_usajobs_builder_lays_them_out() {
        String text = """
                # DEREK J. HALVORSEN

                Federal Civilian Status: Current permanent Federal employee, GS-0343-12. Highest grade held: GS-12, 03/2021 – present.

                **WORK EXPERIENCE**

                **Department of Veterans Affairs, Veterans Health Administration**

                Hill Country VA Health Care System, Office of Performance Improvement

                Dates: 03/2021 – Present     Hours per week: 40

                **Management and Program Analyst**

                Grade: GS-0343-12

                Salary: $98,496.00 Per Year

                PROGRAM ANALYSIS: Lead analyst for access-to-care and productivity measures for 14 outpatient clinics.

                **U.S. Army (Active Duty)**

                Fort Hood, TX (01/2006 – 06/2007 and 08/2010 – 05/2014); Landstuhl Regional Medical Center, Germany (06/2007 – 08/2010)

                Dates: 01/2006 – 05/2014     Hours per week: 50

                **Medical Supply Sergeant (MOS 68J), Staff Sergeant (E-6)**

                SUPERVISION: Supervised, trained and evaluated 12 soldiers in a medical supply section.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "U.S. Army | Medical Supply Sergeant, Staff Sergeant | January 2006 to May 2014",
                        "Department of Veterans Affairs | Management and Program Analyst (GS-0343-12) | March 2021 to"
                                + " present");
    }

    @Test
    void should_keep_a_concentration_named_after_the_field_of_a_degree() {
        String text = """
                # Marcus Delaney

                ## Education

                B.S. Business Administration, Marketing concentration, Colorado State University, 2011 - 2015

                M.A. Economics, emphasis in Labor Economics, University of Denver, 2016 - 2018
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly(
                        "B.S. in Business Administration (Marketing concentration) at Colorado State University (2011 to 2015)",
                        "M.A. in Economics (emphasis in Labor Economics) at University of Denver (2016 to 2018)");
    }

    @Test
    void should_read_a_drivers_titles_and_the_name_atop_a_plain_text_resume_over_a_later_heading() {
        String text = """
                DWAYNE R. HOLLISTER
                Cell: (417) 555-0148  |  dwayne.hollister@example.com

                ==========
                SUMMARY
                ==========
                Transportation Supervisor with 20+ years in commercial trucking.

                ==========
                PROFESSIONAL EXPERIENCE
                ==========

                BEXLEY TRANSPORT INC. — Joplin, MO

                OTR Driver | 11/2009 - 04/2012
                  - 48-state over-the-road, dry van and reefer

                OZARK RIDGE FREIGHT LINES — Springfield, MO

                Regional Driver (CDL-A, Hazmat) | 05/2012 - 09/2015
                  - Hazmat, tanker and dry van loads

                ==========
                SAFETY RECORD
                ==========
                  - 1.2 million accident-free miles
                """;

        StructuredProfile profile = reader.read(List.of(new PlainTextParser().parse("resume.txt", text)));

        assertThat(profile.identity().name()).contains("Dwayne Hollister");
        assertThat(timeline(profile))
                .containsExactly(
                        "Bexley Transport Inc | OTR Driver | November 2009 to April 2012",
                        "Ozark Ridge Freight Lines | Regional Driver (CDL-A, Hazmat) | May 2012 to September 2015");
    }

    @Test
    void should_read_a_pandoc_grid_tables_rows_as_roles_with_their_duties() {
        String text = """
                # Declan Hartnett

                # Employment history

                +---------------+--------------------------+--------------------------------------+
                | Dates         | Employer \\& location     | Role and main duties                 |
                +===============+==========================+======================================+
                | Jul 2020 --   | **Lisnagry Automation    | **Engineering Manager --             |
                | Present       | Ltd**                    | Mechanical**                         |
                |               |                          |                                      |
                |               | Annacotty, Co. Limerick  | Lead a team of 9 mechanical          |
                |               |                          | engineers.                           |
                +---------------+--------------------------+--------------------------------------+
                | Feb 2017 --   | **Ardmore Thermal        | **Lead Mechanical Engineer, R\\&D**   |
                | Jun 2020      | Systems GmbH**           |                                      |
                |               |                          | \\- Worked in German and English     |
                |               | Stuttgart, Germany       |                                      |
                +---------------+--------------------------+--------------------------------------+
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Ardmore Thermal Systems GmbH | Lead Mechanical Engineer, R&D | February 2017 to June 2020",
                        "Lisnagry Automation Ltd | Engineering Manager – Mechanical | July 2020 to present");
    }

    @Test
    void should_read_the_employer_on_the_line_above_a_title_and_its_dates_and_a_trading_name() {
        // given: a plain-text CV with capitals headings
        String text = """
                DARIO FENWICK

                CURRENT

                Freelance Photographer & Video Producer, trading as Fenwick Frames
                Feb 2021 - present, Bristol and UK-wide

                EMPLOYMENT

                HARBOUR LIGHT STUDIOS, Bristol
                Photographer's Assistant, Sep 2013 - Apr 2015
                  - Lighting set-ups, tethered capture and studio bookings.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Harbour Light Studios | Photographer's Assistant | September 2013 to April 2015",
                        "Fenwick Frames | Freelance Photographer & Video Producer | February 2021 to present");
    }

    @Test
    void should_read_a_pipe_header_wrapped_over_two_lines_without_the_employers_own_history() {
        // given: an executive's plain-text CV, hard-wrapped at 80 columns
        String text = """
                ROWENA CASTELLANE

                CAREER HISTORY
                ==============

                TELLWRIGHT DISTRIBUTION PLC (acquired by Veridian Logistics Group, Nov 2018 - now
                trading as Veridian UK Distribution) | Chief Financial Officer | Coventry
                Jul 2015 – Feb 2019

                 - Delivered £27m of annual cost savings, incl. a shared service centre.

                MERIDEN PACKAGING GROUP PLC (renamed Corvane plc in 2016) | Finance Director,
                Continental Europe | Rotterdam, Netherlands
                Jul 2009 – 2012

                 - Released €18M of working capital in 18 months.
                 - Fleet CO2 per pallet down 34% since 2011.

                Temperature-controlled storage and distribution for food retailers, food
                manufacturers and pharma. Owned by Aldermoor Capital Partners since 2017.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then: neither the sale, the renaming, a result nor a sentence of prose is a role
        assertThat(timeline(profile))
                .containsExactly(
                        "Meriden Packaging Group plc | Finance Director, Continental Europe | July 2009 to 2012",
                        "Tellwright Distribution plc | Chief Financial Officer | July 2015 to February 2019");
    }

    @Test
    void should_read_a_latex_cv_converted_by_pandoc() {
        // given: pandoc's Markdown of a LaTeX résumé
        String text = """
                ::: center
                **[Jonah Oyelaran]{.smallcaps}**\\
                <jonah@oyelaran.dev>
                :::

                # Education {#education .unnumbered}

                **University of Stanmere** \\hfill Stanmere\\
                *MEng (Hons) Computer Science*          Sep 2023 -- Expected June 2027

                # Experience {#experience .unnumbered}

                **Kitewing Labs** \\hfill Harrowby\\
                *Software Engineering Intern, Platform team*          June 2026 -- Sept 2026

                -   Rewrote the ETA lookup endpoint in Go with a Redis cache

                **The Ferryman's Rest** \\hfill Stanmere\\
                *Bar Staff (part-time, approx. 16 hrs/week)* \\hfill Oct 2024 -- May 2026

                -   Trained 4 new starters; covered shift-lead duties on Friday closes from Sept 2025
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Jonah Oyelaran");
        assertThat(timeline(profile))
                .containsExactly(
                        "The Ferryman's Rest | Bar Staff | October 2024 to May 2026",
                        "Kitewing Labs | Software Engineering Intern, Platform team | June 2026 to September 2026");
        assertThat(profile.roles().get(1).location()).contains("Harrowby");
        assertThat(profile.education().get(0).dates().map(DateRange::display)).contains("September 2023 to June 2027");
    }

    @Test
    void should_read_a_contractors_engagements_each_under_its_own_client() {
        // given: engagements as headings and as bold lines between them, agencies beside the clients
        String text = """
                # Niamh Castellan

                ## Contract experience

                ### Client: Ferncastle Bank plc (via Halden Recruitment Ltd)
                **Lead Data Engineer** · 04/2025 – present · outside IR35 \s

                - Leading the migration of the risk data marts to Azure Databricks.

                **Contract — Norrow & Vale** (retail, 212 stores) (10 months, 05/2024 – 02/2025) \s
                Senior Analytics Engineer · direct with client, no agency · fully remote

                - Replaced nightly SSIS loads with Snowflake and dbt.

                **Contract — Saltmarsh Telecom plc** (20 months, 11/2019 – 06/2021) \s
                Data Engineer · direct · Salford Quays then remote from 03/2020

                **Contract — Marlow Kettle Foods** (9 months, 04/2017 – 12/2017) – via Corvane Technical Ltd \s
                BI Developer · Crewe

                ## Permanent employment (before contracting)

                **Brackenfold Logistics Ltd**, Warrington — 08/2014 – 03/2017
                - *Senior Data Warehouse Developer* (01/2016 – 03/2017): promoted; led a team of 2.
                - *Data Warehouse Developer* (08/2014 – 12/2015): Kimball-style warehouse.

                ## Availability
                - **Available from:** 04/2027 for new contracts.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brackenfold Logistics Ltd | Data Warehouse Developer | August 2014 to December 2015",
                        "Brackenfold Logistics Ltd | Senior Data Warehouse Developer | January 2016 to March 2017",
                        "Marlow Kettle Foods | BI Developer | April 2017 to December 2017",
                        "Saltmarsh Telecom plc | Data Engineer | November 2019 to June 2021",
                        "Norrow & Vale | Senior Analytics Engineer | May 2024 to February 2025",
                        "Ferncastle Bank plc | Lead Data Engineer | April 2025 to present");
    }

    @Test
    void should_leave_post_nominal_letters_out_of_the_name() {
        // given
        String text = "ROWENA CASTELLANE  FCA  MBA\nChief Executive Officer\n\nCAREER HISTORY\n\n"
                + "HALLORAN COLD CHAIN LTD | Chief Executive Officer | Birmingham\nMar 2019 – Present\n";

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.identity().name()).contains("Rowena Castellane");
        // a Nigerian CV's title in brackets after the name, the institute's letters after it, under the page's title
        assertThat(reader.read(List.of(markdown("## CURRICULUM VITAE\n\n**ADAEZE NGOZI OKAFOR (Mrs.), ACIB, HCIB**\n\n"
                                + "Plot 27, Magodo GRA Phase II, Lagos State.\n\n## WORK EXPERIENCE\n\n"
                                + "**ACCESS BANK PLC** · March 2018 – Date\n")))
                        .identity()
                        .name())
                .contains("Adaeze Ngozi Okafor");
        // a middle initial, and letters beyond those known
        assertThat(reader.read(List.of(plain("Rochelle A. Brandvold, BSN, RN, CCRN, CSC\n2281 Hollowbrook Lane\n")))
                        .identity()
                        .name())
                .contains("Rochelle Brandvold");
        assertThat(reader.read(List.of(markdown("# Marisa J. Lindqvist, M.Ed., CPTD\n\nInstructional Designer\n")))
                        .identity()
                        .name())
                .contains("Marisa Lindqvist");
        String korean = "# RESUME\n\n## Personal Information\n\n"
                + "Name (English) · PARK SEUNG-HYUN · Name (Korean) · 박승현\n\nNationality · Republic of Korea\n";
        assertThat(reader.read(List.of(markdown(korean))).identity().name()).contains("Park Seung-Hyun");
    }

    @Test
    void should_keep_employers_and_titles_that_look_like_other_things() {
        // given: employers named like parts of a CV, titles starting with a participle, a figure in a name
        String text = """
                # Li Meng

                ## Experience

                ### Aviva Insurance

                Claims Analyst, Jan 2005 – Dec 2009

                ### KPMG Advisory

                Senior Consultant, Jan 2010 – Dec 2014
                """;
        List<ProfileDocument> oneLineEach = java.util.stream.Stream.of(
                        "Chartered accountant, Deloitte, Leeds, Jan 2015 – Dec 2018",
                        "Head of Sales, 100% Sport Ltd, Jan 2019 – Dec 2020",
                        "Practice Nurse, Riverside Medical Practice, Jan 2021 – Dec 2022")
                .map(line -> plain("LI MENG\n\nEXPERIENCE\n\n" + line + "\n"))
                .toList();
        List<ProfileDocument> documents = new java.util.ArrayList<>(List.of(markdown(text)));
        documents.addAll(oneLineEach);

        // when
        StructuredProfile profile = reader.read(documents);

        // then
        assertThat(profile.identity().name()).contains("Li Meng");
        assertThat(timeline(profile))
                .containsExactly(
                        "Aviva Insurance | Claims Analyst | January 2005 to December 2009",
                        "KPMG Advisory | Senior Consultant | January 2010 to December 2014",
                        "Deloitte | Chartered accountant | January 2015 to December 2018",
                        "100% Sport Ltd | Head of Sales | January 2019 to December 2020",
                        "Riverside Medical Practice | Practice Nurse | January 2021 to December 2022");
    }

    @Test
    void should_not_take_a_line_of_words_above_a_title_for_its_employer() {
        // given
        String text = """
                JO PARKS

                EXPERIENCE

                Weddings, Portraits, Events
                Photographer's Assistant, Sep 2010 - Apr 2011
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.roles()).singleElement().satisfies(role -> {
            assertThat(role.title()).isEqualTo("Photographer's Assistant");
            assertThat(role.organization()).isEmpty();
        });
    }

    @Test
    void should_read_a_us_resume_as_pdftotext_lays_it_out() {
        // given: dates at the right margin, a page footer and a repeated header at a page break
        String text = "                                         KALANI M. BRIGHTWATER\n\n"
                + "kalani@example.com\n\n"
                + "PROFESSIONAL EXPERIENCE\n\n"
                + "Halvorsen Logistics, Inc., Austin, TX                                   Jan. 2021 – Present\n"
                + "Staff Data Engineer, Data Platform                                     Mar. 2023 – Present\n"
                + "   •  Lead a team of 6 data engineers owning ingestion for 40+ source systems.\n"
                + "   •  Mentor 4 engineers (2 promoted to Senior in 2024-25).\n\n"
                + "Senior Data Engineer                                                   Jan. 2021 – Feb. 2023\n"
                + "   •  Migrated a 14 TB warehouse to Snowflake.\n\n"
                + "                                    Kalani Brightwater – Page 1 of 2\n\n"
                + "\fKalani Brightwater                                       kalani@example.com\n\n"
                + "PROFESSIONAL EXPERIENCE (continued)\n\n"
                + "Bluebonnet Mutual Insurance Co., Round Rock, TX                        June 2019 – Dec. 2020\n"
                + "Data Engineer (Contractor via Keystone Staffing Group)\n"
                + "   •  Built claims-data pipelines in AWS Glue.\n\n"
                + "EDUCATION\n\n"
                + "M.S., Computer Science                                                   Dec. 2018\n"
                + "Southwestern Polytechnic University, San Antonio, TX – GPA 3.91/4.00\n";

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.identity().name()).contains("Kalani Brightwater");
        assertThat(timeline(profile))
                .containsExactly(
                        "Bluebonnet Mutual Insurance Co | Data Engineer (Contractor via Keystone Staffing Group)"
                                + " | June 2019 to December 2020",
                        "Halvorsen Logistics, Inc | Senior Data Engineer | January 2021 to February 2023",
                        "Halvorsen Logistics, Inc | Staff Data Engineer, Data Platform | March 2023 to present");
        assertThat(profile.roles().get(2).location()).contains("Austin, TX");
        assertThat(profile.education()).singleElement().satisfies(degree -> {
            assertThat(degree.degree()).isEqualTo("M.S.");
            assertThat(degree.field()).contains("Computer Science");
            assertThat(degree.institution()).isEqualTo("Southwestern Polytechnic University");
        });
    }

    @Test
    void should_read_a_teachers_cv_whose_duties_have_dates_of_their_own() {
        // given
        String text = """
                # Niamh Castellow

                ## Teaching experience

                ### Head of Computing — Thornwick Fields Academy, Castlebury (Sept 2019 – July 2024)

                **Responsibilities**
                - Responsible for KS4 GCSE Computer Science; introduced A Level Computer Science from September 2021
                - Trust-wide Computing network lead (2022–2024)

                ### Maternity leave, 2017–2018
                (Returned to Kingsmere School on 0.8 FTE from September 2018.)

                ### Teacher of Computer Science, Kingsmere School (2014–2019)

                - Year 8 form tutor (2014–2017)

                ### Teacher of ICT (NQT), Pellingham Community College — Dunmore
                Sep 2013 – Jul 2014
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Pellingham Community College | Teacher of ICT (NQT) | September 2013 to July 2014",
                        "Kingsmere School | Teacher of Computer Science | 2014 to 2019",
                        " | Maternity leave | 2017 to 2018",
                        "Thornwick Fields Academy | Head of Computing | September 2019 to July 2024");
    }

    @Test
    void should_not_read_the_part_of_a_title_held_for_some_of_the_time_as_a_job_at_the_district_named_beside_it() {
        // given: a Google Docs résumé's entry, its dates under the school and title, then the district with the years
        // the second half of the title was held
        String text = """
                # Tamara Lindqvist

                ## EXPERIENCE

                **Alameda Ridge High School,** Lakewood, CO — Mathematics Teacher & Department Chair\s\s
                AUGUST 2012 – JUNE 2018\s\s
                Jeffco Public Schools · Department Chair 2015–2018

                - Taught Algebra 2, Precalculus and AP Calculus AB to grades 10–12.

                **Westridge High School,** Phoenix, AZ — Mathematics Teacher\s\s
                AUGUST 2009 – MAY 2012
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Westridge High School | Mathematics Teacher | August 2009 to May 2012",
                        "Alameda Ridge High School | Mathematics Teacher & Department Chair | August 2012 to June 2018");
    }

    @Test
    void should_keep_a_degree_with_its_institution_wrapped_over_lines_under_it_in_a_sidebar() {
        // given: a two-column PDF's sidebar, each degree in bold over its institution wrapped at the sidebar's edge
        // and its dates
        String text = """
                # Camila Nogueira

                ## EDUCATION

                **Postgraduate Specialization in UX & Interaction Design**

                PUCRS Online (Pontifícia\s\s
                Universidade Católica do Rio Grande do Sul)\s\s
                Mar 2019 — Jun 2020

                **Bachelor of Design (Bacharelado em Design) — Digital Media track**

                Universidade Presbiteriana\s\s
                Mackenzie, São Paulo\s\s
                Feb 2012 — Dec 2015
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then: neither degree takes the other's place and dates
        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.institution() + " | "
                        + e.dates().map(DateRange::display).orElse(""))
                .containsExactlyInAnyOrder(
                        "Postgraduate Specialization | Universidade Católica do Rio Grande do Sul | March 2019 to June"
                                + " 2020",
                        "Bachelor of Design | Universidade Presbiteriana | February 2012 to December 2015");
    }

    @Test
    void should_read_the_title_joined_as_and_the_promotion_dated_without_in() {
        // given: an AsciiDoc CV's entry, its italic line of metadata telling the title she joined as
        String text = """
                # Morwenna Castell

                ## Professional Experience

                ### Principal Security Consultant -- Halvard Cyber Ltd

                _Bristol, UK (hybrid) · March 2021 – present · joined as Senior Security Consultant, promoted to \
                Principal April 2023_

                - Lead the adversary-simulation team (6 consultants).
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Halvard Cyber Ltd | Senior Security Consultant | March 2021 to April 2023",
                        "Halvard Cyber Ltd | Principal Security Consultant | April 2023 to present");
    }

    @Test
    void should_not_read_a_nurses_duties_dated_within_her_posts_as_posts_of_their_own() {
        // given: a two-column template's entries, the title and unit over the hospital; a bullet dated "since 2022"
        // within a post that began in February 2022, another dated by a bracket within a post whose unit the
        // heading's dash made look like an employer
        String text = """
                # Tamsin Ngata

                ## Professional experience

                ### Clinical Nurse Educator (NG7) – Intensive Care Unit · Feb 2022 – Present

                Sunshine Coast University Hospital, Sunshine Coast Health  |  Birtinya QLD

                - Lead clinical education for a 20-bed adult ICU.
                - Run fortnightly in-situ simulation – more than 60 sessions since 2022 – covering ECMO emergencies.

                ### Clinical Nurse – Shift Coordinator (Charge Nurse), ICU · Aug 2018 – Jan 2022

                Gold Coast University Hospital, Gold Coast Health  |  Southport QLD

                - Coordinated staffing for a 26-bed mixed ICU, leading teams of up to 24 nurses per shift.
                - COVID-19 surge (2020–21): helped open a 10-bed COVID ICU pod.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Gold Coast University Hospital, Gold Coast Health | Clinical Nurse, Shift Coordinator (Charge"
                                + " Nurse), ICU | August 2018 to January 2022",
                        "Sunshine Coast University Hospital, Sunshine Coast Health | Clinical Nurse Educator –"
                                + " Intensive Care Unit | February 2022 to present");
    }

    @Test
    void should_read_a_linkedin_page_selected_and_pasted_with_its_echoed_lines_and_logos() {
        // given
        String text = """
                Experience
                Experience
                Lumora Health logo
                Lumora Health
                Lumora Health
                Full-time · 4 yrs 3 mos
                Full-time · 4 yrs 3 mos
                London, England, United Kingdom · Hybrid
                London, England, United Kingdom · Hybrid

                Senior Product Manager
                Senior Product Manager
                Mar 2024 - Present · 2 yrs 10 mos
                Mar 2024 - Present · 2 yrs 10 mos
                - Lead the Patient App product area.

                Product Manager
                Product Manager
                Oct 2022 - Feb 2024 · 1 yr 5 mos
                Oct 2022 - Feb 2024 · 1 yr 5 mos
                - First PM for the clinician scheduling tool.
                Brindle Pay logo
                Product Manager
                Product Manager
                Brindle Pay · Full-time
                Brindle Pay · Full-time
                Mar 2019 - Sep 2022 · 3 yrs 7 mos
                Mar 2019 - Sep 2022 · 3 yrs 7 mos
                Manchester, England, United Kingdom · On-site
                Manchester, England, United Kingdom · On-site
                PM for merchant onboarding and payouts.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brindle Pay | Product Manager | March 2019 to September 2022",
                        "Lumora Health | Product Manager | October 2022 to February 2024",
                        "Lumora Health | Senior Product Manager | March 2024 to present");
    }

    @Test
    void should_take_a_bold_line_over_its_description_for_a_header_and_a_business_heading_for_no_name() {
        // given: a freelancer's site, her business's name as the page's title
        ProfileDocument site = markdown("""
                # Oosterhuis Vertaalwerk

                ## Hi, I'm Femke

                I'm **Femke Oosterhuis**, a native Dutch translator based in Utrecht.

                ## Experience

                **2019 – present · Freelance translator & reviser, Oosterhuis Vertaalwerk (own business), Utrecht**
                EN>NL translation for direct clients and a few agencies.

                **2015 – 2017 · Senior Reviser, TransPolder Language Services, Rotterdam**
                Promoted from translator. Revised EN>NL translations.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(site));

        // then
        assertThat(profile.identity().name()).contains("Femke Oosterhuis");
        assertThat(timeline(profile))
                .containsExactly(
                        "TransPolder Language Services | Senior Reviser | 2015 to 2017",
                        "Oosterhuis Vertaalwerk | Freelance translator & reviser | 2019 to present");
    }

    @Test
    void should_not_take_what_an_employer_is_for_its_name_nor_a_board_section_for_an_employer() {
        // given: each employer over its titles, with what the firm is after a middle dot
        ProfileDocument cv = markdown("""
                # Catriona Delahaye

                ## Career History

                Brackenfold Foods Group Ltd, Skipton · PE-backed chilled ready meals | £180m revenue | 900 staff

                Finance Director · Sept 2017 – May 2021

                - Statutory director; led a finance team of 25.

                Head of Financial Planning & Analysis · Feb 2015 – Aug 2017

                - Built the FP&A function.

                ## Board & Advisory Positions

                Kirkstall Ventures, Leeds · seed fund for Northern B2B software

                Advisory Board Member · Jan 2023 – Present
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brackenfold Foods Group Ltd | Head of Financial Planning & Analysis | February 2015 to August 2017",
                        "Brackenfold Foods Group Ltd | Finance Director | September 2017 to May 2021",
                        "Kirkstall Ventures | Advisory Board Member | January 2023 to present");
    }

    @Test
    void should_read_one_line_jobs_with_what_the_job_was_after_a_dash_and_a_fields_experience_section() {
        // given: an operations director's one-line jobs; a solicitor's "Legal Experience" with a secondment
        ProfileDocument ops = markdown("""
                # Declan Mottram

                ## Experience

                - **2019–2022** · Head of Operations, Thornbury Bakehouse Group (Wakefield) — 2 bakeries, 310 staff
                - **2015–2019** · Site Manager, Kilnsey Dairies (Skipton) — yoghurt & chilled desserts plant, 180 staff
                """);
        ProfileDocument law = markdown("""
                # Imogen Ashworth

                ## Legal Experience

                **Associate, Pennington Lowe LLP, Manchester (Sept 2015 – Feb 2018)**

                - General commercial work.

                **Secondment – In-house Legal Counsel, Norvale Logistics Ltd, Warrington (Mar 2017 – Sept 2017)**

                Six-month client secondment.

                ## Admissions

                Member of The Law Society (Commercial Committee member since 2022).
                """);

        // when
        StructuredProfile declan = reader.read(List.of(ops));
        StructuredProfile imogen = reader.read(List.of(law));

        // then
        assertThat(timeline(declan))
                .containsExactly(
                        "Kilnsey Dairies | Site Manager | 2015 to 2019",
                        "Thornbury Bakehouse Group | Head of Operations | 2019 to 2022");
        assertThat(timeline(imogen))
                .containsExactly(
                        "Pennington Lowe LLP | Associate | September 2015 to February 2018",
                        "Norvale Logistics Ltd | In-house Legal Counsel (secondment) | March 2017 to September 2017");
    }

    @Test
    void should_put_the_job_before_the_board_seats_held_beside_it_among_current_roles() {
        // given
        ProfileDocument cv = markdown("""
                # Catriona Delahaye

                ## Career History

                ### Chief Financial Officer, Northvale Building Materials plc (June 2021 – Present)

                - Lead finance, IT and procurement.

                ## Board & Advisory Positions

                ### Advisory Board Member, Kirkstall Ventures (Jan 2023 – Present)

                - Advise the fund's portfolio companies on finance.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.currentRoles())
                .extracting(Role::organization)
                .containsExactly("Northvale Building Materials plc", "Kirkstall Ventures");
    }

    @Test
    void should_read_columns_typed_at_tab_stops_and_a_teachers_letters_after_her_name() {
        // given
        String text = "BETHAN MOORCROFT  BA (Hons) PGCE QTS\n"
                + "Primary School Teacher / Assistant Headteacher\n\n"
                + "EMPLOYMENT HISTORY\n"
                + "------------------\n"
                + "09/2021 – Present\tAssistant Headteacher (Upper KS2)\tIngs Lane Primary School, Otley\n"
                + "\t- SLT member; line manage 4 teachers\n"
                + "01/2014 – 07/2018\tClass Teacher (Year 4)\tKirkstall Valley Primary School, Leeds\n"
                + "\t- Two-form entry school\n";

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.identity().name()).contains("Bethan Moorcroft");
        assertThat(timeline(profile))
                .containsExactly(
                        "Kirkstall Valley Primary School | Class Teacher | January 2014 to July 2018",
                        "Ings Lane Primary School | Assistant Headteacher | September 2021 to present");
    }

    @Test
    void should_read_clinical_posts_under_their_employer_and_a_doctors_table_of_posts() {
        // given: a US nurse's title with its unit under the clinic's bold line; a UK doctor's posts as a table
        ProfileDocument nurse = markdown("""
                **THERESA M. LINDQVIST, MSN, APRN, FNP-C**

                tlindqvist.fnp@example.com  |  linkedin.com/in/theresa-lindqvist-fnp

                ## CLINICAL EXPERIENCE

                **Lakeshore Community Hospital — Madison, WI**

                Charge Nurse, Emergency Department | May 2015 – Jul 2017

                - Coordinated patient flow and staffing.

                Staff RN, Emergency Department | Sep 2013 – Apr 2015

                - Triage, trauma and critical care nursing.
                """);
        ProfileDocument doctor = markdown("""
                # Dr Saoirse Rennison

                ## Previous Posts

                | Dates | Grade | Hospital | Specialty | Supervisor |
                | --- | --- | --- | --- | --- |
                | Aug 2023 – Jul 2024 | ST4 | Hallgarth General Hospital, Sunderland | Respiratory Medicine | Dr Miriam Castellane |
                | Aug 2017 – Jul 2018 | FY1 | St Wilfrid's Hospital, Gateshead | General Medicine | Mr Hamish Buckle |
                """);

        // when
        StructuredProfile theresa = reader.read(List.of(nurse));
        StructuredProfile saoirse = reader.read(List.of(doctor));

        // then
        assertThat(theresa.identity().name()).contains("Theresa Lindqvist");
        assertThat(timeline(theresa))
                .containsExactly(
                        "Lakeshore Community Hospital | Staff RN, Emergency Department | September 2013 to April 2015",
                        "Lakeshore Community Hospital | Charge Nurse, Emergency Department | May 2015 to July 2017");
        assertThat(timeline(saoirse))
                .containsExactly(
                        "St Wilfrid's Hospital | FY1 – General Medicine | August 2017 to July 2018",
                        "Hallgarth General Hospital | ST4 – Respiratory Medicine | August 2023 to July 2024");
    }

    @Test
    void should_read_a_career_told_only_in_an_executive_bio_beside_a_list_of_board_roles() {
        // given
        ProfileDocument bio = markdown("""
                # Leonie Maalouf

                Leonie Maalouf is Chief Operating Officer of Ostrander Homewares, the Northampton-based retailer.
                She has held the role since 2022 and sits on the group's executive committee.

                Leonie joined Ostrander in 2019 as Vice President, Operations. She was appointed COO in 2022 on the
                retirement of her predecessor.

                Before joining Ostrander, she spent six years at Castlereagh Retail Group, where she rose from Head
                of Supply Chain, the role she was hired into in 2013, to Operations Director in 2016.

                Leonie began her career in 2007 as a graduate operations manager with Thornbury Logistics in Leeds,
                before moving into consultancy with Marlow & Finch in 2010.

                ## Board roles
                - Trustee, Women in Supply Chain UK (since 2018)
                """);

        // when
        StructuredProfile profile = reader.read(List.of(bio));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Thornbury Logistics | graduate operations manager | 2007 to 2010",
                        "Marlow & Finch |  | 2010 to 2013",
                        "Castlereagh Retail Group | Head of Supply Chain | 2013 to 2016",
                        "Castlereagh Retail Group | Operations Director | 2016 to 2019",
                        "Women in Supply Chain UK | Trustee | 2018 to present",
                        "Ostrander Homewares | Vice President, Operations | 2019 to 2022",
                        "Ostrander Homewares | Chief Operating Officer | 2022 to present");
    }

    @Test
    void should_take_the_name_from_a_tabular_name_line_or_the_heading_under_a_cv_title_not_a_photo_caption() {
        // given: a German-style CV as the PDF reader renders it, its photo box captioned
        String top = """
                # Curriculum Vitae

                ## Jonas Falkner

                Production Engineer – B.Eng. Mechanical Engineering [Photo]
                passport photo

                ### Professional Experience

                since 04/2020 · Vollmer Hydraulik GmbH, Stuttgart
                Head of Assembly
                """;
        ProfileDocument labelled = markdown(top + """

                ### Personal Data

                Name · Jonas Falkner
                Nationality · German
                """);

        // when
        StructuredProfile fromHeading = reader.read(List.of(markdown(top)));
        StructuredProfile fromLabel = reader.read(List.of(labelled));

        // then
        assertThat(fromHeading.identity().name()).contains("Jonas Falkner");
        assertThat(fromLabel.identity().name()).contains("Jonas Falkner");
    }

    @Test
    void should_part_an_employer_from_its_town_and_a_county_of_two_words() {
        // given
        ProfileDocument cv = plain("""
                JANE OKAFOR

                EXPERIENCE
                Financial Accountant                                    May 2016 – Oct 2019
                Wharfedale Fine Foods Ltd, Skipton, North Yorkshire
                • Month-end journals, accruals and prepayments for a £22m food manufacturer.

                Audit Senior                                            Sep 2014 – Apr 2016
                Hartley Birch LLP, Leeds
                • Ran audits of owner-managed businesses.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Hartley Birch LLP | Audit Senior | September 2014 to April 2016",
                        "Wharfedale Fine Foods Ltd | Financial Accountant | May 2016 to October 2019");
        assertThat(profile.roles().get(1).location()).contains("Skipton, North Yorkshire");
    }

    @Test
    void should_take_a_hospital_unit_after_a_nurses_title_for_part_of_the_title_not_the_employer() {
        // given: a travel nurse's entries, the hospital over the title and its unit, the dates under them
        ProfileDocument cv = plain("""
                MARISA DOYLE

                EXPERIENCE

                Hollins Valley Medical Center — Roanoke, VA
                Travel RN, CVICU
                08/2025 to Present
                - Assignment through Meridian Travel Nursing; 13-week contract

                Foothills Surgical Hospital — Maryville, TN
                Per Diem RN, PACU
                04/2018 to 03/2021
                - Picked up 2-4 PACU shifts per month

                Bayou Teche General Hospital — Lafayette, LA
                Crisis Travel RN, COVID ICU
                04/2021 to 07/2021
                - Proning teams, ventilated patients
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Foothills Surgical Hospital | Per Diem RN, PACU | April 2018 to March 2021",
                        "Bayou Teche General Hospital | Crisis Travel RN, COVID ICU | April 2021 to July 2021",
                        "Hollins Valley Medical Center | Travel RN, CVICU | August 2025 to present");
    }

    @Test
    void should_take_the_name_before_the_credentials_a_nurse_writes_after_it() {
        // given
        ProfileDocument cv = plain("""
                MARISA J. DOYLE, BSN, RN, CCRN
                Cell: (865) 309-2741
                Email: mdoyle.rn@example.com

                SUMMARY
                ICU registered nurse with 12 years of critical care experience.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.identity().name())
                .hasValueSatisfying(
                        name -> assertThat(name).startsWith("Marisa").endsWith("Doyle"));
    }

    @Test
    void should_take_a_company_by_its_legal_form_under_its_dates_though_its_words_name_titles() {
        // given: a work-experience table read cell by cell: dates, organisation, position, duties
        ProfileDocument cv = markdown("""
                ## WORK EXPERIENCE

                Jul. 2013 – Feb. 2017

                Arcmark Engineering Consultants Ltd, Ikeja, Lagos

                **Structural Engineer**

                - Structural analysis and design of residential buildings

                Apr. 2011 – Jun. 2013

                Goldcrest Builders & Civil Works Ltd, Enugu

                **Site Engineer**

                - Setting out and supervision of block work
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Goldcrest Builders & Civil Works Ltd | Site Engineer | April 2011 to June 2013",
                        "Arcmark Engineering Consultants Ltd | Structural Engineer | July 2013 to February 2017");
    }

    @Test
    void should_take_the_university_above_for_the_employer_of_a_title_naming_a_course() {
        // given: the "Jake's Resume" template, the employer and town over the title and dates
        ProfileDocument cv = plain("""
                OWEN MARSH

                EXPERIENCE
                Corvalis Freight Systems                                                   Minneapolis, MN
                Software Engineering Intern                                           May 2023 – Aug. 2023
                • Developed a Python service that estimates truck arrival times
                Great Lakes Technological University                                           Houghton, MI
                Undergraduate Teaching Assistant – CS 2200 Data Structures             Jan. 2023 – Dec. 2024
                • Held weekly office hours and lab sessions for 120+ students per semester
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Great Lakes Technological University | Undergraduate Teaching Assistant – CS 2200 Data Structures"
                                + " | January 2023 to December 2024",
                        "Corvalis Freight Systems | Software Engineering Intern | May 2023 to August 2023");
    }

    @Test
    void should_read_each_europass_entry_from_the_lines_under_its_dates_not_the_entry_above() {
        // given: Europass text, each entry's dates over its employer and title, entries parted by blank lines
        ProfileDocument cv = plain("""
                WORK EXPERIENCE

                01/03/2019 – Current
                Vitosha Labs Ltd, Sofia
                Senior QA Engineer

                06/2015 – 02/2019
                Balkan Software Solutions Ltd, Plovdiv
                QA Engineer

                09/2013 – 05/2015
                Rila Systems Ltd, Sofia
                Junior Tester
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Rila Systems Ltd | Junior Tester | September 2013 to May 2015",
                        "Balkan Software Solutions Ltd | QA Engineer | June 2015 to February 2019",
                        "Vitosha Labs Ltd | Senior QA Engineer | March 2019 to present");
    }

    @Test
    void should_take_the_employer_under_a_title_naming_its_team_not_the_one_above_it() {
        // given: each title over its employer, no bullets between the entries
        ProfileDocument cv = plain("""
                EXPERIENCE
                Development Engineer, Battery Systems · 01/2018 – 02/2023
                Velmar Automotive Systems GmbH, Stuttgart
                Graduate Engineer, Powertrain · 09/2015 – 12/2017
                Kessler Antriebstechnik AG, Ulm
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Kessler Antriebstechnik AG | Graduate Engineer")
                        .endsWith("September 2015 to December 2017"));
    }

    @Test
    void should_read_a_career_told_in_the_first_person_in_a_letter_without_headings() {
        // given: a résumé written as the body of an e-mail
        ProfileDocument letter = plain("""
                Hello,

                My name is Dermot Keane and I'm a warehouse operations manager based in Bristol.

                I have been the warehouse manager at Pellow Distribution in Avonmouth since June 2019, where I
                lead a team of 60 across two shifts.

                Before that I spent eight years with Corran Logistics, the parcel carrier. I joined in May 2011 as
                a team leader at the Swindon depot, and in 2014 I was promoted to shift manager, a role I held
                until April 2019.

                From 2008 to 2011 I worked for Marsh Foods in Bath as a warehouse operative, mostly on nights.

                My first job was as a delivery driver at Quickline Parcels in Bristol, from 2006 to 2008.

                I studied at Filton College and hold a forklift licence (2007).

                Thanks for reading,
                Dermot
                """);

        // when
        StructuredProfile profile = reader.read(List.of(letter));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Quickline Parcels | delivery driver | 2006 to 2008",
                        "Marsh Foods | warehouse operative | 2008 to 2011",
                        "Corran Logistics | team leader | May 2011 to 2014",
                        "Corran Logistics | shift manager | 2014 to April 2019",
                        "Pellow Distribution | warehouse manager | June 2019 to present");
    }

    @Test
    void should_take_the_title_under_an_employers_dated_heading_with_the_practice_it_is_held_in() {
        String text = """
                ## Employment History

                #### Halloran Sterne & Co., London · April 2019 – Present

                **Partner, Operations & Transformation Practice**

                - Joined as a lateral partner to build the UK Consumer & Retail operations offering.
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Halloran Sterne & Co | Partner, Operations & Transformation Practice | April 2019 to present");
    }

    @Test
    void should_read_linkedins_company_headings_over_the_title_headings_at_their_level_not_the_towns() {
        // given: LinkedIn's PDF: a company's heading over its time there, or over nothing, then each title's heading
        // at the same level, its dates and its town and region under it
        String text = """
                # Experience

                ### Vistula Pay

                6 years 10 months

                ### Senior Backend Engineer

                April 2022 - Present (4 years 9 months) \s
                Warsaw, Mazowieckie, Poland

                - Led the migration of the settlement engine to Apache Kafka.

                ### Backend Engineer

                March 2020 - March 2022 (2 years 1 month) \s
                Warsaw, Mazowieckie, Poland

                - Built the BLIK payment integration.

                ### Tracktor Logistics

                ### Software Engineer

                August 2017 - February 2020 (2 years 7 months)

                Łódź, Łódzkie, Poland

                - Developed the route-planning backend.

                # Education
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Tracktor Logistics | Software Engineer | August 2017 to February 2020",
                        "Vistula Pay | Backend Engineer | March 2020 to March 2022",
                        "Vistula Pay | Senior Backend Engineer | April 2022 to present");
    }

    @Test
    void should_read_a_themes_linked_employer_over_the_dates_and_the_town_under_them_as_where() {
        // given: a JSON Resume theme's page: the employer linked to its site, or its heading over its titles; the
        // town and the way of working under the dates
        String text = """
                ## Work

                ### [Larchmont Health](https://larchmonthealth.ca)

                Virtual-care platform for family clinics

                #### Senior Front-End Developer

                Feb 2023 – Present

                Toronto, ON (hybrid)

                - Led the WCAG 2.1 AA remediation of the patient portal

                ### Front-End Developer

                [Bramble & Pike](https://brambleandpike.com) · Digital agency

                Jun 2018 – Feb 2021

                Toronto, ON

                - Delivered 20+ client projects in React

                ### Web Developer (UI)

                **[Northvault Credit Union](https://northvault.ca)**

                May 2016 – May 2018

                Mississauga, ON

                - Migrated the online banking account dashboard to AngularJS
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Northvault Credit Union | Web Developer (UI) | May 2016 to May 2018",
                        "Bramble & Pike | Front-End Developer | June 2018 to February 2021",
                        "Larchmont Health | Senior Front-End Developer | February 2023 to present");
    }

    @Test
    void should_read_the_posts_in_brackets_of_a_rirekishos_history_and_no_qualification_as_a_job() {
        String text = """
                # MORIMOTO Sayaka

                ## Education and Work History

                2015 · 4 · Joined Kansai Telecommunication Network Co., Ltd. (KTN) \s
                Assigned to Network Operations Center, Osaka Branch (NOC Engineer) \s
                2017 · 4 · Transferred to Corporate Network Solutions Division, Osaka (Network Engineer) \s
                2019 · 3 · Resigned from Kansai Telecommunication Network Co., Ltd. for personal reasons \s
                2019 · 4 · Joined Naniwa Systems Integration Co., Ltd. \s
                2021 · 10 · Promoted to Senior Network Engineer \s
                Currently employed \s

                ## Licenses and Qualifications

                2014 · 12 · Passed Fundamental Information Technology Engineer Examination (IPA) \s
                2015 · 12 · Cisco Certified Network Associate (CCNA Routing and Switching) \s
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Kansai Telecommunication Network Co., Ltd. | NOC Engineer | April 2015 to March 2017",
                        "Kansai Telecommunication Network Co., Ltd. | Network Engineer | April 2017 to March 2019",
                        "Naniwa Systems Integration Co., Ltd |  | April 2019 to September 2021",
                        "Naniwa Systems Integration Co., Ltd | Senior Network Engineer | October 2021 to present");
    }

    @Test
    void should_date_two_titles_held_together_from_the_lines_start_when_the_note_dates_only_the_second() {
        String text = """
                ## WORKING EXPERIENCE

                **Sept. 2015 – Date · Mathematics Tutor / Head of Mathematics Department (from Sept. 2019)**

                St. Louis Senior High School, Mbrom – Kumasi (Ghana Education Service)

                - Teach Core and Elective Mathematics to SHS 1 – 3 classes.

                **Jan. 2014 – Aug. 2015 · Mathematics Teacher (GES posting)**

                Jachie Pramso Senior High School, Jachie – Bosomtwe District, Ashanti
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Jachie Pramso Senior High School, Jachie | Mathematics Teacher | January 2014 to August 2015",
                        "St. Louis Senior High School, Kumasi (Ghana Education Service) | Mathematics Tutor / Head of"
                                + " Mathematics Department | September 2015 to present");
    }

    @Test
    void should_take_the_employer_under_the_titles_held_there_without_what_the_firm_does() {
        String text = """
                ## Berufserfahrung

                03/2021 – heute · Senior Embedded Software Engineer (seit 01/2023)

                zuvor Embedded Software Engineer (03/2021 – 12/2022)

                Voltaris Mobility GmbH, Garching b. München – Antriebssysteme für E-Bikes und leichte Elektrofahrzeuge

                - Fachliche Leitung eines 4-köpfigen Firmware-Teams seit 01/2023 (Code-Reviews, Sprint-Planung)

                09/2018 – 02/2021 · Firmware-Entwicklerin

                Kessler Messtechnik GmbH, Puchheim – Hersteller industrieller Druck- und Temperatursensoren

                - Firmware für eine Druckmessumformer-Familie
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Kessler Messtechnik GmbH | Firmware-Entwicklerin | September 2018 to February 2021",
                        "Voltaris Mobility GmbH | Embedded Software Engineer | March 2021 to December 2022",
                        "Voltaris Mobility GmbH | Senior Embedded Software Engineer | January 2023 to present");
    }

    @Test
    void should_read_the_name_under_a_lebenslauf_title_not_the_files_name_with_it() {
        ProfileDocument cv = new MarkdownParser().parse("Lebenslauf_Veronika_Hartl.md", """
                        # Lebenslauf

                        ## Veronika Hartl

                        Senior Embedded Software Engineer

                        ## Berufserfahrung

                        03/2021 – heute · Senior Embedded Software Engineer, Voltaris Mobility GmbH
                        """);

        assertThat(reader.read(List.of(cv)).identity().name()).contains("Veronika Hartl");
    }

    @Test
    void should_write_a_name_read_in_capitals_as_the_documents_write_it() {
        String text = """
                ## EMRE CAN TAŞKIN

                Senior Mobile Developer (iOS / Android)

                ## Personal Information

                Name Surname : Emre Can Taşkın
                """;

        Identity identity = reader.read(List.of(markdown(text))).identity();

        assertThat(identity.name()).contains("Emre Can Taşkın");
        assertThat(identity.headline()).contains("Senior Mobile Developer (iOS / Android)");
    }

    @Test
    void should_put_the_given_name_first_when_a_hungarian_cv_writes_the_family_name_first_and_a_note_the_other_way() {
        ProfileDocument cv = new MarkdownParser().parse("oneletrajz.md", """
                # Vörös Gergely

                Tech Lead · Budapest

                ## Szakmai tapasztalat

                Tech Lead, Fintrix Zrt. · 2022.07 – jelenleg
                """);
        ProfileDocument about = new MarkdownParser().parse("about_me.md", """
                # About me – Gergely Vörös

                Hi! I'm Gergely, a backend engineer based in Budapest.
                """);

        Identity identity = reader.read(List.of(cv, about)).identity();

        assertThat(identity.name()).contains("Gergely Vörös");
        assertThat(identity.firstName()).isEqualTo("Gergely");
    }

    @Test
    void should_write_a_turkish_dotted_capital_i_as_a_plain_small_i_in_a_name_read_in_capitals() {
        String text = """
                ## TOLGA EKİNCİ

                Backend Developer
                """;

        Identity identity = reader.read(List.of(markdown(text))).identity();

        assertThat(identity.name()).contains("Tolga Ekinci");
    }

    @Test
    void should_read_a_teachers_bachelors_and_the_sentences_under_a_dated_entry_as_its_details() {
        String text = """
                ## Education

                **Ohio University,** Athens, OH — B.S.Ed., Integrated Mathematics Education (Grades 7–12) \s
                September 2010 – December 2014 \s
                The Patton College of Education. Magna cum laude, GPA 3.74. Minor in Statistics.
                """;

        assertThat(reader.read(List.of(markdown(text))).education())
                .extracting(Education::describe)
                .containsExactly("B.S.Ed. in Integrated Mathematics Education at Ohio University"
                        + " (September 2010 to December 2014), 3.74");
    }

    @Test
    void should_read_a_degree_from_a_faculty_under_its_university_and_a_school_over_its_kind() {
        String text = """
                ## Education Information

                Bahçeşehir University · 09.2020 - 06.2022

                Master's Degree – Graduate School of Natural and Applied Sciences – Software Engineering (Non-Thesis)

                GPA : 3.56 / 4.00 · İstanbul

                Dokuz Eylül University · 09.2011 - 06.2015

                Bachelor's Degree – Faculty of Engineering – Computer Engineering

                Bornova Anadolu Lisesi · 09.2007 - 06.2011

                High School – Science / Mathematics

                Diploma Grade : 86.75 / 100 · İzmir
                """;

        assertThat(reader.read(List.of(markdown(text))).education())
                .extracting(Education::describe)
                .containsExactly(
                        "Master's Degree in Software Engineering at Bahçeşehir University (September 2020 to June 2022),"
                                + " 3.56 / 4.00",
                        "Bachelor's Degree in Computer Engineering at Dokuz Eylül University"
                                + " (September 2011 to June 2015)",
                        "Bornova Anadolu Lisesi (September 2007 to June 2011), 86.75 / 100");
    }

    @Test
    void should_read_an_employer_and_title_in_a_paragraph_over_its_dates_and_town_the_job_boards_way() {
        String text = """
                ## Work Experience

                **Kumbara Finansal Teknolojiler A.Ş. – Senior Mobile Developer**

                01.03.2022 - Continues · İstanbul (Maslak)

                Sector : Finance / Payment Systems · Department : Mobile Development · Working Type : Full Time

                - Leading a mobile team of 5 developers.

                **Menzil Lojistik Yazılım A.Ş. – Mobile Developer**

                17.06.2019 - 28.02.2022 · İstanbul (Ataşehir)

                - Rewrote the courier Android app from Java to Kotlin.
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Menzil Lojistik Yazılım A.Ş. | Mobile Developer | June 2019 to February 2022",
                        "Kumbara Finansal Teknolojiler A.Ş. | Senior Mobile Developer | March 2022 to present");
    }

    @Test
    void should_date_a_role_told_in_the_first_person_by_its_own_clause() {
        ProfileDocument about = plain("""
                I've been building iOS and Android apps professionally since 2016: I started out at Lale Dijital,
                then spent almost three years at Menzil Lojistik, and since 2022 I've been a senior mobile developer
                at Kumbara, where my team looks after a wallet app.
                """);

        assertThat(timeline(reader.read(List.of(about))))
                .contains("Kumbara | senior mobile developer | 2022 to present");
    }

    @Test
    void should_take_a_title_over_its_employer_and_dates_line_and_a_numbered_section_for_no_employer() {
        // given
        String text = """
                RENATA VOSS

                2 Experience

                Senior Data Analyst
                Brightwater Health Partners | Columbus, OH | Aug 2022 - Present
                - Lead analyst for the Population Health team; own the HEDIS quality-measure dashboards used by 40+
                  clinic managers

                Data Analyst
                Keystone Outfitters Inc. | Dublin, OH | Jun 2017 - Feb 2020
                - Analytics for a 140-store outdoor retail chain
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Keystone Outfitters Inc | Data Analyst | June 2017 to February 2020",
                        "Brightwater Health Partners | Senior Data Analyst | August 2022 to present");
    }

    @Test
    void should_read_a_market_segment_after_a_sales_title_as_part_of_the_title() {
        // given: the employer in capitals over each title, a title naming the market it sold to
        ProfileDocument sales = markdown("""
                # Garrett Kowalczyk

                ## Professional Experience

                CORVANTIS HR CLOUD — Raleigh, NC (HR & payroll SaaS for mid-market companies)

                Account Executive, Mid-Market · March 2015 – May 2018

                - Closed 64 new-logo deals with an average contract value of $48K.
                """);

        // when
        StructuredProfile garrett = reader.read(List.of(sales));

        // then
        assertThat(timeline(garrett))
                .containsExactly("Corvantis HR Cloud | Account Executive, Mid-Market | March 2015 to May 2018");
    }

    @Test
    void should_read_a_region_after_a_title_as_where_and_an_employer_line_with_a_stray_full_stop() {
        // given: a sales director's Word CV; a hotel manager's text CV with the employer under each title
        ProfileDocument sales = markdown("""
                # Claire Ashdown

                ## Career History

                **KESTREL CARDIAC SYSTEMS LTD, Reading.**

                Sales Director, UK & Ireland (March 2020 – present)

                Head of Sales, South (April 2016 – February 2020)

                - Built the southern team from 4 to 9.
                """);
        ProfileDocument hotels = plain("""
                EMPLOYMENT HISTORY

                Operations Manager (June 2022 - present)
                The Lorne Arms Hotel & Spa, Oban
                Aileen is responsible for the day-to-day running of a 112-bedroom hotel.

                Deputy Operations Manager (November 2018 - May 2022)
                Strathbeag Lodge Resort, Aviemore
                Deputy to the Operations Manager at a 180-room resort.
                """);

        // when
        StructuredProfile claire = reader.read(List.of(sales));
        StructuredProfile aileen = reader.read(List.of(hotels));

        // then
        assertThat(timeline(claire))
                .containsExactly(
                        "Kestrel Cardiac Systems Ltd | Head of Sales, South | April 2016 to February 2020",
                        "Kestrel Cardiac Systems Ltd | Sales Director, UK & Ireland | March 2020 to present");
        assertThat(timeline(aileen))
                .containsExactly(
                        "Strathbeag Lodge Resort | Deputy Operations Manager | November 2018 to May 2022",
                        "The Lorne Arms Hotel & Spa | Operations Manager | June 2022 to present");
    }

    @Test
    void should_keep_employers_and_jobs_that_only_look_like_descriptions_regions_or_other_sections() {
        // given
        ProfileDocument cv = markdown("""
                # Mohamed Ahmed Mohamed

                I'm Mohamed Ahmed, an engineer. She moved to London in 2012.

                ## Experience

                ### Chemical Engineer — 3M, Bracknell (2019 – 2022)

                - Process design.

                ### Cabin Crew — easyJet, Luton (2016 – 2019)

                - Long-haul and short-haul flights.

                ### Audit Senior, KPMG LLP (2013 – 2016)

                - Audits of manufacturing clients.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.identity().name()).contains("Mohamed Ahmed Mohamed");
        assertThat(timeline(profile))
                .containsExactly(
                        "KPMG LLP | Audit Senior | 2013 to 2016",
                        "easyJet | Cabin Crew | 2016 to 2019",
                        "3M | Chemical Engineer | 2019 to 2022");
    }

    @Test
    void should_read_a_veterans_text_resume_of_ranks_units_and_civilian_employers_with_typed_dashes() {
        // given
        String text = """
                PROFESSIONAL EXPERIENCE
                ----------------------------------------

                Operations Manager, Brazos Ridge Distribution Co. -- Temple, TX | 03/2022 - Present
                  * Run day-to-day operations of a 310,000 sq ft distribution center.

                Logistics Analyst, Centex Defense Support LLC (contractor to the U.S. Army) -- Killeen, TX | 11/2016 - 09/2019
                  * Parts requisitions and reconciliations.

                Staff Sergeant (E-6), 219th Brigade Support Battalion, U.S. Army -- Fort Hood, TX | 06/2012 - 08/2016
                  Civilian equivalent: Supply Operations Manager

                Sergeant (E-5), Supply Sergeant, 412th Quartermaster Company, U.S. Army -- Fort Carson, CO | 05/2009 - 05/2012
                  Civilian equivalent: Inventory / Warehouse Supervisor
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "U.S. Army | Sergeant, Supply Sergeant, 412th Quartermaster Company | May 2009 to May 2012",
                        "U.S. Army | Staff Sergeant, 219th Brigade Support Battalion | June 2012 to August 2016",
                        "Centex Defense Support LLC | Logistics Analyst | November 2016 to September 2019",
                        "Brazos Ridge Distribution Co | Operations Manager | March 2022 to present");
    }

    @Test
    void should_read_a_portfolios_when_where_what_table_and_not_take_its_page_title_for_a_name() {
        // given
        ProfileDocument about = markdown("""
                ---
                title: About
                ---

                # About

                Hi, I'm **Ines Ashdown**, a product designer.
                """);
        ProfileDocument experience = new MarkdownParser().parse("experience.md", """
                        ---
                        title: Experience
                        ---

                        # Experience

                        | When | Where | What |
                        |------|-------|------|
                        | 2021 — now | Pennywell | Lead Product Designer |
                        | 2018 — 2021 | Halyard & Co. (agency) | Senior Designer → Design Lead |
                        """);

        ProfileDocument caseStudies = new MarkdownParser()
                .parse(
                        "case-studies.md",
                        "---\ntitle: Case studies\n---\n\n# Case studies\n\n## Pennywell onboarding, 2022\n\nConversion +18%.\n");

        // when
        StructuredProfile profile = reader.read(List.of(caseStudies, experience, about));

        // then
        assertThat(profile.identity().name()).contains("Ines Ashdown");
        assertThat(timeline(profile))
                .containsExactly(
                        "Halyard & Co | Senior Designer → Design Lead | 2018 to 2021",
                        "Pennywell | Lead Product Designer | 2021 to present");
    }

    @Test
    void should_read_the_employer_on_a_line_of_its_own_above_or_below_a_dated_title() {
        // given: a US résumé's employer over each title (a hard line break between, as a PDF is read), and a template's
        // employer under its title heading
        ProfileDocument us = markdown("""
                # Keandra Whitlow

                ## Professional Experience

                Halvorsen Cold Chain Logistics · Groveport, OH\s\s
                Operations Manager · Mar. 2021 – Present

                - Direct day-to-day operations of a 410,000 sq. ft. distribution center.

                Warehouse Supervisor · Aug 2018 – Feb. 2021

                - Supervised 2nd shift (38 associates).

                Tri-County Distribution Services · Obetz, OH\s\s
                Inventory Control Lead · Jan. 2015 – July 2018

                - Owned the cycle-count program.

                United States Army · Fort Calloway, TX\s\s
                Unit Supply Specialist · Aug. 2008 – Sept. 2012
                """);
        ProfileDocument template = markdown("""
                # Delphine Achterberg

                ## Experience

                ### FP&A Manager · Mar 2022 – Present

                **Corvanne Foods Group plc, Brindleford**

                - Lead a team of 4 analysts.

                ### Assistant Accountant · Aug. 2015 – Aug 2017

                **Pellworth & Finch Ltd, Tollerby – garden furniture manufacturer**

                - Purchase & sales ledgers.
                """);

        // when
        StructuredProfile fromUs = reader.read(List.of(us));
        StructuredProfile fromTemplate = reader.read(List.of(template));

        // then
        assertThat(timeline(fromUs))
                .containsExactly(
                        "United States Army | Unit Supply Specialist | August 2008 to September 2012",
                        "Tri-County Distribution Services | Inventory Control Lead | January 2015 to July 2018",
                        "Halvorsen Cold Chain Logistics | Warehouse Supervisor | August 2018 to February 2021",
                        "Halvorsen Cold Chain Logistics | Operations Manager | March 2021 to present");
        assertThat(timeline(fromTemplate))
                .containsExactly(
                        "Pellworth & Finch Ltd | Assistant Accountant | August 2015 to August 2017",
                        "Corvanne Foods Group plc | FP&A Manager | March 2022 to present");
    }

    @Test
    void should_read_a_japanese_resumes_employers_over_their_projects_and_the_name_in_latin_letters() {
        // given: a rirekisho's spaced-out name heading, then its career summary in English, each employer dated
        // "2021年4月 入社 – 現在に至る" over its projects, each with the part played in its team
        ProfileDocument cv = markdown("""
                # 履　歴　書

                ふりがな

                たかはし　みさき

                # 高　橋　　美　咲

                ## Career Summary / 職務経歴書

                As of June 1, 2025 | Misaki Takahashi (高橋 美咲) | Backend Engineer / Tech Lead

                Backend engineer with 8+ years of experience (since April 2017) designing and running systems in Tokyo.

                Soranowa Inc. (株式会社ソラノワ): 2021年4月 入社 – 現在に至る

                Logistics SaaS | ~180 employees | Shinagawa, Tokyo \s
                Senior Backend Engineer (Apr 2021 – Mar 2023) → Tech Lead, Dispatch Platform team (Apr 2023 – present)

                Oct 2023 – Jun 2024 · Dispatch API re-architecture · Tech Lead / team of 6

                - Split the dispatch domain into 4 services.

                Merpay, Inc. (株式会社メルペイ): 2019年4月 入社 – 2021年3月 退社

                Mobile payments (subsidiary of Mercari group) | Roppongi, Tokyo

                Jun 2019 – Jul 2020 · Deferred-payment ledger service · Backend Engineer / team of 5

                - Implemented a double-entry ledger microservice.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.identity().name()).contains("Misaki Takahashi");
        assertThat(timeline(profile))
                .containsExactly(
                        "Merpay, Inc. (株式会社メルペイ) |  | April 2019 to March 2021",
                        "Soranowa Inc. (株式会社ソラノワ) | Senior Backend Engineer | April 2021 to March 2023",
                        "Soranowa Inc. (株式会社ソラノワ) | Tech Lead, Dispatch Platform team | April 2023 to present");
    }

    @Test
    void should_date_each_europass_entry_by_the_dates_over_its_title() {
        // given: the Europass form in Word, each title a heading of its own under its dates
        ProfileDocument cv = markdown("""
                # Joanna Krawczyk

                ## WORK EXPERIENCE

                [ 01/03/2018 – Current ]

                ## SENIOR LOGISTICS SPECIALIST – TRANSPORT & CUSTOMS

                3M Wrocław Sp. z o.o.

                City: Wrocław | Country: Poland

                - Plan and manage outbound road transport.

                [ 15/06/2015 – 28/02/2018 ]

                ## FREIGHT FORWARDER (DOMESTIC & INTERNATIONAL GROUPAGE)

                Raben Logistics Polska Sp. z o.o.

                - Handled a portfolio of 60+ B2B clients.

                [ 01/07/2012 – 30/09/2012 ]

                ## LOGISTICS INTERN – CUSTOMS DEPARTMENT

                DB Schenker (Schenker Sp. z o.o.)

                - Summer internship.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "DB Schenker (Schenker Sp. z o.o.) | LOGISTICS INTERN – Customs Department | July 2012 to"
                                + " September 2012",
                        "Raben Logistics Polska Sp. z o.o. | FREIGHT FORWARDER (DOMESTIC & INTERNATIONAL GROUPAGE) |"
                                + " June 2015 to February 2018",
                        "3M Wrocław Sp. z o.o. | SENIOR LOGISTICS SPECIALIST – Transport & Customs | March 2018 to"
                                + " present");
    }

    @Test
    void should_take_a_federal_resumes_employer_over_its_duty_station_and_the_unit_as_the_titles() {
        // given: the employer, its street gone with the home addresses (its town left), the dates, then the title
        // with its unit
        ProfileDocument cv = markdown("""
                # Theresa Whitfield

                ## WORK EXPERIENCE

                **VA Tennessee Valley Healthcare System (TVHS) – Alvin C. York Campus**

                Murfreesboro, TN United States

                **10/2018 - Present**

                **Registered Nurse (Clinical Nurse – Medical/Surgical Telemetry Unit, 4 North)**

                **Hours per week:** 40

                **DUTIES:** Provide nursing care to 5-6 adult patients per 12-hour shift on a 28-bed unit.

                **Vanderbilt University Medical Center**

                Nashville, TN United States

                **08/2011 - 02/2014**

                **Staff Nurse II – Cardiac Step-Down Unit**

                **Hours per week:** 36

                **DUTIES:** Delivered care to 4 patients per shift on a 30-bed cardiac step-down unit.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Vanderbilt University Medical Center | Staff Nurse II – Cardiac Step-Down Unit | August 2011"
                                + " to February 2014",
                        "VA Tennessee Valley Healthcare System (TVHS), Alvin C. York Campus | Registered Nurse"
                                + " (Clinical Nurse – "
                                + "Medical/Surgical Telemetry Unit, 4 North) | October 2018 to present");
    }

    @Test
    void should_read_a_brazilian_employer_and_town_over_the_title_and_its_level() {
        // given
        ProfileDocument cv = markdown("""
                # Juliana Okamoto

                ## EXPERIÊNCIA PROFISSIONAL

                **Loggi —** São Paulo/SP (híbrido) \s
                Desenvolvedora Full Stack Sênior / Tech Lead | mar/2020 – atual

                - Criou o design system interno “Caixa” (React + Storybook).

                **Locaweb —** São Paulo/SP \s
                Desenvolvedora Full Stack Pleno | jan 2017 - fev 2020

                - Desenvolvimento do novo painel do cliente.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Locaweb | Desenvolvedora Full Stack Pleno | January 2017 to February 2020",
                        "Loggi | Desenvolvedora Full Stack Sênior / Tech Lead | March 2020 to present");
    }

    @Test
    void should_read_a_french_cvs_ranges_and_the_title_in_the_paragraph_under_the_employer() {
        // given
        ProfileDocument cv = markdown("""
                # Hélène Guichard

                ## EXPÉRIENCE PROFESSIONNELLE

                Depuis 2019 · VALLON INDUSTRIES SAS – Vénissieux (69)

                **Directrice Administrative et Financière (DAF) – membre du comité de direction**

                - Encadrement : management d'une équipe de 14 personnes.

                **De janvier 2010 à juin 2014**

                KPMG SA – Lyon (69)

                Auditrice, puis Manager en audit (à partir de 2013)

                - Missions de commissariat aux comptes.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile)).hasSize(2);
        assertThat(timeline(profile).get(0)).startsWith("KPMG SA | ").endsWith(" | January 2010 to June 2014");
        assertThat(timeline(profile).get(1))
                .isEqualTo("Vallon Industries SAS | Directrice Administrative et Financière (DAF) – membre du comité de"
                        + " direction | 2019 to present");
    }

    @Test
    void should_hold_a_term_marked_current_still_and_read_no_role_from_a_sentence_about_a_term() {
        // given
        ProfileDocument resume = markdown("""
                # Isabela Monteiro

                ## EXPERIENCE

                Software Engineering Intern | Cohere · Fall 2025 (Sept–Dec) · current \s
                Toronto, ON — Model Evaluation Platform

                - Rebuilt the RAG evaluation harness.

                Software Developer Intern | Shopify · Winter 2025 (Jan–Apr) \s
                Remote (Canada) — Checkout team
                """);
        ProfileDocument faq = markdown("""
                # Recruiter FAQ — Isabela (Isa) Monteiro

                ## Availability

                - Winter 2026 (Jan–Apr) is a study term (3B), so I'm not available then.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(resume, faq));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Shopify | Software Developer Intern | January 2025 to April 2025",
                        "Cohere | Software Engineering Intern | September 2025 to present");
    }

    @Test
    void should_read_a_gulf_cvs_form_of_employer_and_designation_cells() {
        // given
        ProfileDocument cv = markdown("""
                # Faizan Siddiqui

                ## PROFESSIONAL EXPERIENCE

                **Employer · Nesma & Partners Contracting Co. Ltd., Jubail, KSA**

                **Designation · HSE Engineer**

                Duration · Apr-2013 to Aug-2016 \s
                Client · Sadara Chemical Company / Saudi Aramco

                - Daily site inspections of scaffolding.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly("Nesma & Partners Contracting Co. Ltd. | HSE Engineer | April 2013 to August 2016");
    }

    @Test
    void should_keep_the_employer_whose_bracketed_note_holds_a_dash() {
        // given
        ProfileDocument cv = markdown("""
                # Daniela Ruiz

                ## Experiencia laboral

                **Analista de Tráfico y Distribución · 03/2016 - 12/2019**

                Solística (operador logístico 3PL – hoy parte de Grupo Traxión) | El Salto, Jal.

                - Programación diaria de 45 unidades.

                **Auxiliar de Almacén · Jul. 2014 – Feb. 2016**

                Sigma Alimentos (planta de carnes frías) | El Salto, Jal.

                - Control de inventarios.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Sigma Alimentos | Auxiliar de Almacén | July 2014 to February 2016",
                        "Solística | Analista de Tráfico y Distribución | March 2016 to December 2019");
    }

    @Test
    void should_not_take_a_line_about_the_company_for_a_role() {
        // given
        ProfileDocument cv = markdown("""
                # Orla Brennock

                ## Career History

                Head of Brand, Halcyon Oat Co., York · April 2022 – Present

                Independent oat-based breakfast & drinks brand. c.120 staff, B Corp certified since 2021.

                - Lead a brand team of 6.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile)).containsExactly("Halcyon Oat Co | Head of Brand | April 2022 to present");
    }

    @Test
    void should_take_a_degree_heading_with_the_institution_on_the_line_under_it() {
        // given
        ProfileDocument cv = markdown("""
                # Delphine Achterberg

                ## Education

                ### BSc (Hons) Accounting & Finance – 2:1 · 2011 – 2015

                **Wendmoor University, Brindleford**

                Dissertation: rolling forecasts vs. annual budgets.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("BSc in Accounting & Finance at Wendmoor University (2011 to 2015), 2:1");
    }

    @Test
    void should_read_a_word_templates_table_of_dates_over_titles_employers_and_degrees() {
        // given: a template's table read cell by cell: the dates, then the title, then "Employer | Town"
        ProfileDocument cv = markdown("""
                # Lorcan Halloway

                **EXPERIENCE**

                Sept 2019 - May 2021

                **Head Chef**

                The Saltmarsh Table | Bristol

                - Brigade of 9.

                Dec 2014 – Apr 2016

                (2 winter seasons)

                **Chef de Partie**

                Chalet Hôtel Les Arolles | Méribel, France

                - Garde manger section.

                Summer 2014

                **Commis Chef (seasonal)**

                Hotel Cala Morisca | Mallorca, Spain

                - Led the opening of the pool bar in May 2014 – on time.

                **EDUCATION**

                2021 - 2022

                **Level 4 Diploma in Hospitality Management**

                Caddon School of Hospitality | Online (part-time)

                2023

                **WSET Level 2 Award in Wines**

                Harbourside Wine School | Bristol

                2010 – 2012

                **NVQ Level 3 Diploma in Professional Cookery**

                Marcher College | Shrewsbury
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Hotel Cala Morisca | Commis Chef | 2014",
                        "Chalet Hôtel Les Arolles | Chef de Partie | December 2014 to April 2016",
                        "The Saltmarsh Table | Head Chef | September 2019 to May 2021");
        assertThat(profile.education())
                .extracting(Education::describe)
                .contains(
                        "Diploma in Hospitality Management at Caddon School of Hospitality (2021 to 2022)",
                        "Diploma in Professional Cookery at Marcher College (2010 to 2012)");
    }

    @Test
    void should_read_a_roles_title_department_employer_town_and_country_in_one_line() {
        // given: a European CV's lines, and a LinkedIn export's team beside the title under the employer
        ProfileDocument european = markdown("""
                # Catarina Amaral

                ## Professional experience

                01/2024 – present · Senior Researcher, group lead Nutrient Recovery, Ravelijn Water Institute, Lindewaard, NL

                Mar. 2019 – Aug. 2021 · Process Engineer, HidroLuso Engenharia, Lda., Castromar, Portugal

                - Energy audits; commissioned a pilot in April 2020 – on time.

                2015–2019 · Doctoral Researcher (PhD candidate), Dept. of Environmental Engineering, Universidade de Montalvo, Porto Sereno, Portugal
                """);
        ProfileDocument linkedIn = markdown("""
                # Saoirse Lindqvist

                ## Experience

                ### Fernhollow Clinical Research

                Clinical Research Associate II\s\s
                October 2019 - July 2021 (1 year 10 months)\s\s
                Bristol, England, United Kingdom

                ### Severn Vale University Hospitals NHS Foundation Trust

                Clinical Trials Coordinator - Research & Innovation\s\s
                May 2016 - September 2019 (3 years 5 months)\s\s
                Bristol, United Kingdom
                """);

        // when
        StructuredProfile fromEurope = reader.read(List.of(european));
        StructuredProfile fromLinkedIn = reader.read(List.of(linkedIn));

        // then
        assertThat(timeline(fromEurope))
                .containsExactly(
                        "Universidade de Montalvo | Doctoral Researcher, Dept. of Environmental Engineering | 2015 to 2019",
                        "HidroLuso Engenharia, Lda | Process Engineer | March 2019 to August 2021",
                        "Ravelijn Water Institute | Senior Researcher, group lead Nutrient Recovery | January 2024 to present");
        assertThat(timeline(fromLinkedIn))
                .containsExactly(
                        "Severn Vale University Hospitals NHS Foundation Trust | Clinical Trials Coordinator - Research & "
                                + "Innovation | May 2016 to September 2019",
                        "Fernhollow Clinical Research | Clinical Research Associate II | October 2019 to July 2021");
    }

    @Test
    void should_read_a_job_sites_title_company_and_dates_lines_as_one_paragraph_each() {
        // given: a job site's export: "Title", "Company - Town, ST", "Month Year to Month Year", some
        // jobs with no lines under them
        ProfileDocument resume = plain("""
                Jolene Ferriter
                Marlow Falls, OH

                Work Experience

                Class A CDL Driver
                Halvorsen Transport Inc. - Dunmore Creek, PA
                April 2012 to February 2016
                • Regional and OTR reefer freight in 31 states

                Warehouse Associate / Forklift Operator
                Brightwater Home Supply - Marlow Falls, OH
                September 2009 to March 2012

                Cashier/Fuel Desk Clerk
                Dutch Hollow Travel Plaza - Marlow Falls, OH
                May 2007 to August 2009
                """);

        // when
        StructuredProfile profile = reader.read(List.of(resume));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Dutch Hollow Travel Plaza | Cashier/Fuel Desk Clerk | May 2007 to August 2009",
                        "Brightwater Home Supply | Warehouse Associate / Forklift Operator | September 2009 to March 2012",
                        "Halvorsen Transport Inc | Class A CDL Driver | April 2012 to February 2016");
    }

    @Test
    void should_read_labelled_period_company_and_position_blocks_under_a_capitals_heading_with_its_colon() {
        // given: a CV pasted from an e-mail: "WORK EXPERIENCE:" and a block of labelled lines per job
        ProfileDocument cv = plain("""
                CURRICULUM VITAE

                JAN KOWALSKI

                PERSONAL DATA:

                Driving licence: cat. B (since 2006)

                WORK EXPERIENCE:

                Period: 02.2022 - now
                Company: Velmont Automotive Poland Sp. z o.o. , Technical Center Kamionów (Poland)
                Position: Lead Design Engineer - Brake Systems (Team Leader)
                Responsibilities:
                - leading team of 6 design engineers

                Period: 01.03.2018 - 31.12.2021
                Company: Hallerbach Fahrzeugtechnik GmbH, Kessenbrück (Germany)
                Position: Konstrukteur / Design Engineer Chassis - Axles and Suspension
                Responsibilities:
                - 3D design and 2D drawings of control arms

                Period: 07.2012 - 08.2013
                Company: Auto-Technika Bronowski Sp. z o.o., Brzezinów
                Position: Quality Technician (Technik ds. jakości)
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Auto-Technika Bronowski Sp. z o.o. | Quality Technician | July 2012 to August 2013",
                        "Hallerbach Fahrzeugtechnik GmbH | Konstrukteur / Design Engineer Chassis - Axles and Suspension"
                                + " | March 2018 to December 2021",
                        "Velmont Automotive Poland Sp. z o.o. | Lead Design Engineer - Brake Systems | February 2022 to"
                                + " present");
    }

    @Test
    void should_find_the_name_after_a_templates_sidebar_and_case_a_hyphenated_one() {
        // given: a two-column Word template read cell by cell: the sidebar's sections come first
        ProfileDocument cv = markdown("""
                **CONTACT**

                maren@fernpost.example

                **SKILLS**

                Category management

                **LANGUAGES**

                Spanish – fluent

                # MAREN OSEI-WHITLOCK

                ## Senior Category Manager | MCIPS

                Procurement lead.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.identity().name()).contains("Maren Osei-Whitlock");
    }

    @Test
    void should_keep_a_lower_case_employer_and_a_department_abbreviation_in_a_roles_line() {
        // given
        ProfileDocument cv = markdown("""
                # Ada Quinn

                ## Experience

                Software Engineer, eBay, London, 2019 – 2022

                Postdoctoral Research Associate, Dept. of Chemical and Biological Engineering, University of Sheffield, 2016 – 2019
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "University of Sheffield | Postdoctoral Research Associate, Dept. of Chemical and Biological "
                                + "Engineering | 2016 to 2019",
                        "eBay | Software Engineer | 2019 to 2022");
    }

    @Test
    void should_read_columns_aligned_with_spaces_and_keep_duties_dated_inside_a_job_out_of_the_timeline() {
        // given: a pilot's text CV, dates, title and airline in columns typed with spaces
        String text = """
                Niamh Cassidy

                EMPLOYMENT HISTORY
                ------------------

                11/2021 - Present     Captain - A320                 Aer Corrib, Dublin (DUB)
                   - Line Training Captain (LTC) since 09/2024: line training for new first officers.
                   - Base flight safety representative, Dublin, 2023 - 2025.

                02/2017 - 10/2021     First Officer - A320           Aer Corrib, Dublin (DUB)
                   - Direct entry FO; line check 05/2017.

                03/2012 - 09/2014     Flight Instructor FI(A)        Shannon Valley Flight Academy, Shannon (SNN)
                   - PPL, night rating and CPL instruction on C172 and PA-28.
                   - Deputy Head of Training from 01/2014.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Shannon Valley Flight Academy | Flight Instructor FI(A) | March 2012 to September 2014",
                        "Aer Corrib | First Officer - A320 | February 2017 to October 2021",
                        "Aer Corrib | Captain - A320 | November 2021 to present");
    }

    @Test
    void should_read_titles_joined_by_an_arrow_as_a_promotion_at_the_employer_named_once() {
        // given
        ProfileDocument cv = markdown("""
                # Owen Treharne

                ## Experience

                Head Chef – Weir House Kitchen, Bath – April 2019 to date

                - Awarded 2 AA Rosettes in 2021.

                Sous Chef → Head Chef – The Linden Tree, Cheltenham – 2014 to 2019

                **Sous Chef (2014 – 2016)**

                - Second in command of an 8-strong brigade in an 80-cover restaurant; ran the pass in the Head Chef's absence.

                **Head Chef (2016 – 2019) – promoted when the previous Head Chef left**

                - Won the restaurant's first AA Rosette in 2017.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "The Linden Tree | Sous Chef | 2014 to 2016",
                        "The Linden Tree | Head Chef | 2016 to 2019",
                        "Weir House Kitchen | Head Chef | April 2019 to present");
    }

    @Test
    void should_take_the_employer_from_the_line_under_a_heading_that_gives_the_title_and_the_town() {
        // given: the Awesome-CV layout, "Title · Town, Country" over "Employer · dates"
        ProfileDocument cv = markdown("""
                # Tamsin Achterberg

                # Experience

                ### Lead Data Scientist · Amsterdam, The Netherlands

                Kaskade Payments B.V. · Feb 2022 - Present

                - Lead a team of 6 data scientists.

                ### PhD Researcher · Utrecht, The Netherlands

                Utrecht University, Dept. of Information and Computing Sciences · Sep 2014 - Aug 2018

                - Research on Bayesian nonparametric models.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Utrecht University, Dept. of Information and Computing Sciences | PhD Researcher | September"
                                + " 2014 to August 2018",
                        "Kaskade Payments B.V. | Lead Data Scientist | February 2022 to present");
        assertThat(profile.roles().get(1).location()).contains("Amsterdam, The Netherlands");
    }

    @Test
    void should_read_a_ward_nurses_roles_with_the_hospital_and_its_county_below_and_no_duty_as_a_role() {
        // given
        ProfileDocument cv = markdown("""
                # Orla Maguire

                ## Employment History

                **Clinical Nurse Manager 1, St. Brigid's Ward (Cardiology) · March 2022 – Present**

                Lee Valley University Hospital, Cork

                - Lead the ward's falls-prevention and sepsis-screening audits (QIP 2023 – falls reduced by 30%)

                **Staff Nurse, St. Brigid's Ward (Cardiology) · June 2018 – February 2022**

                Lee Valley University Hospital, Cork

                - Acted up as Clinical Nurse Manager 1 on a regular basis from 2020

                **Healthcare Assistant (part-time, weekends & summers) · 2011 – 2014**

                Glenview Nursing Home, Mallow, Co. Cork

                - Personal care of older residents
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Glenview Nursing Home | Healthcare Assistant | 2011 to 2014",
                        "Lee Valley University Hospital | Staff Nurse – St. Brigid's Ward (Cardiology) | June 2018 to"
                                + " February 2022",
                        "Lee Valley University Hospital | Clinical Nurse Manager 1 – St. Brigid's Ward (Cardiology) |"
                                + " March 2022 to present");
        assertThat(profile.roles().get(0).location()).contains("Mallow, Co. Cork");
        // the ward's specialty in brackets is no town: she is based in Cork
        assertThat(profile.roles().get(2).location()).contains("Cork");
    }

    @Test
    void should_read_a_freelancers_engagements_and_two_dated_titles_on_one_line_but_not_the_availability() {
        // given
        ProfileDocument cv = markdown("""
                # Oskar Haverland

                Security Clearance: Secret (active). Previously held Top Secret/SCI, USAF 2008–2011 (inactive)

                **SELECTED ENGAGEMENTS**

                **Client: Noordkade Logistics —** retainer, 2 days/week, since October 2024 (ongoing)

                - Architecture and hands-on work on the shipment-tracking event platform

                **Client: Brederode Bank —** 14 months, 2022–2023 \s
                Senior backend engineer, payments modernisation

                - Designed idempotent payment-event handling

                **EMPLOYMENT**

                Datavelde B.V., Amsterdam · 2010 – 2017 \s
                Senior Software Engineer (2014–2017) · Software Engineer (2010–2014)

                - Senior: tech lead for a team of 6 on the telematics backend

                **RATES & AVAILABILITY**

                Available for a new engagement from January 2027, 3 days/week alongside the Noordkade retainer.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Datavelde B.V. | Software Engineer | 2010 to 2014",
                        "Datavelde B.V. | Senior Software Engineer | 2014 to 2017",
                        "Brederode Bank | Senior backend engineer, payments modernisation | 2022 to 2023",
                        "Noordkade Logistics |  | October 2024 to present");
    }

    @Test
    void should_read_a_gulf_cvs_posts_labelled_position_company_and_duration_from_and_to() {
        // given
        ProfileDocument cv = markdown("""
                # Bishnu Adhikari

                ## WORK EXPERIENCES

                Position: Waiter (F&B Service Attendant)

                Company Name: Al Manara Grand Hotel (4 Star)

                Address: Deira, Dubai, U.A.E

                Duration: From 18/02/2016 To 20/03/2019

                - Serving food and beverages in restaurant and In-Room Dining.

                Position: Waiter

                Company Name: Hotel Everest Crown

                Duration: From 01/05/2014 To 31/12/2015
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Hotel Everest Crown | Waiter | May 2014 to December 2015",
                        "Al Manara Grand Hotel | Waiter | February 2016 to March 2019");
    }

    @Test
    void should_read_a_drivers_titles_parted_by_a_bullet_each_dated_and_no_job_in_his_safety_record() {
        // given
        ProfileDocument cv = markdown("""
                # Darnell Whitaker

                **SAFETY RECORD**

                1.5 million+ accident-free miles (2012 – present), zero preventable accidents

                **DRIVING EXPERIENCE**

                **Werner Enterprises – Omaha, NE · 03/2016 – 10/2020**

                Driver Trainer (05/2018 – 10/2020)  •  OTR Solo Driver, Dry Van/Reefer (03/2016 – 05/2018)

                - Trained 23 new CDL grads on pre-trips, backing and trip planning

                **Crossroads Freight Lines – Joplin, MO · 07/2013 – 02/2016**

                Regional Flatbed Driver

                - Steel coil, lumber and building materials
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Crossroads Freight Lines | Regional Flatbed Driver | July 2013 to February 2016",
                        "Werner Enterprises | OTR Solo Driver | March 2016 to May 2018",
                        "Werner Enterprises | Driver Trainer | May 2018 to October 2020");
    }

    @Test
    void should_read_each_roles_dates_from_the_line_above_its_title_when_the_template_sets_them_there() {
        // given: a Canva template, a small line of dates over each title, the employer and town under it
        ProfileDocument cv = markdown("""
                # Camille Rourke

                ## Experience

                MARCH 2021 — PRESENT

                ### MARKETING MANAGER

                Tidewell Home Ltd | Bristol

                - Lead a team of 5 across brand, CRM and paid media

                2018 — 2021

                ### CAMPAIGN MANAGER

                Brightwater Foods | Bristol

                - Managed the agency roster

                2015 — 2018

                ### SENIOR MARKETING EXECUTIVE

                Brightwater Foods | Bristol

                - Trade marketing and in-store promotions
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brightwater Foods | SENIOR MARKETING EXECUTIVE | 2015 to 2018",
                        "Brightwater Foods | CAMPAIGN MANAGER | 2018 to 2021",
                        "Tidewell Home Ltd | MARKETING MANAGER | March 2021 to present");
    }

    @Test
    void should_take_the_town_under_a_linkedin_roles_dates() {
        // given: LinkedIn's "Save to PDF", read as Markdown
        ProfileDocument cv = markdown("""
                # Tamsin Raeburn

                ## Experience

                ### Brackenlow Insurance Group

                4 years 1 month \s
                Data Analyst \s
                September 2014 - September 2016 (2 years 1 month) \s
                Glasgow, United Kingdom \s
                Claims fraud analytics in SQL and R.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly("Brackenlow Insurance Group | Data Analyst | September 2014 to September 2016");
        assertThat(profile.roles().get(0).location()).contains("Glasgow, United Kingdom");
    }

    @Test
    void should_read_an_employer_with_a_titles_word_under_its_title_and_no_result_or_aside_as_a_role() {
        // given
        ProfileDocument cv = markdown("""
                # Declan Fairweather

                ## Employment

                **Project Manager · Mar 2020 – Present**

                Bramwell & Stokes Construction Ltd, Leeds

                - Zero RIDDOR reportable incidents across all projects since 2020.

                **Site Engineer · Sep 2010 – Mar 2013**

                Calderline Civil Engineering Ltd, Huddersfield

                - Setting out, levels, as-built records for highways and drainage works.

                ## Appointments

                2012–2015 · Postdoctoral Research Fellow, University of Westmere (ESRC-funded project Living with the Sea, PI Prof. Alan Brierley)
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Calderline Civil Engineering Ltd | Site Engineer | September 2010 to March 2013",
                        "University of Westmere | Postdoctoral Research Fellow | 2012 to 2015",
                        "Bramwell & Stokes Construction Ltd | Project Manager | March 2020 to present");
    }

    @Test
    void should_read_dates_then_school_and_town_then_title_and_an_employer_working_remotely() {
        // given: a teacher's CV, dates over the school over the title; a developer's remote contract
        ProfileDocument cv = markdown("""
                # Eleanor Whitcombe

                ## Employment history

                **Sept 2014 – Aug 2018**

                **Meadowbank High School, Wolverhampton**

                Teacher of Geography & KS3 Coordinator (TLR 2b)

                - Coordinated the KS3 geography programme for 6 forms of entry; wrote common assessments.

                **Sept 2008 – July 2010**

                **Longmynd Field Studies Centre, Church Stretton**

                Field Studies Tutor

                - Led residential and day fieldwork for visiting KS2–A level groups.

                ## Contracts

                **Veldt Logistics — Remote (Rotterdam, NL)**

                Backend Engineer (contract) | July 2020 – March 2021
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Longmynd Field Studies Centre | Field Studies Tutor | September 2008 to July 2010",
                        "Meadowbank High School | Teacher of Geography & KS3 Coordinator (TLR 2b) | September 2014 to"
                                + " August 2018",
                        "Veldt Logistics | Backend Engineer | July 2020 to March 2021");
    }

    @Test
    void should_keep_ordinary_role_lines_that_look_like_duties_places_or_titles() {
        assertThat(timeline(reader.read(List.of(markdown("""
                        # Ada Quinn

                        ## Experience

                        Head of Engineering at a Series B fintech, London, 2019 – 2022

                        Teacher of English as an Additional Language, Kingsmere School, 2014 – 2019

                        Previously: Software Engineer, Acme Ltd, 2012 – 2014
                        """)))))
                .extracting(line -> line.substring(line.lastIndexOf('|') + 2))
                .containsExactly("2012 to 2014", "2014 to 2019", "2019 to 2022");
        assertThat(timeline(reader.read(List.of(markdown("""
                        # Ada Quinn

                        ## Experience

                        2010 – Present

                        ### Senior Engineer, Acme Corp

                        Mar 2019 – Dec 2022

                        ### Engineer, Beta Ltd

                        Jan 2015 – Feb 2019
                        """)))))
                .contains(
                        "Beta Ltd | Engineer | January 2015 to February 2019",
                        "Acme Corp | Senior Engineer | March 2019 to December 2022");
        assertThat(timeline(reader.read(List.of(markdown("""
                        # Ada Quinn

                        ## Experience

                        ### Software Engineer · Google

                        Cloud Solutions Group · 2019 – 2022
                        """)))))
                .containsExactly("Google | Software Engineer | 2019 to 2022");
        assertThat(timeline(reader.read(List.of(plain("""
                        ADA QUINN

                        APPOINTMENTS
                        2010 - 2018 · Professor · University of Leeds
                        2012 - 2014 · Visiting Professor · Stanford
                        """)))))
                .containsExactly(
                        "University of Leeds | Professor | 2010 to 2018",
                        "Stanford | Visiting Professor | 2012 to 2014");
    }

    @Test
    void should_write_an_employer_in_capitals_in_the_usual_case_keeping_its_legal_form() {
        // given
        String text = """
                THIBAULT LEMAIRE

                PROFESSIONAL EXPERIENCE
                10/2011 – 12/2012   KESSLER ANTRIEBSTECHNIK GmbH – Stuttgart (Germany)
                                    Mechanical Engineer
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.roles())
                .singleElement()
                .satisfies(r -> assertThat(r.organization()).isEqualTo("Kessler Antriebstechnik GmbH"));
    }

    @Test
    void should_read_flight_deck_titles_a_heading_with_a_town_alone_and_no_duty_held_in_a_job_as_a_job() {
        assertThat(timeline(reader.read(List.of(markdown("""
                        # Sam Okafor

                        ## Experience

                        Helicopter Pilot, Bristow Helicopters, 2015 – 2019

                        First Officer - 737 - Ryanair, 2019 – 2022
                        """)))))
                .containsExactly(
                        "Bristow Helicopters | Helicopter Pilot | 2015 to 2019",
                        "Ryanair | First Officer - 737 | 2019 to 2022");
        assertThat(timeline(reader.read(List.of(markdown("""
                        # Tamsin Achterberg

                        ## Experience

                        ### Lead Data Scientist · Amsterdam

                        Kaskade Payments B.V. · Feb 2022 - Present
                        """)))))
                .containsExactly("Kaskade Payments B.V. | Lead Data Scientist | February 2022 to present");
        assertThat(timeline(reader.read(List.of(markdown("""
                        # Jane Doe

                        ## Experience

                        ### Senior Engineer, Acme Ltd (2016 – 2022)

                        - Held on-call lead duties for the payments platform from 2020.
                        - Took on a line-management role for four engineers from 2019
                        """)))))
                .containsExactly("Acme Ltd | Senior Engineer | 2016 to 2022");
        assertThat(timeline(reader.read(List.of(plain("""
                        JANE DOE

                        EXPERIENCE
                        Senior Engineer        Acme Ltd, London
                        2016 - 2022
                        - Built the payments platform.
                        """)))))
                .containsExactly("Acme Ltd | Senior Engineer | 2016 to 2022");
    }

    @Test
    void should_take_the_plain_line_under_a_dated_bold_title_for_its_employer_though_it_names_a_field() {
        // given: a two-column PDF's entries, the dates brought to the title's line, the employer under it with
        // no legal form, its "Engineering" a field's word rather than a title's
        StructuredProfile profile = reader.read(List.of(markdown("""
                        # Eleanor Whitcombe

                        ## Experience

                        **2009 – 2013 · Graduate Civil Engineer**

                        Marlowe Civils Ltd, Exeter

                        - Site engineer on a flood defence scheme

                        **2007 – 2008 · Industrial Placement Student**

                        Pennard Ground Engineering, Swansea

                        - Year in industry within the MEng: logging of boreholes
                        """)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Pennard Ground Engineering | Industrial Placement Student | 2007 to 2008",
                        "Marlowe Civils Ltd | Graduate Civil Engineer | 2009 to 2013");
        assertThat(profile.roles().get(0).location()).contains("Swansea");
    }

    @Test
    void should_read_a_name_given_surname_first_and_a_europass_headline() {
        // given: the old Europass form's labels
        StructuredProfile profile = reader.read(List.of(markdown("""
                        ## Personal information

                        Surname(s) / First name(s): DE LUCA Marco

                        Desired employment / Occupational field: Process Engineer

                        ## Work experience

                        Dates: 2019 – present

                        Occupation or position held: Process Engineer
                        """)));

        StructuredProfile german = reader.read(List.of(markdown("""
                        **Angaben zur Person**

                        Geburtsdatum

                        14/06/1986

                        ## Work experience

                        Dates: March 2019 – present

                        Occupation or position held: Process Engineer

                        Name and address of employer: Corvanti Impianti S.p.A., Via Roma 9, 40026 Imola (BO)
                        """)));

        // then
        assertThat(german.roles()).extracting(Role::title).containsExactly("Process Engineer");
        assertThat(profile.identity().name()).contains("Marco De Luca");
        assertThat(profile.identity().headline()).contains("Process Engineer");
    }

    @Test
    void should_read_a_bold_section_heading_with_its_total_in_brackets_as_the_section() {
        // given: a Korean résumé in English, its work section's heading followed by the years it adds up to
        StructuredProfile profile = reader.read(List.of(markdown("""
                        # R  É  S  U  M  É

                        Marital Status: Married

                        **■ Work Experience  (total 7 yr 3 mo)**

                        | Period | Company | Department | Position | Duration |
                        | --- | --- | --- | --- | --- |
                        | 2022.09 ~ Present | Coupang Corp. | Fulfillment Platform Eng. | Senior Backend Engineer | 2 yr 7 mo |
                        | 2020.04 ~ 2022.08 | Kakao Corp. | Gift Platform Team | Backend Engineer | 2 yr 5 mo |

                        **■ Technical Skills**

                        Kotlin, Java
                        """)));

        // then
        assertThat(profile.roles()).extracting(Role::organization).containsExactly("Kakao Corp", "Coupang Corp");
        assertThat(profile.roles())
                .extracting(Role::title)
                .containsExactly("Backend Engineer", "Senior Backend Engineer");
    }

    @Test
    void should_read_an_employer_and_title_in_bold_over_a_line_of_dates_place_and_tools() {
        // given: each job's employer and title in bold, then its dates, town and stack parted by bars
        StructuredProfile profile = reader.read(List.of(markdown("""
                        ## Career Details

                        **Coupang Corp.  —  Senior Backend Engineer, Fulfillment Platform Engineering**

                        2022.09 ~ Present  |  Songpa-gu, Seoul  |  Kotlin, Spring WebFlux, Kafka

                        - Leading a squad of 6 backend engineers.

                        **Kakao Corp.  —  Backend Engineer, Gift Platform Team**

                        2020.04 ~ 2022.08  |  Pangyo, Seongnam  |  Java, Kotlin

                        - Designed a coupon issuance pipeline.
                        """)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kakao Corp | Backend Engineer, Gift Platform Team | April 2020 to August 2022",
                        "Coupang Corp | Senior Backend Engineer, Fulfillment Platform Engineering | September 2022 to present");
    }

    @Test
    void should_read_a_federal_resumes_agency_over_its_office_and_street_and_the_title_under_the_posts_particulars() {
        // given: a USAJOBS résumé, each post's agency over its office and street address, the dates alone, then the
        // hours, series and grade and salary, and only then the title
        StructuredProfile profile = reader.read(List.of(markdown("""
                        Federal Status · Current career-tenured Federal employee

                        Highest Grade Held · GS-2210-12, Step 6 (10/2017 - Present)

                        ## WORK EXPERIENCE

                        U.S. Department of Commerce, National Institute of Standards and Technology (NIST)

                        Office of Information Systems Management (OISM), 100 Bureau Drive, Gaithersburg, MD 20899 United States

                        **10/2017 - Present**

                        **Hours per week:** 40

                        **Series/Grade:** GS-2210-12

                        **Salary: $** 121,834 Per Year

                        **IT Specialist (SYSADMIN/INFOSEC)**

                        **Supervisor:** Patricia Nwosu – May contact: Yes

                        **Duties, Accomplishments and Related Skills:**

                        Serve as senior systems administrator for the Enterprise Infrastructure Services branch.

                        **U.S. Department of Veterans Affairs, Martinsburg VA Medical Center**

                        Office of Information and Technology (OI&T), 510 Butler Avenue, Martinsburg, WV 25405 United States

                        **03/2014 - 10/2017**

                        **Hours per week:** 40

                        **Series/Grade:** GS-2210-11

                        **IT Specialist (SYSADMIN)**

                        **Duties, Accomplishments and Related Skills:**

                        Administered 180 Windows servers and supported roughly 1,800 users.

                        **U.S. Army, 3rd Brigade Combat Team, 10th Mountain Division**

                        Fort Drum, NY 13602 United States (deployed to Kandahar, Afghanistan, 03/2011 - 02/2012)

                        **08/2008 - 05/2012**

                        **Hours per week:** 50

                        **Series/Grade:** E-5 (Sergeant); MOS 25B, Information Technology Specialist

                        **Information Technology Specialist (25B) / Brigade S6 Systems NCO**

                        **Duties, Accomplishments and Related Skills:**

                        Installed, operated and maintained tactical and garrison networks.
                        """)));

        // then
        assertThat(profile.roles())
                .extracting(Role::organization)
                .containsExactly(
                        "U.S. Army, 3rd Brigade Combat Team, 10th Mountain Division",
                        "U.S. Department of Veterans Affairs, Martinsburg VA Medical Center",
                        "U.S. Department of Commerce, National Institute of Standards and Technology (NIST)");
        assertThat(profile.roles())
                .extracting(Role::title)
                .containsExactly(
                        "Information Technology Specialist (25B) / Brigade S6 Systems NCO",
                        "IT Specialist (SYSADMIN)",
                        "IT Specialist (SYSADMIN/INFOSEC)");
    }

    @Test
    void should_give_the_posts_held_within_an_entrys_years_the_employer_under_its_dated_title() {
        // given: each entry's last title and years over the employer and its town, then the posts held there
        StructuredProfile profile = reader.read(List.of(markdown("""
                        ### CAREER HISTORY

                        **Front Office Manager · Jun'15 – Mar'19**

                        **Sofitel Abu Dhabi Corniche (Accor) |** Abu Dhabi, UAE

                        **Front Office Manager (** Mar'17 – Mar'19)

                        - Headed a 42-member Front Office team in a 282-room luxury hotel.

                        **Assistant Front Office Manager (** Jun'15 – Feb'17)

                        - Supervised night audit and reservations interface.

                        **Duty Manager · Aug'12 – May'15**

                        **Shangri-La Barr Al Jissah Resort & Spa |** Muscat, Sultanate of Oman

                        - Night & day Duty Manager for a 640-room, three-hotel resort.

                        ### EDUCATION
                        """)));

        // then
        assertThat(profile.roles())
                .extracting(Role::organization)
                .containsOnly("Sofitel Abu Dhabi Corniche", "Shangri-La Barr Al Jissah Resort & Spa")
                .contains("Sofitel Abu Dhabi Corniche");
        assertThat(profile.roles()).extracting(Role::title).contains("Assistant Front Office Manager", "Duty Manager");
    }

    @Test
    void should_read_a_range_a_left_column_breaks_over_two_lines_beside_the_right_columns_text() {
        // given: hh.ru's export, each range's start and dash on one line and its end on the next, the employer
        // and its town beside them
        StructuredProfile profile = reader.read(List.of(markdown("""
                        ## Опыт работы — 9 лет 4 месяца

                        Январь 2020 — · Точка\\
                        настоящее время · Москва, tochka.com\\
                        5 лет 11 месяцев · Финансовый сектор

                        **Ведущий Go-разработчик (Tech Lead)**

                        - Руковожу командой из 6 бэкенд-разработчиков.

                        Октябрь 2018 — · Lamoda\\
                        Декабрь 2019 · Москва, www.lamoda.ru\\
                        1 год 3 месяца · Розничная торговля

                        **Go-разработчик**

                        - Переписал сервис расчёта доставки с PHP на Go.
                        """)));

        // then
        assertThat(profile.roles())
                .extracting(r -> r.dates().display())
                .contains("October 2018 to December 2019", "January 2020 to present");
        // the employer, not the section's heading with the career's length, and its town without its site
        assertThat(profile.roles()).extracting(Role::organization).contains("Lamoda", "Точка");
        assertThat(profile.roles())
                .filteredOn(r -> r.organization().equals("Lamoda"))
                .extracting(r -> r.location().orElse(""))
                .containsExactly("Москва");
        // (an employer named as its web address stays: "Booking.com")
        assertThat(timeline(reader.read(List.of(markdown("""
                        ## Experience

                        **Senior Engineer, Booking.com** · March 2019 – present
                        """)))))
                .containsExactly("Booking.com | Senior Engineer | March 2019 to present");
    }

    @Test
    void should_read_a_doctorate_among_postdoctoral_training_though_its_thesis_and_supervisor_follow_it() {
        // given: an academic CV's education and postdoc in one section, the doctorate's line going on after a note
        StructuredProfile profile = reader.read(List.of(markdown("""
                        ## EDUCATION AND POSTDOCTORAL TRAINING

                        July 2012 – June 2014 · Postdoctoral Fellow (NSERC PDF), University of Toronto, Toronto, ON.

                        2008–2012 · Ph.D., Civil Engineering (Water), University of Waterloo, Waterloo, ON (direct entry \
                        from B.Eng.). Thesis: “Ozonation by-products and biological filtration for the removal of trace \
                        organic contaminants in drinking water.” Supervisor: Prof. Margaret O’Donnell-Hayes.

                        2002–2006 · B.Eng., Chemical Engineering (with Distinction), McGill University, Montréal, QC
                        """.replace("\\\n", ""))));

        // then
        assertThat(profile.education())
                .extracting(Education::institution)
                .contains("University of Waterloo", "McGill University");
    }

    @Test
    void should_give_a_job_history_sheets_periods_the_employer_they_are_dated_under() {
        // given: a Japanese job-history sheet in English, the employer's dated line over a table of periods, each
        // a department and title with the plant after a dash
        StructuredProfile profile = reader.read(List.of(markdown("""
                        ## Job History Sheet (Shokumu Keirekisho)

                        **■ Work history**

                        **April 2012 – March 2018　　Hoshimi Precision Co., Ltd.**

                        Business: automotive bearings | Employees: 3,200

                        April 2012 – March 2015

                        **Quality Assurance Dept., Engineer – Tsu Plant**

                        ・In-process quality control for hub bearing units

                        April 2015 – March 2018

                        **Quality Assurance Dept., Assistant Manager – Customer Quality Group**

                        ・Led a group of 5 QA engineers
                        """)));

        // then
        assertThat(profile.roles())
                .extracting(Role::organization)
                .isNotEmpty()
                .allMatch(o -> o.startsWith("Hoshimi Precision"));
        assertThat(profile.roles())
                .extracting(Role::title)
                .anyMatch(t -> t.contains("Engineer") && t.contains("Tsu Plant"))
                .anyMatch(t -> t.contains("Assistant Manager"));
    }

    @Test
    void should_read_a_title_held_one_season_written_in_brackets() {
        StructuredProfile profile = reader.read(List.of(markdown("""
                        # Jodie Whitlam

                        ## Work History

                        Seasonal Catering Assistant – Scarthwaite Holiday Park, Filey (Summer 2017)
                        """)));

        assertThat(timeline(profile)).hasSize(1).allMatch(r -> r.startsWith("Scarthwaite Holiday Park |"));
        assertThat(profile.roles().get(0).dates().start().year()).isEqualTo(2017);
    }

    @Test
    void should_keep_a_titles_team_after_a_dash_and_read_no_role_from_a_bullet_led_by_since() {
        String text = """
                # Jane Doe

                ## Experience

                ### Senior Engineer – Data Platform, Acme Ltd
                *March 2021 – Present*

                - Moved the batch jobs to Spark.

                ### Software Engineer, Borealis Systems
                *June 2017 – February 2021*

                - Built ingestion pipelines in Python.
                - Since 2019, led a team of four engineers.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Borealis Systems | Software Engineer | June 2017 to February 2021",
                        "Acme Ltd | Senior Engineer – Data Platform | March 2021 to present");
    }

    @Test
    void should_read_a_heading_in_two_languages_as_its_section_and_an_acting_post_within_the_role_above() {
        String text = """
                # MATHIEU ARSENAULT

                ## Work Experience / Expérience de travail

                Manager, Strategic Policy and Research (EC-07), Public Service Talent and Skills Office, Ottawa, ON · 2024-03 to present

                - Manage a team of seven analysts and economists.

                Policy Analyst (EC-05), Canada Workforce Transitions Agency, Gatineau, QC · 2018-04 to 2021-10

                - Analysed displacement and re-employment outcomes for laid-off workers.
                - Acting assignment / Intérim: Acting Senior Policy Analyst (EC-06), 2020-02 to 2020-09 – led the rapid policy analysis.

                ## Professional Development

                - Assistant Examiner, GCSE History, Pennine Assessment Board, 2016 – 2020
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(timeline(profile))
                .containsExactly(
                        "Canada Workforce Transitions Agency | Policy Analyst | April 2018 to October 2021",
                        "Canada Workforce Transitions Agency | Acting Senior Policy Analyst | February 2020 to September 2020",
                        "Public Service Talent and Skills Office | Manager, Strategic Policy and Research | March 2024 to present");
    }

    @Test
    void should_read_a_deputys_title_a_team_named_by_its_specialty_and_no_title_from_a_deed_below_the_dates() {
        String text = """
                ## Employment history

                Second in Department (History), Kirkgate Academy, Wakefield (Sept 2018 – Aug 2021) I joined Kirkgate as second in a department of five.

                Senior Clinical Pharmacist – Oncology & Haematology — Lachlan Heights Private Hospital, Sydney NSW (Nov 2021 – Jun 2023)

                Marketing Coordinator

                Oakhurst Home Interiors | Cardiff

                05/2022 - 01/2024

                - Promoted from Marketing Assistant in May 2022
                - Line-managed two marketing assistants and a summer intern

                ### TESSELLATE HEALTH

                Staff Software Engineer | Seattle, WA | Sep 2022 – Jan 2024

                - Led org-wide retirement of legacy services (31 services). Senior Software Engineer | Seattle, WA | Jun 2019 – Aug 2022
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactlyInAnyOrder(
                        "Kirkgate Academy | Second in Department (History)",
                        "Lachlan Heights Private Hospital | Senior Clinical Pharmacist – Oncology & Haematology",
                        "Oakhurst Home Interiors | Marketing Coordinator",
                        "Tessellate Health | Staff Software Engineer",
                        "Tessellate Health | Senior Software Engineer");
    }

    @Test
    void should_read_a_resume_whose_sections_lost_their_line_breaks_and_a_name_run_into_the_header() {
        // given: a résumé pasted into a job portal's text box: a section a paragraph, bullets inside it
        String text = "Naomi Hartwell Senior Customer Success Manager  Brighton  naomi.hartwell@example.com\n\n"
                + "PROFILE Customer success manager with ten years in B2B SaaS who turns renewals into expansions."
                + " I run enterprise books of business end to end.\n\n"
                + "EXPERIENCE Senior Customer Success Manager, Quillmark Analytics, London, Sep 2021 – Present."
                + " • Own a book of 32 enterprise accounts worth £6.4m ARR • Line-manage a pod of three Customer"
                + " Success Managers. Customer Success Manager, Tidewell Software, Brighton, Jun 2018 – Aug 2021."
                + " • Managed 55 mid-market accounts • Set up the customer advisory board. Customer Success"
                + " Associate, Tidewell Software, Brighton, Feb 2016 – May 2018. • First point of contact for"
                + " around 150 SMB customers\n\n"
                + "EDUCATION BA (Hons) Business Management, University of Sussex, 2007 – 2010.\n\n"
                + "SKILLS Gainsight • Salesforce • HubSpot • Zendesk • renewals forecasting • onboarding design\n";

        StructuredProfile profile = reader.read(List.of(plain(text)));

        assertThat(profile.identity().name()).contains("Naomi Hartwell");
        assertThat(timeline(profile))
                .containsExactly(
                        "Tidewell Software | Customer Success Associate | February 2016 to May 2018",
                        "Tidewell Software | Customer Success Manager | June 2018 to August 2021",
                        "Quillmark Analytics | Senior Customer Success Manager | September 2021 to present");
    }

    @Test
    void should_take_each_entrys_employer_from_the_line_under_its_dated_title_not_the_entry_above() {
        String text = """
                ## APPOINTMENTS

                2018 – present · Lecturer in Environmental Science\\
                School of Geography & Environmental Science, Tarnbeck University, Carlisle\\
                2015 – 2018 · Postdoctoral Research Associate\\
                School of Biological & Environmental Sciences, University of Carrick, Ayr\\
                NERC PEATFLUX project: carbon and nitrate fluxes from restored blanket bog.\\
                2008 – 2009 · Graduate Environmental Scientist\\
                Greyloch Environmental Consultants Ltd, Glasgow
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly(
                        "Greyloch Environmental Consultants Ltd | Graduate Environmental Scientist",
                        "School of Biological & Environmental Sciences, University of Carrick, Ayr | Postdoctoral"
                                + " Research Associate",
                        "School of Geography & Environmental Science, Tarnbeck University, Carlisle | Lecturer in"
                                + " Environmental Science");
    }

    @Test
    void should_read_a_cv_drawn_in_boxes_and_a_warehouse_workers_titles() {
        String text = """
                ┌─ KIRRA DONNELLY ──────────────────────────────────────────────┐
                │ Warehouse Operations Supervisor  ·  Western Sydney            │
                └───────────────────────────────────────────────────────────────┘

                ┌─ EMPLOYMENT ──────────────────────────────────────────────────┐
                │ Leading Hand - Redgum Freight Logistics, Wetherill Park   Apr 2014 - Oct 2016 │
                │   - Ran the night shift's inbound team                         │
                │                                                                │
                │ Picker Packer - Bluegum Fresh Distribution, Eastern Creek   Feb 2009 - Jun 2011 │
                │   - Picked chilled orders on RF                                 │
                └───────────────────────────────────────────────────────────────┘
                """;

        StructuredProfile profile = reader.read(List.of(plain(text)));

        assertThat(profile.identity().name()).contains("Kirra Donnelly");
        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly(
                        "Bluegum Fresh Distribution | Picker Packer", "Redgum Freight Logistics | Leading Hand");
    }

    @Test
    void should_read_a_career_detail_heading_as_a_section_not_an_employer() {
        String text = """
                ## Career Detail

                **Holbeck Rail Systems Ltd**

                Senior Category Manager, June 2019 – October 2021

                - Ran the rolling-stock spares category.
                """;

        StructuredProfile profile = reader.read(List.of(markdown(text)));

        assertThat(profile.roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactly("Holbeck Rail Systems Ltd | Senior Category Manager");
    }

    @Test
    void should_keep_an_employer_above_its_title_when_a_department_is_below_and_a_freelance_job_apart() {
        String academic = """
                EXPERIENCE

                University of Leeds
                Lecturer in Law, Sep 2018 – Present
                School of Law
                Teaching contract law and supervising dissertations.

                Inspired to Learn Ltd
                Tutor, Sep 2015 – Aug 2018
                One-to-one GCSE maths tuition.
                """;
        String developer = """
                EXPERIENCE

                Senior Software Engineer, Monzo Bank, Jan 2019 – Present
                - Built and led a team of 6 engineers on the payments ledger

                Freelance Web Developer, Jun 2020 – Dec 2021
                - Built WordPress sites for local charities in evenings and weekends

                Training / Development Coordinator, Aviva, Norwich, Sep 2015 – Dec 2018
                """;

        assertThat(reader.read(List.of(plain(academic))).roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactlyInAnyOrder("University of Leeds | Lecturer in Law", "Inspired to Learn Ltd | Tutor");
        assertThat(reader.read(List.of(plain(developer))).roles())
                .extracting(r -> r.organization() + " | " + r.title())
                .containsExactlyInAnyOrder(
                        "Monzo Bank | Senior Software Engineer",
                        " | Freelance Web Developer",
                        "Aviva | Training / Development Coordinator");
    }

    @Test
    void should_read_a_biodatas_labelled_entries_a_career_break_between_them_and_months_of_one_year() {
        // given: a Filipino biodata: each entry's "Inclusive Dates:", "Position:" and "Company:" lines, a career
        // break under its dates, an on-the-job training of two months in one year; seminars attended, dated
        String text = """
                ## BIO-DATA

                Position Desired: Team Manager

                **KRISTINE JOY M. BAUTISTA**

                E-mail Address: kristinejoy.bautista@example.com

                **WORK EXPERIENCE**

                Inclusive Dates: August 1, 2016 – November 30, 2018

                Position: Customer Care Associate – Chat and E-mail Support

                Company: BrightPath Global Services Corporation

                **Accomplishments:**

                - "Agent of the Quarter" – Q3 2017.
                - Perfect Attendance Award – 2017.

                Inclusive Dates: April 2015 – July 2016

                Career break – family reasons (returned to the province to take care of family).

                Inclusive Dates: April – May 2012

                Position: On-the-Job Trainee (300 hours), Front Office Department

                Company: Casa Alegria Hotel & Resort

                **SEMINARS AND TRAININGS ATTENDED**

                | Title | Conducted by / Venue | Date |
                | --- | --- | --- |
                | Customer Service Excellence Workshop | Telestar Academy, Makati City | June 2013 |
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Casa Alegria Hotel & Resort | On-the-Job Trainee | April 2012 to May 2012",
                        " | Career break | April 2015 to July 2016",
                        "BrightPath Global Services Corporation | Customer Care Associate – Chat and E-mail Support"
                                + " | August 2016 to November 2018");
        assertThat(profile.identity().name()).contains("Kristine Joy Bautista");
    }

    @Test
    void should_read_an_entry_headed_by_its_employer_with_its_period_position_and_reason_for_leaving_labelled() {
        // given: a South African CV: the employer in bold, then "Period:", "Position(s):", "Reporting to:",
        // "Engaged through:" and, closing each entry, "Reason for leaving:"
        String text = """
                **CAREER HISTORY**

                **Mphepo Coal Holdings (Pty) Ltd – Khwezi Colliery, Ogies (Mpumalanga)**

                Period: · January 2021 – Present \s
                Position: · Mine Manager \s
                Reporting to: · General Manager: Operations

                **Reason for leaving:** Currently employed – open to a General Manager role

                **Batlhako Platinum (Pty) Ltd, Rustenburg (North West) – contract**

                Period: · June 2019 – March 2020 (part-time contract, concurrent with my employment at Imvula) \s
                Position: · Contract Mining Engineer – mine design review

                **Engaged through:** S.B. Mthembu Mining Consulting (sole proprietor)

                **Reason for leaving:** Contract completed

                **Imvula Mining Services (Pty) Ltd – contract mining**

                Period: · 04/2016 – 12/2020 \s
                Positions: · Production Manager (03/2018 – 12/2020) \s
                Section Manager (04/2016 – 02/2018)
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Imvula Mining Services (Pty) Ltd | Section Manager | April 2016 to February 2018",
                        "Imvula Mining Services (Pty) Ltd | Production Manager | March 2018 to December 2020",
                        "Batlhako Platinum (Pty) Ltd | Contract Mining Engineer – mine design review"
                                + " | June 2019 to March 2020",
                        "Mphepo Coal Holdings (Pty) Ltd, Khwezi Colliery, Ogies | Mine Manager | January 2021 to present");
    }

    @Test
    void should_title_a_timelines_employers_from_the_undated_entries_the_experience_sections_head() {
        // given: a career timeline (a SmartArt diagram's nodes) of years and employers, then the experience
        // sections' entries, each a title and its employer with no dates
        String text = """
                # Chloe Ashworth

                ## Career Timeline

                2009 – 2012 · Greystone Lettings

                2015 – 2019 · Wrenfield Foods

                2019 – present · Northgate Outdoor

                ## Relevant Experience

                MARKETING MANAGER  |  Northgate Outdoor Ltd, Leeds

                - Lead a team of five.

                BRAND MARKETING MANAGER  |  Wrenfield Foods plc, Wakefield

                - Brand lead for the soups range.

                ## Additional Experience

                LETTINGS NEGOTIATOR  |  Greystone Lettings, Bradford

                - Looked after around 120 rental properties.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Greystone Lettings | Lettings Negotiator | 2009 to 2012",
                        "Wrenfield Foods | Brand Marketing Manager | 2015 to 2019",
                        "Northgate Outdoor | Marketing Manager | 2019 to present");
    }

    @Test
    void should_read_a_doctors_rotations_table_each_post_at_its_hospital_with_its_specialty() {
        // given: a UK trainee's clinical posts, a row a rotation, maternity leave a row with no hospital
        String text = """
                # Dr Farah Siddiqui

                ## Clinical posts

                | Grade | Dates | Specialty | Hospital | Clinical supervisor |
                | --- | --- | --- | --- | --- |
                | ST5 (LTFT 80%) | Nov 2025 – present | Emergency Medicine | Kingsweston Royal Infirmary, Bristol | Dr Aled Morgan |
                | — | Aug 2022 – May 2023 | Statutory maternity leave | — | — |
                | F2 | Dec 2018 – Apr 2019 | General Practice | Linden Lane Surgery, Stroud | Dr Priya Mistry |
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Linden Lane Surgery | F2 – General Practice | December 2018 to April 2019",
                        " | Statutory maternity leave | August 2022 to May 2023",
                        "Kingsweston Royal Infirmary | ST5 – Emergency Medicine | November 2025 to present");
        assertThat(profile.roles().get(1).careerBreak()).isTrue();
    }

    @Test
    void should_read_a_rotations_table_whose_columns_each_name_two_things() {
        // given: "Grade / Specialty" and "Hospital / Trust": a column named for both the things it holds
        String text = """
                # Dr Imran Chaudhry

                ## Clinical experience

                | Dates | Grade / Specialty | Hospital / Trust | Educational / Clinical Supervisor |
                | --- | --- | --- | --- |
                | Aug 2022 – present | ST4 Cardiology | Leeds General Infirmary, Leeds Teaching Hospitals NHS Trust | Dr Jonathan Pryce (ES) |
                | Aug 2021 – Aug 2022 | ST3 Cardiology | Pinderfields Hospital, Wakefield, Mid Yorkshire Hospitals NHS Trust | Dr Fiona McAllister (ES) |
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Pinderfields Hospital | ST3 Cardiology | August 2021 to August 2022",
                        "Leeds General Infirmary | ST4 Cardiology | August 2022 to present");
    }

    @Test
    void should_title_an_employers_heading_from_the_job_title_heading_under_its_place_and_dates() {
        // given: a site's résumé page: "Employer:" headings, a line of place and dates (an aside on the agency's
        // move in brackets), then a "Job title:" heading over the duties
        String text = """
                ## Experience

                ### Employer: Prairie Signal Media

                Location: St. Paul, MN (agency moved to the North Loop, Minneapolis, in Sept. 2017) · Dates: June ’16 – March ’19

                #### Job title: Web Developer

                - Built and launched 30+ client sites at a 14-person digital agency.

                ### Employer: Cobalt Ridge Insurance

                Location: Des Moines, IA · Dates: 2013–2015

                #### Job title: Junior Web Developer

                - In-house web team of four.

                ## Education

                ### B.F.A. in Graphic Design, minor in Computer Science

                School: Cedar Valley University, Cedar Falls, IA · Dates: 2009 – 2013 · magna cum laude
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Cobalt Ridge Insurance | Junior Web Developer | 2013 to 2015",
                        "Prairie Signal Media | Web Developer | June 2016 to March 2019");
        assertThat(profile.roles().get(0).location()).contains("Des Moines, IA");
        assertThat(profile.education()).singleElement().satisfies(e -> {
            assertThat(e.degree()).isEqualTo("B.F.A.");
            assertThat(e.institution()).isEqualTo("Cedar Valley University, Cedar Falls, IA");
        });
    }

    @Test
    void should_read_a_google_docs_resumes_company_and_title_over_its_town_and_dates_and_a_promotion_below() {
        // given
        String text = """
                ## Experience

                Tallgrass Health — Senior Product Manager, Patient Payments \s
                Denver, CO (hybrid) • Mar 2023 – Present

                - Own the patient billing and payments roadmap.

                Product Manager, Patient Payments

                Denver, CO • Jun 2021 – Feb 2023

                - Shipped text-to-pay to all clients in 5 months.

                Brightlane Logistics — Product Manager, Carrier Platform \s
                Chicago, IL • Aug 2018 – May 2021

                - Owned the carrier side of the freight marketplace.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Brightlane Logistics | Product Manager, Carrier Platform | August 2018 to May 2021",
                        "Tallgrass Health | Product Manager, Patient Payments | June 2021 to February 2023",
                        "Tallgrass Health | Senior Product Manager, Patient Payments | March 2023 to present");
        assertThat(profile.roles().get(0).location()).contains("Chicago, IL");
    }

    @Test
    void should_read_a_federal_resumes_agency_over_its_office_and_address_as_the_employer() {
        // given: each post under its agency, the agency's office and its address (or its town, once the street is
        // withheld)
        String text = """
                WORK EXPERIENCE

                National Infrastructure Resilience Administration (NIRA)
                Office of Program Evaluation and Performance
                1200 Independence Plaza SW, Washington, DC 20024
                Program Analyst | 06/2021 – Present
                Hours per week: 40 | Series/Grade: GS-0343-12
                Supervisor: Patricia Goldfarb, may contact: Yes
                Duties: Serve as a program analyst for the Community Resilience Grant Program.

                Veterans Transition Services Administration (VTSA)
                Mid-Atlantic Regional Office
                Baltimore, MD
                Management and Program Analyst | 09/2018 – 06/2021
                Hours per week: 40 | Series/Grade: GS-0343-11
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Veterans Transition Services Administration (VTSA) | Management and Program Analyst"
                                + " | September 2018 to June 2021",
                        "National Infrastructure Resilience Administration (NIRA) | Program Analyst | June 2021 to present");
        assertThat(profile.roles().get(0).location()).contains("Baltimore, MD");
    }

    @Test
    void should_take_the_firm_below_by_its_legal_form_over_a_field_named_like_a_firm_after_the_title() {
        // given
        String text = """
                ## Professional experience

                10/2017 – 02/2021 · Embedded Software Developer – Battery Management Systems

                Brenner & Vogt Elektronik GmbH, Nürnberg

                - Developed the state-of-charge estimation for an 800 V battery management system.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Brenner & Vogt Elektronik GmbH | Embedded Software Developer – Battery Management"
                        + " Systems | October 2017 to February 2021");
    }

    @Test
    void should_read_a_course_written_where_titles_are_as_what_was_done_at_the_organization_below() {
        // given
        String text = """
                ## Relevant experience

                UX Design Bootcamp — Capstone Project · Jan 2023 – Jun 2023

                Harbourline UX Academy, Bristol

                A booking app for community food banks, built with a local larder as partner.

                ## Other experience

                Teacher of Geography · Sep 2018 – Dec 2022

                Kingsweston Park Academy, Bristol

                Raised GCSE results from 64% to 78%.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kingsweston Park Academy | Teacher of Geography | September 2018 to December 2022",
                        "Harbourline UX Academy | UX Design Bootcamp — Capstone Project | January 2023 to June 2023");
    }

    @Test
    void should_read_a_physicians_training_posts_and_appointments_with_the_hospital_below_a_department() {
        // given
        String text = """
                ## Postdoctoral Training

                07/2010 – 06/2012 · Resident, Internal Medicine\\
                Great Lakes Presbyterian Hospital, Chicago, IL\\
                Program Director: Harold J. Pennington, MD

                07/2012 – 06/2013 · Chief Medical Resident, Department of Medicine\\
                Great Lakes Presbyterian Hospital, Chicago, IL\\
                Program Director: Harold J. Pennington, MD

                ## Faculty Academic Appointments

                07/2016 – 06/2022 · Assistant Professor of Medicine\\
                Division of Pulmonary, Critical Care and Sleep Medicine, Department of Medicine\\
                Lakeshore University School of Medicine, Milwaukee, WI

                ## Appointments at Hospitals/Affiliated Institutions

                10/2014 – 06/2016 · Moonlighting Intensivist (night coverage during fellowship)\\
                Puget Sound Baptist Hospital, Tacoma, WA
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Great Lakes Presbyterian Hospital | Resident, Internal Medicine | July 2010 to June 2012",
                        "Great Lakes Presbyterian Hospital | Chief Medical Resident – Department of Medicine"
                                + " | July 2012 to June 2013",
                        "Puget Sound Baptist Hospital | Moonlighting Intensivist | October 2014 to June 2016",
                        "Lakeshore University School of Medicine | Assistant Professor of Medicine | July 2016 to June 2022");
    }

    @Test
    void should_leave_out_a_post_an_faq_tells_within_the_role_the_cv_lists_at_that_employer() {
        // given: the CV's entry, and the owner's FAQ telling of a lead role held there since a later year
        ProfileDocument cv = markdown("""
                # Camille Rousseau

                ## Experience

                Senior Backend Engineer @ Pelicarte Payments · 09/2019 – today

                Backend Developer @ Quaigrid Logistique · 2016 – 2019
                """);
        ProfileDocument faq = new MarkdownParser().parse("FAQ.md", """
                # FAQ

                ## Do you have management experience?

                I've been the tech lead of a team of six at Pelicarte Payments since 2021: I run planning and design reviews.
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv, faq));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Quaigrid Logistique | Backend Developer | 2016 to 2019",
                        "Pelicarte Payments | Senior Backend Engineer | September 2019 to present");
    }

    @Test
    void should_read_a_doctors_md_as_a_degree_but_not_a_state_code_after_a_town() {
        // given
        String text = """
                ## Education

                08/2005 – 05/2009 · MD\\
                Ridgemont University School of Medicine, Houston, TX

                ## Experience

                Staff Physician, Harbor Clinic, Baltimore, MD · 2016 – 2021
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("MD at Ridgemont University School of Medicine (August 2005 to May 2009)");
    }

    @Test
    void should_read_the_degree_under_a_dated_place_of_study_and_its_faculty_each_a_paragraph() {
        // given: a Polish CV's table of studies as Word exports it, a paragraph a cell's line
        String text = """
                ## Education

                2017.03 – 2018.07 · Wawel University of Science and Technology in Kraków

                Faculty of Computer Science, Electronics and Telecommunications

                Master of Science in Computer Science (mgr inż.), specialisation: Software Engineering

                Master thesis: „Automatic generation of test cases from UML state machine diagrams”

                2013.10 – 2017.02 · Wawel University of Science and Technology in Kraków

                Faculty of Physics and Applied Computer Science

                Engineer’s degree (inż.) in Applied Computer Science
                """;

        assertThat(reader.read(List.of(markdown(text))).education())
                .extracting(Education::describe)
                .containsExactly(
                        "Master of Science in Computer Science at Wawel University of Science and Technology in Kraków"
                                + " (March 2017 to July 2018)",
                        "Engineer’s degree in Applied Computer Science at Wawel University of Science and Technology in"
                                + " Kraków (October 2013 to February 2017)");
    }

    @Test
    void should_read_a_degree_of_two_subjects_as_one_name_not_a_field_starting_with_and() {
        String text = """
                ## Education

                **Master of Public Policy and Administration (MPPA) · 2014 – 2016**

                Carleton University, Ottawa, ON

                **Bachelor of Arts and Science, Economics · 2010 – 2014**

                Queen’s University, Kingston, ON
                """;

        assertThat(reader.read(List.of(markdown(text))).education())
                .extracting(Education::describe)
                .containsExactly(
                        "Master of Public Policy and Administration at Carleton University (2014 to 2016)",
                        "Bachelor of Arts and Science in Economics at Queen’s University (2010 to 2014)");
    }

    @Test
    void should_join_a_degree_wrapped_before_its_dates_and_pass_over_an_aside_after_an_entrys_dates() {
        String linkedIn = """
                ## Education

                ### University of Waterloo

                Bachelor of Applied Science - BASc, Computer
                Engineering · (2008 - 2013)
                """;
        String portfolio = """
                ## Education

                ### MSc Human–Computer Interaction · Instituto Superior Técnico, Universidade de Lisboa

                2014 — 2016 · Lisbon, Portugal (part-time, alongside work)
                """;

        assertThat(reader.read(List.of(markdown(linkedIn))).education())
                .extracting(Education::describe)
                .containsExactly(
                        "Bachelor of Applied Science in Computer Engineering at University of Waterloo (2008 to 2013)");
        assertThat(reader.read(List.of(markdown(portfolio))).education())
                .extracting(Education::describe)
                .containsExactly("MSc in Human–Computer Interaction at Universidade de Lisboa (2014 to 2016)");
    }

    @Test
    void
            should_take_a_place_of_study_in_its_own_paragraph_over_the_degree_dated_alike_and_end_the_field_at_its_sentence() {
        String text = """
                ## Education

                INSEAD, Fontainebleau (France) and Singapore · September 2007 – July 2008

                Master of Business Administration (MBA). Dean's List. Electives in operations strategy.

                University of Warwick, Coventry · October 2001 – June 2004

                BSc (Hons) Economics. Dissertation on regulatory pricing in the water industry.

                - Summer analyst, Kettle Analytics (June 2003 – August 2003)

                **Graduate Certificate in Data Science · 2010**

                Open University (part-time, online)
                """;

        assertThat(reader.read(List.of(markdown(text))).education())
                .extracting(Education::describe)
                .containsExactly(
                        "Master of Business Administration at INSEAD, Fontainebleau (France) and Singapore"
                                + " (September 2007 to July 2008)",
                        "BSc in Economics at University of Warwick (October 2001 to June 2004)",
                        "Graduate Certificate in Data Science at Open University (2010)");
    }

    @Test
    void should_read_the_military_unit_below_each_dated_title_as_its_employer() {
        String text = """
                ## Professional Experience

                Support Operations Officer (Captain) · Jun 2016 – Jun 2019

                701st Brigade Support Battalion, 1st Armored Brigade Combat Team (ABCT), 1st Infantry Division, Fort Riley, KS

                - Ran the battalion’s Support Operations (SPO) cell.

                Distribution Platoon Leader (2LT–1LT) · Dec 2013 – May 2016

                530th Combat Sustainment Support Battalion, Fort Bragg, NC

                - Led a 38-Soldier distribution platoon.
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "530th Combat Sustainment Support Battalion | Distribution Platoon Leader |"
                                + " December 2013 to May 2016",
                        "701st Brigade Support Battalion, 1st Armored Brigade Combat Team (ABCT), 1st Infantry Division"
                                + " | Support Operations Officer (Captain) | June 2016 to June 2019");
    }

    @Test
    void should_read_a_doctors_long_employer_line_with_an_aside_and_a_current_appointments_heading() {
        String text = """
                ## Current Appointment

                Sept 2019 – present · Consultant Respiratory Physician (10 PAs, substantive)

                Leeds Teaching Hospitals NHS Trust – St James’s University Hospital, Leeds

                - Two EBUS-TBNA lists per week.

                ## Previous Appointments

                Aug 2015 – Aug 2019 · Specialty Registrar (ST5–ST7), Respiratory and General Internal Medicine

                Health Education Yorkshire and the Humber (inter-deanery transfer) – Leeds General Infirmary, Bradford \
                Royal Infirmary, St James’s University Hospital

                - Performed 112 EBUS-TBNA procedures (supervised).
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Health Education Yorkshire and the Humber, Leeds General Infirmary, Bradford Royal Infirmary,"
                                + " St James’s University Hospital | Specialty Registrar – Respiratory and General"
                                + " Internal Medicine | August 2015 to August 2019",
                        "Leeds Teaching Hospitals NHS Trust, St James’s University Hospital, Leeds | Consultant"
                                + " Respiratory Physician | September 2019 to present");
    }

    @Test
    void should_not_take_a_projects_team_size_nor_its_client_for_the_employer_of_its_dates() {
        String text = """
                **WORK EXPERIENCE**

                **Kaveri Infotech Pvt. Ltd., Bengaluru · Oct 2022 – Feb 2024**

                **Designation:** Senior Software Engineer

                **Project #3**

                **Project Name: FreightTrack – Shipment Visibility Platform**

                Client: Halden Freight Ltd., United Kingdom \s
                Role: Senior Software Engineer (Backend) \s
                Team Size: 14 \s
                Duration: Oct 2022 – Feb 2024 \s
                Environment: Java 11, Spring Boot, Apache Kafka

                **Responsibilities:**

                - Developed 6 microservices for real-time shipment event ingestion.
                """;

        assertThat(reader.read(List.of(markdown(text))).roles())
                .extracting(Role::organization)
                .isNotEmpty()
                .noneMatch(organization -> organization.contains("Team Size") || organization.contains("Halden"));
    }

    @Test
    void should_read_an_employer_over_its_town_and_a_country_named_with_its_article() {
        String text = """
                ## Experience

                Bolwerk Payments B.V. · Amsterdam, The Netherlands \s
                SENIOR PLATFORM ENGINEER · Mar. 2022 – Present

                - Led the migration of 140 microservices to Amazon EKS.

                Nordhaven Logistics · Rotterdam, The Netherlands \s
                DEVOPS ENGINEER · Sep. 2019 – Feb. 2022

                - Migrated 220 build pipelines from Jenkins to GitLab CI.
                """;

        assertThat(timeline(reader.read(List.of(markdown(text)))))
                .containsExactly(
                        "Nordhaven Logistics | DEVOPS ENGINEER | September 2019 to February 2022",
                        "Bolwerk Payments B.V. | SENIOR PLATFORM ENGINEER | March 2022 to present");
    }

    @Test
    void should_take_the_summarys_first_sentence_whole_past_an_abbreviations_full_stop_for_the_headline() {
        String text = """
                # Renee Castellano

                ## Professional Summary

                Logistics manager with 14 years of U.S. Army service. Has led teams of up to 140 people.
                """;

        assertThat(reader.read(List.of(markdown(text))).identity().headline())
                .contains("Logistics manager with 14 years of U.S. Army service");
    }

    @Test
    void should_read_a_public_servants_labelled_entries_past_a_note_in_brackets_the_criteria_and_the_referees() {
        // given: an Australian application: prose answers to the selection criteria that date an acting post, each
        // entry's "Position title:", "Organisation:" and "Dates:" (with a note in brackets holding brackets and
        // dates), and a referees' table dating each referee's time as the person's manager
        String text = """
                # Corra Delane

                ## Key selection criteria

                While acting as Principal Project Officer (AO7) from October 2023 to March 2024, I reviewed and
                cleared briefs prepared by a team of five project officers.

                ## Employment history

                **Position title: Senior Project Officer (AO6)**

                Organisation: Department of Transport and Main Roads (TMR) – Customer Services Branch, Brisbane QLD

                Dates: Mar 2021 – present (including higher duties as Acting Principal Project Officer (AO7), Oct 2023                 – Mar 2024)

                - Led the rollout of an online booking system to 42 customer service centres

                **Position title: Project Officer (AO5)**

                Organisation: Metro South Health (Queensland Health), Woolloongabba QLD

                Dates: Aug 2017 – Feb 2021

                - Reduced the referral backlog by 38%

                ## Referees

                | Ms Anita Kowal | Mr David Ferro |
                | --- | --- |
                | Director, Customer Service Improvement | Manager, Specialist Outpatients |
                | Current manager (2021 – present) | Former manager (2017 – 2021) |
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Metro South Health | Project Officer | August 2017 to February 2021",
                        "Department of Transport and Main Roads | Senior Project Officer | March 2021 to present");
    }

    @Test
    void should_read_a_bilingual_resumes_name_and_each_title_dated_under_its_employers_line() {
        // given: a Chinese-English résumé: the name in both scripts with the English name in brackets; each employer
        // with its town and span, then each title with its own dates, one under a line about the firm
        String text = """
                # 林嘉雯 Lin Jiawen (Joyce)

                ### 工作经历 Work Experience

                青橙网络科技(上海)有限公司 Qingcheng Network Technology Co., Ltd. | 上海 Shanghai · 2017.08 – 2020.06 \s
                Social e-commerce start-up; app “橙子优选 Orange Select”, ~3M DAU at peak.

                iOS 开发工程师 iOS Engineer · 2017.08 – 2020.06

                - Built the live-stream shopping module.

                星汇数据服务(苏州)有限公司 Xinghui Data Services (Suzhou) Co., Ltd. | 苏州 Suzhou · 2015.07 – 2017.07 \s
                移动开发工程师 Mobile Developer · 2015.07 – 2017.07

                - Delivered 6 client apps.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.identity().name()).contains("Lin Jiawen");
        assertThat(timeline(profile))
                .containsExactly(
                        "星汇数据服务(苏州)有限公司 Xinghui Data Services (Suzhou) Co., Ltd | 移动开发工程师 Mobile Developer"
                                + " | July 2015 to July 2017",
                        "青橙网络科技(上海)有限公司 Qingcheng Network Technology Co., Ltd | iOS 开发工程师 iOS Engineer"
                                + " | August 2017 to June 2020");
    }

    @Test
    void should_read_a_promotions_titles_each_dated_on_one_line_over_the_tables_row_that_names_both() {
        // given: a Notion page: a table of roles, one row naming a promotion's two titles, then each employer's
        // section giving each title its own dates, an arrow between them, and the town
        String text = """
                # Nadine Veerman

                ## Experience

                | Company | Role | Dates | Location |
                | --- | --- | --- | --- |
                | Bolwerk | Product Manager, Route Planning | Mar 2019 – Feb 2022 | Rotterdam |
                | Vlinderzorg | Associate Product Manager → Product Manager | Sep 2016 – Feb 2019 | Utrecht |

                ### Bolwerk

                **Product Manager, Route Planning** · Mar 2019 – Feb 2022 · Rotterdam

                - Owned the route planning module.

                ### Vlinderzorg

                **Associate Product Manager** (Sep 2016 – Dec 2017) → **Product Manager** (Jan 2018 – Feb 2019) · Utrecht

                - Took the app store rating from 3.6 to 4.5.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Vlinderzorg | Associate Product Manager | September 2016 to December 2017",
                        "Vlinderzorg | Product Manager | January 2018 to February 2019",
                        "Bolwerk | Product Manager, Route Planning | March 2019 to February 2022");
    }

    @Test
    void should_read_a_labelled_titles_note_of_a_promotion_as_the_next_title_from_its_date() {
        // given: a Kenyan CV's entry, each part labelled, the title's note naming the promotion and its month
        String text = """
                ## WORK EXPERIENCE

                Organisation: Mwangi Odhiambo & Associates, Certified Public Accountants

                Location: Upper Hill, Nairobi

                Position: Audit Associate (promoted to Audit Semi-Senior, January 2017)

                Period: September 2015 – December 2017

                - Planned and performed statutory audits for over 25 clients.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Mwangi Odhiambo & Associates | Audit Associate | September 2015 to January 2017",
                        "Mwangi Odhiambo & Associates | Audit Semi-Senior | January 2017 to December 2017");
    }

    @Test
    void should_read_an_unknown_top_heading_over_whole_entries_as_a_section_not_an_employer() {
        // given: a chef's CV calls its work section "KITCHENS"; each entry names its title and its restaurant
        String text = """
                **KITCHENS**

                **Head Chef – Halcyon Row ★ (1 Michelin star), Marylebone, London**

                Jan 2019 – Present  ·  48 covers, tasting menu + à la carte

                - Run a brigade of 14 chefs and 4 kitchen porters.

                **Sous Chef – Orme ★ (1 Michelin star), Shoreditch, London**

                04/2015 – 12/2018

                - Second in command to the Chef-Patron.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Orme | Sous Chef | April 2015 to December 2018",
                        "Halcyon Row | Head Chef | January 2019 to present");
    }

    @Test
    void should_keep_an_employers_heading_under_the_work_section_over_titles_that_name_its_units() {
        // given: the employer is a heading under "Work Experience", each title naming its team after a dash
        String text = """
                ## WORK EXPERIENCE

                ### Grab

                Senior Engineer – Maps Platform · Jan 2019 – Present

                Engineer – Payments Risk · Jun 2016 – Dec 2018
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile)).isNotEmpty().allMatch(role -> role.startsWith("Grab |"));
    }

    @Test
    void should_read_a_french_entry_titled_in_its_heading_the_employer_in_bold_under_it_and_no_role_in_its_bullets() {
        // given: a French CV's entry; a bullet names a project it led, its years in brackets mid-sentence
        String text = """
                ## EXPÉRIENCES PROFESSIONNELLES

                ### Responsable Supply Chain Régional

                **Descours & Cabaud –** Lyon / Corbas (69)
                Depuis mars 2020

                - Management de 65 collaborateurs dont 6 chefs d'équipe
                - Chef de projet du déploiement du WMS Reflex sur les 3 sites (2021-2022), sans interruption de service

                ### Responsable d'exploitation logistique

                **GEODIS Contract Logistics –** Saint-Quentin-Fallavier (38)
                sept. 2015 – févr. 2020

                - Équipe de 40 à 120 personnes selon la saisonnalité
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "GEODIS Contract Logistics | Responsable d'exploitation logistique | September 2015 to February 2020",
                        "Descours & Cabaud | Responsable Supply Chain Régional | March 2020 to present");
    }

    @Test
    void should_read_a_spanish_tables_dates_and_town_above_each_employer_in_bold_as_that_employers() {
        // given: a Spanish CV's table read row by row: the left cell's dates and town, then the employer in bold
        // capitals (a number in one's name) and the title; personal projects in notes beside it
        String text = """
                **EXPERIENCIA LABORAL**

                **ene. 2022 – Actualidad**

                Madrid (híbrido)

                **CABIFY**

                Desarrolladora Front-end Senior — equipo Business Web

                - Lidero el front-end del portal de empresas.

                **sept. 2016 – dic. 2021**

                Valencia

                **FLAT 101**

                Maquetadora / Desarrolladora web junior

                - Maquetación de más de 40 webs.

                **feb. 2016 – jul. 2016**

                Valencia

                **TYRIS SOFTWARE**

                Prácticas en desarrollo web (convenio UPV)

                - Soporte al equipo de desarrollo.
                """;
        String notes = """
                # Notas

                ## Proyectos personales

                - TramaCal (2021 – actualidad): calendario de turnos de código abierto.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text), new MarkdownParser().parse("notas.md", notes)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Tyris Software | Prácticas en desarrollo web (convenio UPV) | February 2016 to July 2016",
                        "FLAT 101 | Maquetadora / Desarrolladora web junior | September 2016 to December 2021",
                        "CABIFY | Desarrolladora Front-end Senior — equipo Business Web | January 2022 to present");
    }

    @Test
    void should_give_each_position_grouped_under_a_linkedin_employer_that_employer() {
        // given: LinkedIn's PDF as lines: the employer over its time there, then each position's title (its field
        // after a comma) and dates; a single position's employer straight over its title
        String text = """
                ## Experience

                **Relativity**

                5 years 4 months

                **Senior Marketing Manager, Integrated Campaigns**

                April 2021 - Present (3 years 8 months)

                Chicago, Illinois, United States

                - Lead a team of 6 and manage a $3.4M annual program budget.

                **Marketing Manager, Demand Generation**

                August 2019 - March 2021 (1 year 8 months)

                Chicago, Illinois, United States

                - Ran paid search, paid social and webinar programs.

                **Sprout Social**

                **Demand Generation Manager**

                February 2017 - July 2019 (2 years 6 months)

                Chicago, Illinois, United States

                - Grew marketing qualified leads 140% year over year.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Sprout Social | Demand Generation Manager | February 2017 to July 2019",
                        "Relativity | Marketing Manager, Demand Generation | August 2019 to March 2021",
                        "Relativity | Senior Marketing Manager, Integrated Campaigns | April 2021 to present");
    }

    @Test
    void should_give_a_post_of_responsibility_dated_in_a_teachers_bullets_the_school_it_was_held_at() {
        // given: an Australian teacher's entries, a post held for part of each in a bullet, a labelled line of
        // subjects dated in brackets, a duty's long sentence above the post, and her professional learning
        String text = """
                **TEACHING EXPERIENCE**

                **Science Teacher (VCE Chemistry)**

                St Anselm's College – Pascoe Vale, VIC (Catholic co-educational, Years 7–12)

                **Jan 2017 – Dec 2020**

                - Grew VCE Chemistry Units 3&4 enrolments from 14 students (2017) to 31 students (2020), allowing a second class to run.
                - Year 9 Science Team Leader (2019–2020): coordinated a team of 5 teachers and moderation.

                **Graduate Teacher → Classroom Teacher, Science & Mathematics**

                Sunshine Ridge Secondary College – Sunshine West, VIC (Government, Years 7–12)

                **2013–16**

                Subjects & year levels: Year 7–10 Science, Year 8 Mathematics, VCE Chemistry Units 1&2 (from 2015)

                - Coordinated the school's entries in the Big Science Competition – participation rose from 12 to 60 students.
                - Year 8 homeroom teacher (2014–2016); organised the Year 8 Science Fair with the local primary schools.

                **PROFESSIONAL LEARNING (SELECTED)**

                - 2018 – present · Science Teachers' Association of Victoria conferences
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Sunshine Ridge Secondary College | Graduate Teacher → Classroom Teacher | 2013 to 2016",
                        "Sunshine Ridge Secondary College | Year 8 homeroom teacher | 2014 to 2016",
                        "St Anselm's College | Science Teacher (VCE Chemistry) | January 2017 to December 2020",
                        "St Anselm's College | Year 9 Science Team Leader | 2019 to 2020");
    }

    @Test
    void should_read_a_dutch_cvs_entries_their_employers_under_the_titles_and_a_seniority_in_brackets_as_two_titles() {
        // given: a Dutch CV's entries: dates and title, the employer under them (a branch in a town, a town's
        // council); one entry's title with its seniority in brackets over the two titles held there, each dated
        String text = """
                **WERKERVARING**

                2019 – heden · (Senior) HR Business Partner
                ProRail, Utrecht

                **Senior HR Business Partner Assetmanagement (2022 – heden)**

                - Functioneel leidinggevende van een team van 4 HR-adviseurs.

                **HR Business Partner Vervoer en Dienstregeling (2019 – 2022)**

                - Verzuim teruggebracht van 6,8% naar 4,9% binnen twee jaar.

                sep. 2012 – feb. 2016 · HR Adviseur (junior, vanaf 2014 medior)
                Gemeente Nieuwegein

                - Adviseerde 3 afdelingen over rechtspositie, formatie en verzuim.

                sep. 2009 – aug. 2012 · Intercedent
                Randstad, vestiging Amersfoort

                - Werving en selectie voor logistieke en productiefuncties.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Randstad | Intercedent | September 2009 to August 2012",
                        "Gemeente Nieuwegein | HR Adviseur | September 2012 to February 2016",
                        "ProRail | HR Business Partner Vervoer en Dienstregeling | 2019 to 2022",
                        "ProRail | Senior HR Business Partner Assetmanagement | 2022 to present");
    }

    @Test
    void should_read_an_employer_named_for_its_projects_and_a_bilingual_cvs_sections_beside_their_translation() {
        // given: an Egyptian engineer's CV, each section's name beside its Arabic, a firm named "… Projects" over its
        // title, and a table of projects after the jobs
        String text = """
                # Eng. Mahmoud Farouk

                PERSONAL DATA · | · البيانات الشخصية

                Military Status · Completed (Sep. 2008 – Nov. 2009)

                WORK EXPERIENCE · | · الخبرة العملية

                Alfanar Projects – Riyadh, KSA · Mar. 2014 – Aug. 2016

                **Substation Testing & Commissioning Engineer**

                - Testing & commissioning of protection relays.

                HBK Contracting Co. – Doha, Qatar · 2012 - 2014

                **Electrical Design & Site Engineer**

                - Prepared MV/LV designs.

                KEY PROJECTS · | · أهم المشروعات

                2 · Jazan 132/13.8 kV Substation · Saudi Electricity Co. · SAR 148 Million · Project Manager · 2023 – till now
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "HBK Contracting Co | Electrical Design & Site Engineer | 2012 to 2014",
                        "Alfanar Projects | Substation Testing & Commissioning Engineer | March 2014 to August 2016");
        // the name without the engineer's "Eng." before it
        assertThat(profile.identity().name()).contains("Mahmoud Farouk");
    }

    @Test
    void should_read_the_dated_entries_set_as_large_as_their_sections_heading_as_that_sections() {
        // given: a Europass CV in Italian as a PDF sets each entry's dates and title as large as the section's name,
        // and its footer dates the form
        String text = """
                ## POSIZIONE RICOPERTA · Marketing Manager

                ### ESPERIENZA LAVORATIVA

                ### 01/03/2018 – Attuale · Marketing Manager – Italia, Spagna e Portogallo

                **Moleskine S.p.A. – Viale Stelvio 66, 20159 Milano**

                - Coordinamento di un team di 6 persone

                ### ISTRUZIONE E FORMAZIONE

                © Unione europea, 2002-2020 | europass.cedefop.europa.eu · Pagina 1 / 3

                ### 2019 · Executive Master in Digital Marketing & Communication (part-time)

                **24ORE Business School, Milano**

                ### 2010 – 2012 · Laurea Magistrale in Marketing Management – 110/110 e lode

                **Università Commerciale Luigi Bocconi, Milano**
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Moleskine S.p.A. | Marketing Manager – Italia | March 2018 to present");
        assertThat(profile.education())
                .anyMatch(e -> e.institution().contains("Bocconi") && e.degree().contains("Laurea Magistrale"));
    }

    @Test
    void should_read_a_chinese_resumes_sections_named_in_two_scripts() {
        // given: a Chinese résumé in English, each section's name in Chinese and English, education first and the
        // projects after the jobs
        String text = """
                **教育背景  Education**

                **Fudan University (复旦大学) — School of Data Science · 2017.09-2019.06**

                Master of Applied Statistics (应用统计硕士, M.A.S.)   |   985 / 211

                **工作经历  Work Experience**

                **Ping An Technology (平安科技) — Healthcare AI Department, Shanghai · 2019.07-2021.06**

                Algorithm Engineer (算法工程师)

                - Developed claims fraud detection models.

                **项目经历  Project Experience**

                **Kaggle M5 Forecasting – Accuracy · 2020.03-2020.06**

                Role: Team member
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Ping An Technology (平安科技), Healthcare AI Department, Shanghai | Algorithm Engineer (算法工程师) |"
                                + " July 2019 to June 2021");
        assertThat(profile.education()).anyMatch(e -> e.institution().contains("Fudan"));
    }

    @Test
    void should_read_the_employer_and_its_town_under_a_dated_title_whatever_the_form_of_the_state() {
        // given: a Mexican CV's entries, the title and dates in bold over "Employer | Town, State", the state written
        // whole or by its short name with a full stop, and the present written "Actual"
        String text = """
                **EXPERIENCIA LABORAL**

                **Coordinadora de Logística · Ene 2020 – Actual**

                Becle | Zapopan, Jalisco

                - Coordino un equipo de 7 personas.

                **Auxiliar de Almacén e Inventarios · Jul. 2014 – Feb. 2016**

                Sigma Alimentos (planta de carnes frías) | Guadalajara, Jal.

                - Control de inventarios de materia prima.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Sigma Alimentos | Auxiliar de Almacén e Inventarios | July 2014 to February 2016",
                        "Becle | Coordinadora de Logística | January 2020 to present");
    }

    @Test
    void should_take_the_firm_over_a_title_and_its_team_as_the_employer() {
        // given: a South African CV's entries, the employer in bold over "Title – Team" over the dates in bold
        String text = """
                **EMPLOYMENT HISTORY**

                **Datacentrix (Pty) Ltd**

                IT Support Technician (Level 2) – Managed Services

                **Feb 2021 – To date**

                Client site: Rosebank, Johannesburg

                - Provide on-site and remote desktop support to approx. 650 users.

                **Gauteng Department of e-Government**

                Graduate Intern – Desktop Support

                **2020/02 – 2021/01**

                - Supported about 300 departmental users.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Gauteng Department of e-Government | Graduate Intern – Desktop Support | February 2020 to"
                                + " January 2021",
                        "Datacentrix (Pty) Ltd | IT Support Technician (Level 2) – Managed Services | February 2021 to"
                                + " present");
    }

    @Test
    void should_take_the_agency_a_travel_nurses_entry_opens_with_as_the_employer_and_its_dates_over_a_steps() {
        // given
        String text = """
                ## TRAVEL EXPERIENCE

                **Aya Healthcare – Travel RN, ICU · 08/2023 – Present**

                Assignment: Mayo Clinic Hospital – Saint Marys Campus – Rochester, MN
                Medical ICU (MICU) | 02/2025 – 05/2025 (13 weeks) – CURRENT

                - 24-bed MICU, 1:2 ratio. EMR: Epic.

                ## STAFF EXPERIENCE

                **Nebraska Medicine – Nebraska Medical Center · 06/2016 – 03/2020**

                Staff RN, Medical ICU → Charge RN (2018 – 2020) | Omaha, NE

                - 32-bed MICU in an academic medical center, 1:2 ratio. EMR: Epic.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Nebraska Medicine, Nebraska Medical Center | Staff RN, Medical ICU → Charge RN | June 2016 to"
                                + " March 2020",
                        "Aya Healthcare | Travel RN, ICU | August 2023 to present");
    }

    @Test
    void should_read_a_turkish_firm_by_its_legal_form_and_the_titles_dated_under_it() {
        // given
        String text = """
                ## İŞ DENEYİMİ

                **Demirtaş Hidrolik San. ve Tic. A.Ş. —** İkitelli OSB, Başakşehir / İstanbul \s
                Hidrolik silindir ve güç ünitesi üreticisi, ~650 çalışan \s
                Üretim Müdürü · Ocak 2021 – Halen

                - OEE değerini %61’den %78’e yükselttim (2021–2023).

                Üretim Mühendisliği Şefi · Mart 2018 – Aralık 2020

                - Yeni hidrolik silindir montaj hattının kurulumu.

                **Farplas Otomotiv A.Ş. —** Gebze, Kocaeli \s
                Üretim Mühendisi · 09/2011 – 06/2013
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Farplas Otomotiv A.Ş. | Üretim Mühendisi | September 2011 to June 2013",
                        "Demirtaş Hidrolik San. ve Tic. A.Ş. | Üretim Mühendisliği Şefi | March 2018 to December 2020",
                        "Demirtaş Hidrolik San. ve Tic. A.Ş. | Üretim Müdürü | January 2021 to present");
    }

    @Test
    void should_join_a_range_a_pdfs_date_column_breaks_over_two_paragraphs_and_drop_courses_taught_within_the_posts() {
        // given
        String text = """
                ## PREVIOUS APPOINTMENTS

                **2019–2022 · Lecturer in Environmental Science, University of Glasgow**

                - Designed and launched the Honours course Environmental Hydrology & Water Quality.

                **Oct 2016 – · Postdoctoral Research Fellow, Biological & Environmental**

                **Aug 2019 · Sciences, University of Stirling**

                - Ran a network of 14 stream monitoring stations across Caithness and Sutherland.

                ## CURRENT APPOINTMENT

                **2022–present · Senior Lecturer in Environmental Science, University of Glasgow**

                ## TEACHING

                - Lecturer, Catchment Management (20 credits), MSc Environmental Science: Sustainability & Management, 2019–present.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        // (the right column's wrapped line read as a part of its own)
                        "University of Stirling | Postdoctoral Research Fellow, Biological & Environmental – Sciences |"
                                + " October 2016 to August 2019",
                        "University of Glasgow | Lecturer in Environmental Science | 2019 to 2022",
                        "University of Glasgow | Senior Lecturer in Environmental Science | 2022 to present");
    }

    @Test
    void should_read_a_ukrainian_bachelors_and_an_indonesian_s1_as_degrees() {
        // given
        String ukrainian = """
                ## Освіта

                **Київський політехнічний інститут**

                Факультет інформатики, Комп'ютерні науки

                Вища, бакалавр, 2010 – 2014
                """;
        String indonesian = """
                ## PENDIDIKAN

                **S1 Ilmu Komunikasi, S.I.Kom.**

                Universitas Padjadjaran (Unpad), Jatinangor – Sumedang
                """;

        // when
        StructuredProfile kyiv = reader.read(List.of(markdown(ukrainian)));
        StructuredProfile jakarta = reader.read(List.of(markdown(indonesian)));

        // then
        assertThat(kyiv.education())
                .extracting(e -> e.degree() + " at " + e.institution())
                .containsExactly("бакалавр at Київський політехнічний інститут");
        assertThat(jakarta.education()).extracting(Education::degree).containsExactly("S1");
    }

    @Test
    void should_read_an_irish_teachers_school_named_in_irish_and_a_diploma_in_school_leadership_as_no_school() {
        // given
        String text = """
                **TEACHING EXPERIENCE**

                Sept 2021 – Present · Teacher of Mathematics & Physics (Permanent, whole-time)

                Coláiste Choilm, Ballincollig, Co. Cork  (Cork ETB co-educational school, approx. 1,250 students)

                - Teach LC Higher & Ordinary Level Mathematics.

                **EDUCATION & QUALIFICATIONS**

                2024 – 2025 · Professional Diploma in School Leadership (PDSL) – in progress

                Centre for School Leadership / University College Dublin (blended)

                2014 – 2016 · Professional Master of Education (PME) – Post-Primary

                University College Cork, School of Education

                **SUBJECTS & LEVELS TAUGHT**

                Subject: Leaving Cert Mathematics; Level: Higher & Ordinary; Years: 2016 – present
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Coláiste Choilm | Teacher of Mathematics & Physics | September 2021 to present");
        assertThat(profile.education())
                .extracting(Education::institution)
                .containsExactly("Centre for School Leadership / University College Dublin", "University College Cork");
    }

    @Test
    void should_read_an_indonesian_entrys_steps_told_in_its_first_bullet_and_leave_out_student_organisations() {
        // given
        String text = """
                **PENGALAMAN KERJA**

                **Performance Marketing Lead**

                PT Tokopedia (GoTo Group) — Jakarta

                **Agustus 2021 – Sekarang**

                - Jan 2023 – sekarang: Performance Marketing Lead; Agt 2021 – Des 2022: Senior Performance Marketing Specialist.
                - Memimpin tim beranggotakan 5 orang.

                **Magang – Marketing Communication**

                PT Mayora Indah Tbk — Jakarta Barat

                **Jan – Mar 2015**

                **ORGANISASI**

                - Kepala Divisi Humas — Himpunan Mahasiswa Ilmu Komunikasi (HIMAKOM) Unpad (2013 – 2014).
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "PT Mayora Indah Tbk | Magang | January 2015 to March 2015",
                        "PT Tokopedia (GoTo Group) | Senior Performance Marketing Specialist | August 2021 to December"
                                + " 2022",
                        "PT Tokopedia (GoTo Group) | Performance Marketing Lead | January 2023 to present");
    }

    @Test
    void should_read_a_comma_after_a_month() {
        // given
        String text = """
                ## WORK EXPERIENCE

                **Shell Petroleum Development Company of Nigeria Ltd (SPDC)**

                Civil/Structural Engineer · May, 2014 – Jan., 2017
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Shell Petroleum Development Company of Nigeria Ltd (SPDC) | Civil/Structural Engineer |"
                                + " May 2014 to January 2017");
    }

    @Test
    void should_not_take_the_name_over_the_work_section_for_an_employer_and_keep_an_underscore_in_a_firms_name() {
        // given
        String text = """
                ## PHẠM ĐỨC THỊNH  (Thinh Pham)

                **WORK EXPERIENCE**

                06/2020 - Present · M_SERVICE JSC (MoMo E-Wallet)

                Technical Lead (01/2023 - Present) \s
                Senior Full-stack Developer (06/2020 - 12/2022)

                - Lead a squad of 6 engineers.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "M_SERVICE JSC (MoMo E-Wallet) | Senior Full-stack Developer | June 2020 to December 2022",
                        "M_SERVICE JSC (MoMo E-Wallet) | Technical Lead | January 2023 to present");
    }

    @Test
    void should_take_linkedins_company_line_over_a_title_that_names_a_part_of_its_own_as_the_employer() {
        // given
        String text = """
                ## Experience

                General Assembly

                **Instructional Associate, UX Design Immersive (Part-time)**

                November 2021 - January 2022 (3 months) \s
                Remote \s
                Supported a cohort of 24 students.

                Teach For America

                **Corps Member - Chemistry Teacher**

                June 2013 - June 2015 (2 years 1 month) \s
                Las Vegas, Nevada \s
                Taught Chemistry at Rancho High School.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Teach For America | Corps Member - Chemistry Teacher | June 2013 to June 2015",
                        "General Assembly | Instructional Associate, UX Design Immersive | November 2021 to January"
                                + " 2022");
    }

    @Test
    void should_read_an_italian_cvs_dates_over_the_studio_and_the_title_and_leave_its_projects_and_freelance_apart() {
        // given: each entry's dates in a paragraph of their own, then "Studio · town" over the title, then the
        // projects under "Progetti principali:"
        String text = """
                ## ESPERIENZE PROFESSIONALI

                **gen 2015 – dic 2017**

                **Piuarch ·** Milano \s
                Architetto – Project Architect

                - Progettazione architettonica e di interni per il settore moda.

                **Progetti principali:**

                - Flagship store di moda, Via Monte Napoleone, Milano – 1.100 m2 su 3 livelli (2015–2016)
                - Boutique hotel, Roma (Trastevere) – 3.400 m2, 42 camere (2016–2017)

                **ott 2013 – dic 2014**

                **Libera professionista ·** Milano \s
                Attività in proprio (P.IVA)

                - Ristrutturazione di 6 appartamenti privati a Milano, da 60 a 180 m2.

                **mar 2012 – set 2013**

                **Stefano Boeri Architetti (Studio Boeri) ·** Milano \s
                Architetto junior

                **FORMAZIONE**

                **2008 – 2011**

                **Laurea Magistrale in Architettura**

                Politecnico di Milano
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Stefano Boeri Architetti (Studio Boeri) | Architetto junior | March 2012 to September 2013",
                        "Libera professionista |  | October 2013 to December 2014",
                        "Piuarch | Architetto – Project Architect | January 2015 to December 2017");
    }

    @Test
    void should_read_an_egyptian_cvs_from_to_dates_over_the_employer_and_its_labelled_position() {
        // given: "From … To …" in a paragraph of its own, the employer, "Position: …", "Reporting to: …"; the
        // military status among the particulars
        String text = """
                ## CURRICULUM VITAE

                Military Status: Completed (12/2010 – 12/2011)

                **Work Experience**

                **From 09/2019 To Present**

                **Orascom Construction S.A.E. – Head Office, Cairo**

                Position: Senior Accountant

                Reporting to: Group Financial Controller

                **Responsibilities & Achievements:**

                - Prepare monthly consolidated financial statements for 14 subsidiaries under IFRS.

                **From 01/2017 To 08/2019**

                **Juhayna Food Industries – 6th of October City, Giza**

                Position: Financial Accountant (General Ledger)
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .extracting(line -> line.replaceFirst(" \\|.*\\| ", " | "))
                .containsExactly(
                        "Juhayna Food Industries | January 2017 to August 2019",
                        "Orascom Construction S.A.E. | September 2019 to present");
        assertThat(profile.roles().get(0).title()).startsWith("Financial Accountant");
        assertThat(profile.roles().get(1).title()).isEqualTo("Senior Accountant");
    }

    @Test
    void should_take_the_town_under_an_entry_before_its_team_and_an_honours_programmes_subject() {
        // given: a co-op résumé's "Toronto, ON — Model Evaluation Platform" under the title and employer, and a
        // Canadian degree's "Honours Software Engineering"
        String text = """
                ## EDUCATION

                University of Waterloo \s
                Bachelor of Applied Science (BASc), Honours Software Engineering, Co-op — Sept 2022 – Apr 2027

                ## EXPERIENCE

                Software Engineering Intern | Cohere — Sept 2025 – Dec 2025 \s
                Toronto, ON — Model Evaluation Platform \s
                Rebuilt the evaluation harness.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(profile.roles())
                .singleElement()
                .satisfies(r -> assertThat(r.location()).contains("Toronto, ON"));
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.field()).contains("Software Engineering"));
    }

    @Test
    void should_take_the_employer_over_what_the_contract_was_and_its_span_for_the_titles_dated_under_them() {
        // given: a Chilean CV, each employer over the contract and its span, then the titles held there
        String text = """
                ## EXPERIENCIA LABORAL

                **KOMATSU CHILE S.A.**

                Contrato de mantención flota de extracción – faena Minera Escondida (BHP), Antofagasta. Turno 7x7

                **Mar 2018 – a la fecha**

                Jefe de Turno Mantenimiento Mina   (Nov 2020 – a la fecha)

                - Liderazgo de equipo de 28 personas por turno.

                Ingeniero Planificador de Mantenimiento   (Mar 2018 – Oct 2020)

                - Reducción del backlog de 6 a 2,5 semanas.

                **FINNING CHILE S.A.**

                Contrato MARC – faena Minera Spence (BHP), Sierra Gorda. Turno 4x4

                **Enero 2014 – Febrero 2018**

                Ingeniero de Confiabilidad   (01/2014 – 02/2018)

                - Reducción de 35% en fallas de mandos finales.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Finning Chile S.A. | Ingeniero de Confiabilidad | January 2014 to February 2018",
                        "Komatsu Chile S.A. | Ingeniero Planificador de Mantenimiento | March 2018 to October 2020",
                        "Komatsu Chile S.A. | Jefe de Turno Mantenimiento Mina | November 2020 to present");
    }

    @Test
    void should_take_the_employer_closing_the_block_above_for_the_titles_in_bold_under_it_until_another_is_named() {
        // given: a Mexican CV read from a PDF, each employer in capitals with its town and what the firm is, then each
        // title with its dates in bold
        String text = """
                ## EXPERIENCIA PROFESIONAL

                TRANSPORTES DEL BAJÍO, S.A. DE C.V. · Apodaca, N.L. \s
                Operador logístico 3PL. Centro de distribución de línea blanca.

                **Coordinadora de Operaciones · 07/2017 – 12/2019**

                - Operación de un CD de 18,000 m2.

                **Supervisora de Almacén · Abr 2015 – Jun 2017**

                - Supervisión de 35 operadores.

                UNIVERSIDAD DEL VALLE DE NUEVO LEÓN, A.C. · Monterrey, N.L.

                **Catedrática de Asignatura (medio tiempo) · Ago 2018 – Dic 2019**

                - Impartí Logística Internacional.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Transportes del Bajío, S.A. de C.V. | Supervisora de Almacén | April 2015 to June 2017",
                        "Transportes del Bajío, S.A. de C.V. | Coordinadora de Operaciones | July 2017 to December 2019",
                        "Universidad del Valle de Nuevo León, A.C. | Catedrática de Asignatura | August 2018"
                                + " to December 2019");
        assertThat(profile.roles().get(0).location()).contains("Apodaca, N.L.");
    }

    @Test
    void should_read_a_civil_servants_directorate_as_part_of_the_department_and_no_role_from_her_behaviours() {
        // given: a UK civil servant's posts under her home department, and her Success Profiles examples
        String text = """
                ## EMPLOYMENT HISTORY

                Ministry of Housing, Communities and Local Government (MHCLG) – Leeds · Jan 2022 – present

                Senior Finance Business Partner – Local Growth directorate · Jan 2022 – Aug 2024

                - Business partner for the UK Shared Prosperity Fund.

                ## BEHAVIOURS (CIVIL SERVICE SUCCESS PROFILES) – EXAMPLES

                Making Effective Decisions: Recommended re-profiling £11m of capital into 2023-24 after testing evidence.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .allSatisfy(
                        line -> assertThat(line).startsWith("Ministry of Housing, Communities and Local Government"))
                .anySatisfy(line ->
                        assertThat(line).contains("Senior Finance Business Partner – Local Growth directorate"));
    }

    @Test
    void should_give_a_title_its_own_employer_below_it_not_the_one_read_for_the_entry_above() {
        // given: a Sri Lankan CV's dates in the margin, each title over its employer
        String text = """
                ## WORK EXPERIENCE

                2020 May – Present Senior Management Accountant (2023 April – Present) \s
                Hemas Consumer Brands (Pvt) Ltd \s
                Management Accountant (2020 May – 2023 March)

                - Monthly management accounts for 14 brands.

                07/2019 – 04/2020 Assistant Management Accountant \s
                MAS Intimates (Pvt) Ltd
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .anySatisfy(line -> assertThat(line).startsWith("MAS Intimates").contains("July 2019 to April 2020"))
                .anySatisfy(line -> assertThat(line).startsWith("Hemas Consumer Brands"));
    }

    @Test
    void should_take_the_firm_over_a_span_of_dates_and_a_unit_for_the_posts_under_it() {
        // given: a Singapore banker's employer, then its span and the unit, then each post with its dates
        String text = """
                ## EMPLOYMENT HISTORY

                Harbourline Bank Ltd — Singapore \s
                Jul 2020 – Present | Group Legal, Compliance & Secretariat – Compliance (Financial Crime) \s
                Vice President, FCC Advisory Feb 2023 – Present \s
                AVP, FCC Advisory Jul 2020 – Jan 2023
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Harbourline Bank Ltd | AVP | July 2020 to January 2023",
                        "Harbourline Bank Ltd | Vice President | February 2023 to present");
    }

    @Test
    void should_read_a_bangladeshi_cvs_labelled_entries_past_the_employers_business_and_location() {
        // given: each entry's labels, the employer's business and location between its name and the post
        String text = """
                ## EMPLOYMENT HISTORY

                1\\. Company Name: Crestline Sourcing Bangladesh Ltd. \s
                Company Business: Buying House / Liaison office \s
                Company Location: Gulshan-2, Dhaka \s
                Designation: Assistant Manager (Merchandising) \s
                Department: Merchandising & Product Development \s
                Duration: March 2019 to Continuing
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly("Crestline Sourcing Bangladesh Ltd | Assistant Manager | March 2019 to present");
    }

    @Test
    void should_read_a_banks_branch_under_its_dated_name_as_where_the_post_was_held_not_as_the_employer() {
        // given: a Nigerian banking CV's employer in bold with its dates, each post's line with its branch
        String text = """
                ## WORK EXPERIENCE

                **HALDEN TRUST BANK PLC · Jan 2019 – Till Date**

                Deputy Manager – Team Lead, Commercial Banking | Awolowo Road Branch, Ikoyi | Jan 2024 – Till Date

                - Lead a team of five relationship managers.

                Senior Banking Officer – Relationship Manager | Adeola Odeku Branch, Victoria Island | Jan 2019 – Dec 2023

                - Managed 45 commercial accounts.

                **KESTREL BANK PLC · Sept. 2014 – Dec. 2018**

                Relationship Officer, Business Banking | Allen Avenue Branch, Ikeja | Sept. 2014 – Dec. 2018

                - Managed about 60 SME clients.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .containsExactly(
                        "Kestrel Bank plc | Relationship Officer, Business Banking | September 2014 to December 2018",
                        "Halden Trust Bank plc | Senior Banking Officer – Relationship Manager | January 2019 to December 2023",
                        "Halden Trust Bank plc | Deputy Manager – Team Lead, Commercial Banking | January 2024 to present");
        assertThat(profile.roles().get(0).location()).contains("Allen Avenue Branch, Ikeja");
    }

    @Test
    void should_not_read_a_tenure_told_in_job_search_notes_nor_the_notes_title_with_its_year_as_a_role() {
        // given: a procurement officer's own notes, her years at the county in a bullet
        String text = """
                JOB SEARCH NOTES 2024 - Esther

                WHY I'M MOVING
                ==============
                - Now 5 yrs at Kiambu County (since March 2019). Learned a lot on the IFMIS side.
                - Target roles: Procurement Manager / Supply Chain Manager.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then
        assertThat(profile.roles()).isEmpty();
    }

    @Test
    void should_read_a_travel_nurses_contracts_the_site_labelled_as_the_assignment_and_the_title_first() {
        // given: each contract on one line, "Title | Agency: … | Assignment: hospital, town | length, dates"
        String text = """
                TRAVEL EXPERIENCE

                Travel RN – ICU (Charge) | Agency: Ridgeline Staffing | Assignment: Mesa Verde Regional Hospital, \
                Durango, CO | 13 weeks + 13-wk extension, 05/2026 – 11/2026
                  - 30-bed Medical ICU

                Travel RN – CVICU | Agency: Northstar Nurses | Assignment: Saltbrook Medical Center, Ogden, UT | \
                13 weeks, 06/2021 – 12/2021
                  - 24-bed Cardiovascular ICU
                """;

        // when
        StructuredProfile profile = reader.read(List.of(plain(text)));

        // then: the hospital is where the nurse worked, not the agency that placed her
        assertThat(timeline(profile))
                .containsExactly(
                        "Saltbrook Medical Center | Travel RN – CVICU | June 2021 to December 2021",
                        "Mesa Verde Regional Hospital | Travel RN – ICU (Charge) | May 2026 to November 2026");
        assertThat(profile.roles().get(1).location()).contains("Durango, CO");
    }

    @Test
    void should_join_a_korean_range_a_table_breaks_after_its_tilde_and_name_the_person_not_the_files_title() {
        // given: "2015.03 ~" over "2016.12" in the dates' column, the company's cells beside them
        ProfileDocument cv = new MarkdownParser().parse("CV_Han_Doyun_Designer.md", """
                # 이 력 서

                Name · Han Do-yun

                ## Career

                2015.03 ~ · Oneul Lab Co., Ltd. · Product Team \s
                2016.12 · UI/UX Designer
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.roles())
                .singleElement()
                .satisfies(r -> assertThat(r.dates().display()).isEqualTo("March 2015 to December 2016"));
        assertThat(profile.identity().name()).contains("Han Do-yun");
    }

    @Test
    void should_read_a_spanish_cvs_title_from_the_first_sentence_under_its_entry_and_a_chilean_degree() {
        // given: "2019 - actualidad · IES … (Madrid)" over a paragraph whose first sentence is the title; a freelance
        // author's post held beside it; a Chilean "Antecedentes académicos" with its professional degree
        String text = """
                ## EXPERIENCIA PROFESIONAL

                2019 - actualidad · IES Clara Campoamor (Madrid)

                Profesora de Matemáticas – funcionaria de carrera. Jefa del Departamento de Matemáticas desde sept. 2021

                - Coordinadora TIC del centro (2020–2022): aula virtual Moodle para 14 grupos.

                ene. 2021 – dic. 2023 · Editorial SM – proyecto Savia Digital (colaboración freelance, a tiempo parcial)

                Autora de recursos digitales de Matemáticas

                03/2016 – a la fecha · MINERA ESCONDIDA LTDA. (BHP)

                ## ANTECEDENTES ACADÉMICOS

                **2002 – 2008 · Ingeniero Civil Metalúrgico**

                Universidad de Antofagasta, Antofagasta.
                """;

        // when
        StructuredProfile profile = reader.read(List.of(markdown(text)));

        // then
        assertThat(timeline(profile))
                .contains(
                        "IES Clara Campoamor | Profesora de Matemáticas – funcionaria de carrera | 2019 to present",
                        "Editorial SM | Autora de recursos digitales de Matemáticas | January 2021 to December 2023")
                .anyMatch(line -> line.startsWith("Minera Escondida") && line.endsWith("March 2016 to present"));
        assertThat(profile.education()).extracting(Education::degree).contains("Ingeniero Civil Metalúrgico");
    }

    @Test
    void should_not_take_a_cover_letters_subject_for_the_headline() {
        // given: a Dutch letter's "Betreft:" line, no heading over it, before the résumé's own headline
        ProfileDocument letter = new MarkdownParser().parse("Motivatiebrief.md", """
                Sanne Verhoeven

                Betreft: sollicitatie Head of Product – Cards

                Beste recruitmentteam,
                """);
        ProfileDocument cv = new MarkdownParser().parse("Profile.md", """
                # Sanne Verhoeven

                Product Manager with 10+ years in Dutch fintech

                ## Experience

                Adyen · Lead Product Manager, Issuing · September 2023 - Present
                """);

        // when
        StructuredProfile profile = reader.read(List.of(letter, cv));

        // then
        assertThat(profile.identity().headline())
                .hasValueSatisfying(h -> assertThat(h).doesNotContain("Betreft"));
    }

    @Test
    void should_leave_the_title_a_files_name_ends_with_out_of_the_persons_name() {
        // given: "CV_Chiara_Ferrandi_Architetto.md", its heading the name in capitals over the titles, then a sidebar's
        // contact labels
        ProfileDocument cv = new MarkdownParser().parse("CV_Chiara_Ferrandi_Architetto.md", """
                # CHIARA FERRANDI

                ### Architetto | Project Leader | BIM Coordinator

                **CONTATTI**

                **CELLULARE**

                +39 347 218 5590

                **E-MAIL**
                """);

        // when
        StructuredProfile profile = reader.read(List.of(cv));

        // then
        assertThat(profile.identity().name()).contains("Chiara Ferrandi");
    }
}
