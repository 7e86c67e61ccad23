package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogseqParserTest {

    private final LogseqParser parser = new LogseqParser();

    @Test
    void should_make_page_properties_metadata_and_drop_logseq_block_properties() {
        ProfileDocument document = parser.parse("page.md", TestProfiles.read("logseq-senior-backend-engineer.md"));

        assertThat(document.metadata()).containsEntry("public", "true");
        assertThat(Documents.allText(document)).doesNotContain("id::", "629a8246", "collapsed", "public::");
        assertThat(document.blocks().get(0).text())
                .isEqualTo(
                        "Senior Backend Engineer (start date: Wed, 2021/11/10; end date: Thu, 2022/05/26; type: job)");
    }

    @Test
    void should_make_the_bullet_indentation_the_section_path() {
        ProfileDocument document = parser.parse("page.md", TestProfiles.read("logseq-senior-backend-engineer.md"));

        assertThat(document.blocks())
                .contains(new Block(
                        List.of("Senior Backend Engineer", "Skills used"),
                        "Skills used: FastAPI and Pydantic; CockroachDB; Redis; Kubernetes (minikube, EKS, kopf);"
                                + " Playwright end-to-end tests; Jupyter kernels; Jira."));
        assertThat(Documents.textUnder(document, List.of("Senior Backend Engineer", "Responsibilities")))
                .isEqualTo("Participated in strategic planning across teams at a series A startup, with a focus on"
                        + " managing state and execution on back-end compute kernels.\n"
                        + "Independent contribution as well as supporting junior and lateral peers on a complex"
                        + " distributed system.\n"
                        + "Rotating site reliability engineering (SRE) responsibilities.");
    }

    @Test
    void should_turn_page_links_and_tags_into_plain_words() {
        ProfileDocument document = parser.parse("page.md", TestProfiles.read("logseq-senior-backend-engineer.md"));

        assertThat(Documents.allText(document))
                .contains("more engaged with the DOE / energy innovation", "Katy Huff, Rachel Slaybaugh")
                .doesNotContain("[[", "]]", "#energy");
    }

    @Test
    void should_read_deep_nesting_indented_with_spaces() {
        StringBuilder page = new StringBuilder();
        for (int depth = 0; depth < 30; depth++) {
            page.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        page.append("  ".repeat(30)).append("- the deepest statement.\n");

        ProfileDocument document = parser.parse("deep.md", page.toString());

        assertThat(document.blocks()).hasSize(1);
        assertThat(document.blocks().get(0).sectionPath()).hasSize(30).startsWith("level 0", "level 1");
        assertThat(document.blocks().get(0).text()).isEqualTo("the deepest statement.");
    }

    @Test
    void should_keep_markdown_links_and_drop_block_references_and_task_markers() {
        String page =
                "- Projects\n\t- DONE Shipped [the tool](https://example.org/tool) ((6a1b2c3d-0000-4000-8000-000000000000))\n";

        ProfileDocument document = parser.parse("p.md", page);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(List.of("Projects"), "Projects: Shipped the tool (https://example.org/tool)."));
        assertThat(document.links()).containsExactly(new DocumentLink("the tool", "https://example.org/tool"));
    }
}
