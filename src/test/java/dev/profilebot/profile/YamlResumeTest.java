package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilebot.profile.facts.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlResumeTest {

    @TempDir
    Path folder;

    private static final String RENDER_CV = """
            # render with: rendercv render cv.yaml
            cv:
              name: Oskar Lindqvist
              headline: Senior Platform Engineer · Go, Kubernetes, AWS
              location: Wexmoor, United Kingdom
              email: oskar@lindqvist.dev
              phone: "+44 7700 900481"
              social_networks:
                - network: LinkedIn
                  username: oskar-lindqvist-eng
                - network: GitHub
                  username: olindqvist
              sections:
                experience:
                  - company: Fernhollow Systems
                    position: Senior Platform Engineer
                    start_date: 2021-03
                    end_date: present
                    highlights:
                      - Migrated **140 services** to Amazon EKS
                  - company: Quillmark
                    position: Software Engineer, Backend
                    start_date: 2018-06-01
                    end_date: 2021-02
                education:
                  - institution: University of Wexmoor
                    area: Computer Science
                    degree: MEng
                    start_date: 2012-09
                    end_date: 2016-06
                projects:
                  - name: kubectl-drift
                    summary: A kubectl plugin, https://github.com/olindqvist/kubectl-drift
            """;

    @Test
    void should_read_a_rendercv_file_as_the_resume_it_renders() throws IOException {
        // given
        Files.writeString(folder.resolve("cv.yaml"), RENDER_CV);

        // when
        Profile oskar = ContactCardTest.ingest(folder, Optional.empty());

        // then: its roles with dates as written (no timestamp), its links, where it says he is, and no phone
        assertThat(oskar.facts().identity().name()).contains("Oskar Lindqvist");
        assertThat(oskar.facts().roles())
                .extracting(Role::organization, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Quillmark", "June 2018 to February 2021"),
                        org.assertj.core.groups.Tuple.tuple("Fernhollow Systems", "March 2021 to present"));
        assertThat(oskar.contact().links())
                .containsEntry("LinkedIn", "https://linkedin.com/in/oskar-lindqvist-eng")
                .containsEntry("GitHub", "https://github.com/olindqvist");
        assertThat(oskar.contact().location()).contains("Wexmoor, United Kingdom");
        assertThat(oskar.passages()).allSatisfy(p -> assertThat(p.text()).doesNotContain("900481"));
        // the degree with its subject, as RenderCV prints them: "MEng in Computer Science"
        assertThat(oskar.facts().education())
                .singleElement()
                .satisfies(e -> assertThat(e.field()).contains("Computer Science"));
    }

    @Test
    void should_not_take_a_labelled_location_that_is_no_place() throws IOException {
        Files.writeString(folder.resolve("cv.md"), """
                # Ellie Marsh

                ellie.marsh@example.com | Location: Open to relocation | Notice period: 1 month

                ## Experience

                **Analyst, Tyne Data Ltd, Newcastle** (2020 – present)
                """);

        Profile ellie = ContactCardTest.ingest(folder, Optional.empty());

        assertThat(ellie.contact().location()).isNotEqualTo(Optional.of("Open to relocation"));
    }

    @Test
    void should_refuse_a_yaml_file_that_is_no_resume_with_a_reason() throws IOException {
        // given: a YAML of something else beside the résumé, and a broken one
        Files.writeString(folder.resolve("docker-compose.yml"), "services:\n  bot:\n    image: profile-bot\n");
        Files.writeString(folder.resolve("broken.yaml"), "cv: [unclosed\n");
        Files.writeString(folder.resolve("cv.yaml"), RENDER_CV);

        // when
        ProfileLoader.Result result = new ProfileLoader(1 << 20).load(folder);

        // then
        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("cv.yaml");
        assertThat(result.problems())
                .anySatisfy(p -> assertThat(p).startsWith("broken.yaml: not valid YAML"))
                .anySatisfy(p -> assertThat(p).startsWith("docker-compose.yml:"));
        assertThatThrownBy(() -> new YamlResumeConverter().toMarkdown("list.yaml", "- a\n- b\n".getBytes()))
                .isInstanceOf(MarkdownConverter.NotThisFormatException.class)
                .hasMessageContaining("no mapping");
        assertThat(result.problems())
                .anySatisfy(p -> assertThat(p).startsWith("docker-compose.yml: a YAML file that is no résumé"));
    }
}
