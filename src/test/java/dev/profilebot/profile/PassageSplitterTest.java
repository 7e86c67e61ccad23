package dev.profilebot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter(200);

    @Test
    void should_make_one_passage_per_block_with_its_section_as_source() {
        ProfileDocument document = document(
                new Block(List.of("Work", "Acme"), "Built a compiler. Shipped it."),
                new Block(List.of("Education"), "Studied physics."));

        List<Passage> passages = splitter.split(document);

        assertThat(passages).extracting(Passage::source).containsExactly("cv.md › Work › Acme", "cv.md › Education");
        assertThat(passages.get(0).sentences()).containsExactly("Built a compiler.", "Shipped it.");
    }

    @Test
    void should_cut_a_long_block_between_sentences() {
        String sentence = "This sentence is about sixty characters long, give or take. ";
        ProfileDocument document = document(new Block(List.of("Work"), sentence.repeat(8)));

        List<Passage> passages = splitter.split(document);

        assertThat(passages).hasSizeGreaterThan(2);
        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(200));
        assertThat(passages).allSatisfy(p -> assertThat(p.source()).isEqualTo("cv.md › Work"));
    }

    @Test
    void should_join_a_short_line_to_the_next_block_of_its_section_only() {
        ProfileDocument document = document(
                new Block(List.of("Acme"), "Acme: 2019 to 2021."),
                new Block(List.of("Acme"), "Built a compiler."),
                new Block(List.of("Initech"), "Fixed printers."));

        List<Passage> passages = splitter.split(document);

        assertThat(passages)
                .extracting(Passage::text)
                .containsExactly("Acme: 2019 to 2021. Built a compiler.", "Fixed printers.");
    }

    @Test
    void should_start_a_passage_at_a_dated_entry_after_one_with_its_dates_and_more() {
        // given: two degrees a line each, the first with its thesis and supervisor, the second's grade under it
        ProfileDocument document = document(
                new Block(List.of("Education"), "2008 – 2012 · PhD in Organic Chemistry, University of Bristol"),
                new Block(List.of("Education"), "Supervisor: Prof. Martin Glenholme."),
                new Block(List.of("Education"), "2004 – 2008 · MChem Chemistry, University of York"),
                new Block(List.of("Education"), "First Class Honours."));

        // when
        List<Passage> passages = splitter.split(document);

        // then: the grade stays with its degree
        assertThat(passages)
                .extracting(Passage::text)
                .containsExactly(
                        "2008 – 2012 · PhD in Organic Chemistry, University of Bristol Supervisor: Prof. Martin"
                                + " Glenholme.",
                        "2004 – 2008 · MChem Chemistry, University of York First Class Honours.");
    }

    @Test
    void should_not_join_the_next_entry_to_the_rest_of_a_long_one_nor_a_whole_dated_entry_to_the_next() {
        // given: a role whose paragraph is cut in two, the next role's paragraph, and two degrees a line each
        String sentence = "Taught history to classes of thirty students in every year group. ";
        ProfileDocument document = document(
                new Block(List.of("Employment"), "Head of History, Kirkgate (2021 – present). " + sentence.repeat(3)),
                new Block(List.of("Employment"), "Teacher of History, Moorside College (2012 – 2015). Ran trips."),
                new Block(List.of("Education"), "PGCE Secondary History, University of Leeds (2011 – 2012)"),
                new Block(List.of("Education"), "BA (Hons) History, University of York, 2:1 (2006 – 2009)"));

        // when
        List<Passage> passages = splitter.split(document);

        // then
        assertThat(passages)
                .extracting(Passage::text)
                .contains(
                        "Teacher of History, Moorside College (2012 – 2015). Ran trips.",
                        "PGCE Secondary History, University of Leeds (2011 – 2012)",
                        "BA (Hons) History, University of York, 2:1 (2006 – 2009)");
    }

    private static ProfileDocument document(Block... blocks) {
        return new ProfileDocument("cv.md", Map.of(), List.of(blocks), List.of());
    }
}
