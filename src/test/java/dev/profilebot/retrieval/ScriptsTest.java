package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void should_hear_a_name_in_cyrillic_and_its_english_spelling_alike() {
        assertThat(Scripts.sound("Tengizchevroil")).isEqualTo(Scripts.sound("Тенгизшевройл"));
        assertThat(Scripts.sound("Zhanaozen")).isEqualTo(Scripts.sound("Жанаозен"));
        assertThat(Scripts.sound("KazMunayGas")).isEqualTo(Scripts.sound("КазМунайГаз"));
        assertThat(Scripts.sound("Nebojša")).isEqualTo(Scripts.sound("Небојша"));
        assertThat(Scripts.sound("Zhumagaliyev")).isEqualTo(Scripts.sound("Жумагалиев"));
        assertThat(Scripts.sound("Arman")).isNotEqualTo(Scripts.sound("Актау"));
    }

    @Test
    void should_read_the_sounds_of_only_the_words_written_in_another_script() {
        assertThat(Scripts.soundsOfOtherWords("Нефть и газ · Tengiz · Атырау"))
                .containsExactlyInAnyOrder(Scripts.sound("Neft"), Scripts.sound("Gaz"), Scripts.sound("Atyrau"));
    }
}
