package dev.profilebot.profile.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * A degree or course of study: institution, degree, field, when, where the documents say so, and
 * the grade or class when they give it ("2:1", "Merit", "1.7").
 */
public record Education(
        String institution,
        String degree,
        Optional<String> field,
        Optional<DateRange> dates,
        FactSource source,
        Optional<String> grade) {
    public Education(
            String institution, String degree, Optional<String> field, Optional<DateRange> dates, FactSource source) {
        this(institution, degree, field, dates, source, Optional.empty());
    }

    public Education {
        grade = grade == null ? Optional.empty() : grade.filter(g -> !g.isBlank());
        institution = institution == null ? "" : institution.strip();
        degree = degree == null ? "" : degree.strip();
        // (an Arabic field after its "in": "ماجستير في المحاسبة" is a master's in "المحاسبة")
        field = field == null
                ? Optional.empty()
                : field.map(f -> f.strip().replaceFirst("^في\\s+", "")).filter(f -> !f.isBlank());
        dates = dates == null ? Optional.empty() : dates;
        Objects.requireNonNull(source, "source");
        if (institution.isEmpty() && degree.isEmpty()) {
            throw new IllegalArgumentException("an education entry needs an institution or a degree");
        }
    }

    /** "M.Sc. Computer Science at Technische Universität München (2012 to 2014)". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(degree);
        if (field.isPresent()
                && !degree.toLowerCase(java.util.Locale.ROOT)
                        .contains(field.get().toLowerCase(java.util.Locale.ROOT))) {
            text.append(degree.isEmpty() ? "" : " in ").append(field.get());
        }
        if (!institution.isEmpty()) {
            text.append(text.length() == 0 ? "" : " at ").append(institution);
        }
        dates.ifPresent(d -> text.append(" (").append(d.display()).append(")"));
        grade.ifPresent(g -> text.append(", ").append(g));
        return text.toString();
    }

    /** What was studied and where, without the dates and what follows them: "M.Sc. Computer Science at TU München". */
    public String describeUndated() {
        return describe().replaceFirst("\\s*\\(.*$", "");
    }

    public Education withField(String newField) {
        return new Education(institution, degree, Optional.of(newField), dates, source, grade);
    }

    public Education withDates(Optional<DateRange> newDates) {
        return new Education(institution, degree, field, newDates, source, grade);
    }

    public Education withGrade(String newGrade) {
        return new Education(institution, degree, field, dates, source, Optional.of(newGrade));
    }
}
