package dev.profilebot.answer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.ConversationMemory;
import dev.profilebot.answer.Source;
import dev.profilebot.profile.MarkdownParser;
import dev.profilebot.profile.PassageSplitter;
import dev.profilebot.profile.Profile;
import dev.profilebot.profile.ProfileDocument;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import dev.profilebot.profile.facts.StructuredProfileReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineAnswererTest {

    private static final String RESUME = """
            ---
            name: Ada Quinn
            pronouns: she/her
            ---

            ## Experience

            ### Voltaro GmbH

            Berlin · (Sep. 2021 – Present)

            Staff Engineer (2023–present)

            Senior Engineer (2021–2023)

            ### Senior Backend Engineer, Quillpay

            July 2018 - August 2021 · Berlin

            ### Career break

            September 2017 - June 2018: travelling

            ### Backend Engineer, Brightcart SE

            October 2014 - August 2017

            ### Hochschule Nord

            Lecturer (part-time), 2016–2019

            ## Education

            M.Sc. Computer Science, Technische Universität München, 2012–2014

            B.Sc. Computer Science, University of Lagos, 2005–2009
            """;

    private final TimelineAnswerer answerer = new TimelineAnswerer(
            profile(RESUME), Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC), 600);

    /** The timeline answerer of a résumé in Markdown, on 30 November 2026. */
    private static TimelineAnswerer timeline(String markdown) {
        return new TimelineAnswerer(
                profile(markdown), Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC), 600);
    }

    private static StructuredProfile profile(String markdown) {
        return new StructuredProfileReader(Optional.empty(), Optional.empty())
                .read(List.of(new MarkdownParser().parse("resume.md", markdown)));
    }

    private String ask(String question) {
        return answerer.answer(question, List.of()).map(Answer::text).orElse("(no timeline answer)");
    }

    @Test
    void should_name_the_current_employer_and_title_with_the_source() {
        // when
        Answer answer = answerer.answer("Where does she work now?", List.of()).orElseThrow();

        // then
        assertThat(answer.text())
                .isEqualTo("Ada currently works at Voltaro GmbH as Staff Engineer, since 2023, in Berlin.");
        assertThat(answer.sources()).extracting(Source::label).containsExactly("resume.md › Experience › Voltaro GmbH");
    }

    @Test
    void should_answer_the_first_job_in_a_field_with_the_earliest_role_of_that_field() {
        TimelineAnswerer sofia = timeline("""
                # Sofia Reyes

                ## Experience

                ### Project Architect · Calder Studio
                2021 – Present

                ### Junior Architect · Lantern Works Architecture
                2018 – 2021

                ### Barista · Bean & Leaf Café
                2014 – 2018
                """);

        assertThat(sofia.answer("What was her first job in architecture?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).contains("Junior Architect at Lantern Works"));
    }

    @Test
    void should_answer_the_first_role_and_the_roles_of_a_year() {
        assertThat(ask("What was her first job?"))
                .contains("Backend Engineer at Brightcart SE")
                .contains("October 2014");
        assertThat(ask("Where was she working in 2016?"))
                .contains("Brightcart SE")
                .contains("Hochschule Nord");
        assertThat(ask("Where did she work in 2001?")).startsWith("The profile doesn't list a role for 2001.");
    }

    @Test
    void should_answer_a_year_without_a_job_with_the_course_then_studied() {
        assertThat(ask("What was she doing in 2013?"))
                .isEqualTo(
                        "In 2013, Ada was studying for her M.Sc. in Computer Science at Technische Universität München"
                                + " (2012 to 2014); the profile lists no job then.");
    }

    @Test
    void should_answer_what_she_was_doing_in_a_year_of_a_job_beside_her_studies_with_both() {
        TimelineAnswerer morwenna = timeline("""
                # Morwenna Tallis

                ## Experience

                ### Graduate Teaching Assistant · University of Plymouth
                2017 – 2020

                ### Lecturer in Marine Biology · Bangor University
                2021 – Present

                ## Education

                ### PhD in Marine Ecology · University of Plymouth
                2016 – 2020
                """);

        assertThat(morwenna.answer("What was she doing in 2018?", List.of()).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("Graduate Teaching Assistant")
                        .contains("also studying for", "PhD in Marine Ecology"));
        assertThat(morwenna.answer("Where did she work in 2018?", List.of()).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).doesNotContain("studying"));
    }

    @Test
    void should_answer_the_first_role_of_a_kind_by_the_word_its_title_shares() {
        assertThat(ask("What was her first senior role?"))
                .contains("Senior Backend Engineer at Quillpay")
                .contains("July 2018");
        assertThat(ask("What was her first lecturing job?")).contains("Hochschule Nord");
        assertThat(ask("What was her first real job?")).contains("Backend Engineer at Brightcart SE");
        assertThat(ask("What was her first proper job?")).contains("Backend Engineer at Brightcart SE");
    }

    private static final String AFTER_SERVICE = """
            ---
            name: Chidi Okafor
            pronouns: he/him
            ---

            ## Experience

            ### Travel RN, Cardiac ICU, Hollins Valley Medical Center

            August 2026 - Present

            ### Travel RN, Neuro ICU, Tamarack Hospital

            April 2021 - July 2026

            ### Staff Nurse, Ridgeview Medical Center

            April 2011 - March 2021

            ### NATIONAL YOUTH SERVICE CORPS (NYSC)

            March 2010 - February 2011

            ### Summer Intern, Kadara Clinic

            June 2009 - August 2009
            """;

    @Test
    void
            should_find_a_role_by_the_title_spelled_out_the_firm_left_after_joining_them_and_the_first_job_out_of_college() {
        TimelineAnswerer career = timeline("""
                ---
                name: Rhian Whitby
                pronouns: she/her
                ---

                ## Experience

                ### Lecturer in Business Management, Taff Vale University, Business School
                2020 – present

                ### Head of HR Business Partnering, Severnside Water plc
                2015 – 2020

                ### HR Officer, Brynmor Retail Ltd
                2012 – 2015

                ### Student Ambassador, Aberystwyth University
                2010 – 2012

                ## Education

                BA Psychology, Aberystwyth University, 2012
                """);
        List<ConversationMemory.Turn> atTaffVale = List.of(new ConversationMemory.Turn(
                "Where does she work now?",
                "Rhian currently works at Taff Vale University, Business School as Lecturer in Business Management."));

        assertThat(career.answer("When did she become Head of HR Business Partnering?", List.of())
                        .map(Answer::text))
                .contains("Rhian was Head of HR Business Partnering at Severnside Water plc from 2015 to 2020.");
        assertThat(career.answer("Where did she work before joining them?", atTaffVale)
                        .map(Answer::text)
                        .orElse(""))
                .startsWith("Before Taff Vale University")
                .contains("Severnside Water plc");
        assertThat(career.answer("What was her first job out of college?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("HR Officer at Brynmor Retail Ltd");
    }

    @Test
    void should_answer_which_trust_with_the_current_role_at_a_trust_and_follow_it_there() {
        TimelineAnswerer career = timeline("""
                ## Experience

                ### Associate Speech and Language Therapist, Talk Forward Therapy
                2023 – present

                ### Highly Specialist Speech and Language Therapist, Pennine Moors Hospitals NHS Foundation Trust
                2021 – present

                ### Specialist Speech and Language Therapist, Calder Valley Community NHS Trust
                2018 – 2021
                """);
        String atPennine = career.answer("Which trust is she working for at the moment?", List.of())
                .map(Answer::text)
                .orElseThrow();
        List<ConversationMemory.Turn> asked =
                List.of(new ConversationMemory.Turn("Which trust is she working for at the moment?", atPennine));

        assertThat(atPennine).contains("Pennine Moors").doesNotContain("Talk Forward", "Calder Valley");
        assertThat(career.answer("What's her job title there?", asked).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).contains("Highly Specialist"));
    }

    @Test
    void should_not_take_a_question_asking_when_she_left_for_one_about_her_parental_leave() {
        TimelineAnswerer career = timeline("""
                ## Experience

                ### Research Data Librarian, Cascadia Polytechnic
                2012 – 2017

                - Ran more than 60 data management workshops.
                - Parental leave, September 2014 – August 2015.

                ### Library Assistant, Edinburgh Central Library
                2003 – 2006
                """);
        List<ConversationMemory.Turn> atCascadia = List.of(new ConversationMemory.Turn(
                "How many workshops did she run there?",
                "At Cascadia Polytechnic (Research Data Librarian, 2012–2017): Ran more than 60 data management"
                        + " workshops."));

        assertThat(career.answer("When did she leave?", atCascadia).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).contains("2017").doesNotContain("Parental"));
    }

    @Test
    void should_step_back_to_the_job_held_between_two_stints_at_one_employer() {
        TimelineAnswerer career = timeline("""
                # Tobias Kellermann

                ## Experience

                ### Test Engineer, Kessler Prüftechnik AG
                Jan 2015 – Jun 2019

                ### Working student, Lindhoff Fahrzeugtechnik GmbH
                Nov 2012 – Nov 2014

                ### Intern, Kessler Prüftechnik AG
                Mar 2011 – Aug 2011
                """);
        List<ConversationMemory.Turn> asked = List.of(
                new ConversationMemory.Turn("Who did he work for in Regensburg?", "Kessler Prüftechnik AG."),
                new ConversationMemory.Turn(
                        "What was his job there?",
                        "At Kessler Prüftechnik AG, Tobias was Test Engineer (2015 to 2019)."));

        assertThat(career.answer("And before that?", asked).map(Answer::text).orElse(""))
                .contains("Lindhoff");
    }

    @Test
    void should_give_each_stretch_at_an_employer_left_and_joined_again() {
        TimelineAnswerer career = timeline("""
                # Daniel Kowalczyk

                ## Experience

                ### Associate, Whitcombe & Lyle LLP
                Sept. 2014 – Mar. 2018

                ### Law Clerk, U.S. District Court
                Aug. 2013 – Aug. 2014

                ### Summer Associate, Whitcombe & Lyle LLP
                Summer 2012
                """);

        assertThat(career.answer("How long was he at Whitcombe & Lyle?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("twice")
                .contains("3 years and 7 months (September 2014 to March 2018)");
    }

    @Test
    void should_answer_what_came_before_the_first_job_with_the_studies_ended_before_it() {
        TimelineAnswerer career = timeline("""
                # Ines Albrecht

                ## Experience

                ### Data Scientist, Mietly GmbH
                Oct 2019 – Feb 2022

                ### Postdoc, Humboldt-Universität zu Berlin
                2017 – 2019

                ## Education

                - Dr. rer. nat. (PhD) in Physics, Universität Heidelberg, 2013–2017
                - B.Sc. Physik, TU Dresden, 2008–2011
                """);

        assertThat(career.answer("Where did she work before Humboldt?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Dr. rer. nat.")
                .contains("Universität Heidelberg")
                .doesNotContain("Dresden");
    }

    @Test
    void should_answer_when_she_joined_them_or_was_promoted_at_the_employer_talked_about() {
        TimelineAnswerer career = timeline("""
                # Declan Hartnett

                ## Experience

                ### Engineering Manager, Lisnagry Automation Ltd
                Jul 2020 – Present

                ### Senior Mechanical Design Engineer, Shannonside Medical Devices Ltd
                Apr 2014 – Jan 2017

                ### Mechanical Design Engineer, Shannonside Medical Devices Ltd
                Sep 2010 – Mar 2014
                """);
        List<ConversationMemory.Turn> atShannonside = List.of(new ConversationMemory.Turn(
                "What was his title when he started at Shannonside?",
                "Declan was Mechanical Design Engineer at Shannonside Medical Devices Ltd from September 2010."));

        assertThat(career.answer("And when was he promoted?", atShannonside)
                        .map(Answer::text)
                        .orElse(""))
                .contains("April 2014");
        assertThat(career.answer("When did he join them?", atShannonside)
                        .map(Answer::text)
                        .orElse(""))
                .contains("September 2010");
    }

    @Test
    void should_answer_what_came_before_the_move_into_a_field_with_the_role_before_its_first() {
        TimelineAnswerer career = timeline("""
                # Niamh Calloway

                ## Employment History

                ### Learning & Development Coordinator, Pennine Mutual Insurance
                2023 – present

                ### Head of Year 9 and Teacher of Science, Kirkstall Valley Academy
                2019 – 2023

                ### Teacher of Science, Holbeck Grange School
                2016 – 2019
                """);
        TimelineAnswerer designer = timeline("""
                # Tamsin Achterberg

                ## Experience

                Freelance UX Designer · Jul 2023 – Present

                Tamsin Achterberg Design, Bristol

                Self-employed; research and interaction design for small organisations.

                UX Design Bootcamp — Capstone Project · Jan 2023 – Jun 2023

                Harbourline UX Academy, Bristol

                A booking app for community food banks, tested with 12 users.

                ## Other Experience

                Teacher of Geography · Sep 2018 – Dec 2022

                Kingsweston Park Academy, Bristol
                """);

        assertThat(career.answer("What did Niamh do before moving into L&D?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Kirkstall Valley Academy");
        assertThat(designer.answer("What did Tamsin Achterberg do before she moved into UX?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Kingsweston Park Academy");
    }

    @Test
    void should_answer_at_the_time_with_the_one_year_the_last_answer_gave() {
        TimelineAnswerer career = timeline("""
                ## Experience

                ### Principal Engineer, Halloran Brooke Consulting
                2017 – present

                ### Structural Engineer, Kestrel Infrastructure Ltd
                2013 – 2017
                """);
        List<ConversationMemory.Turn> chartered = List.of(new ConversationMemory.Turn(
                "When did she get chartered?",
                "At Kestrel Infrastructure Ltd (Structural Engineer, 2013–2017): Achieved chartered status in 2015."));
        List<ConversationMemory.Turn> twoYears = List.of(new ConversationMemory.Turn(
                "When did she get chartered?", "She became chartered in 2015 and a fellow in 2019."));

        assertThat(career.answer("Which company was she working for at the time?", chartered)
                        .map(Answer::text)
                        .orElse(""))
                .contains("In 2015", "Kestrel Infrastructure Ltd");
        // a bare "then" is no time: "where is she working now, then?"
        assertThat(career.answer("So where is she working now then?", chartered)
                        .map(Answer::text)
                        .orElse(""))
                .doesNotContain("In 2015")
                .contains("Halloran Brooke Consulting");
        // the answer's first sentence gives one year; a sentence quoted below it gives others
        List<ConversationMemory.Turn> onsite = List.of(new ConversationMemory.Turn(
                "For which client?",
                "PROJECT DETAILS: Worked onsite at the client in Zurich for 8 months (Feb 2018 to Sep 2018).\n"
                        + "At Kestrel Infrastructure Ltd (Structural Engineer, 2013–2017): Duration : Aug 2013 to Jun"
                        + " 2017."));
        assertThat(career.answer("Which company was he with at that time?", onsite)
                        .map(Answer::text)
                        .orElse(""))
                .contains("In 2018", "Halloran Brooke Consulting");
        // two years said: which one is meant is not for the timeline to guess
        assertThat(career.answer("Which company was she working for at the time?", twoYears)
                        .map(Answer::text)
                        .orElse(""))
                .doesNotContain("In 2015", "In 2019");
    }

    @Test
    void should_take_the_one_employer_an_answer_names_for_the_place_asked_about_and_none_of_two() {
        List<ConversationMemory.Turn> afterBefore = List.of(new ConversationMemory.Turn(
                "Where did she work before Voltaro?",
                "Before Voltaro GmbH, Ada worked at Quillpay as Senior Backend Engineer (July 2018 to August 2021)."));
        List<ConversationMemory.Turn> afterTwo = List.of(new ConversationMemory.Turn(
                "Has she led a team?",
                "At Quillpay (Senior Backend Engineer, 2018–2021): Led the ledger team.\n"
                        + "At Voltaro GmbH (Staff Engineer, 2023–now): Leads the platform group of six."));

        assertThat(answerer.soleFocus(afterBefore).map(Role::organization)).contains("Quillpay");
        assertThat(answerer.soleFocus(afterTwo)).isEmpty();
        // a name inside a word ("EE" in "Engineer") is no mention; a degree's answer is about no job
        TimelineAnswerer withEe = timeline("""
                ## Experience

                ### Engineer, EE
                2019 – present

                ### Software Engineer, Severn Health Systems
                2015 – 2019 · Cardiff
                """);
        assertThat(withEe.soleFocus(List.of(new ConversationMemory.Turn(
                        "Where did she work in 2016?",
                        "In 2016, Ada worked at Severn Health Systems as Software Engineer (2015 to 2019)."))))
                .map(Role::organization)
                .contains("Severn Health Systems");
        assertThat(answerer.soleFocus(List.of(new ConversationMemory.Turn(
                        "What degrees does she have?", "Ada's education: B.Sc. Computer Science at Quillpay."))))
                .isEmpty();
        assertThat(answerer.whereWasIt(answerer.soleFocus(afterBefore).orElseThrow())
                        .map(Answer::text))
                .contains("Ada worked at Quillpay in Berlin (July 2018 to August 2021).");
    }

    @Test
    void should_take_the_role_the_answer_names_among_those_the_question_names_by_a_shared_word() {
        // "engineer" names every post below; the answer said which one the question meant
        TimelineAnswerer mining = timeline("""
                ## Employment History

                ### Senior Mining Engineer, Kurrajong Gold Ltd
                2017 – 2021 · Leonora WA

                ### Drill & Blast Engineer, Saltbush Mining Services
                2014 – 2017 · Kalgoorlie WA

                ### Graduate Mining Engineer, Pindan Iron Ore
                2012 – 2014 · West Pilbara WA
                """);
        List<ConversationMemory.Turn> asked = List.of(new ConversationMemory.Turn(
                "Where did he work as a drill and blast engineer?",
                "Ada was Drill & Blast Engineer at Saltbush Mining Services from 2014 to 2017."));

        assertThat(mining.soleFocus(asked).map(Role::organization)).contains("Saltbush Mining Services");
        assertThat(mining.focus(asked).map(Role::organization)).contains("Saltbush Mining Services");
    }

    @Test
    void should_answer_when_she_finished_or_started_the_course_the_last_answer_was_about() {
        List<ConversationMemory.Turn> afterMasters = List.of(new ConversationMemory.Turn(
                "Where did she do her master's?",
                "Ada's education: M.Sc. Computer Science at Technische Universität München (2012 to 2014)."));
        List<ConversationMemory.Turn> afterAJob = List.of(new ConversationMemory.Turn(
                "Where does she work now?", "Ada currently works at Voltaro GmbH as Staff Engineer, since 2023."));

        assertThat(answerer.answer("When did she finish?", afterMasters).map(Answer::text))
                .contains("Ada finished her M.Sc. in Computer Science at Technische Universität München in 2014"
                        + " (2012 to 2014).");
        assertThat(answerer.answer("When did she start?", afterMasters).map(Answer::text))
                .hasValueSatisfying(
                        text -> assertThat(text).contains("started her M.Sc.").contains("2012"));
        assertThat(answerer.answer("When did she finish?", afterAJob).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).doesNotContain("M.Sc."));
        // two courses named: when she finished each, not a guess at which one is meant
        List<ConversationMemory.Turn> afterBoth = List.of(new ConversationMemory.Turn(
                "What degrees does she have?",
                "Ada's education: M.Sc. Computer Science at Technische Universität München (2012 to 2014); B.Sc."
                        + " Computer Science at University of Lagos (2005 to 2009)."));
        assertThat(answerer.answer("When did she finish?", afterBoth).map(Answer::text))
                .contains("Ada finished her M.Sc. in Computer Science at Technische Universität München in 2014"
                        + " (2012 to 2014) and her B.Sc. in Computer Science at University of Lagos in 2009 (2005 to"
                        + " 2009).");
    }

    @Test
    void should_give_the_grade_of_the_degree_asked_about_from_its_line() {
        TimelineAnswerer graduate = timeline("""
                ## Education

                10/2011 – 09/2013 · Master of Science (M.Sc.) Mechanical Engineering, TU Kaltenfurt

                10/2007 – 09/2011 · Bachelor of Engineering (B.Eng.) Mechanical Engineering, Hochschule Rottenbach

                - Final grade 1.7 (German scale, 1.0 = best)
                """);

        assertThat(graduate.answer("what grade did he get for his bachelor's degree?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text ->
                        assertThat(text).contains("Hochschule Rottenbach").contains("1.7"));
        TimelineAnswerer cumLaude = timeline("""
                ## Education

                2016 – 2018 · M.Sc. Applied Mathematics, University of Twente

                - Graduated cum laude
                """);
        assertThat(cumLaude.answer("What was her GPA in her master's?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("The profile doesn't give a GPA;")
                        .contains("cum laude"));
        // no grade for the master's: the sentences found answer, or say so
        assertThat(graduate.answer("What grade did he get for his master's?", List.of()))
                .isEmpty();
        // "his degree": the one graded degree
        assertThat(graduate.answer("What classification did he get in his degree?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text ->
                        assertThat(text).contains("Hochschule Rottenbach").contains("1.7"));
    }

    @Test
    void should_list_the_board_and_trustee_roles_held_beside_the_job() {
        TimelineAnswerer cfo = timeline("""
                ---
                name: Declan Fairweather
                pronouns: he/him
                ---

                ## Career History

                ### Chief Financial Officer, Thornbury Provisions plc

                2021 – present

                ## Board and Advisory Roles

                ### Non-Executive Director, Wenlock Valley Housing Association

                2019 – present

                ### Trustee and Honorary Treasurer, Fellside Hospice Trust

                2016 – 2023
                """);

        assertThat(cfo.answer("Does he sit on any boards?", List.of()).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("Wenlock Valley Housing Association")
                        .contains("Fellside Hospice Trust")
                        .doesNotContain("Thornbury"));
        assertThat(cfo.answer("What board or trustee roles has he held?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).contains("Non-Executive Director"));
        // no seat held beside a job: left to retrieval; a question about reporting to boards is about the job
        assertThat(answerer.answer("Does she sit on any boards?", List.of())).isEmpty();
        assertThat(cfo.answer("What is his board reporting experience?", List.of()))
                .isEmpty();
    }

    @Test
    void should_answer_a_promotion_at_a_firm_not_named_from_the_one_employer_of_several_titles() {
        TimelineAnswerer translator = timeline("""
                # Tomás Iturralde

                ## Professional experience

                Freelance Translator & Interpreter — Iturralde Traducciones (Mar 2016 – present)

                Senior Translator & Translation Team Coordinator — Marval, O'Farrell & Mairal (Aug 2013 – Feb 2016)

                Legal Translator — Marval, O'Farrell & Mairal (Feb 2010 – Jul 2013)
                """);

        assertThat(translator
                        .answer("Did he get promoted at the law firm?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("as Legal Translator in February 2010 and was promoted to Senior Translator"));
        // two employers of several titles: which one is asked about is not known
        TimelineAnswerer twice = timeline("""
                # Ana Ruiz

                ## Experience

                Senior Analyst — Banco Sol (Mar 2016 – present)

                Analyst — Banco Sol (Feb 2014 – Feb 2016)

                Senior Associate — Deloitte (Aug 2012 – Jan 2014)

                Associate — Deloitte (Feb 2010 – Jul 2012)
                """);
        assertThat(twice.answer("Did she get promoted at the consultancy?", List.of()))
                .isEmpty();
    }

    @Test
    void should_answer_whether_she_worked_abroad_with_the_place_of_each_job() {
        // given
        TimelineAnswerer nurse = timeline("""
                # Orla Quinn

                ## Employment History

                ### Staff Nurse, Lee Valley University Hospital, Cork

                June 2018 – Present

                ### Staff Nurse, Royal Brackley Infirmary, Leeds, UK

                October 2016 – May 2018

                ### Healthcare Assistant, Glenview Nursing Home, Mallow

                2011 – 2014
                """);

        // when
        Optional<String> abroad =
                nurse.answer("Has she worked abroad?", List.of()).map(Answer::text);
        Optional<String> outside =
                nurse.answer("Has Orla ever worked outside Ireland?", List.of()).map(Answer::text);

        // then
        assertThat(abroad)
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("Orla has worked in the United Kingdom: Leeds, UK: Royal Brackley Infirmary"
                                + " (2016–2018).")
                        .contains("Cork: Lee Valley University Hospital (2018–now)")
                        .contains("Mallow"));
        assertThat(outside).isEqualTo(abroad);
        // a country's state or province names the country: "Perth, Western Australia", "Toronto, Ontario"
        TimelineAnswerer carpenter = timeline("""
                # Ciaran Foley

                ## Career History

                Site Manager – Brennan Construction Ltd, Cork (February 2021 – Present)

                Carpenter – Northline Builders, Calgary, AB (April 2012 – May 2013)

                Carpenter – Swanline Constructions, Perth, Western Australia (August 2010 – March 2012)
                """);
        assertThat(carpenter.answer("Has he worked abroad?", List.of()).map(Answer::text))
                .hasValue("Ciaran has worked in Canada and Australia: Calgary, AB: Northline Builders (2012–2013);"
                        + " Perth, Western Australia: Swanline Constructions (2010–2012). Other jobs, most recent first:"
                        + " Cork: Brennan Construction Ltd (2021–now).");
        assertThat(carpenter
                        .answer("Has he ever lived or worked abroad?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Ciaran has worked in Canada and Australia"));
        // a wish, not a past: left to retrieval; one place only says nothing about abroad
        assertThat(nurse.answer("Would she be willing to work abroad?", List.of()))
                .isEmpty();
        assertThat(answerer.answer("Has she worked abroad?", List.of())).isEmpty();
        // outside a sector, not a country (nor a province's code); international experience in a field
        assertThat(nurse.answer("Has she worked outside on the wards?", List.of()))
                .isEmpty();
        assertThat(nurse.answer("Has she worked outside the public sector?", List.of()))
                .isEmpty();
        assertThat(nurse.answer("Does she have international experience in payments?", List.of()))
                .isEmpty();
        // one country: a town named with it now and one without, or two states of the US
        TimelineAnswerer british = timeline("""
                # Jane Quill

                ## Experience

                ### Analyst, Globex, London, UK

                2021 – Present

                ### Analyst, Initech, Manchester

                2017 – 2021
                """);
        assertThat(british.answer("Has she ever worked outside the UK?", List.of()))
                .isEmpty();
        TimelineAnswerer american = timeline("""
                # Joe Quill

                ## Experience

                ### Analyst, Globex, Atlanta, GA

                2021 – Present

                ### Analyst, Initech, Austin, TX

                2017 – 2021
                """);
        assertThat(american.answer("Has he worked outside the US?", List.of())).isEmpty();
    }

    @Test
    void should_name_the_main_job_before_a_part_time_post_held_beside_it_and_hear_an_adjective_in_current_title() {
        TimelineAnswerer specialist = timeline("""
                ---
                name: Delia Rourke
                pronouns: she/her
                ---

                ## Work experience

                - U.S. Department of Transportation (Apr 2019 – now) – IT Specialist
                - Northern Virginia Community College (Aug 2021 – now) – Adjunct Instructor
                """);

        assertThat(specialist
                        .answer("What is Delia's current federal job title?", List.of())
                        .map(Answer::text))
                .contains("Delia currently has 2 roles: IT Specialist at U.S. Department of Transportation"
                        + " (since April 2019) and Adjunct Instructor at Northern Virginia Community College"
                        + " (since August 2021).");
    }

    @Test
    void should_say_where_each_employer_is_after_an_answer_that_named_two() {
        TimelineAnswerer carer = timeline("""
                ---
                name: Leanne Pritchard
                pronouns: she/her
                ---

                ## Work history

                - Ty Gwyn Care Home, Wrexham (Jan 2021 – now) – Senior Care Assistant
                - Hafod Supported Living, Ruabon (Apr 2022 – now) – bank support worker
                """);
        List<ConversationMemory.Turn> history = List.of(new ConversationMemory.Turn(
                "What's her current role?",
                "Leanne currently has 2 roles: bank support worker at Hafod Supported Living (since April 2022) and"
                        + " Senior Care Assistant at Ty Gwyn Care Home (since January 2021)."));

        assertThat(carer.whereWereThey(history).map(Answer::text))
                .contains("Ty Gwyn Care Home is in Wrexham; Hafod Supported Living is in Ruabon.");
        assertThat(carer.whereWereThey(List.of(new ConversationMemory.Turn(
                        "Where did she work in 2021?", "In 2021 Leanne worked at Ty Gwyn Care Home."))))
                .isEmpty();
    }

    @Test
    void should_count_years_of_experience_from_the_first_job_after_internships_and_national_service() {
        String answer = timeline(AFTER_SERVICE)
                .answer("How many years of experience does he have?", List.of())
                .map(Answer::text)
                .orElseThrow();

        assertThat(answer)
                .startsWith("Chidi has 15 years and 7 months of experience, since starting as Staff Nurse at Ridgeview"
                        + " Medical Center in April 2011; before that, from June 2009: ")
                .contains("Summer Intern at Kadara Clinic")
                .contains("National Youth Service Corps (NYSC)");
    }

    @Test
    void should_answer_the_first_full_time_job_after_a_co_op_term() {
        String resume = """
                ---
                pronouns: she/her
                ---

                # Amara Ndiaye

                ## Experience

                ### Frontend Developer, Northbound Media

                May 2018 - August 2021

                ### Junior Web Developer, Pixel & Pine Studio

                July 2016 - April 2018

                ### Web Developer (Co-op), City of Mississauga

                January 2015 - August 2015
                """;

        String fullTime = timeline(resume)
                .answer("What was Amara's first full-time job?", List.of())
                .map(Answer::text)
                .orElseThrow();
        String first = timeline(resume)
                .answer("What was her first job?", List.of())
                .map(Answer::text)
                .orElseThrow();

        assertThat(fullTime)
                .startsWith("Amara's first role after student work: Junior Web Developer at Pixel & Pine Studio")
                .contains("Before that: Web Developer (Co-op) at City of Mississauga");
        assertThat(first).contains("Web Developer (Co-op) at City of Mississauga (January 2015 to August 2015");
    }

    @Test
    void should_give_the_summarys_own_count_of_years_first_also_when_an_internship_came_before_the_first_job() {
        // given: a template's marked heading ("■ Career Summary") over a count written in March 2025, and an
        // internship before the first job
        String resume = """
                ---
                pronouns: he/him
                ---

                # Park Seung-hyun

                ## ■ Career Summary

                Backend engineer with 9+ years of experience building payment systems.

                ## ■ Work Experience

                ### Backend Engineer, Finlink

                July 2019 - Present

                ### Associate, Daeyang Information & Communication

                January 2016 - June 2019

                ### Summer Intern, Nurisoft

                July 2015 - August 2015
                """;
        TimelineAnswerer park = withSummary(resume);

        Answer answer = park.answer("How many years of experience does he have?", List.of())
                .orElseThrow();

        assertThat(answer.text())
                .isEqualTo(
                        "Park Seung-hyun's summary says 9+ years of experience. Counted from the first role after student work,"
                                + " Associate at Daeyang Information & Communication (January 2016), it is 10 years and 10 months.");
    }

    @Test
    void should_give_the_summarys_own_count_of_years_of_experience_before_the_count_from_the_first_job() {
        // given: a summary that counts the years its own way, the first job a student's warehouse shifts
        String resume = """
                ---
                name: Darnell Whitfield
                pronouns: he/him
                ---

                ## Professional Summary

                Logistics manager with 15+ years of progressive experience in distribution center operations.

                ## Experience

                ### Operations Manager, Crescent Ridge Distribution

                January 2021 - Present

                ### Warehouse Associate, Bluff City Beverage Company

                May 2007 - July 2011
                """;
        TimelineAnswerer darnell = withSummary(resume);

        Answer answer = darnell.answer("How many years of experience does he have?", List.of())
                .orElseThrow();

        assertThat(answer.text())
                .isEqualTo("Darnell's summary says 15+ years of progressive experience. Counted from the earliest role"
                        + " in the profile, Warehouse Associate at Bluff City Beverage Company (May 2007), it is 19 years and 6"
                        + " months.");
        assertThat(answer.sources())
                .extracting(Source::label)
                .containsExactly(
                        "resume.md › Professional Summary",
                        "resume.md › Experience › Warehouse Associate, Bluff City Beverage Company");
    }

    @Test
    void should_quote_a_summarys_years_in_a_field_as_its_count_of_experience() {
        String resume = """
                ---
                name: Inês Rebelo Fonseca
                pronouns: she/her
                ---

                ## About me

                Senior cloud engineer based in Lisbon with 11+ years in infrastructure, DevOps and cloud platforms.

                ## Work experience

                ### Senior Cloud Engineer, Tagus Pay

                March 2020 - Present

                ### Research Assistant, INESC-ID

                October 2013 - July 2014
                """;
        TimelineAnswerer ines = withSummary(resume);

        Answer answer = ines.answer("How many years of experience does she have?", List.of())
                .orElseThrow();

        assertThat(answer.text()).startsWith("Inês' summary says 11+ years in infrastructure. Counted from");
    }

    @Test
    void should_quote_a_dutch_summarys_years_with_their_count_in_english() {
        String resume = """
                ---
                name: Ruud de Gracht
                pronouns: he/him
                ---

                ## Profiel

                Ervaren backend developer met ruim tien jaar ervaring in Java, Go en Python.

                ## Werkervaring

                ### Senior Backend Developer, Zorgwijs B.V.

                September 2021 - Present

                ### Junior PHP Developer, WebKracht

                September 2014 - December 2015
                """;
        TimelineAnswerer ruud = withSummary(resume);

        Answer answer = ruud.answer("How many years of experience does he have?", List.of())
                .orElseThrow();

        assertThat(answer.text())
                .startsWith(
                        "Ruud's summary says \u201cruim tien jaar ervaring\u201d (more than 10 years). Counted from");
        assertThat(TimelineAnswerer.claimedYears("Mais de 9 anos de experiência profissional com dados"))
                .contains("\u201cMais de 9 anos de experiência\u201d (more than 9 years)");
        assertThat(TimelineAnswerer.claimedYears(
                        "Yüksek trafikli sistemlerde 9+ yıl deneyime sahip backend geliştiriciyim."))
                .contains("\u201c9+ yıl deneyime\u201d (9 years)");
        assertThat(TimelineAnswerer.claimedYears("Architetto con oltre 12 anni di esperienza in studi milanesi"))
                .contains("\u201coltre 12 anni di esperienza\u201d (more than 12 years)");
    }

    @Test
    void should_read_a_summarys_count_of_years_and_months() {
        assertThat(TimelineAnswerer.claimedYears(
                        "Data engineer with 7 Years 3 Months of experience building batch and streaming pipelines."))
                .contains("7 Years 3 Months of experience");
    }

    @Test
    void should_answer_the_job_after_a_named_one_when_asked_for_the_first_after_it() {
        TimelineAnswerer nurse = timeline(AFTER_SERVICE);

        assertThat(nurse.answer("What was his first job after NYSC?", List.of()).map(Answer::text))
                .hasValueSatisfying(text ->
                        assertThat(text).contains("Ridgeview Medical Center").doesNotContain("was  at"));
        assertThat(nurse.answer("When did he start travel nursing?", List.of()).map(Answer::text))
                .hasValueSatisfying(
                        text -> assertThat(text).contains("Tamarack Hospital").contains("April 2021"));
        assertThat(nurse.answer("Which hospitals has he worked at?", List.of()).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("Hollins Valley Medical Center (2026–now); Tamarack Hospital (2021–2026)")
                        .contains("by name. All of Chidi's employers")
                        .contains("National Youth Service Corps"));
        // a school's teaching assistant is a job; a name need not say its kind: every employer is listed
        assertThat(timeline("""
                        ---
                        name: Emma Hale
                        ---

                        ## Experience

                        ### Class Teacher, Hallam Primary School

                        2018 - Present

                        ### Teaching Assistant, Hallam Primary School

                        2009 - 2018
                        """)
                        .answer("How many years of experience does she have?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Emma has about 17 years"));
        assertThat(nurse.answer("Which hospitals has he worked at?", List.of()).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).contains("Kadara Clinic"));
        // no employer's name says it is a bank: left to retrieval, which may know better
        assertThat(answerer.answer("Which bank did she work at?", List.of())).isEmpty();
        // no role is titled so: left to retrieval
        assertThat(nurse.answer("When did he start blogging?", List.of())).isEmpty();
        assertThat(nurse.answer("When did his current assignment start?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("Hollins Valley Medical Center")
                        .contains("August 2026"));
    }

    @Test
    void should_give_the_title_she_joined_an_employer_with_and_the_one_she_left_with() {
        assertThat(ask("What was her job title when she first joined Voltaro, and when was that?"))
                .contains("Senior Engineer")
                .doesNotContain("Staff Engineer")
                .contains("2021");
        assertThat(ask("What was her title when she left Brightcart?")).contains("Backend Engineer", "August 2017");
    }

    @Test
    void should_answer_before_and_after_a_named_employer_through_a_break() {
        assertThat(ask("Where did she work before Quillpay?"))
                .startsWith("Before Quillpay, Ada took a career break")
                .contains("before that, she worked at Brightcart SE");
        assertThat(ask("Which company did she join after leaving Brightcart?"))
                .startsWith("After Brightcart SE, Ada took a career break")
                .contains("then moved to Quillpay as Senior Backend Engineer");
    }

    @Test
    void should_answer_how_long_the_break_was_and_what_came_before_it() {
        assertThat(ask("How long was her career break?")).startsWith("Ada's career break lasted ");
        assertThat(ask("Where did she work before the career break?"))
                .startsWith("Before Ada's career break, Ada")
                .contains("Brightcart SE");
        assertThat(ask("Did she take a career break?")).contains("a career break (");
        // a follow-up about the break the last answer named, which no employer names
        String breakTold = answerer.answer("Did she take a career break?", List.of())
                .map(Answer::text)
                .orElseThrow();
        assertThat(answerer.answer(
                                "What did she do right after it?",
                                List.of(new ConversationMemory.Turn("Did she take a career break?", breakTold)))
                        .map(Answer::text)
                        .orElse(""))
                .contains("Quillpay");
    }

    @Test
    void should_not_take_a_role_held_alongside_for_the_one_before() {
        // the part-time lectureship started before Quillpay but had not ended when Quillpay began
        assertThat(ask("Who did she work for before Voltaro?"))
                .contains("Quillpay")
                .doesNotContain("Hochschule");
    }

    @Test
    void should_say_how_long_and_when_for_one_employer_across_promotions() {
        assertThat(ask("How long has she been at Voltaro?"))
                .isEqualTo("Ada has been at Voltaro GmbH for about 5 years, since 2021.");
        assertThat(ask("How long was she at Quillpay?")).contains("3 years and 2 months");
        assertThat(ask("When did she leave Quillpay?")).contains("left in August 2021");
    }

    @Test
    void should_say_when_and_to_what_she_was_promoted() {
        assertThat(ask("When was she promoted at Voltaro, and to what?"))
                .isEqualTo(
                        "Ada joined Voltaro GmbH as Senior Engineer in 2021 and was promoted to Staff Engineer in 2023.");
    }

    @Test
    void should_not_call_a_new_contract_in_the_same_rank_a_promotion() {
        // given: a seafarer's contracts with one manning agency, two of them in the same rank
        TimelineAnswerer contracts = timeline("""
                ## Sea Service

                - Anglo-Eastern Crew Management — 3rd Engineer, Apr 2016 – Dec 2016
                - Anglo-Eastern Crew Management — 2nd Engineer, Jul 2017 – Feb 2018
                - Anglo-Eastern Crew Management — 2nd Engineer, Oct 2018 – May 2019
                """);

        // when
        String answer = contracts
                .answer("When was he promoted to 2nd Engineer?", List.of())
                .map(Answer::text)
                .orElse("");

        // then
        assertThat(answer).contains("promoted to 2nd Engineer in July 2017").doesNotContain("October 2018");
    }

    @Test
    void should_answer_before_a_title_with_the_role_she_was_promoted_from_and_how_long_she_held_a_title() {
        assertThat(ask("And before she became a Staff Engineer?"))
                .isEqualTo(
                        "Before becoming Staff Engineer (2023), Ada was Senior Engineer at Voltaro GmbH (2021 to 2023).");
        assertThat(ask("What did she do before she was Staff Engineer?")).contains("Senior Engineer at Voltaro GmbH");
        // a word of the title, the employer named too: the title held there before
        TimelineAnswerer warehouse = timeline("""
                # Curtis Hargrove

                ## Experience

                ### Warehouse Operations Supervisor, Redstone Fulfillment Services
                Jan 2021 – present

                ### Shift Lead, Redstone Fulfillment Services
                Jun 2019 – Dec 2020

                ### Lead Receiving Clerk, Buckeye Cold Storage Co.
                Mar 2017 – May 2019
                """);
        assertThat(warehouse
                        .answer("What was his role before he became a supervisor at Redstone?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Shift Lead");
        assertThat(warehouse
                        .answer("What title did he hold at Redstone just before becoming supervisor?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Shift Lead");
        assertThat(ask("How long was she a Senior Backend Engineer before moving on?"))
                .contains("Senior Backend Engineer at Quillpay for 3 years and 2 months");
    }

    @Test
    void should_answer_a_job_begun_in_the_last_month_of_the_degree_as_the_first_after_it() {
        TimelineAnswerer park = timeline("""
                # Park Seung-hyun

                ## Experience

                ### Assistant Manager, Shopnara Corp.
                Jul 2017 – Jun 2019

                ### Associate, Daeyang Information & Communication
                Jan 2016 – Jun 2017

                ## Education

                ### B.S. in Computer Science & Engineering, Konkuk University
                Mar 2010 – Feb 2016
                """);

        assertThat(park.answer("What was his first job out of university?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Associate at Daeyang Information & Communication");
    }

    @Test
    void should_answer_the_first_job_after_her_studies_her_employer_and_where_she_went_next() {
        assertThat(ask("What was her first job after finishing her degree?"))
                .startsWith("Ada's first role after her studies: Backend Engineer at Brightcart SE");
        assertThat(ask("What was her first job after finishing her bachelor's?"))
                .startsWith("Ada's first role after her studies: Backend Engineer at Brightcart SE");
        assertThat(ask("Who is she employed by at the moment?")).contains("Voltaro GmbH");
        assertThat(ask("When did she leave Quillpay and where did she go next?"))
                .contains("left in August 2021")
                .contains("After Quillpay, Ada moved to Voltaro GmbH");
    }

    @Test
    void should_answer_where_he_started_out_as_a_chef_with_the_first_chefs_post_not_the_kitchen_porters() {
        TimelineAnswerer ryan = timeline("""
                # Ryan Whitfield

                ## Kitchen Experience

                ### Sous Chef, Aldworth Hall Hotel

                February 2019 - March 2022

                ### Commis Chef, The Grand Marlowe Hotel

                July 2013 - June 2014

                ### Kitchen Porter, The Old Bell Inn

                2009 - 2011
                """);

        assertThat(ryan.answer("Where did he start out as a chef?", List.of()).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("Commis Chef at The Grand Marlowe Hotel")
                        .doesNotContain("Kitchen Porter"));
    }

    @Test
    void should_answer_the_first_job_after_university_and_where_he_studied_not_the_schools() {
        TimelineAnswerer jonas = timeline("""
                # Jonas Brückner

                ## Berufserfahrung

                10/2016 – 03/2021 · Konstruktionsingenieur, Kessler & Vogt Fördertechnik GmbH

                07/2010 – 12/2010 · Zivildienst, DRK Kreisverband Heilbronn e.V.

                ## Ausbildung

                10/2011 – 09/2016 · Master of Science, Universität Stuttgart

                2001 – 2010 · Abitur, Gymnasium bei St. Michael
                """);

        assertThat(jonas.answer("first job after uni?", List.of()).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("Jonas' first role after their studies: Konstruktionsingenieur")
                        .contains("Kessler & Vogt", "October 2016")
                        .doesNotContain("Zivildienst"));
        // "Where?" after both: the university's place, not the school's
        List<ConversationMemory.Turn> studied = List.of(new ConversationMemory.Turn(
                "What did he study?",
                "Jonas' education: Master of Science at Universität Stuttgart (October 2011 to September 2016);"
                        + " Abitur at Gymnasium bei St. Michael (2001 to 2010)."));
        assertThat(jonas.answer("Where?", studied).map(Answer::text))
                .contains("Jonas studied for their Master of Science at Universität Stuttgart (October 2011 to"
                        + " September 2016).");
    }

    @Test
    void should_know_a_title_by_its_first_words_when_the_cv_adds_a_field_to_it() {
        TimelineAnswerer fieldTitles = timeline("""
                        # Johanna Brandauer

                        ## Professional experience

                        - 04/2022 – 02/2023: Senior Development Engineer Battery Thermal Management, Auerwald Mobility AG
                        - 10/2020 – 03/2022: Development Engineer Battery Thermal Management, Auerwald Mobility AG
                        - 10/2016 – 06/2018: Calculation Engineer CFD, Hagedorn Engineering GmbH
                        """);

        assertThat(fieldTitles
                        .answer("When did she get promoted to Senior Development Engineer?", List.of())
                        .map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("Auerwald Mobility AG")
                        .contains("promoted to Senior Development Engineer Battery Thermal Management in April 2022"));
    }

    @Test
    void should_give_the_title_held_at_a_named_employer() {
        assertThat(ask("What was her role at Quillpay?"))
                .isEqualTo("At Quillpay, Ada was Senior Backend Engineer (July 2018 to August 2021).");
        assertThat(ask("Which positions did she hold at Voltaro?"))
                .contains("Staff Engineer")
                .contains("Senior Engineer");
    }

    @Test
    void should_answer_the_role_begun_in_a_year_when_asked_what_she_joined() {
        assertThat(ask("Which company did she join in 2018?"))
                .contains("Quillpay")
                .doesNotContain("career break");
    }

    @Test
    void should_leave_before_and_after_that_point_at_something_else_than_a_role_to_retrieval() {
        assertThat(ask("By how much did checkout time drop after her redesign at Quillpay?"))
                .isEqualTo("(no timeline answer)");
        assertThat(ask("What did she do after her lectureship?")).doesNotContain("(no timeline answer)");
    }

    @Test
    void should_follow_the_role_the_conversation_is_about() {
        // given
        List<ConversationMemory.Turn> history = List.of(new ConversationMemory.Turn(
                "Where was she in 2019?",
                "In 2019, Ada worked at Quillpay as Senior Backend Engineer (July 2018 to August 2021)."));

        // when
        String before =
                answerer.answer("And before that?", history).map(Answer::text).orElseThrow();
        String howLong = answerer.answer("How long was she there?", history)
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(before).startsWith("Before Quillpay, Ada took a career break");
        assertThat(howLong).contains("Quillpay").contains("3 years and 2 months");
        // a question with a subject of its own is not about the conversation's role
        assertThat(answerer.answer("How long has she been using Go for her services?", history))
                .isEmpty();
    }

    @Test
    void should_keep_the_role_the_conversation_is_about_when_an_answer_quotes_two_employers() {
        // given: the first job, then an answer about it that also quotes a line of a later one
        List<ConversationMemory.Turn> history = List.of(
                new ConversationMemory.Turn(
                        "What was her first job?",
                        "Ada's first job was Backend Engineer at Brightcart SE (October 2014 to August 2017)."),
                new ConversationMemory.Turn(
                        "Where was that?",
                        "At Voltaro GmbH (Staff Engineer, 2023–now): leads the platform team. / At Brightcart SE"
                                + " (Backend Engineer, 2014–2017): checkout services."));

        // when
        String howLong = answerer.answer("How long was she there?", history)
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(howLong).contains("Brightcart").doesNotContain("Voltaro");
    }

    @Test
    void should_go_one_step_further_back_with_each_and_before_that() {
        // given
        String first = ask("Where did she work before Voltaro?");
        List<ConversationMemory.Turn> history =
                List.of(new ConversationMemory.Turn("Where did she work before Voltaro?", first));

        // when
        String further =
                answerer.answer("And before that?", history).map(Answer::text).orElseThrow();

        // then
        assertThat(first).startsWith("Before Voltaro GmbH, Ada worked at Quillpay");
        assertThat(further).startsWith("Before Quillpay, Ada took a career break");
    }

    @Test
    void should_take_and_before_that_after_the_current_role_at_a_named_employer_to_the_title_before_it_there() {
        // given
        String now = ask("What does Ada do at Voltaro now?");
        List<ConversationMemory.Turn> history =
                List.of(new ConversationMemory.Turn("What does Ada do at Voltaro now?", now));

        // when
        String before =
                answerer.answer("And before that?", history).map(Answer::text).orElseThrow();

        // then
        assertThat(now).contains("Staff Engineer").doesNotContain("Senior Engineer");
        assertThat(before).startsWith("Before becoming Staff Engineer (2023), Ada was Senior Engineer at Voltaro GmbH");
    }

    @Test
    void should_take_and_before_that_after_a_title_to_the_title_held_before_it_at_the_same_employer() {
        // given
        String title = ask("What is her current job title?");
        List<ConversationMemory.Turn> history =
                List.of(new ConversationMemory.Turn("What is her current job title?", title));

        // when
        String before =
                answerer.answer("And before that?", history).map(Answer::text).orElseThrow();
        String employer = answerer.answer("Where did she work before that?", history)
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(title).contains("Staff Engineer");
        assertThat(before).startsWith("Before becoming Staff Engineer (2023), Ada was Senior Engineer at Voltaro GmbH");
        assertThat(employer).startsWith("Before Voltaro GmbH, Ada worked at Quillpay");
    }

    @Test
    void should_list_employers_once_each_most_recent_first_and_the_gaps() {
        assertThat(ask("Which companies has she worked for?"))
                .isEqualTo("Ada's employers, most recent first: Voltaro GmbH (2021–now); Quillpay (2018–2021); "
                        + "Hochschule Nord (2016–2019); Brightcart SE (2014–2017).");
        assertThat(ask("Are there any gaps in her CV?"))
                .contains("career break")
                .contains("September 2017 to June 2018");
    }

    @Test
    void should_tell_a_gap_between_posts_filled_by_a_degree_as_studying_and_leave_a_sabbatical_to_come_alone() {
        TimelineAnswerer academic = timeline("""
                ---
                name: Siobhán Carrick
                pronouns: she/her
                ---

                ## Academic Appointments

                ### Lecturer in Marine Ecology, University of Pencarreg

                January 2015 – present

                ### Research Assistant, Tralanmor Marine Station

                October 2010 – November 2011

                ## Education

                PhD Marine Biology, University of Lisclogher, 2011–2015
                """);

        String gaps = academic.answer("Are there any gaps in her CV?", List.of())
                .map(Answer::text)
                .orElseThrow();

        assertThat(gaps).contains("studying from").contains("PhD").doesNotContain("no role listed");
        assertThat(academic.answer("When is her next sabbatical?", List.of())).isEmpty();
    }

    @Test
    void should_answer_education_narrowed_to_the_level_asked() {
        assertThat(ask("Where did she study?")).contains("M.Sc.").contains("B.Sc.");
        assertThat(ask("Where did she do her master's?"))
                .contains("Technische Universität München")
                .doesNotContain("Lagos");
    }

    @Test
    void should_answer_a_role_named_by_its_title_whatever_words_repeat() {
        assertThat(ask("Where did she work as a senior engineer and as a lead?"))
                .isEqualTo("Ada was Senior Engineer at Voltaro GmbH from 2021 to 2023.");
    }

    @Test
    void should_leave_questions_that_are_not_about_the_timeline_to_retrieval() {
        assertThat(answerer.answer("What did she build at Quillpay?", List.of()))
                .isEmpty();
        assertThat(answerer.answer("How many years of Go experience does she have?", List.of()))
                .isEmpty();
        assertThat(answerer.answer("And before that?", List.of())).isEmpty(); // nothing to refer to
    }

    @Test
    void should_answer_how_long_in_that_role_with_the_role_the_conversation_is_about_not_the_whole_employer() {
        // given: the last answer was about the first of two roles at Voltaro
        List<ConversationMemory.Turn> history = List.of(new ConversationMemory.Turn(
                "And before that?", "Before that, Ada worked at Voltaro GmbH as Senior Engineer (2021 to 2023)."));

        // when
        String inThatRole = answerer.answer("How long was she in that role?", history)
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(inThatRole).isEqualTo("Ada was Senior Engineer at Voltaro GmbH for about 2 years (2021 to 2023).");
        assertThat(ask("How long did she work at Voltaro in total?")).contains("5 years");
    }

    @Test
    void should_know_a_title_by_its_initials_and_the_first_role_at_an_employer() {
        // given
        TimelineAnswerer executive = timeline("""
                        ---
                        name: Rowena Castellane
                        pronouns: she/her
                        ---

                        ## Career history

                        ### Chief Financial Officer, Tellwright Distribution plc

                        Jul 2015 – Feb 2019

                        ### Director of Finance, Tellwright Distribution plc

                        2012 – 2015

                        ### Head of Planning, Meriden Packaging plc

                        2007 – 2012
                        """);

        // when
        String cfo = executive
                .answer("How long was Rowena CFO at Tellwright?", List.of())
                .map(Answer::text)
                .orElseThrow();
        String first = executive
                .answer("What was her first job at Tellwright?", List.of())
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(cfo)
                .isEqualTo("Rowena was Chief Financial Officer at Tellwright Distribution plc for 3 years and 8 months"
                        + " (July 2015 to February 2019).");
        assertThat(first).contains("Director of Finance").doesNotContain("Meriden");
    }

    @Test
    void should_list_employers_in_the_order_asked_for_one_employer_once_however_cased() {
        // given
        TimelineAnswerer executive = timeline("""
                        ---
                        name: Rowena Castellane
                        ---

                        ## Career history

                        ### Chief Executive Officer, HALLORAN COLD CHAIN LTD

                        Mar 2019 – Present

                        ### Finance Director, MERIDEN PACKAGING GROUP PLC

                        Jul 2009 – 2012

                        ### Head of Planning, Meriden Packaging Group plc

                        2007 – Jun 2009
                        """);

        // when
        String inOrder = executive
                .answer("List the employers on her CV in order, earliest first.", List.of())
                .map(Answer::text)
                .orElseThrow();
        String newestFirst = executive
                .answer("Which companies has she worked for?", List.of())
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(inOrder)
                .isEqualTo("Rowena's employers, earliest first: Meriden Packaging Group plc (2007–2012);"
                        + " Halloran Cold Chain Ltd (2019–now).");
        assertThat(newestFirst).startsWith("Rowena's employers, most recent first: Halloran Cold Chain Ltd");
    }

    @Test
    void should_say_whether_she_still_works_somewhere_and_where_she_is_now() {
        assertThat(ask("Does she still work at Quillpay?"))
                .isEqualTo("No: Ada left Quillpay in August 2021 and now works as Staff Engineer at Voltaro GmbH.");
        assertThat(ask("Is Ada still at Voltaro?")).isEqualTo("Yes: Ada has been at Voltaro GmbH since 2021.");
    }

    @Test
    void should_list_every_employer_before_one_when_asked_for_companies() {
        assertThat(ask("Which companies did she work for before Voltaro?"))
                .isEqualTo("Before Voltaro GmbH, Ada worked at, earliest first: Brightcart SE (2014–2017);"
                        + " Hochschule Nord (2016–2019); Quillpay (2018–2021).");
        assertThat(ask("Where did she work before Voltaro?")).startsWith("Before Voltaro GmbH, Ada worked at Quillpay");
    }

    @Test
    void should_answer_for_the_current_company_and_a_title_asked_without_its_team() {
        // given
        TimelineAnswerer engineer = timeline("""
                        ---
                        name: Kalani Brightwater
                        pronouns: she/her
                        ---

                        ## Before data engineering

                        ### Data Analyst, Llano Ridge Electric Cooperative

                        Jun 2014 – Jul 2016

                        ## Experience

                        ### Halvorsen Logistics

                        Jan 2021 – Present

                        Staff Data Engineer, Data Platform (Mar 2023 – Present)

                        Senior Data Engineer (Jan 2021 – Feb 2023)
                        """);

        // when
        String current = engineer.answer("How long has she been at her current company?", List.of())
                .map(Answer::text)
                .orElseThrow();
        String promoted = engineer.answer("When did she get promoted to Staff Data Engineer?", List.of())
                .map(Answer::text)
                .orElseThrow();
        String first = engineer.answer("What was her first job?", List.of())
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(current)
                .isEqualTo("Kalani has been at Halvorsen Logistics for 5 years and 10 months, since January 2021.");
        assertThat(promoted).contains("promoted to Staff Data Engineer, Data Platform in March 2023");
        assertThat(first).contains("Llano Ridge Electric Cooperative");
    }

    @Test
    void should_answer_whether_she_was_promoted_at_an_employer() {
        assertThat(ask("Was she promoted at Voltaro?"))
                .isEqualTo(
                        "Ada joined Voltaro GmbH as Senior Engineer in 2021 and was promoted to Staff Engineer in 2023.");
        assertThat(ask("Did she get promoted at Quillpay?"))
                .isEqualTo("The profile lists one title for Ada at Quillpay: Senior Backend Engineer (July 2018 to"
                        + " August 2021).");
    }

    @Test
    void should_leave_a_promotion_to_a_title_to_the_sentences_when_one_title_is_listed_there() {
        // "Joined as Trainee (July 2017) and was promoted to Associate Software Engineer in January 2018" is
        // told in the role's sentences, not in its one title
        assertThat(ask("When was she promoted to Senior Backend Engineer at Quillpay?"))
                .isEqualTo("(no timeline answer)");
    }

    @Test
    void should_answer_whether_a_title_was_ever_held_with_the_roles_that_held_it() {
        TimelineAnswerer builder = timeline("""
                # Ciaran Foley

                ## Career History

                Site Manager – Brennan Construction Ltd, Cork (February 2021 – Present)

                General Foreman – O'Dwyer Civil & Building, Limerick (March 2015 – May 2018)
                """);

        assertThat(builder.answer("Was he ever a general foreman?", List.of()).map(Answer::text))
                .hasValue("Yes: General Foreman at O'Dwyer Civil & Building (March 2015 to May 2018).");
        // a word of a title, not a title: the sentences say
        assertThat(builder.answer("Was he ever a manager?", List.of())).isEmpty();
    }

    @Test
    void should_take_a_year_alone_for_the_question_before_it_asked_again() {
        List<ConversationMemory.Turn> quota = List.of(
                new ConversationMemory.Turn("What percentage of quota did she hit in 2020?", "117% of quota in 2020."));
        List<ConversationMemory.Turn> where = List.of(
                new ConversationMemory.Turn("Where was she working in 2019?", "In 2019, Ada worked at Quillpay."));

        // the quota of 2021, for the sentences; where she worked, when that was the question
        assertThat(answerer.answer("And in 2021?", quota)).isEmpty();
        assertThat(answerer.answer("And in 2022?", where).map(Answer::text))
                .hasValueSatisfying(text -> assertThat(text).startsWith("In 2022, Ada"));
    }

    @Test
    void should_leave_a_promotion_within_a_role_of_two_titles_to_the_sentences_that_date_it() {
        TimelineAnswerer barista = timeline("""
                # Chloe Whitmarsh

                ## Work Experience

                Barista, then Shift Supervisor – The Copper Kettle Café, Loughborough (June 2018 – August 2021)

                - Barista from June 2018; promoted to Shift Supervisor in March 2020
                """);

        // "one title" would be wrong, and the role's dates are not the promotion's
        assertThat(barista.answer("When was she promoted to shift supervisor?", List.of()))
                .isEmpty();
    }

    @Test
    void should_give_the_employer_before_the_current_one_when_asked_for_the_previous_one() {
        assertThat(ask("Who was her previous employer?")).startsWith("Before Voltaro GmbH, Ada worked at Quillpay");
    }

    @Test
    void should_give_the_title_held_before_the_promotion() {
        assertThat(ask("And before she was promoted?"))
                .isEqualTo(
                        "Before becoming Staff Engineer (2023), Ada was Senior Engineer at Voltaro GmbH (2021 to 2023).");
        assertThat(ask("What was her title at Voltaro before she was made staff?"))
                .isEqualTo(
                        "Before becoming Staff Engineer (2023), Ada was Senior Engineer at Voltaro GmbH (2021 to 2023).");
    }

    @Test
    void should_take_the_employer_named_by_more_of_its_words_when_two_share_one() {
        // given: two hospitals with "Valley" in their names
        TimelineAnswerer nurse = timeline("""
                        ---
                        name: Orla Maguire
                        pronouns: she/her
                        ---

                        ## Employment History

                        ### Staff Nurse, Lee Valley University Hospital

                        June 2018 – Present

                        ### Staff Nurse, Royal Brackley Infirmary

                        October 2016 – May 2018

                        ### Staff Nurse, Suir Valley General Hospital

                        September 2014 – September 2016
                        """);

        // when
        String answer = nurse.answer("Where did she work before moving to Lee Valley?", List.of())
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(answer).startsWith("Before Lee Valley University Hospital, Orla worked at Royal Brackley Infirmary");
    }

    @Test
    void should_answer_where_she_worked_in_a_town_or_country_and_for_how_long() {
        // given
        TimelineAnswerer engineer = timeline("""
                        ---
                        name: Thibault Lemaire
                        pronouns: he/him
                        ---

                        ## Professional experience

                        Since Sept. 2021 · Lead Mechanical Engineer · Valdren Hydraulique SAS · Villeurbanne

                        01/2013 – 07/2015 · Mechanical Design Engineer · Atelier Mécanique Brunet & Fils · Grenoble

                        10/2011 – 12/2012 · Mechanical Engineer · Kessler Antriebstechnik GmbH · Stuttgart (Germany)
                        """);

        // when
        String grenoble = engineer.answer("Where did he work in Grenoble?", List.of())
                .map(Answer::text)
                .orElseThrow();
        String germany = engineer.answer("Has he ever worked in Germany?", List.of())
                .map(Answer::text)
                .orElseThrow();
        String howLong = engineer.answer("How long was he in Stuttgart?", List.of())
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(grenoble)
                .isEqualTo(
                        "Thibault worked in Grenoble at Atelier Mécanique Brunet & Fils as Mechanical Design Engineer"
                                + " (January 2013 to July 2015).");
        assertThat(germany).startsWith("Yes: Thibault worked in Stuttgart (Germany) at Kessler Antriebstechnik GmbH");
        assertThat(howLong).startsWith("Thibault was in Stuttgart (Germany) for 1 year and 3 months");
        assertThat(engineer.answer("Has he worked in Spain?", List.of())).isEmpty();
        assertThat(engineer.answer("Was he born in Grenoble?", List.of())).isEmpty();
        assertThat(engineer.answer("Did he study in Stuttgart?", List.of())).isEmpty();
    }

    @Test
    void should_answer_where_she_trained_from_her_education_unless_she_held_a_trainees_post() {
        // given
        String education = """

                ## Education

                BA (Hons) Stage Management, Aldborough Conservatoire of Music & Drama, 2010 – 2013
                """;
        TimelineAnswerer stageManager = timeline("""
                ---
                name: Bethan Alderwick
                pronouns: she/her
                ---

                ## Experience

                Technical Stage Manager – The Corn Exchange, Haddleton · Sept 2022 – present
                """ + education);
        TimelineAnswerer solicitor = timeline("""
                ---
                name: Imogen Hale
                pronouns: she/her
                ---

                ## Experience

                Trainee Solicitor – Pennington Lowe LLP, Leeds · Sept 2012 – Aug 2014
                """ + education);

        // when
        Optional<Answer> trained = stageManager.answer("OK. Where did she train?", List.of());

        // then
        assertThat(trained)
                .map(Answer::text)
                .hasValueSatisfying(text -> assertThat(text).contains("Aldborough Conservatoire"));
        assertThat(solicitor.answer("Where did she train?", List.of())).isEmpty();
    }

    @Test
    void should_give_the_role_before_a_move_to_the_place_the_question_names() {
        // given
        TimelineAnswerer engineer = timeline("""
                        ---
                        name: Thibault Lemaire
                        pronouns: he/him
                        ---

                        ## Professional experience

                        Since Sept. 2021 · Lead Mechanical Engineer · Valdren Hydraulique SAS · Villeurbanne

                        01/2016 – 07/2021 · Mechanical Design Engineer · Atelier Mécanique Brunet & Fils · Grenoble

                        10/2011 – 12/2015 · Mechanical Engineer · Kessler Antriebstechnik GmbH · Stuttgart (Germany)
                        """);

        // when
        String beforeGrenoble = engineer.answer("Where did he work before moving to Grenoble?", List.of())
                .map(Answer::text)
                .orElseThrow();

        String beforeTheAtelier = engineer.answer("Where did he work before the Atelier?", List.of())
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(beforeGrenoble).contains("Kessler Antriebstechnik").doesNotContain("Valdren");
        assertThat(beforeTheAtelier).contains("Kessler Antriebstechnik");
        // a career that began there had no move there; a move back names no stint
        assertThat(engineer.answer("Where did he work before moving to Stuttgart?", List.of())
                        .map(Answer::text)
                        .orElse("(left to retrieval)"))
                .doesNotContain("earliest role");
        assertThat(engineer.answer("Where did he work before moving back to Grenoble?", List.of())
                        .map(Answer::text)
                        .orElse("(left to retrieval)"))
                .doesNotContain("earliest role");
    }

    @Test
    void should_give_the_title_before_the_promotion_the_question_names() {
        // given
        TimelineAnswerer analyst = timeline("""
                        ---
                        name: Jane Doe
                        pronouns: she/her
                        ---

                        ## Experience

                        ### Acme Ltd

                        Vice President (2021–present)

                        Director (2018–2021)

                        Senior Analyst (2014–2018)
                        """);

        // when
        String answer = analyst.answer("What was she before she was promoted to Director?", List.of())
                .map(Answer::text)
                .orElseThrow();

        // then
        assertThat(answer).contains("Senior Analyst").doesNotContain("Vice President");
    }

    @Test
    void should_answer_the_previous_role_there_with_the_title_held_before_at_the_same_employer() {
        TimelineAnswerer career = timeline("""
                # Robin Achterberg

                ## Experience

                ### Group Product Manager, Fernhollow
                Jan 2024 – present

                ### Senior Product Manager, Fernhollow
                Apr 2022 – Dec 2023

                ### Product Manager, Trailmark Software
                Jun 2019 – Mar 2022
                """);
        List<ConversationMemory.Turn> now = List.of(new ConversationMemory.Turn(
                "Where does Robin work now?",
                "Robin currently works at Fernhollow as Group Product Manager, since January 2024."));

        assertThat(career.answer("What was their previous role there?", now)
                        .map(Answer::text)
                        .orElse(""))
                .contains("Senior Product Manager");
        assertThat(career.answer("What was her previous role at Fernhollow?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Senior Product Manager");
        assertThat(career.answer("What was their title before the Group PM role?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Senior Product Manager");
    }

    @Test
    void should_answer_where_a_training_post_was_done_by_the_post_the_question_names() {
        TimelineAnswerer career = timeline("""
                # Miriam Castellanos

                ## Experience

                ### Associate Professor of Medicine, Lakeshore University School of Medicine
                2022 – present

                ### Associate Program Director, Pulmonary Fellowship Program
                2022 – present

                ### Clinical and Research Fellow, Cascadia University Medical Center
                2013 – 2016

                ### Resident, Internal Medicine, Great Lakes Presbyterian Hospital
                2010 – 2012
                """);

        assertThat(career.answer("Where did she do her fellowship?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Cascadia University Medical Center");
        assertThat(career.answer("Where did she do her internal medicine residency?", List.of())
                        .map(Answer::text)
                        .orElse(""))
                .contains("Great Lakes Presbyterian Hospital");
    }

    /** An answerer over a Markdown résumé, given the passages of its summary sections as the summary. */
    private static TimelineAnswerer withSummary(String resume) {
        ProfileDocument document = new MarkdownParser().parse("resume.md", resume);
        return new TimelineAnswerer(
                profile(resume),
                new PassageSplitter(800)
                        .split(document).stream()
                                .filter(p -> p.sectionPath().stream().anyMatch(Profile::isSummarySection))
                                .toList(),
                Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC),
                600);
    }
}
