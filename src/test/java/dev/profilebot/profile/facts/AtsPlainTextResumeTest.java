package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.PlainTextParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A plain-text résumé made for pasting into applicant-tracking systems: each entry's header ruled off from its
 * duties by a line of dashes, a header of contact lines with a clearance "inactive since" a year, and an employer's
 * two headers told again as titles with their own dates, one of them shortened.
 */
class AtsPlainTextResumeTest {

    private static final String RESUME = """
            MARCUS J. PRUITT
            linkedin.com/in/marcuspruitt-sre | github.com/mpruitt-ops
            U.S. Army Veteran | Security Clearance: Secret (inactive since 2013)


            PROFESSIONAL EXPERIENCE
            =======================

            Bluebonnet Health Analytics, Austin TX -- Senior Site Reliability Engineer -- 01/2022 to Present
            Bluebonnet Health Analytics, Austin TX -- Site Reliability Engineer -- 06/2018 to 12/2021
            ---------------------------------------------------------------------------------------------
            (SaaS platform for hospital readmission analytics; ~450 employees)

            Senior SRE (01/2022 - Present)
            * Lead the 9-person SRE on-call rotation

            Site Reliability Engineer (06/2018 - 12/2021)
            * Replaced Nagios with Prometheus/Grafana/Alertmanager

            Austin Community College, Austin TX -- Adjunct Instructor (part-time, evenings) -- 08/2019 to 05/2021
            ---------------------------------------------------------------------------------------------
            - Taught "Linux Fundamentals" evening section, 4 semesters

            USAA, San Antonio TX -- Linux Systems Administrator II -- 06/2016 to 05/2018
            ---------------------------------------------------------------------------------------------
            - Maintained Puppet code base and Red Hat Satellite 6
            """;

    @Test
    void should_read_each_ruled_off_entry_once_and_no_contact_line_as_a_post() {
        StructuredProfile profile = new StructuredProfileReader(Optional.empty(), Optional.empty())
                .read(List.of(new PlainTextParser().parse("resume.txt", RESUME)));

        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "USAA | Linux Systems Administrator II | June 2016 to May 2018",
                        "Bluebonnet Health Analytics | Site Reliability Engineer | June 2018 to December 2021",
                        "Austin Community College | Adjunct Instructor | August 2019 to May 2021",
                        "Bluebonnet Health Analytics | Senior Site Reliability Engineer | January 2022 to present");
    }

    @Test
    void should_take_a_title_with_some_words_as_initials_for_the_whole_title() {
        assertThat(StructuredProfileReader.abbreviates("Senior SRE", "Senior Site Reliability Engineer"))
                .isTrue();
        assertThat(StructuredProfileReader.abbreviates("Senior SRE", "Senior Software Engineer"))
                .isFalse();
    }
}
