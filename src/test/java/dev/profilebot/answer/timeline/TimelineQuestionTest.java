package dev.profilebot.answer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineQuestionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Where does she work now? | CURRENT",
                "what's her current designation | CURRENT",
                "Which company is he at currently? | CURRENT",
                "What was her first job? | FIRST",
                "What was his first title at Indeed? | FIRST",
                "Where did she start her accountancy career? | FIRST",
                "Where was she working in 2016? | IN_YEAR",
                "Where did she work in 2016? | IN_YEAR",
                "Where was she in 2016? | IN_YEAR",
                "What was she up to between 2017 and 2019? | IN_YEAR",
                "Who did he work for before SmartNews? | BEFORE",
                "What was she doing before? | BEFORE",
                "How long was her postdoc? | HOW_LONG",
                "Where did she go next? | AFTER",
                "When did she join Voltaro? | STARTED",
                "When did it end? | LEFT",
                "How long was she there? | HOW_LONG",
                "Which companies has she worked for? | EMPLOYERS",
                "List the places Hannah has worked. | EMPLOYERS",
                "Are there any gaps in her employment history? | GAPS",
                "Roughly how many years of experience does he have? | EXPERIENCE",
                "Where did she do her master's? | EDUCATION",
                "Different topic - where did she do her undergrad? | EDUCATION",
                "OK. Switching gears: where did she study? | EDUCATION",
                "OK. Where did she train? | EDUCATION",
                "What is Jasmine studying, and where? | EDUCATION",
                "Where is he studying now? | EDUCATION",
                "Which university did she get her teaching degree from? | EDUCATION",
                "Has she ever lived or worked abroad? | PLACES",
                "What's his trade qualification? | EDUCATION",
                "What qualifications does he have? | EDUCATION",
                "Where did Bethan do her PGCE? | EDUCATION",
                "Where did Hannah train as a nurse? | EDUCATION",
                "Where is Niamh studying? | EDUCATION",
                "When did he finish his B.S.? | EDUCATION",
                "When did she start university? | EDUCATION",
                "What's his role at Helvetia? | TITLE",
                "What was Sofia's role at Prima Industrie? | TITLE",
                "And what was her title there? | TITLE",
                "Who is Niamh Castellan working for right now? | CURRENT",
                "Who is Marcus contracting for at the moment? | CURRENT",
                "What does Marisol do at Tallowood now? | CURRENT",
                "Who is she consulting for now? | CURRENT",
                "Where's Dean posted at the moment? | CURRENT",
                "What is Lorna's job at the moment? | CURRENT",
                "What rank is he now? | CURRENT",
                "what band is he on now | CURRENT",
                "Which NHS trust is he with at the moment? | CURRENT",
                "What band was that? | TITLE",
                "What's his actual job in the current unit? | CURRENT",
                "When did he take up his current post? | STARTED",
                "What rank was he in that job? | TITLE",
                "Who's she working for at the moment? | CURRENT",
                "Who is Siobhán flying for at the moment, and in what role? | CURRENT",
                "What was her job title when she first joined Halvergate, and when was that? | TITLE",
                "OK. What was his title when he left them? | TITLE",
                "What is Jonah Oyelaran doing at the moment? | CURRENT",
                "Where is Danielle on assignment right now? | CURRENT",
                "Where is Gideon contracting at the moment? | CURRENT",
                "Who's Oskar's current client? | CURRENT",
                "Which client is Niamh on at the moment? | CURRENT",
                "Which clients is he working for at the moment? | CURRENT",
                "What was her first job at Tellwright? | FIRST",
                "Does he still work at Harbourline Ferries? | STILL_THERE",
                "How long was the Quillon Energy contract? | HOW_LONG",
                "How long did the Kitewing internship last? | HOW_LONG",
                "How long was she head of department at Thornwick Fields Academy? | HOW_LONG",
                "How long has she been at her current company? | HOW_LONG",
                "List every company Kalani has worked for, oldest first. | EMPLOYERS",
                "Did she go on to graduate school? | EDUCATION",
                "Did Jonah have a job while studying? | DURING_STUDIES",
                "When did he join the classification team at Acme? | STARTED",
                "What does Ruairi Penhaligon do now? | CURRENT",
                "From when to when did he work at Nandi Softlabs? | STARTED",
                "What were her start and end dates at Bluebonnet Mutual Insurance? | STARTED",
                "Who is she employed by at the moment? | CURRENT",
                "How long was she a Key Account Manager before her promotion? | HOW_LONG",
                "Which agency does he work for now? | CURRENT",
                "Which hospital does she work at? | CURRENT",
                "Which hotel is she working at? | CURRENT",
                "When was she at Helixpoint? | STARTED",
                "What store is he employed at now? | CURRENT",
                "Where did she go to hotel school? | EDUCATION",
                "Where did he go to drama school? | EDUCATION",
                "What year did he graduate? | EDUCATION",
                "What year did Miriam Castellanos-Whitby get her MD? | EDUCATION",
                "Which medical school did she graduate from? | EDUCATION",
                "Which uni did he graduate from? | EDUCATION",
                "Where did she get her MPH? | EDUCATION",
                "What airline is she with? | CURRENT",
                "Which airline does she fly for now? | CURRENT",
                "Where does he work? | CURRENT",
                "Where does Ruben work? | CURRENT",
                "Was she promoted there? | STARTED",
                "Did he get promoted at Acme? | STARTED",
            })
    void should_recognise_questions_about_the_career(String question, TimelineQuestion.Kind kind) {
        assertThat(TimelineQuestion.of(question)).map(TimelineQuestion::kind).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What talks did she give in 2019?",
                "What did he do as the company Master Driver?",
                "Is she a certified Scrum Master?",
                "Where did she rank nationally in 2023?",
                "Ever worked with Kafka before?",
                "Which degree did he get before?",
                "What did she publish in 2021?",
                "How many years experience does he have in Python?",
                "What is her overall experience with cloud platforms?",
                "Does she have any skill gaps?",
                "What roles is she open to?",
                "Which companies use her open-source library?",
                "Did she meet the timeline on the Apollo project?",
                "Is she working remotely?",
                "Why does she want to leave her current job?",
                "Which agency is her current assignment through?",
                "Is his current contract inside or outside IR35?",
                "What languages does she work with right now?",
                "What was her first blog post?",
                "How long did the Acme migration take?",
                "What did she learn following the Acme outage?",
                "What degree of autonomy did she have at Acme?",
                "Did she collaborate with any university?",
                "What did she build at her current company?",
                "What was his role in the migration project at Acme?",
                "Which school did he teach at in Leeds?",
                "What is the team doing to cut costs?",
                "Which client did she build the feature store for?",
                "How long did his release pipeline at Greyfriars take to ship a release?",
                "What was her GPA?",
                "How long has he been using Terraform at Acme?",
                "How long was she on the Atlas project with Acme?",
                "List all organisations she volunteers with",
                "How much annual spend does she look after at Caldwyck?",
                "How many people report to her in her current job?",
                "What size of budget does she look after in her current job?",
                "When was he named Supervisor of the Year?",
                "How many rooms does her current hotel have?",
                "How many MPH students has she mentored?",
                "how many patients did she take per shift on med surg",
                "What happened to sign-up drop-off after she redesigned Finlo's onboarding?",
                "Did she do an exchange semester abroad during her studies?",
            })
    void should_leave_other_questions_to_retrieval(String question) {
        assertThat(TimelineQuestion.of(question)).isEmpty();
    }

    @Test
    void should_ask_for_the_current_employer_by_the_kind_of_employer() {
        assertThat(TimelineQuestion.of("Which trust employs her?").map(TimelineQuestion::kind))
                .contains(TimelineQuestion.Kind.CURRENT);
        assertThat(TimelineQuestion.of("Which company employs him now?").map(TimelineQuestion::kind))
                .contains(TimelineQuestion.Kind.CURRENT);
        assertThat(TimelineQuestion.of("Where is Abena teaching now?").map(TimelineQuestion::kind))
                .contains(TimelineQuestion.Kind.CURRENT);
    }

    @Test
    void should_ask_for_the_grade_of_a_degree_of_the_level_it_names() {
        assertThat(TimelineQuestion.of("What was her GPA for the master's?").map(TimelineQuestion::kind))
                .contains(TimelineQuestion.Kind.DEGREE_GRADE);
        assertThat(TimelineQuestion.of("What grades has she taught since her master's?")
                        .map(TimelineQuestion::kind))
                .isNotEqualTo(Optional.of(TimelineQuestion.Kind.DEGREE_GRADE));
        assertThat(TimelineQuestion.of("what grade did he get for his bachelor's degree?")
                        .map(TimelineQuestion::kind))
                .contains(TimelineQuestion.Kind.DEGREE_GRADE);
        assertThat(TimelineQuestion.of("What classification did he get in his degree?")
                        .map(TimelineQuestion::kind))
                .contains(TimelineQuestion.Kind.DEGREE_GRADE);
        assertThat(TimelineQuestion.of("What grade did he get in GCSE maths?").map(TimelineQuestion::kind))
                .isNotEqualTo(Optional.of(TimelineQuestion.Kind.DEGREE_GRADE));
    }
}
