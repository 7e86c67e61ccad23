package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.facts.Identity;
import dev.profilebot.profile.facts.Pronouns;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThirdPersonTest {

    private static ThirdPerson of(String name, Pronouns pronouns) {
        return new ThirdPerson(new Identity(Optional.of(name), pronouns, true, Optional.empty(), Optional.empty()));
    }

    @Test
    void should_name_the_person_first_then_use_the_pronoun_with_verbs_that_agree() {
        ThirdPerson he = of("Jonathan Hartley", Pronouns.HE);

        assertThat(he.rewrite("I created Colorama. I work on Linux and I present at PyCon."))
                .isEqualTo("Jonathan created Colorama. He works on Linux and he presents at PyCon.");
        assertThat(he.rewrite("I'm an experienced developer; my team converts requests. I have 15 years in Python."))
                .isEqualTo(
                        "Jonathan is an experienced developer; his team converts requests. He has 15 years in Python.");
    }

    @Test
    void should_rewrite_the_i_after_a_sentences_opening_word_but_not_a_kings_or_a_phases_numeral() {
        ThirdPerson he = of("Gergely Vörös", Pronouns.HE);

        assertThat(he.rewrite("Before I moved into the lead role I spent two years as a senior developer."))
                .isEqualTo("Before Gergely moved into the lead role he spent two years as a senior developer.");
        assertThat(he.rewrite("When I joined, the team had three people."))
                .isEqualTo("When Gergely joined, the team had three people.");
        assertThat(he.rewrite("Led the Phase I rollout; a talk on Henry I of England."))
                .isEqualTo("Led the Phase I rollout; a talk on Henry I of England.");
        assertThat(he.rewrite("Professional Scrum Master I (PSM I), Scrum.org, 2019."))
                .isEqualTo("Professional Scrum Master I (PSM I), Scrum.org, 2019.");
    }

    @Test
    void should_make_negations_and_a_second_verb_agree() {
        ThirdPerson she = of("Ysolde Marchbanks", Pronouns.SHE);

        assertThat(she.rewrite("I don't take commercial work. I haven't taught online."))
                .isEqualTo("Ysolde doesn't take commercial work. She hasn't taught online.");
        assertThat(she.rewrite("I present at PyCon and am a Fellow of the PSF. I can't relocate."))
                .isEqualTo("Ysolde presents at PyCon and is a Fellow of the PSF. She can't relocate.");
        assertThat(of("Sam Lindqvist", Pronouns.THEY).rewrite("I don't relocate."))
                .isEqualTo("Sam doesn't relocate.");
        assertThat(of("Sam Lindqvist", Pronouns.THEY).rewrite("I write Go. I present at PyCon and am a Fellow."))
                .isEqualTo("Sam writes Go. They present at PyCon and are a Fellow.");
    }

    @Test
    void should_keep_they_plural_and_leave_the_team_alone() {
        ThirdPerson they = of("Sam Lindqvist", Pronouns.THEY);

        assertThat(they.rewrite("I lead the group. I write Rust; we ship weekly and I mentor our juniors."))
                .isEqualTo("Sam leads the group. They write Rust; we ship weekly and they mentor our juniors.");
    }

    @Test
    void should_not_touch_text_without_the_first_person() {
        ThirdPerson she = of("Maya Okafor", Pronouns.SHE);

        assertThat(she.rewrite("Led migration to Kafka: cut p99 latency by 40%. Physics III at Heidelberg."))
                .isEqualTo("Led migration to Kafka: cut p99 latency by 40%. Physics III at Heidelberg.");
        assertThat(she.rewrite("Tuned async I/O and led the Phase I rollout."))
                .isEqualTo("Tuned async I/O and led the Phase I rollout.");
        assertThat(she.rewrite("WHY I'M MOVING: the commute.")).isEqualTo("WHY I'M MOVING: the commute.");
        assertThat(she.rewrite("Role: Co-I (PI: Prof. Gareth Lewis-Ambrose)"))
                .isEqualTo("Role: Co-I (PI: Prof. Gareth Lewis-Ambrose)");
        assertThat(she.rewrite("Datos personales: D.N.I.: withheld. Nacionalidad: Española."))
                .isEqualTo("Datos personales: D.N.I.: withheld. Nacionalidad: Española.");
        assertThat(she.rewrite("I mostly write Go.")).isEqualTo("Maya mostly writes Go.");
        assertThat(
                        she.rewrite(
                                "Graduate engineer at Ubuhle Platinum Mine; Mine Overseer at Goldvale. The idea was mine. A life-of-mine plan."))
                .isEqualTo(
                        "Graduate engineer at Ubuhle Platinum Mine; Mine Overseer at Goldvale. The idea was hers. A life-of-mine plan.");
        assertThat(
                        she.rewrite(
                                "FIFO Electrician at the Red Hill Ridge iron ore mine; a friend of mine ran the open-cut mine."))
                .isEqualTo(
                        "FIFO Electrician at the Red Hill Ridge iron ore mine; a friend of hers ran the open-cut mine.");
        assertThat(she.rewrite("What am I looking for next? How do I work? I. Carvalho, M. Brandt. Forecasting."))
                .isEqualTo("What is Maya looking for next? How does she work? I. Carvalho, M. Brandt. Forecasting.");
        assertThat(she.rewrite("Experience › Quillpay: I rewrote the ledger in Go, which taught me a lot."))
                .isEqualTo("Experience › Quillpay: Maya rewrote the ledger in Go, which taught her a lot.");
    }

    @Test
    void should_leave_an_adverb_between_subject_and_verb_alone_and_make_the_verb_agree() {
        ThirdPerson she = of("Niamh Castellow", Pronouns.SHE);

        assertThat(she.rewrite("The best resources I ever used were written by teachers. I even teach on Saturdays."))
                .isEqualTo(
                        "The best resources Niamh ever used were written by teachers. She even teaches on Saturdays.");
    }
}
