package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.StructuredProfile;
import dev.profilebot.profile.facts.StructuredProfileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInExportTest {

    /** The export's files as LinkedIn writes them, the other people's data among them. */
    private static Map<String, byte[]> export() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "Profile.csv",
                ("\uFEFFFirst Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                                + "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                                + "Noor,Haddad,,\"12 Havenstraat, Rotterdam\",\"Mar 3, 1990\",Platform Engineer at Kadecraft,"
                                + "\"I build the paved road.\nOther engineers deploy on it.\",Software,3011 AB,"
                                + "\"Greater Rotterdam Area, Netherlands\",[noorh_dev],[PERSONAL:https://noor.example],[SKYPE:noor.h]\n")
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "Positions.csv",
                ("Company Name,Title,Description,Location,Started On,Finished On\n"
                                + "Kadecraft,Platform Engineer,\"Platform team of six.\n• Moved 60 services to Kubernetes.\n• Cut build"
                                + " times from 25 to 6 minutes.\","
                                + "\"Rotterdam, Netherlands\",Sep 2021,\n"
                                + "Lumenpay,DevOps Engineer,Ran the incident rota.,Amsterdam,May 2018,Aug 2021\n")
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "Education.csv",
                "School Name,Start Date,End Date,Notes,Degree Name,Activities\nTU Delft,2014,2016,,MSc Computer Science,Rowing\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "Honors.csv",
                "Title,Description,Issued On\nKadecraft Builder Award,For the paved road.,Feb 2024\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "Publications.csv",
                "Name,Published On,Description,Publisher,Url\nPaved roads,\"Nov 14, 2023\",How we did it.,Kadecraft Blog,\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "Volunteering.csv",
                "Company Name,Role,Cause,Started On,Finished On,Description\nCode Club,Mentor,Education,Sep 2020,,Weekly.\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "Recommendations_Received.csv",
                "First Name,Last Name,Company,Job Title,Text\nJan,Referent,Acme,CTO,Great colleague\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put("Skills.csv", "Name\nTerraform\nGo\n".getBytes(StandardCharsets.UTF_8));
        files.put(
                "Languages.csv",
                "Name,Proficiency\nDutch,Native or bilingual proficiency\n".getBytes(StandardCharsets.UTF_16));
        files.put(
                "Email Addresses.csv",
                "Email Address,Confirmed,Primary,Updated On\nnoor@haddad.example,Yes,Yes,1/2/20\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "Connections.csv",
                "First Name,Last Name,Email Address,Company\nJane,Friendly,jane@friend.example,Acme\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "messages.csv",
                "FROM,TO,CONTENT\nJane Friendly,Noor,Secret salary talk\n".getBytes(StandardCharsets.UTF_8));
        files.put(
                "PhoneNumbers.csv",
                "Extension,Number,Type\n,+31 6 1234 5678,Mobile\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @TempDir
    Path folder;

    private final ProfileLoader loader = new ProfileLoader(64 * 1024);

    @Test
    void should_read_an_unpacked_export_folder_and_nothing_but_the_profiles_own_files() throws IOException {
        Path export = Files.createDirectories(folder.resolve("Basic_LinkedInDataExport_11-30-2026"));
        for (Map.Entry<String, byte[]> file : export().entrySet()) {
            Files.write(export.resolve(file.getKey()), file.getValue());
        }

        assertReadsTheProfileOnly(loader.load(folder));
    }

    @Test
    void should_read_the_downloaded_zip_the_same_way() throws IOException {
        Files.write(folder.resolve("Basic_LinkedInDataExport_11-30-2026.zip"), zip(export()));

        assertReadsTheProfileOnly(loader.load(folder));
    }

    private static void assertReadsTheProfileOnly(ProfileLoader.Result result) {
        StructuredProfile profile =
                new StructuredProfileReader(Optional.empty(), Optional.empty()).read(result.documents());
        String text = Documents.allText(result.documents().get(0));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(1);
        assertThat(profile.identity().name()).contains("Noor Haddad");
        ContactCard card = ContactCard.from(result.documents(), "Noor Haddad");
        assertThat(card.links()).containsEntry("Twitter", "https://twitter.com/noorh_dev");
        assertThat(card.location()).contains("Greater Rotterdam Area, Netherlands");
        assertThat(Documents.timeline(result))
                .containsExactly("Lumenpay: May 2018 to August 2021", "Kadecraft: September 2021 to present");
        assertThat(text)
                .contains(
                        "Moved 60 services to Kubernetes.",
                        // the bullets typed into the description, each a line of a list of its own
                        "Moved 60 services to Kubernetes.\nCut build times from 25 to 6 minutes.",
                        "Terraform",
                        "Dutch: Native or bilingual proficiency",
                        "noor@haddad.example",
                        "I build the paved road.",
                        "Kadecraft Builder Award, Feb 2024: For the paved road.",
                        "Paved roads, Kadecraft Blog, Nov 14, 2023: How we did it.",
                        "Mentor at Code Club (Sep 2020 – present): Weekly.")
                .doesNotContain(
                        "• Moved",
                        "Referent",
                        "Jane",
                        "Friendly",
                        "Secret",
                        "1234 5678",
                        "Havenstraat",
                        "1990",
                        "3011",
                        "SKYPE",
                        "noor.h");
    }

    @Test
    void should_still_read_the_other_documents_when_the_export_is_unpacked_into_the_profile_folder()
            throws IOException {
        for (Map.Entry<String, byte[]> file : export().entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        Files.writeString(folder.resolve("faq.md"), "# FAQ\n\nHappy to relocate within Europe.\n");

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents())
                .extracting(ProfileDocument::fileName)
                .containsExactly("LinkedIn export", "faq.md");
        assertThat(Documents.allText(result.documents().get(0))).doesNotContain("Jane", "Secret");
    }

    @Test
    void should_name_a_profile_file_too_large_inside_the_zip() throws IOException {
        Map<String, byte[]> big = new LinkedHashMap<>(export());
        big.put("Skills.csv", ("Name\n" + "Terraform\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nLikes Go.\n");
        Files.write(folder.resolve("export.zip"), zip(big));

        assertThat(loader.load(folder).problems())
                .containsExactly("export.zip: Skills.csv in it is larger than 64 KiB (PROFILE_MAX_FILE_KB)");
    }

    @Test
    void should_never_read_the_other_people_in_a_real_shaped_export() {
        Path docs = dev.profilebot.testing.TestProfiles.corpus().resolve("marcus-obi-linkedin-export/docs");

        ProfileLoader.Result result = new ProfileLoader(1024 * 1024).load(docs);

        assertThat(result.problems()).isEmpty();
        for (ProfileDocument document : result.documents()) {
            assertThat(Documents.allText(document) + document.blocks())
                    .doesNotContain(
                            "Halvorsen",
                            "Ferreira",
                            "Adebayo",
                            "Harrowgate",
                            "Quillmark",
                            "Larkspur",
                            "185,000",
                            "555-0172");
        }
    }

    @Test
    void should_refuse_a_zip_bomb_a_zip_of_too_many_files_and_a_zip_that_is_not_an_export() throws IOException {
        Files.writeString(folder.resolve("notes.md"), "# Notes\n\nLikes Go.\n");
        Map<String, byte[]> bomb = new LinkedHashMap<>(export());
        bomb.put("messages.csv", new byte[40 * 1024 * 1024]); // zeros: a few KiB zipped
        Files.write(folder.resolve("bomb.zip"), zip(bomb));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= ProfileLoader.MAX_ZIP_ENTRIES; i++) {
            many.put("f" + i + ".txt", new byte[0]);
        }
        Files.write(folder.resolve("many.zip"), zip(many));
        Files.write(folder.resolve("photos.zip"), zip(Map.of("cat.jpg", new byte[] {1, 2, 3})));
        Files.writeString(folder.resolve("broken.zip"), "PK\u0003\u0004 not really");

        ProfileLoader.Result result = loader.load(folder);

        assertThat(result.documents()).extracting(ProfileDocument::fileName).containsExactly("notes.md");
        assertThat(result.problems())
                .containsExactlyInAnyOrder(
                        "bomb.zip: a zip that unpacks to more than 16 MiB: not read (a zip bomb?)",
                        "many.zip: a zip of more than 10000 files: not read",
                        "photos.zip: a zip that is not a LinkedIn data export (no Positions.csv or Profile.csv)",
                        "broken.zip: a damaged zip: not read");
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
