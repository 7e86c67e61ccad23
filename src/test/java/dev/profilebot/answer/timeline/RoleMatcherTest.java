package dev.profilebot.answer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.DateRange;
import dev.profilebot.profile.facts.FactSource;
import dev.profilebot.profile.facts.ProfileDate;
import dev.profilebot.profile.facts.Role;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleMatcherTest {

    private static Role role(String organization, String title) {
        return new Role(
                organization,
                title,
                Optional.empty(),
                DateRange.since(ProfileDate.of(YearMonth.of(2020, 4))),
                false,
                new FactSource("cv.md", List.of("Experience")));
    }

    @Test
    void should_name_a_title_by_every_word_of_it_in_any_order_when_it_has_three() {
        Role specialist = role("Mid-Pennine Teaching Hospitals", "Specialist Pharmacist – Cardiology");
        Role developer = role("Greyhaven Mutual Assurance", "Senior C# Developer");

        assertThat(RoleMatcher.namesTitle("When did she become a specialist cardiology pharmacist?", specialist))
                .isTrue();
        // two words are said of too many titles
        assertThat(RoleMatcher.namesTitle("When did he become a senior developer at Sandpiper?", developer))
                .isFalse();
    }

    @Test
    void should_not_name_an_employer_by_the_field_a_question_ends_in() {
        Role lantern = role("Lantern Works Architecture", "Associate Architect");
        Role pellow = role("Pellow Grange Architects", "Architectural Assistant");

        assertThat(RoleMatcher.namesOrganization("What was his first job in architecture?", lantern))
                .isFalse();
        assertThat(RoleMatcher.namedOutright("What was his first job in architecture?", List.of(pellow, lantern)))
                .isEmpty();
        assertThat(RoleMatcher.named("When did he start at Lantern Works Architecture?", List.of(pellow, lantern)))
                .containsExactly(lantern);
        assertThat(RoleMatcher.namesOrganization("Which projects did he lead at lantern?", lantern))
                .isTrue();
    }

    @Test
    void should_name_an_agency_by_the_initials_of_a_part_of_its_name() {
        Role va = role("Department of Veterans Affairs, Office of Information and Technology", "IT Specialist");
        Role irs =
                role("Department of the Treasury, Internal Revenue Service, Information Technology", "IT Specialist");

        assertThat(RoleMatcher.named("When did she start at the VA?", List.of(irs, va)))
                .containsExactly(va);
        assertThat(RoleMatcher.named("Where did she work before the IRS?", List.of(irs, va)))
                .containsExactly(irs);
        // two capitals not after "the" are as likely a state's code
        assertThat(RoleMatcher.namesOrganization("Has she worked in VA?", va)).isFalse();
    }

    @Test
    void should_name_a_title_by_the_post_it_holds() {
        assertThat(RoleMatcher.namesTitle(
                        "When did he finish his apprenticeship?", role("J. Hartley & Sons", "Apprentice Plumber")))
                .isTrue();
        assertThat(RoleMatcher.namesTitle("How long was her internship?", role("Lindhoff", "Marketing Intern")))
                .isTrue();
        Role webIntern = role("Nexora Infotech", "Web Development Intern");
        Role mlIntern = role("Brightpath Analytics", "Machine Learning Intern");
        assertThat(RoleMatcher.named("how long was her ML internship", List.of(webIntern, mlIntern)))
                .containsExactly(mlIntern);
        assertThat(RoleMatcher.namesTitle(
                        "When did he finish his apprenticeship?", role("J. Hartley & Sons", "Plumbing Engineer")))
                .isFalse();
    }

    @Test
    void should_name_a_title_by_the_work_it_names_but_not_by_work_every_title_shares() {
        assertThat(RoleMatcher.namesTitle("When did he start dispatching?", role("Ozark Ridge", "Dispatcher")))
                .isTrue();
        assertThat(RoleMatcher.namesTitle("Since when has she been lecturing?", role("Taff Vale", "Lecturer")))
                .isTrue();
        assertThat(RoleMatcher.namesTitle("Since when has he been managing?", role("Brightline", "Product Manager")))
                .isFalse();
    }

    @Test
    void should_name_a_title_by_the_initials_of_some_of_its_words() {
        Role group = role("Fernhollow", "Group Product Manager");
        Role senior = role("Fernhollow", "Senior Product Manager");

        assertThat(RoleMatcher.namesTitle("What was their title before the Group PM role?", group))
                .isTrue();
        assertThat(RoleMatcher.namesTitle("What was their title before the Group PM role?", senior))
                .isFalse();
        assertThat(RoleMatcher.named("What was their title before the Group PM role?", List.of(senior, group)))
                .containsExactly(group);
    }

    @Test
    void should_name_a_title_by_the_short_forms_people_type_for_its_words() {
        Role associate = role("University of Michigan School of Public Health", "Associate Professor");
        Role faculty = role("Population Studies Center", "Faculty Associate");
        Role research = role("Southeastern Rural Health Collaborative", "Research Associate");

        assertThat(RoleMatcher.named("When did she become associate prof?", List.of(research, faculty, associate)))
                .first()
                .isEqualTo(associate);
        assertThat(RoleMatcher.namesTitle("When did she become associate prof?", associate))
                .isTrue();
        assertThat(RoleMatcher.namesTitle("When did she become associate prof?", faculty))
                .isFalse();
    }

    @Test
    void should_know_an_employer_written_in_cyrillic_by_its_name_in_latin_letters() {
        Role tengiz = role("Тенгизшевройл", "Ведущий инженер-технолог");

        assertThat(RoleMatcher.namesOrganization("When did Arman join Tengizchevroil?", tengiz))
                .isTrue();
        assertThat(RoleMatcher.namesOrganization("When did Arman join Karachaganak?", tengiz))
                .isFalse();
    }
}
