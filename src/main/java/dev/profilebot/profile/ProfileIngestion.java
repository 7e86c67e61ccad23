package dev.profilebot.profile;

import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.facts.StructuredProfile;
import dev.profilebot.profile.facts.StructuredProfileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents to passages: loads the profile folder, removes private details from every block
 * before anything else sees the text, cuts passages along the structure and merges duplicates,
 * and reads the structured profile (identity, roles, education, skills) beside them.
 */
public final class ProfileIngestion {

    private static final Logger log = LoggerFactory.getLogger(ProfileIngestion.class);

    private final ProfileLoader loader;
    private final PrivateDetailRedactor redactor;
    private final PassageSplitter splitter;
    private final PassageDeduplicator deduplicator;
    private final StructuredProfileReader facts;

    public ProfileIngestion(
            ProfileLoader loader,
            PrivateDetailRedactor redactor,
            PassageSplitter splitter,
            PassageDeduplicator deduplicator,
            StructuredProfileReader facts) {
        this.loader = loader;
        this.redactor = redactor;
        this.splitter = splitter;
        this.deduplicator = deduplicator;
        this.facts = facts;
    }

    public Profile ingest(Path folder) {
        ProfileLoader.Result loaded = loader.load(folder);
        List<PrivateDetailRedactor.Removed> withheld = new ArrayList<>();
        List<String> homeTowns = new ArrayList<>();
        List<ProfileDocument> documents = new ArrayList<>();
        for (ProfileDocument document : loaded.documents()) {
            documents.add(redact(document, withheld, homeTowns));
        }
        StructuredProfile structured = readFacts(documents);
        documents = StructuredProfileReader.withoutNameHeading(
                documents, structured.identity().name());
        List<Passage> passages = new ArrayList<>();
        for (ProfileDocument document : documents) {
            passages.addAll(splitter.split(document));
        }
        int before = passages.size();
        passages = deduplicator.deduplicate(passages);
        // where the person is based: as the documents say it, else the town of their home address, else
        // where they work now
        ContactCard contact = ContactCard.from(documents, structured.identity().displayName())
                .orLocation(homeTowns.stream().findFirst())
                .orLocation(structured.currentRoles().stream()
                        .map(dev.profilebot.profile.facts.Role::location)
                        .flatMap(java.util.Optional::stream)
                        .findFirst());
        log.info(
                "Read {} documents from {}: {} passages ({} near-duplicates merged), {} private details withheld",
                documents.size(),
                folder,
                passages.size(),
                before - passages.size(),
                withheld.size());
        log.info("{}", structured.summaryLine(documents.size()));
        structured.warnings().forEach(warning -> log.warn("Profile: {}", warning));
        return new Profile(
                passages,
                contact,
                structured,
                hash(passages),
                guardedEverywhere(withheld, documents),
                loaded.problems());
    }

    /**
     * The withheld details no answer may carry anywhere: a word withheld under a personal label that the documents
     * also say in the open ("Lugar de nacimiento: Monterrey, N.L." and "Monterrey, N.L." in the page's header, where
     * she is based; "State of Origin: Imo State" and a school "in Okigwe, Imo State") stays out of the passages but
     * is no secret in an answer. Numbers (dates, phone and identity numbers) are always guarded.
     */
    private static List<PrivateDetailRedactor.Removed> guardedEverywhere(
            List<PrivateDetailRedactor.Removed> withheld, List<ProfileDocument> documents) {
        List<String> open = documents.stream()
                .flatMap(d -> d.blocks().stream())
                .map(Block::text)
                .toList();
        return withheld.stream()
                .filter(r ->
                        r.value().matches("(?s).*\\d.*") || open.stream().noneMatch(text -> text.contains(r.value())))
                .toList();
    }

    /**
     * The name, roles, education and skills the documents tell, or none when a document's shape defeats
     * the reader: the passages still answer, and the owner is told why the timeline is missing.
     */
    private StructuredProfile readFacts(List<ProfileDocument> documents) {
        try {
            return facts.read(documents);
        } catch (RuntimeException e) {
            log.error("Could not read the name, roles, education and skills from the documents", e);
            StructuredProfile none = StructuredProfile.empty();
            return new StructuredProfile(
                    none.identity(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("Could not read the name, roles, education and skills ("
                            + e.getClass().getSimpleName()
                            + "; the log has the details): answers come from the documents' text alone"));
        }
    }

    /** A section of referees or references, whose contact details are other people's. */
    private static final java.util.regex.Pattern REFEREES =
            java.util.regex.Pattern.compile("(?i)\\b(referees?|references?)\\b");

    /** A person named with an honorific: "MS. JENNIFER WHITCOMBE", "Dr Ama Owusu". */
    private static final java.util.regex.Pattern ANOTHER_PERSON = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:mr|ms|mrs|miss|dr|prof|engr|atty)\\.?\\s+\\p{Lu}\\p{L}*\\.?\\s+\\p{Lu}");

    /** A referee's e-mail address, with its label: "Email: g.pettifer@lachlanheights.com.au". */
    private static final java.util.regex.Pattern REFEREES_EMAIL =
            java.util.regex.Pattern.compile("(?i)(?:\\b(?:e-?mail|e)\\s*[:.·]\\s*)?" + ContactCard.EMAIL.pattern());

    /**
     * Whether a block is the document's header (before any section, under the name's heading or under its
     * "CURRICULUM VITAE" title) or in a section about the person: not a job's, whose address is the employer's.
     */
    /**
     * A heading the owner marks as not for sharing: "For application forms (private — don't paste into chats)",
     * "Private notes", "Confidential"; not "Private Banking" nor "Private practice", which name work.
     */
    private static final java.util.regex.Pattern MARKED_PRIVATE = java.util.regex.Pattern.compile(
            "(?i)\\b(confidential|do not share|don['’]t share|don['’]t paste|not (?:to be|for) shar(?:ed|ing)|keep private)\\b"
                    + "|\\(\\s*private\\b|^\\W*private(?: notes?| details| info(?:rmation)?)?\\W*$");

    private static boolean isAboutThePerson(List<String> path) {
        return path.isEmpty()
                || path.stream().anyMatch(dev.profilebot.profile.facts.Sections::isAboutThePerson)
                || path.size() == 1
                        && (!dev.profilebot.profile.facts.Sections.isSectionHeading(path.get(0))
                                || dev.profilebot.profile.facts.Sections.isDocumentTitle(path.get(0)));
    }

    private ProfileDocument redact(
            ProfileDocument document, List<PrivateDetailRedactor.Removed> withheld, List<String> homeTowns) {
        List<Block> blocks = new ArrayList<>();
        java.util.Set<String> refereesEmails = new java.util.HashSet<>();
        // a heading is shown as an answer's source: a phone alone on a line, read as a heading, is withheld too
        Map<String, String> headings = new java.util.HashMap<>();
        // a table's column of licence or identity numbers, by the section its header row is in
        Map<List<String>, PrivateDetailRedactor.NumberColumn> numberColumns = new java.util.HashMap<>();
        List<String> openingHeadings = document.blocks().isEmpty()
                ? List.of()
                : document.blocks().get(0).sectionPath();
        for (Block block : document.blocks()) {
            // (not a heading the document opens with: "CURRICULUM VITAE – CONFIDENTIAL" over the whole of it)
            if (block.sectionPath().stream()
                    .filter(h -> !openingHeadings.contains(h))
                    .anyMatch(h -> MARKED_PRIVATE.matcher(h).find())) {
                continue; // "For application forms (private — don't paste into chats)": the owner keeps it
            }
            List<String> path = block.sectionPath().stream()
                    .map(heading -> headings.computeIfAbsent(heading, h -> {
                        PrivateDetailRedactor.Redaction redacted = redactor.redact(h);
                        withheld.addAll(redacted.removed());
                        return redacted.text();
                    }))
                    .filter(heading -> !heading.isBlank())
                    .toList();
            String text = block.text();
            boolean referees = block.sectionPath().stream()
                            .anyMatch(h -> REFEREES.matcher(h).find())
                    // "MS. JENNIFER WHITCOMBE" as a heading under the person's own: a character reference (not the
                    // headings the document opens with, "ENGR. IKECHUKWU DANIEL ONYEKACHI" among them)
                    || block.sectionPath().stream()
                            .filter(h -> !openingHeadings.contains(h))
                            .anyMatch(h -> ANOTHER_PERSON.matcher(h).lookingAt());
            if (referees) {
                // a referee's e-mail is not the person's, nor the asker's to have
                java.util.regex.Matcher email = ContactCard.EMAIL.matcher(text);
                while (email.find()) {
                    refereesEmails.add(email.group().toLowerCase(java.util.Locale.ROOT));
                }
                text = REFEREES_EMAIL.matcher(text).replaceAll("");
            }
            for (String line : text.split("\n")) {
                PrivateDetailRedactor.numberColumnHeaded(line)
                        .ifPresent(column -> numberColumns.put(block.sectionPath(), column));
            }
            PrivateDetailRedactor.NumberColumn numbers = numberColumns.get(block.sectionPath());
            if (numbers != null) {
                // "California · RN – single state · 95172836 · 05/31/2026" under "State · Type · License # · …"
                PrivateDetailRedactor.Redaction column = redactor.withoutNumberColumn(text, numbers);
                withheld.addAll(column.removed());
                text = column.text();
            }
            PrivateDetailRedactor.Redaction redaction = redactor.redact(text);
            withheld.addAll(redaction.removed());
            if (!referees
                    && isAboutThePerson(block.sectionPath())
                    && !REFEREES.matcher(text).find()) {
                homeTowns.addAll(redaction.towns());
            }
            if (!redaction.text().isBlank()) {
                blocks.add(new Block(path, redaction.text()));
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        document.metadata().forEach((key, value) -> {
            PrivateDetailRedactor.Redaction redaction = redactor.redact(value);
            withheld.addAll(redaction.removed());
            metadata.put(key, redaction.text());
        });
        List<DocumentLink> links = document.links().stream()
                .filter(link -> !link.url().startsWith("tel:"))
                .filter(link -> !refereesEmails.contains(
                        link.url().replaceFirst("^mailto:", "").toLowerCase(java.util.Locale.ROOT)))
                .toList();
        return new ProfileDocument(document.fileName(), metadata, blocks, links);
    }

    private static String hash(List<Passage> passages) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Passage passage : passages) {
                digest.update(passage.source().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(passage.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
