package dev.profilebot.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.profile.Profile;
import dev.profilebot.retrieval.ProfileAnalyzer;
import dev.profilebot.testing.TestProfiles;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a recruiter must not be misled by, on one corpus profile (a data analyst who uses SQL,
 * Python and dbt, whose notes say "I'd like to mentor junior analysts" and who is treasurer of a
 * community allotment).
 */
class JobMatcherTest {

    private static final JobMatcher OWEN = matcher("owen-brannigan-career-change");

    @Test
    void should_need_both_skills_joined_by_and() {
        assertThat(status("- Experience with Python and machine learning"))
                .isEqualTo("partial: Python, not machine learning");
        assertThat(status("- Experience with dbt and stream processing")).startsWith("partial");
        assertThat(status("- Experience with Python and pandas")).isEqualTo("met");
    }

    @Test
    void should_not_read_a_slash_or_an_example_as_a_choice() {
        assertThat(status("- Experience with Kafka, Kubernetes and CI/CD pipelines"))
                .isEqualTo("missing");
        assertThat(status("- Experience with Kafka and Kubernetes, e.g. on AWS"))
                .isEqualTo("missing");
        assertThat(status("- Experience with Python, Go or Rust")).isEqualTo("met");
    }

    @Test
    void should_not_take_a_wish_or_a_word_with_the_same_stem_for_evidence() {
        assertThat(status("- Experience mentoring junior analysts")).isEqualTo("missing");
        MatchReport report = OWEN.match(JobDescription.parse("- Excellent communication skills\n- Strong SQL skills"));
        assertThat(report.requirements().get(0).evidence())
                .noneMatch(e -> e.quote().contains("Community Allotments"));
    }

    @Test
    void should_not_join_plain_words_found_in_different_sentences() {
        assertThat(status("- Experience leading a team on shift")).doesNotStartWith("met");
    }

    @Test
    void should_keep_short_requirement_lines_and_skip_the_blurb_under_about_the_job() {
        JobDescription description = JobDescription.parse("""
                About the job
                Join our fast-growing team!

                Requirements
                Strong SQL skills
                Experience with Kafka and Kubernetes
                """);

        assertThat(description.requirements())
                .extracting(Requirement::text)
                .containsExactly("Strong SQL skills", "Experience with Kafka and Kubernetes");
    }

    @Test
    void should_read_a_list_whose_line_breaks_were_lost_and_answer_a_long_question_as_a_question() {
        assertThat(JobDescription.parse(
                                "Requirements • 5+ years of Python • Experience with Django • Strong SQL skills")
                        .requirements())
                .extracting(Requirement::text)
                .containsExactly("5+ years of Python", "Experience with Django", "Strong SQL skills");
        String question = "Does her background match what we need? We are a small team that builds analytics for"
                + " charities, and we care about people who can explain numbers to trustees and volunteers, who"
                + " enjoy teaching, and who have worked somewhere with very little money for tools.";
        assertThat(JobDescription.askedAbout(question)).isEmpty();
    }

    private static String status(String requirement) {
        MatchReport.Result result =
                OWEN.match(JobDescription.parse(requirement)).requirements().get(0);
        return result.status().jsonName() + result.note().map(n -> ": " + n).orElse("");
    }

    private static JobMatcher matcher(String name) {
        Path docs = TestProfiles.corpus().resolve(name).resolve("docs");
        Profile profile = Application.ingestion(ConfigLoader.load(Map.of("PROFILE_DATA_DIR", docs.toString())))
                .ingest(docs);
        return new JobMatcher(profile, new ProfileAnalyzer(), YearMonth.of(2026, 11));
    }
}
