package dev.profilebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.privacy.PrivateDetailRedactor.Removed;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PrivacyGuardTest {

    private static final List<Removed> WITHHELD = List.of(
            new Removed(PrivateDetail.PHONE, "+1 507 513 1101"),
            new Removed(PrivateDetail.ADDRESS, "1601 5th Ave NW."),
            new Removed(PrivateDetail.ADDRESS, "55901"));

    private final PrivacyGuard guard = new PrivacyGuard(new PrivateDetailRedactor(Set.of()), WITHHELD, Set.of());

    @Test
    void should_withhold_a_phone_number_a_model_writes_in_full_or_in_part() {
        assertThat(guard.guard("Call him on +1 (507) 513-1101."))
                .doesNotContain("513")
                .contains("[withheld]");
        assertThat(guard.guard("The digits after 507 are 513 1101.")).doesNotContain("513 1101", "1101");
        assertThat(guard.guard("His number ends in 5131101")).doesNotContain("5131101");
    }

    @Test
    void should_withhold_the_street_however_it_is_written() {
        assertThat(guard.guard("He lives at 1601 5th Ave NW, Rochester.")).doesNotContain("1601", "5th Ave");
        assertThat(guard.guard("He lives on 5th Avenue NW in Rochester, 55901."))
                .doesNotContain("5th Avenue", "55901")
                .contains("Rochester");
    }

    @Test
    void should_leave_a_schools_name_alone_that_a_withheld_address_of_a_referee_begins_with() {
        PrivacyGuard referee = new PrivacyGuard(
                new PrivateDetailRedactor(Set.of()),
                List.of(
                        new Removed(PrivateDetail.ADDRESS, "St. Louis Senior High School, P. O. Box 3041, Kumasi"),
                        new Removed(PrivateDetail.ADDRESS, "Hse. No. 14, Osei Kwadwo Street, Santasi")),
                Set.of());

        assertThat(referee.guard("She teaches at St. Louis Senior High School, Kumasi."))
                .isEqualTo("She teaches at St. Louis Senior High School, Kumasi.");
        assertThat(referee.guard("She lives on Osei Kwadwo Street.")).doesNotContain("Kwadwo Street");
    }

    @Test
    void should_leave_ordinary_answers_alone() {
        String answer = "Canonical: May 2019 to July 2023. Served 5k req/s to hundreds of millions of devices.";

        assertThat(guard.guard(answer)).isEqualTo(answer);
    }

    @Test
    void should_leave_an_answer_whole_when_a_withheld_value_is_blank() {
        PrivacyGuard blank = new PrivacyGuard(
                new PrivateDetailRedactor(Set.of()),
                List.of(new Removed(PrivateDetail.BIRTH_DATE, ""), new Removed(PrivateDetail.ADDRESS, " ")),
                Set.of());
        String answer = "He manages the Kubwa road project.";

        assertThat(blank.guard(answer)).isEqualTo(answer);
    }

    @Test
    void should_leave_the_number_of_a_withheld_age_in_the_facts_it_also_counts() {
        PrivacyGuard aged = new PrivacyGuard(
                new PrivateDetailRedactor(Set.of()),
                List.of(
                        new Removed(PrivateDetail.BIRTH_DATE, "August 23, 1992"),
                        new Removed(PrivateDetail.BIRTH_DATE, "32")),
                Set.of());

        assertThat(aged.guard("Replaced the IP-VPN with SD-WAN on a Palo Alto PA-3220; reduced WAN costs by 32%."))
                .contains("PA-3220", "by 32%");
        assertThat(aged.guard("She was born on August 23, 1992.")).doesNotContain("August 23, 1992");
    }

    @Test
    void should_let_through_what_the_owner_chose_to_disclose() {
        PrivacyGuard disclosing = new PrivacyGuard(
                new PrivateDetailRedactor(Set.of(PrivateDetail.PHONE)), WITHHELD, Set.of(PrivateDetail.PHONE));

        assertThat(disclosing.guard("Call +1 507 513 1101.")).contains("+1 507 513 1101");
    }

    @Property
    void should_never_let_the_withheld_number_through(@ForAll @IntRange(min = 0, max = 3) int style) {
        String[] styles = {"+1 507 513 1101", "507.513.1101", "(507) 513-1101", "15075131101"};

        String guarded = guard.guard("Sure, it's " + styles[style] + ", call any time.");

        assertThat(guarded.replaceAll("\\D", "")).isEmpty();
    }
}
