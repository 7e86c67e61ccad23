package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maya Lindqvist | Maya",
                "Trần Quốc Bảo | Trần Quốc Bảo",
                "Nguyen Minh Khoa | Nguyen Minh Khoa",
                "Kim Min-jun | Kim Min-jun",
                "Le Roux | Le",
                "Tran Hale | Tran",
            })
    void should_call_a_person_by_the_first_name_or_by_the_whole_name_when_the_family_name_comes_first(
            String name, String calledBy) {
        assertThat(Identity.firstNameOf(name)).isEqualTo(calledBy);
    }
}
