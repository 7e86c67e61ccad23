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

class JsonDocumentConverterTest {

    /** A personal site's résumé data, in keys of the owner's own choosing. */
    private static final String SITE_DATA = """
            {
              "meta": {"version": 3, "updated": "2026-10-01"},
              "person": {
                "name": "Marek Nowicki",
                "headline": "Data Engineer",
                "location": "Kraków, Poland",
                "email": "marek@nowicki.example",
                "links": {"github": "https://github.com/mnowicki"},
                "summary": "I build the pipelines analysts trust."
              },
              "_private": {"phone": "+48 600 100 200", "date_of_birth": "1991-02-03"},
              "jobs": [
                {"company": "Vistula Freight", "role": "Senior Data Engineer", "from": "2022-03", "to": null,
                 "highlights": ["Moved 40 nightly batch jobs to Airflow with alerting on every task"],
                 "stack": ["Airflow", "dbt", "Snowflake"]},
                {"company": "Orzel Bank", "location": "Warsaw",
                 "roles": [
                   {"role": "Data Engineer", "from": "2019-06", "to": "2022-02"},
                   {"role": "Junior Analyst", "from": "2017-09", "to": "2019-05"}
                 ]}
              ],
              "schooling": [
                {"school": "AGH University of Kraków", "degree": "MSc Computer Science", "from": 2012, "to": 2017}
              ],
              "spoken": [{"lang": "Polish", "level": "native"}, {"lang": "English", "level": "C1"},
                         {"lang": "German", "level": null}]
            }
            """;

    @TempDir
    Path folder;

    @Test
    void should_read_a_resume_kept_in_a_json_of_the_owners_own_design() throws IOException {
        // given
        Files.writeString(folder.resolve("resume.json"), SITE_DATA);

        // when
        ProfileLoader.Result result = new ProfileLoader(1024 * 1024).load(folder);
        StructuredProfile profile =
                new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(profile.identity().name()).contains("Marek Nowicki");
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Orzel Bank | Junior Analyst | September 2017 to May 2019",
                        "Orzel Bank | Data Engineer | June 2019 to February 2022",
                        "Vistula Freight | Senior Data Engineer | March 2022 to present");
        assertThat(profile.roles().get(0).location()).contains("Warsaw");
        assertThat(profile.education()).hasSize(1);
        assertThat(text)
                .contains("Moved 40 nightly batch jobs to Airflow")
                .contains("Airflow, dbt, Snowflake")
                .contains("Polish: native")
                .contains("I build the pipelines analysts trust.")
                // the file's own notes and its metadata are not the profile
                .doesNotContain("600 100 200")
                .doesNotContain("1991")
                .doesNotContain("Version")
                .doesNotContain("null");
        assertThat(profile.roles()).extracting(Role::organization).doesNotContain("");
    }

    @Test
    void should_read_a_resume_builders_export_that_keeps_each_section_with_its_items() throws IOException {
        // given: a Reactive Resume export: its sections objects holding items, rich text as HTML, a hidden item,
        // the owner's private notes in its metadata
        Files.writeString(folder.resolve("reactive_resume-cm3k9x2vd.json"), """
                {"basics": {"name": "Anika Sørensen", "headline": "Senior Full-Stack Developer",
                  "email": "anika@example.com", "location": "Vancouver, BC",
                  "url": {"label": "anika.example.com", "href": "https://anika.example.com"}},
                 "sections": {
                  "summary": {"id": "summary", "visible": true, "content": "<p>Full-stack developer with 9+ years.</p>"},
                  "experience": {"name": "Experience", "visible": true, "items": [
                    {"id": "yt5z", "visible": true, "company": "Tidepool Logistics",
                     "position": "Senior Full-Stack Developer", "location": "Vancouver, BC", "date": "Apr 2022 - Present",
                     "summary": "<ul><li><p>Cut p95 latency on the tracking API from 1.8 s to 320 ms.</p></li></ul>",
                     "url": {"label": "", "href": ""}},
                    {"id": "b5y9", "visible": true, "company": "Freelance",
                     "position": "Web Developer (self-employed, part-time)", "date": "2020 – 2023", "summary": ""},
                    {"id": "hid1", "visible": false, "company": "Hidden Co", "position": "Intern", "date": "2015 – 2015"}]},
                  "education": {"name": "Education", "visible": true, "items": [
                    {"id": "kawx", "visible": true, "institution": "Cascadia Pacific University",
                     "studyType": "Bachelor of Science", "area": "Mathematics", "score": "GPA 3.6 / 4.33",
                     "date": "2012 – 2016"}]},
                  "about": {"text": "Happiest in TypeScript end to end."}},
                 "metadata": {"notes": "<p>SIN 046 454 286</p>"}}
                """);

        // when
        ProfileLoader.Result result = new ProfileLoader(1024 * 1024).load(folder);
        StructuredProfile profile =
                new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
        String text = Documents.allText(result.documents().get(0));

        // then
        assertThat(profile.identity().name()).contains("Anika Sørensen");
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Freelance | Web Developer | 2020 to 2023",
                        "Tidepool Logistics | Senior Full-Stack Developer | April 2022 to present");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.degree()).startsWith("Bachelor of Science"));
        assertThat(text)
                .contains("Cut p95 latency on the tracking API from 1.8 s to 320 ms.")
                .contains("Full-stack developer with 9+ years.")
                .contains("Happiest in TypeScript end to end.")
                .doesNotContain("<p>")
                .doesNotContain("yt5z")
                .doesNotContain("Hidden Co")
                .doesNotContain("046 454 286");
    }

    @Test
    void should_skip_a_json_of_job_openings_that_names_no_person_beside_the_resume() throws IOException {
        // given: a careers site's openings (a name, jobs without dates) beside the person's résumé
        Files.writeString(folder.resolve("openings.json"), """
                {"name": "Acme Careers Portal",
                 "jobs": [{"title": "Backend Engineer", "company": "Acme", "salary": "80k"}]}
                """);
        Files.writeString(
                folder.resolve("resume.md"),
                "# Tom Brown\n\nData Engineer\n\n## Experience\n\n"
                        + "### Data Engineer, Foo Inc\n\n2020 – present\n\n- Built pipelines.\n");

        // when
        ProfileLoader.Result result = new ProfileLoader(1024 * 1024).load(folder);
        StructuredProfile profile =
                new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());

        // then
        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("resume.md");
        assertThat(result.problems())
                .singleElement()
                .asString()
                .startsWith("openings.json: a JSON file that is no résumé");
        assertThat(profile.identity().name()).contains("Tom Brown");
    }
}
