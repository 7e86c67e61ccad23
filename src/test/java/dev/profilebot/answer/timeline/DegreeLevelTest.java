package dev.profilebot.answer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.Education;
import dev.profilebot.profile.facts.FactSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DegreeLevelTest {

    private static Education studied(String degree, String field, String institution) {
        return new Education(
                institution,
                degree,
                Optional.of(field).filter(f -> !f.isEmpty()),
                Optional.empty(),
                new FactSource("cv.docx", List.of()));
    }

    private static Education degree(String name) {
        return new Education(
                "A University", name, Optional.empty(), Optional.empty(), new FactSource("cv.md", List.of()));
    }

    @Test
    void should_take_the_class_of_a_degree_for_its_grade_and_the_class_of_a_licence_for_none() {
        assertThat(DegreeLevel.ASKS_GRADE
                        .matcher("What class of degree did she get?")
                        .find())
                .isTrue();
        assertThat(DegreeLevel.ASKS_GRADE
                        .matcher("What class of CDL does Darnell hold?")
                        .find())
                .isFalse();
        assertThat(DegreeLevel.ASKS_GRADE
                        .matcher("Which class of driver's licence does he have?")
                        .find())
                .isFalse();
    }

    @Test
    void should_find_an_executive_mba_and_not_take_a_bachelors_in_business_administration_for_one() {
        assertThat(DegreeLevel.narrow("Does she have an MBA?", List.of(degree("Executive MBA"), degree("BSc Physics")))
                        .entries())
                .extracting(Education::degree)
                .containsExactly("Executive MBA");
        DegreeLevel.Narrowed bachelor =
                DegreeLevel.narrow("Does she have an MBA?", List.of(degree("BSc Business Administration")));
        assertThat(bachelor.missing()).contains("an MBA");
    }

    @Test
    void should_say_no_school_is_named_when_only_degrees_are_and_not_when_a_school_is() {
        List<Education> degrees = List.of(
                studied("M.Sc.", "Computer Science", "Technische Universität Berlin"),
                studied("B.Sc.", "Computer Science", "AGH University of Science and Technology"));
        assertThat(DegreeLevel.narrow("Which high school did he go to?", degrees)
                        .missing())
                .contains("a school before university");
        List<Education> withSchool = List.of(
                studied("BSc", "Civil Engineering", "University of the Witwatersrand"),
                studied("", "", "Parktown High School for Girls"));
        assertThat(DegreeLevel.narrow("Which high school did she go to?", withSchool)
                        .missing())
                .isEmpty();
    }

    @Test
    void should_not_say_a_level_is_missing_when_a_degree_is_not_recognised() {
        assertThat(DegreeLevel.narrow("Where did he do his bachelor's?", List.of(degree("Diplom-Informatiker")))
                        .missing())
                .isEmpty();
        assertThat(DegreeLevel.narrow("Where did he do his master's?", List.of(degree("BSc Software"), degree("")))
                        .missing())
                .contains("a master's degree");
    }

    @Test
    void should_say_a_level_is_missing_beside_school_leaving_and_teaching_certificates() {
        assertThat(DegreeLevel.narrow(
                                "Has Tobias got a PhD?",
                                List.of(
                                        degree("Abitur"),
                                        degree("Bachelor of Engineering"),
                                        degree("Master of Science")))
                        .missing())
                .contains("a doctorate");
        assertThat(DegreeLevel.narrow(
                                "Has Helen got a master's degree?",
                                List.of(degree("PGCE Primary with QTS"), degree("BA English Literature")))
                        .missing())
                .contains("a master's degree");
        assertThat(DegreeLevel.narrow(
                                "Does Andre have a master's degree?",
                                List.of(degree("Bachelor of Science"), degree("Associate of Applied Science")))
                        .missing())
                .contains("a master's degree");
        assertThat(DegreeLevel.narrow(
                                "When did he finish his B.S.?",
                                List.of(degree("Bachelor of Science"), degree("Associate of Applied Science")))
                        .entries())
                .extracting(Education::degree)
                .containsExactly("Bachelor of Science");
        // a diploma may be a master's: not said to be missing
        assertThat(DegreeLevel.narrow("Has he got a master's?", List.of(degree("Diplom-Ingenieur"), degree("Abitur")))
                        .missing())
                .isEmpty();
    }

    @Test
    void should_narrow_to_the_qualification_or_the_subject_a_question_names() {
        Education pgce = studied("PGCE", "Secondary Geography", "Leeds Trinity University");
        Education ba = studied("BA", "Geography", "University of Sheffield");
        Education nursing = studied("BSc", "Nursing", "Lunesdale University");
        Education alevels = studied("A-levels", "", "Kendal Road Sixth Form College");

        assertThat(DegreeLevel.narrow("Where did Bethan do her PGCE?", List.of(pgce, ba))
                        .entries())
                .containsExactly(pgce);
        assertThat(DegreeLevel.narrow("Where did Hannah train as a nurse?", List.of(nursing, alevels))
                        .entries())
                .containsExactly(nursing);
        // a word both degrees share narrows nothing; a question naming none keeps them all
        assertThat(DegreeLevel.narrow("Where did she study geography?", List.of(pgce, ba))
                        .entries())
                .containsExactly(pgce, ba);
        assertThat(DegreeLevel.narrow("Where did she study?", List.of(nursing, alevels))
                        .entries())
                .containsExactly(nursing, alevels);
    }
}
