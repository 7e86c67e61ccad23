package dev.profilebot.retrieval;

import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.RoleAttribution;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence of a passage as the answerer scores it: its text, its position in the passage, its
 * embedding (computed with its section as context), its analysed terms, and the role it is about
 * with that role's analysed name ({@link RoleAttribution}); outside the roles, the analysed words of
 * the degree or project whose lines it is under ({@link dev.profilebot.profile.facts.EntryAttribution}).
 */
public record IndexedSentence(
        int passage,
        int position,
        String text,
        float[] vector,
        Set<String> terms,
        RoleAttribution.Attributed attributed,
        Set<String> roleTerms) {
    public IndexedSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(attributed, "attributed");
        terms = Set.copyOf(terms);
        roleTerms = Set.copyOf(roleTerms);
    }

    public Optional<Role> role() {
        return attributed.role();
    }

    /** Whether the sentence only names its role (organization, title, dates) and says nothing more. */
    public boolean heading() {
        return attributed.heading();
    }
}
