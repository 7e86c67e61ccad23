package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestApplication;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline answers on a veteran's résumé that names the service once, with its dates and no post ("UNITED STATES
 * ARMY — Active Duty, Jun 2008 – Aug 2022"), over the posts held in it, each title dated over its unit.
 */
class ServiceOverPostsAnswersTest {

    private static final String CV = """
            # Renee Castellano

            ## Professional Experience

            Operations Manager, Coastal Freight Logistics, Inc., Pooler, GA · Sep 2022 – Present

            - Lead 6 shift supervisors and about 95 hourly associates.

            UNITED STATES ARMY — Active Duty, Jun 2008 – Aug 2022

            Logistics Officer (Captain), 3rd Sustainment Brigade, Fort Stewart, GA · Jul 2019 – Aug 2022

            - Accountable for a $62M property book of 4,800 line items.

            Distribution Platoon Leader · Dec 2013 – May 2016

            530th Combat Sustainment Support Battalion, Fort Bragg, NC

            - Led a 38-Soldier distribution platoon.
            - As Executive Officer (Aug 2015 – May 2016), managed $18M of equipment for a 160-Soldier company.

            Automated Logistical Specialist · Nov 2008 – Apr 2013

            407th Brigade Support Battalion, 82nd Airborne Division, Fort Bragg, NC

            - Processed 1,500+ receipts a month at 99% accuracy.
            """;

    @TempDir
    static Path folder;

    private static AnswerService answers;

    @BeforeAll
    static void start() throws IOException {
        answers = TestApplication.over(folder, "resume.md", CV, "she/her").answers();
    }

    @Test
    void should_name_the_posts_held_in_the_service_first_to_last() {
        String answer = answers.answer("What was her first job in the Army?").text();

        assertThat(answer)
                .contains("United States Army")
                .contains("Automated Logistical Specialist at 407th Brigade Support Battalion (2008–2013)")
                .contains("Logistics Officer (Captain) at 3rd Sustainment Brigade (2019–2022)")
                .doesNotContain("as  in")
                .doesNotContain("As Executive Officer");
        assertThat(answer.indexOf("Automated Logistical Specialist"))
                .isLessThan(answer.indexOf("Distribution Platoon Leader"));
    }
}
