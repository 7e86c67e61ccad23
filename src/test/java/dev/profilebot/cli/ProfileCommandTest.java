package dev.profilebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.testing.TestProfiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code profile --json} on the seed and on every profile of the development corpus: the name,
 * the current employer and every role with its start date, against what the corpus's authors
 * wrote down for each profile (expected-profile.json), not against what the bot printed.
 */
class ProfileCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> corpusProfiles() throws IOException {
        try (Stream<Path> folders = Files.list(TestProfiles.corpus())) {
            return folders
                    .filter(p -> Files.isRegularFile(p.resolve("expected-profile.json")))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static JsonNode profileJson(Path documents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(
                new String[] {"profile", "--json"},
                Map.of("PROFILE_DATA_DIR", documents.toString()),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusProfiles")
    void should_get_the_name_the_current_employer_and_every_dated_role(Path folder) throws IOException {
        assertProfileAsExpected(folder.resolve("expected-profile.json"), folder.resolve("docs"));
    }

    /** {@code profile --json} of the documents against what the profile's author wrote down. */
    static void assertProfileAsExpected(Path expectedFile, Path documents) throws IOException {
        // given
        JsonNode expected = JSON.readTree(expectedFile.toFile());

        // when
        JsonNode profile = profileJson(documents);

        // then
        assertThat(profile.get("name").asText()).isEqualTo(expected.get("name").asText());
        List<String> current = new ArrayList<>();
        for (JsonNode role : profile.get("roles")) {
            if (role.get("current").asBoolean()) {
                current.add(role.get("organization").asText());
            }
        }
        for (JsonNode organization : expected.get("current")) {
            assertThat(current).anyMatch(o -> o.contains(organization.asText()));
        }
        assertThat(current).hasSameSizeAs(expected.get("current"));
        for (JsonNode role : expected.get("roles")) {
            String organization = role.get("organization").asText();
            String start = role.get("start").asText();
            assertThat(profile.get("roles"))
                    .as("a role at %s from %s", organization, start)
                    .anyMatch(r ->
                            named(r, organization) && r.get("start").asText().equals(start));
        }
    }

    /** A role named by its organization, or, freelancing with none, by its title ("Freelance"). */
    private static boolean named(JsonNode role, String organization) {
        String org = role.get("organization").isNull()
                ? ""
                : role.get("organization").asText();
        return org.contains(organization)
                || org.isEmpty()
                        && role.get("title")
                                .asText()
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(organization);
    }

    @Test
    void should_show_the_seed_profile_as_json_scripts_rely_on() throws IOException {
        // when
        JsonNode profile = profileJson(TestProfiles.folder());

        // then
        assertThat(profile.get("name").asText()).isEqualTo("Jonathan Hartley");
        assertThat(profile.get("pronouns").asText()).isEqualTo("they/them");
        List<String> timeline = new ArrayList<>();
        profile.get("roles")
                .forEach(r -> timeline.add(r.get("organization").asText() + " "
                        + r.get("start").asText() + "–"
                        + (r.get("current").asBoolean() ? "now" : r.get("end").asText())));
        assertThat(timeline)
                .containsExactly(
                        "GIS consulting 2003-08–2006-09",
                        "Resolver Systems 2006-09–2011-05",
                        "Able.ag, Antidote.me, Made.com, BATS Trading, Rangespan 2011-06–2017-06",
                        "IBM Cloud 2017-07–2019-05",
                        "Canonical 2019-05–2023-07",
                        "null 2021-11–2022-05",
                        "Lambda 2023-09–now");
        assertThat(profile.get("roles").get(6).get("end").isNull()).isTrue();
        assertThat(profile.get("education").get(0).get("institution").asText()).isEqualTo("University of Durham");
        assertThat(profile.get("contact").get("emails").get(0).asText()).isEqualTo("tartley@tartley.com");
        assertThat(profile.get("skills")).isNotEmpty();
    }

    @Test
    void should_show_the_owner_a_timeline_table_and_what_it_could_not_place() {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        int status = Cli.run(
                new String[] {"profile"},
                Map.of("PROFILE_DATA_DIR", TestProfiles.folder().toString()),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        // then
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(text)
                .startsWith("Jonathan Hartley  (they/them, assumed)")
                .contains("Timeline")
                .containsPattern("Canonical +— +May 2019 +July 2023 +resume.md › Previous Roles › Canonical")
                .contains("Warnings\n  - Pronouns not stated");
    }
}
