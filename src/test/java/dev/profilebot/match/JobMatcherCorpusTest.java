package dev.profilebot.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.Application;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.profile.Profile;
import dev.profilebot.retrieval.ProfileAnalyzer;
import dev.profilebot.testing.TestProfiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Job descriptions written for the seed and for profiles of the development corpus, each with the
 * statuses its author expected of the requirements they were sure of (written before the matcher
 * ran on them): the statuses mostly agree, every "met" quotation is a sentence of the profile's
 * documents, and no description for a very different job is called a good fit.
 */
class JobMatcherCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The time the descriptions' years were judged at. */
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void should_agree_with_the_expected_statuses_quote_the_documents_and_not_call_another_job_a_fit()
            throws IOException, URISyntaxException {
        List<String> disagreements = new ArrayList<>();
        List<String> unquoted = new ArrayList<>();
        List<String> wrongFit = new ArrayList<>();
        int expected = 0;
        Path root = Path.of(JobMatcherCorpusTest.class.getResource("/match").toURI());
        try (Stream<Path> profiles = Files.list(root).sorted()) {
            for (Path folder : profiles.toList()) {
                String name = folder.getFileName().toString();
                Path docs = name.equals("seed")
                        ? TestProfiles.folder()
                        : TestProfiles.corpus().resolve(name).resolve("docs");
                Profile profile = Application.ingestion(ConfigLoader.load(Map.of("PROFILE_DATA_DIR", docs.toString())))
                        .ingest(docs);
                JobMatcher matcher = new JobMatcher(profile, new ProfileAnalyzer(), NOW);
                List<String> sentences = profile.passages().stream()
                        .flatMap(p -> p.sentences().stream())
                        .toList();
                try (Stream<Path> files = Files.list(folder).sorted()) {
                    for (Path expectation : files.filter(f -> f.toString().endsWith(".expected.json"))
                            .toList()) {
                        String base = expectation.getFileName().toString().replace(".expected.json", "");
                        Path description = Files.exists(folder.resolve(base + ".md"))
                                ? folder.resolve(base + ".md")
                                : folder.resolve(base + ".txt");
                        MatchReport report = matcher.match(JobDescription.parse(Files.readString(description)));
                        JsonNode expectedJson = JSON.readTree(expectation.toFile());
                        String where = name + "/" + description.getFileName();
                        for (JsonNode requirement : expectedJson.path("requirements")) {
                            expected++;
                            String contains = requirement.path("contains").asText();
                            String status = requirement.path("status").asText();
                            List<MatchReport.Result> results = report.requirements().stream()
                                    .filter(r -> r.requirement().text().contains(contains))
                                    .toList();
                            String got = results.isEmpty()
                                    ? "not read as a requirement"
                                    : results.get(0).status().jsonName()
                                            + results.get(0)
                                                    .note()
                                                    .map(n -> " (" + n + ")")
                                                    .orElse("");
                            if (results.isEmpty()
                                    || !results.get(0).status().jsonName().equals(status)) {
                                disagreements.add(where + ": \"" + contains + "\" expected " + status + ", got " + got);
                            }
                        }
                        for (MatchReport.Result result : report.requirements()) {
                            for (MatchReport.Evidence evidence : result.evidence()) {
                                String quote = evidence.quote().replace("…", "");
                                if (sentences.stream().noneMatch(s -> s.startsWith(quote) || s.equals(quote))
                                        && result.status() == MatchReport.Status.MET
                                        && profile.facts().education().stream()
                                                .noneMatch(e -> e.degree().equals(quote))) {
                                    unquoted.add(where + ": " + evidence.quote());
                                }
                            }
                        }
                        boolean fit = expectedJson.path("fit").asBoolean();
                        if (!fit && report.fit() == MatchReport.Fit.GOOD) {
                            wrongFit.add(where + ": called a good fit: " + report.summary());
                        }
                        System.out.println(where + ": " + report.summary());
                    }
                }
            }
        }
        String details = String.join("\n", disagreements);
        System.out.println("agreement: " + (expected - disagreements.size()) + "/" + expected + "\n" + details);
        assertThat(unquoted).as("met quotations that are not in the documents").isEmpty();
        assertThat(wrongFit).as("other jobs called a fit").isEmpty();
        assertThat(expected - disagreements.size())
                .as("statuses that agree with the expected ones:\n" + details)
                .isGreaterThanOrEqualTo((int) Math.ceil(expected * 0.9));
    }
}
