package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleTest {

    private static Role at(String organization) {
        return new Role(
                organization,
                "Stage Manager",
                Optional.empty(),
                DateRange.between(ProfileDate.of(2016), ProfileDate.of(2017)),
                false,
                new FactSource("cv.docx", List.of("Experience")));
    }

    @Test
    void should_take_an_employer_with_its_town_for_the_same_place_as_without() {
        assertThat(at("Merrow Arts Centre, Castlebridge").samePlaceAs(at("Merrow Arts Centre")))
                .isTrue();
        assertThat(at("Merrow Arts Centre").samePlaceAs(at("Merrow Arts Centre, Castlebridge")))
                .isTrue();
        assertThat(at("Harrowgate Markets, Inc.").samePlaceAs(at("Harrowgate Markets, Store #0412")))
                .isTrue();
        assertThat(at("Merrow Arts Centre").samePlaceAs(at("Merrow Arts"))).isFalse();
        assertThat(at("Merrow Arts Centre").samePlaceAs(at(""))).isFalse();
    }
}
