package dev.profilebot.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobDescriptionTest {

    private static final String POSTING = """
            # Platform Engineer at Harbourline

            ## About us
            Harbourline moves freight for 2,000 shippers. We have offices in Rotterdam and Hamburg.

            ## What you'll do
            - Run our Kubernetes clusters on AWS
            - Automate deployments with Terraform

            ## Requirements
            - 5+ years of experience with Linux
            - Experience with Python or Go
            - BSc in Computer Science or a related field

            **Nice to have**
            - Experience with Kafka

            ## Benefits
            - 30 days of paid holiday
            - A yearly training budget of 2,000 euros

            How to apply: send your CV to jobs@harbourline.example
            """;

    @Test
    void should_read_requirements_duties_and_nice_to_haves_but_not_the_blurb_or_benefits() {
        JobDescription description = JobDescription.parse(POSTING);

        assertThat(description.requirements())
                .extracting(Requirement::text)
                .containsExactly(
                        "Run our Kubernetes clusters on AWS",
                        "Automate deployments with Terraform",
                        "5+ years of experience with Linux",
                        "Experience with Python or Go",
                        "BSc in Computer Science or a related field",
                        "Experience with Kafka");
        assertThat(description.requirements())
                .filteredOn(Requirement::optional)
                .extracting(Requirement::text)
                .containsExactly("Experience with Kafka");
        assertThat(description.firstLine()).isEqualTo("# Platform Engineer at Harbourline");
    }

    @Test
    void should_read_requirements_written_as_sentences_and_mark_what_is_a_plus() {
        JobDescription description = JobDescription.parse("""
                Qualifications: You have at least three years of experience building web applications in Ruby.
                You are comfortable with PostgreSQL. Experience in logistics is a plus.

                What we offer: a friendly team and a hybrid schedule.
                """);

        assertThat(description.requirements())
                .extracting(Requirement::text, Requirement::optional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "You have at least three years of experience building web applications in Ruby", false),
                        org.assertj.core.groups.Tuple.tuple("You are comfortable with PostgreSQL", false),
                        org.assertj.core.groups.Tuple.tuple("Experience in logistics is a plus", true));
    }

    @Test
    void should_take_the_lines_that_read_as_requirements_when_there_are_no_headings() {
        JobDescription description = JobDescription.parse("""
                We are a small studio making educational games.
                - 3+ years of experience with Unity
                - Strong knowledge of C#
                - Free lunch on Fridays
                """);

        assertThat(description.requirements())
                .extracting(Requirement::text)
                .containsExactly("3+ years of experience with Unity", "Strong knowledge of C#");
    }

    @Test
    void should_say_what_is_wrong_with_a_description_it_cannot_check() {
        assertThatThrownBy(() -> JobDescription.parse("  \n "))
                .isInstanceOf(JobDescriptionException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> JobDescription.parse("- Experience with Java\n".repeat(1000)))
                .isInstanceOf(JobDescriptionException.class)
                .hasMessageContaining("too long (22999 characters; at most 20000)");
        assertThatThrownBy(() -> JobDescription.parse("PK\u0003\u0004\u0000\u0000binary"))
                .isInstanceOf(JobDescriptionException.class)
                .hasMessageContaining("binary file");
        assertThatThrownBy(() -> JobDescription.parse("""
                        Wir suchen eine erfahrene Entwicklerin für unser Team in Berlin.
                        Anforderungen: mehrjährige Erfahrung mit Java und Kenntnisse in Kubernetes,
                        sehr gute Deutschkenntnisse, Freude an der Arbeit im Team.
                        """))
                .isInstanceOf(JobDescriptionException.class)
                .hasMessageContaining("not seem to be in English");
        assertThatThrownBy(
                        () -> JobDescription.parse(
                                "We are a friendly company in Leeds. We make furniture and sell it to shops across the country."))
                .isInstanceOf(JobDescriptionException.class)
                .hasMessageContaining("No requirements found");
    }

    @Test
    void should_find_a_posting_pasted_into_a_question_about_fit() {
        String message = "Would she fit this role?\n" + POSTING;

        assertThat(JobDescription.askedAbout(message)).contains(POSTING.strip());
        assertThat(JobDescription.askedAbout("Would she fit a platform role?")).isEmpty();
        assertThat(JobDescription.askedAbout("Where did she work?\n" + POSTING)).isEmpty();
        assertThat(JobDescription.askedAbout("Is he a good fit for this job? " + "x".repeat(300)))
                .as("a long question with no requirements is a question")
                .isEmpty();
    }
}
