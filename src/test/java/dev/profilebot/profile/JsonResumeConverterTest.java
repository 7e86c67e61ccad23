package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import dev.profilebot.profile.facts.StructuredProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResumeConverterTest {

    private static final String RESUME = """
            {
              "basics": {
                "name": "Noor Haddad",
                "label": "Platform Engineer",
                "email": "noor@haddad.example",
                "website": "https://noor.example",
                "location": {"city": "Rotterdam", "countryCode": "NL"},
                "profiles": [{"network": "GitHub", "url": "https://github.com/noorh"}],
                "summary": "I build the paved road other engineers deploy on."
              },
              "work": [
                {"company": "Havenlink", "position": "Site Reliability Engineer", "startDate": "2016-02-01",
                 "summary": "On call for the port's booking platform."},
                {"name": "Kadecraft", "position": "Platform Engineer", "startDate": "2021-09",
                 "highlights": ["Moved 60 services to Kubernetes", "Cut build times from 25 to 6 minutes"]},
                {"name": "Lumenpay", "position": "DevOps Engineer", "startDate": "2018-05", "endDate": "2021-08"}
              ],
              "education": [
                {"institution": "TU Delft", "area": "Computer Science", "studyType": "MSc",
                 "startDate": "2014", "endDate": "2016"}
              ],
              "skills": [{"name": "Infrastructure", "keywords": ["Terraform", "Kubernetes", "Go"]}],
              "languages": [{"language": "Dutch", "fluency": "Native speaker"}],
              "references": [{"name": "Femke de Wit, Head of Platform, Kadecraft",
                              "reference": "Noor made our deploys boring, in the best way."}]
            }
            """;

    @TempDir
    Path folder;

    @Test
    void should_read_a_json_resume_into_the_same_structured_profile_as_a_markdown_resume() throws IOException {
        Files.writeString(folder.resolve("resume.json"), RESUME);

        ProfileLoader.Result result = new ProfileLoader(1024 * 1024).load(folder);
        StructuredProfile profile =
                new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());

        assertThat(result.problems()).isEmpty();
        assertThat(profile.identity().name()).contains("Noor Haddad");
        assertThat(profile.roles())
                .extracting(Role::organization, Role::title, r -> r.dates().display())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Havenlink", "Site Reliability Engineer", "February 2016 to May 2018"),
                        org.assertj.core.groups.Tuple.tuple("Lumenpay", "DevOps Engineer", "May 2018 to August 2021"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Kadecraft", "Platform Engineer", "September 2021 to present"));
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.describe()).contains("MSc", "Computer Science", "TU Delft"));
        assertThat(Documents.allText(result.documents().get(0)))
                .contains(
                        "Moved 60 services to Kubernetes",
                        "Terraform",
                        "Dutch: Native speaker",
                        "noor@haddad.example",
                        "Femke de Wit, Head of Platform, Kadecraft: Noor made our deploys boring");
        assertThat(result.documents().get(0).blocks())
                .anySatisfy(b -> assertThat(b.sectionPath())
                        .containsExactly(
                                "Noor Haddad", "Work", "Kadecraft — Platform Engineer (September 2021 – present)"));
    }

    @Test
    void should_read_a_json_resume_saved_as_utf_16() throws IOException {
        Files.write(
                folder.resolve("resume.json"),
                ("\uFEFF" + RESUME).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        ProfileLoader.Result result = new ProfileLoader(1024 * 1024).load(folder);

        assertThat(result.problems()).isEmpty();
        assertThat(Documents.allText(result.documents().get(0))).contains("Moved 60 services to Kubernetes");
    }

    @Test
    void should_skip_a_json_file_that_is_not_a_resume_and_broken_json_by_name() throws IOException {
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nLikes Go.\n");
        Files.writeString(folder.resolve("package.json"), "{\"name\": \"site\", \"version\": \"1.0.0\"}");
        Files.writeString(folder.resolve("broken.json"), "{\"basics\": {");

        ProfileLoader.Result result = new ProfileLoader(1024 * 1024).load(folder);

        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("notes.md");
        assertThat(result.problems())
                .hasSize(2)
                .contains(
                        "package.json: a JSON file that is no résumé (neither a JSON Resume nor a person's name with jobs"
                                + " or education)")
                .anySatisfy(p -> assertThat(p).startsWith("broken.json: not valid JSON ("));
    }
}
