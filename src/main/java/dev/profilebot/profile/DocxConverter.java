package dev.profilebot.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDefaultRunStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A Word document ({@code .docx}, read with Apache POI) as Markdown: headings from the paragraph
 * styles ("Heading 1", "Title") or, where no style is used, from a line in a clearly larger font;
 * a paragraph all in bold as bold (the Markdown reader takes a short one for a heading, as it does
 * for word processors' exports); numbered and bulleted paragraphs as list items at their level;
 * tables cell by cell in reading order, since a whole résumé laid out as one borderless table is
 * common; text in content controls; and a line break inside a paragraph ("Acme Corp", "Senior
 * Engineer", "2019 – 2021" in one paragraph) as a line of its own.
 */
final class DocxConverter implements MarkdownConverter {

    private static final Pattern HEADING_STYLE =
            Pattern.compile("(?i)^(?:heading|berschrift|titre|t[ií]tulo)\\s*(\\d)$");
    /** Word's list styles, whose bullets come from the style rather than the paragraph. */
    private static final Pattern LIST_STYLE = Pattern.compile("(?i)^list ?(?:bullet|number|continue)(?: ?\\d)?$");

    private static final Pattern LIST_STYLE_LEVEL = Pattern.compile("(\\d)$");
    /** A bullet typed at a paragraph's start: "•", "・" (a Japanese CV's), "●", "▪". */
    private static final Pattern TYPED_BULLET = Pattern.compile("[•・●▪◦‣]\\s*(?=\\S)");

    /** A line this much larger than the body text, and short, is a heading where no style says so. */
    private static final double HEADING_FONT_RATIO = 1.3;

    private static final int MAX_HEADING_LENGTH = 80;

    @Override
    public String toMarkdown(String fileName, byte[] bytes) throws IOException, NotThisFormatException {
        // a template's content controls unwrapped, so that their paragraphs keep their styles; floating boxes in
        // the order they are read
        try (XWPFDocument document = new XWPFDocument(
                new ByteArrayInputStream(FloatingBoxes.inReadingOrder(ContentControls.unwrapped(bytes))))) {
            StringBuilder md = new StringBuilder();
            double bodySize = bodyFontSize(allParagraphs(document), document.getStyles());
            // contact details are often in the page header: read first, as on the page
            Set<String> seen = new HashSet<>();
            for (XWPFHeader header : document.getHeaderList()) {
                headerOrFooter(header, bodySize, md, seen);
            }
            // a footer of contact details is the person's, read with the header before the body; under the
            // last section it would be taken for a referee's
            java.util.Map<Boolean, List<XWPFFooter>> byContact = document.getFooterList().stream()
                    .collect(java.util.stream.Collectors.partitioningBy(
                            footer -> CONTACT.matcher(footer.getText()).find()));
            for (XWPFFooter footer : byContact.get(true)) {
                headerOrFooter(footer, bodySize, md, seen);
            }
            body(document.getBodyElements(), bodySize, md);
            for (XWPFFooter footer : byContact.get(false)) {
                headerOrFooter(footer, bodySize, md, seen);
            }
            return md.toString();
        } catch (OLE2NotOfficeXmlFileException e) {
            // a password-protected .docx is an encrypted package inside the old container
            if (isEncrypted(bytes)) {
                throw new NotThisFormatException(
                        "a password-protected Word file: save it without a password, or add a .md or .txt");
            }
            return OfficeConverter.legacyWord().toMarkdown(fileName, bytes); // a .doc renamed .docx
        } catch (POIXMLException | IllegalArgumentException e) {
            throw new NotThisFormatException(
                    "not a readable Word document (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void body(List<IBodyElement> elements, double bodySize, StringBuilder md) {
        for (int i = 0; i < elements.size(); i++) {
            IBodyElement element = elements.get(i);
            int employerLevel = element instanceof XWPFParagraph paragraph
                    ? employerOverTitles(paragraph, elements.subList(i + 1, elements.size()), bodySize, md)
                    : 0;
            if (isDefinitionTerm(element)
                    && i + 1 < elements.size()
                    && elements.get(i + 1) instanceof XWPFParagraph definition
                    && styleName(definition).replace(" ", "").equalsIgnoreCase("definition")) {
                // pandoc's definition list: "Born" over "9 March 1988 in Lüneburg" is one labelled line
                paragraphText(
                        ((XWPFParagraph) element).getText().strip() + ": "
                                + definition.getText().strip(),
                        md);
                i++;
            } else if (employerLevel > 0) {
                md.append("#".repeat(employerLevel))
                        .append(' ')
                        .append(((XWPFParagraph) element).getText().strip())
                        .append("\n\n");
            } else if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph, bodySize, md);
            } else if (element instanceof XWPFTable table && isKeyValueTable(table)) {
                for (XWPFTableRow row : table.getRows()) {
                    // "Date of birth | 14/03/1993": a labelled line, as the redactor and the reader know them
                    for (int c = 0; c + 1 < row.getTableCells().size(); c += 2) {
                        String label = row.getCell(c).getText().strip().replaceFirst("\\s*:$", "");
                        // "27 Brackenfield Road" over "Walton" over "Chesterfield": one address
                        String value = String.join(", ", lines(row.getCell(c + 1)));
                        if (!label.isEmpty()) {
                            paragraphText(labelledLine(label, value), md);
                        }
                    }
                }
            } else if (element instanceof XWPFTable table && isLabelledLayout(table)) {
                labelledRows(table, bodySize, md);
            } else if (element instanceof XWPFTable table && isDataTable(table)) {
                pipeTable(table, md);
            } else if (element instanceof XWPFTable table && isRecordTable(table)) {
                records(table, md);
            } else if (element instanceof XWPFTable table) {
                List<XWPFTableRow> rows = table.getRows();
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = rows.get(r);
                    if (r == 0 && rows.size() > 1 && isTitleRow(row)) {
                        // "Education Background" across the first row: the section the table sets out
                        md.append("\n## ")
                                .append(row.getCell(0).getText().strip())
                                .append("\n\n");
                        continue;
                    }
                    if (sectionAlone(row, md)) {
                        continue;
                    }
                    int afterRecords = recordsUnderColumnNames(rows, r, md);
                    if (afterRecords > r) {
                        r = afterRecords - 1;
                        continue;
                    }
                    if (labelsBesideValues(row, md)) {
                        continue;
                    }
                    if (r + 1 < rows.size() && namesColumns(row)) {
                        // "期間 | 業務内容" in bold over each post's row: the columns' names, no section's heading
                        paragraphText(
                                row.getTableCells().stream()
                                        .map(c -> c.getText().strip())
                                        .collect(java.util.stream.Collectors.joining(" · ")),
                                md);
                        continue;
                    }
                    if (isGridRow(row)) {
                        // "English | C1 Proficient user | C1 Proficient user | B2 Independent user": one line
                        paragraphText(
                                row.getTableCells().stream()
                                        .map(c -> c.getText().strip())
                                        .filter(t -> !t.isEmpty())
                                        .collect(java.util.stream.Collectors.joining(" · ")),
                                md);
                        continue;
                    }
                    if (datesBesideEntry(row, bodySize, md)
                            || whereAndWhenBesideEntry(row, bodySize, md)
                            || labelBesideValue(row, md)
                            || sectionBesideLines(row, bodySize, md)) {
                        continue;
                    }
                    for (XWPFTableCell cell : row.getTableCells()) {
                        if (isSidebar(cell, row)) {
                            sidebar(cell.getBodyElements(), bodySize, md);
                        } else {
                            body(cell.getBodyElements(), bodySize, md);
                        }
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                for (String line : control.getContent().getText().split("\\R")) {
                    paragraphText(line.strip(), md);
                }
            }
        }
    }

    /** "【チーム】", "【業務内容】": a label in lenticular brackets, as a Japanese career sheet writes them. */
    private static final Pattern LABEL_IN_LENTICULAR_BRACKETS = Pattern.compile("\\s*【[^】]{1,20}】");

    private static final Pattern SECTION_IN_CAPITALS = Pattern.compile("[\\p{Lu}][\\p{Lu} &/,'-]{2,40}");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^(#{1,6}) ");

    /**
     * The level of heading a bold, dated line takes when the titles held there follow as headings: "KESTREL
     * FULFILMENT LTD, Rotherham — 2021 to Present" over "Head of Operations (2024 – Present)" in Heading 3 is a
     * level above them, so that each title sits under its employer; 0 for any other paragraph.
     */
    private static int employerOverTitles(
            XWPFParagraph paragraph, List<IBodyElement> next, double bodySize, StringBuilder md) {
        String text = paragraph.getText().strip();
        if (!allBold(paragraph)
                || text.contains("\n")
                || text.length() > MAX_HEADING_LENGTH * 2
                || !YEAR.matcher(text).find()
                || paragraph.getNumID() != null
                || LIST_STYLE.matcher(styleName(paragraph)).matches()
                || headingLevel(paragraph, text, bodySize) > 0) {
            return 0;
        }
        int titles = 0;
        // an employer's description may stand between: "Third-party e-commerce fulfilment for …"
        for (IBodyElement element : next.subList(0, Math.min(3, next.size()))) {
            if (!(element instanceof XWPFParagraph following) || allBold(following)) {
                break;
            }
            String followingText = following.getText().strip();
            if (followingText.isEmpty()) {
                continue;
            }
            titles = headingLevel(following, followingText, bodySize);
            if (titles > 0) {
                // the next section's heading ("Education" after the last job) is no title held there
                if (TextCleanup.SECTION_NAME.matcher(followingText).matches()) {
                    titles = 0;
                }
                break;
            }
        }
        // the heading this one would follow at its level or above: the section's, or the employer's before it
        Matcher heading = HEADING_LINE.matcher(md);
        int above = 0;
        String aboveText = "";
        while (heading.find()) {
            if (heading.group(1).length() < titles) {
                above = heading.group(1).length();
                int end = md.indexOf("\n", heading.end());
                aboveText = md.substring(heading.end(), end < 0 ? md.length() : end);
            }
        }
        boolean sectionAbove = above < titles - 1;
        boolean employerBefore = above == titles - 1 && YEAR.matcher(aboveText).find();
        return titles > 1 && (sectionAbove || employerBefore) ? titles - 1 : 0;
    }

    private static final int MAX_DATA_CELL = 200;

    private static final int MAX_DATA_COLUMNS = 12;
    /** A form's question standing as a label, at most this long. */
    private static final int MAX_QUESTION_LABEL = 80;
    /** Words in a column's name or a form's label at most: "Name and address of employer". */
    private static final int MAX_COLUMN_NAME_WORDS = 6;

    /**
     * "Feb 2019 – Present" in a narrow cell beside "Senior Bookkeeper, Ledgerwell Partners LLP — Market
     * Brayton": a template's job, its dates and its first line one line ("Feb 2019 – Present · Senior
     * Bookkeeper, …"), the rest of the entry's cell under it; a single date beside a school-leaving
     * certificate or a course ("06/2007 · Abitur …") the same. Whether the row was one.
     */
    private static boolean datesBesideEntry(XWPFTableRow row, double bodySize, StringBuilder md) {
        List<XWPFTableCell> cells = row.getTableCells();
        if (cells.size() != 2) {
            return false;
        }
        String dates = cells.get(0).getText().strip();
        boolean onlyDates = dev.profilebot.profile.facts.DateRanges.isOnlyADateOrRange(dates);
        List<IBodyElement> entry = new ArrayList<>(cells.get(1).getBodyElements());
        if (!onlyDates
                || entry.isEmpty()
                || !(entry.get(0) instanceof XWPFParagraph first)
                || first.getText().isBlank()) {
            return false;
        }
        paragraphText(dates + " · " + first.getText().strip(), md);
        body(entry.subList(1, entry.size()), bodySize, md);
        return true;
    }

    /**
     * "Executive Assistant to the CFO & COO" and its bullets in the wide cell, "Carrow Lane Logistics, Inc. /
     * Charlotte, NC / June 2018 – Feb. 2021" in the narrow one beside it: a job's employer, place and dates set on
     * the right of its title, read first, as the entry's heading above the title. Whether the row was one.
     */
    private static boolean whereAndWhenBesideEntry(XWPFTableRow row, double bodySize, StringBuilder md) {
        List<XWPFTableCell> cells = row.getTableCells();
        if (cells.size() != 2) {
            return false;
        }
        List<String> where = lines(cells.get(1));
        List<String> entry = lines(cells.get(0));
        boolean whereAndWhen = !where.isEmpty()
                && where.size() <= 4
                && String.join(" ", where).length() <= 120
                && dev.profilebot.profile.facts.DateRanges.firstRange(where.get(where.size() - 1))
                        .isPresent();
        if (!whereAndWhen
                || entry.size() < 2
                || dev.profilebot.profile.facts.DateRanges.firstRange(entry.get(0))
                        .isPresent()) {
            return false;
        }
        body(cells.get(1).getBodyElements(), bodySize, md);
        body(cells.get(0).getBodyElements(), bodySize, md);
        return true;
    }

    /**
     * A table of data rather than of layout: a header row of a few words per column ("Years |
     * Employer | Title") over at least two rows of the same columns, each cell one short paragraph.
     * A résumé laid out in a borderless table has cells of several paragraphs and bullets.
     */
    static boolean isDataTable(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() < 3) {
            return false;
        }
        int columns = rows.get(0).getTableCells().size();
        // up to a seafarer's sea service: "No. | Vessel | Flag | Type | GRT / DWT | Engine / kW | Rank | Company /
        // Manning Agent | Sign-On | Sign-Off | Reason for Sign-Off"
        if (columns < 2 || columns > MAX_DATA_COLUMNS) {
            return false;
        }
        int notes = 0;
        for (XWPFTableRow row : rows) {
            if (isNoteAcross(row, columns)) {
                notes++; // "SHORE EMPLOYMENT – Jan 2020 to Aug 2021" across a sea service's columns
                continue;
            }
            if (row.getTableCells().size() != columns) {
                return false;
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()
                        || written(cell).size() > 1
                        || cell.getText().strip().length() > MAX_DATA_CELL) {
                    return false;
                }
            }
        }
        return notes * MAX_NOTE_ROWS_SHARE < rows.size()
                && !isNoteAcross(rows.get(0), columns)
                && rows.get(0).getTableCells().stream()
                        .map(cell -> cell.getText().strip())
                        .allMatch(label ->
                                !label.isEmpty() && label.split("\\s+").length <= 4 && !label.matches(".*\\d.*"));
    }

    /** A data table's rows that are notes across its columns are fewer than one in this many. */
    private static final int MAX_NOTE_ROWS_SHARE = 3;

    /** A row of fewer cells than the table's columns, one of them spanning several: a note across the table. */
    private static boolean isNoteAcross(XWPFTableRow row, int columns) {
        return row.getTableCells().size() < columns
                && row.getTableCells().stream().anyMatch(DocxConverter::spansColumns)
                && row.getTableCells().stream()
                        .allMatch(cell -> cell.getTables().isEmpty());
    }

    /**
     * "Date and place of birth" in a narrow cell beside "17.06.1988 in Landshut", a row of a CV laid out
     * as one table: a labelled line, as the redactor and the reader know them. Whether the row was one.
     */
    private static boolean labelBesideValue(XWPFTableRow row, StringBuilder md) {
        List<XWPFTableCell> cells = row.getTableCells();
        if (cells.size() != 2 || !isLabelledRow(row, 2, DocxConverter::isLabelOrQuestion)) {
            return false;
        }
        List<String> label = lines(cells.get(0));
        List<String> value = lines(cells.get(1));
        if (label.size() != 1 || value.size() != 1) {
            return false;
        }
        paragraphText(labelledLine(label.get(0), value.get(0)), md);
        return true;
    }

    /**
     * "Period | 2019.07 – Present | Location | Yeouido, Seoul", the labels in shaded or bold cells: a Korean or
     * Japanese CV's table of an employer's particulars, each label with its value a line ("Period: 2019.07 –
     * Present"), a value of several lines joined ("Position: Senior Manager, 2023.01 – Present; Manager, 2019.07 –
     * 2022.12"). Whether the row was one.
     */
    /** The labels of a header's personal details: "Address", "Date of birth", "Marital status". */
    private static final Pattern PERSONAL_DETAIL_LABEL = Pattern.compile("(?i)(?:home |postal )?address|mobile|phone"
            + "|telephone|tel\\.?|e-?mail|linkedin|github|website|date of birth|birth ?date|place of birth"
            + "|nationality|citizenship|marital status|civil status|driving licen[cs]e|(?:work |residence )?permit"
            + "|gender|age|languages?|mother tongue");

    private static boolean labelsBesideValues(XWPFTableRow row, StringBuilder md) {
        // (a photo's cell, empty and merged down the rows beside them, is no label's)
        List<XWPFTableCell> cells = row.getTableCells().stream()
                .filter(c -> !c.getText().isBlank() || !isMergedFromAbove(c) && !startsAMergeDown(c))
                .toList();
        if (cells.size() < 2 || cells.size() % 2 != 0) {
            return false;
        }
        List<String> labelled = new ArrayList<>();
        for (int c = 0; c < cells.size(); c += 2) {
            XWPFTableCell label = cells.get(c);
            XWPFTableCell value = cells.get(c + 1);
            List<String> lines = lines(value);
            if (!isLabel(label.getText().strip())
                    || lines.isEmpty()
                    // "Experience" beside a cell of entries: a section laid out in a table, not a value
                    || lines.size() > MAX_VALUE_LINES
                    // "Sprachen:" beside a language a line: a section's name, read as one (sectionBesideLines)
                    || lines.size() > 1
                            && TextCleanup.SECTION_NAME
                                    .matcher(label.getText().strip())
                                    .matches()
                    || String.join(" ", lines).length() > MAX_DATA_CELL
                    || !label.getTables().isEmpty()
                    || !value.getTables().isEmpty()
                    || !(isShaded(label) && !isShaded(value)
                            || allBold(label) && !allBold(value)
                            // "Address | Rötelstrasse 84, 8037 Zürich" in plain type: a personal detail's label
                            || PERSONAL_DETAIL_LABEL
                                    .matcher(label.getText().strip())
                                    .matches())) {
                return false;
            }
            labelled.add(labelledLine(label.getText(), String.join("; ", lines)));
        }
        labelled.forEach(line -> paragraphText(line, md));
        return true;
    }

    /** "Date of birth" and "12/03/1990" as the line the redactor and the readers know: "Date of birth: 12/03/1990". */
    private static String labelledLine(String label, String value) {
        // ("Surname" beside ": Nkwanyana": the colon set in the value's cell)
        return label.strip().replaceFirst("\\s*:$", "") + ": " + value.strip().replaceFirst("^[:：]\\s*", "");
    }

    /** A cell narrower than this share of its row is a sidebar beside the main column. */
    private static final double SIDEBAR_SHARE = 0.45;

    /** A sidebar's line longer than this is text of its own, no detail of the item above it. */
    private static final int MAX_DETAIL_LENGTH = 60;

    /** Whether a cell is a two-column template's narrow sidebar, beside a wider cell with text in it. */
    private static boolean isSidebar(XWPFTableCell cell, XWPFTableRow row) {
        List<XWPFTableCell> written =
                row.getTableCells().stream().filter(c -> !c.getText().isBlank()).toList();
        int total = written.stream().mapToInt(DocxConverter::width).sum();
        return written.size() == 2 && written.contains(cell) && width(cell) > 0 && width(cell) < total * SIDEBAR_SHARE;
    }

    /** A cell's width in twentieths of a point as Word writes it ("3402"), or 0 when it is not written so. */
    private static int width(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetTcW() || !properties.getTcW().isSetW()) {
            return 0;
        }
        String twips = properties.getTcW().xgetW().getStringValue();
        return twips.matches("\\d{1,6}") ? Integer.parseInt(twips) : 0;
    }

    /**
     * A sidebar's paragraphs, each item in bold with its details on the short lines under it joined to it:
     * "Basic Life Support (BLS)" over "Annual competency, SCHHS" and "Expires 03/2027" reads "Basic Life Support
     * (BLS): Annual competency, SCHHS; Expires 03/2027", so what it says of the item stays with it.
     */
    private static void sidebar(List<IBodyElement> elements, double bodySize, StringBuilder md) {
        int done = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof XWPFParagraph item) || !isSidebarItem(item, bodySize)) {
                continue;
            }
            List<String> details = new ArrayList<>();
            int end = i + 1;
            for (; end < elements.size(); end++) {
                if (!(elements.get(end) instanceof XWPFParagraph line)) {
                    break;
                }
                String text = line.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (allBold(line)
                        || headingLevel(line, text, bodySize) > 0
                        || line.getNumID() != null
                        || text.length() > MAX_DETAIL_LENGTH
                        || dev.profilebot.profile.facts.DateRanges.firstRange(text)
                                .isPresent()) {
                    break;
                }
                details.add(text);
            }
            boolean closed = end == elements.size()
                    || elements.get(end) instanceof XWPFParagraph next
                            && (allBold(next)
                                    || headingLevel(next, next.getText().strip(), bodySize) > 0);
            if (details.isEmpty() || details.size() > MAX_VALUE_LINES || !closed) {
                continue;
            }
            body(elements.subList(done, i), bodySize, md);
            paragraphText(labelledLine(item.getText(), String.join("; ", details)), md);
            done = end;
            i = end - 1;
        }
        body(elements.subList(done, elements.size()), bodySize, md);
    }

    /** A sidebar's item named in bold on a short line of its own: "Advanced Life Support Level 2 (ALS2)", "Email". */
    private static boolean isSidebarItem(XWPFParagraph paragraph, double bodySize) {
        String text = paragraph.getText().strip();
        return !text.isEmpty()
                && allBold(paragraph)
                && text.length() <= MAX_HEADING_LENGTH
                && paragraph.getNumID() == null
                && headingLevel(paragraph, text, bodySize) == 0
                && !YEAR.matcher(text).find();
    }

    /** A value of more lines than this is more than a label's value: a section's entries. */
    private static final int MAX_VALUE_LINES = 3;

    private static boolean startsAMergeDown(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        return properties != null
                && properties.isSetVMerge()
                && properties.getVMerge().isSetVal();
    }

    private static boolean isShaded(XWPFTableCell cell) {
        String fill = cell.getColor();
        return fill != null && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
    }

    private static boolean allBold(XWPFTableCell cell) {
        List<XWPFParagraph> written = written(cell);
        return !written.isEmpty() && written.stream().allMatch(DocxConverter::allBold);
    }

    /** A cell's paragraphs that hold text. */
    private static List<XWPFParagraph> written(XWPFTableCell cell) {
        return cell.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
    }

    /**
     * "ESPERIENZA LAVORATIVA" alone in the left column, the other cells empty: a Europass CV's table heads its
     * sections that way, the entries in the rows below. Whether the row was one.
     */
    private static boolean sectionAlone(XWPFTableRow row, StringBuilder md) {
        List<XWPFTableCell> cells = row.getTableCells();
        List<String> label = cells.isEmpty() ? List.of() : lines(cells.get(0));
        if (cells.size() < 2
                || label.size() != 1
                || !TextCleanup.SECTION_NAME.matcher(label.get(0)).matches()
                || cells.subList(1, cells.size()).stream()
                        .anyMatch(cell ->
                                !cell.getText().isBlank() || !cell.getTables().isEmpty())) {
            return false;
        }
        md.append("\n## ").append(label.get(0).replaceFirst("\\s*:$", "")).append("\n\n");
        return true;
    }

    /**
     * "Sprachen:" in a narrow cell beside a language a line, a row of a Lebenslauf's "Kenntnisse" laid out as a
     * table: a section of its own, its name set as a bold paragraph's is. Whether the row was one.
     */
    private static boolean sectionBesideLines(XWPFTableRow row, double bodySize, StringBuilder md) {
        List<XWPFTableCell> cells = row.getTableCells();
        if (cells.size() != 2) {
            return false;
        }
        List<String> label = lines(cells.get(0));
        if (label.size() != 1
                || lines(cells.get(1)).size() < 2
                || !TextCleanup.SECTION_NAME.matcher(label.get(0)).matches()) {
            return false;
        }
        md.append("\n**").append(label.get(0).replaceFirst("\\s*:$", "")).append("**\n\n");
        body(cells.get(1).getBodyElements(), bodySize, md);
        return true;
    }

    /**
     * A table of labels and values: two columns, the first of a few words each ("Date of birth",
     * "GMC number"), as a personal-details box lays them out.
     */
    static boolean isKeyValueTable(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() < 2) {
            return false;
        }
        int columns = rows.get(0).getTableCells().size();
        // "Name | Jane Doe | Nationality | British": pairs side by side, each a label and its value;
        // a form's question among the labels ("Are there any conditions on your registration? | No")
        // does not make it a data table
        return columns % 2 == 0
                && columns <= 6
                && rows.stream().allMatch(row -> isLabelledRow(row, columns, DocxConverter::isLabelOrQuestion))
                && rows.stream()
                                        .filter(row -> isLabelledRow(row, columns, DocxConverter::isLabel))
                                        .count()
                                * 2
                        >= rows.size();
    }

    /**
     * A form's longer label or question: "Professional profile / website (optional)", "Are there any
     * conditions on your registration?".
     */
    private static boolean isLabelOrQuestion(String text) {
        return isLabel(text)
                || !text.isEmpty()
                        && Character.isUpperCase(text.codePointAt(0))
                        && text.length() <= MAX_QUESTION_LABEL
                        && !text.matches(".*\\d.*")
                        && (text.endsWith("?") || text.split("\\s+").length <= MAX_COLUMN_NAME_WORDS);
    }

    private static boolean isLabelledRow(XWPFTableRow row, int columns, Predicate<String> isLabel) {
        List<XWPFTableCell> cells = row.getTableCells();
        if (cells.size() != columns) {
            return false;
        }
        for (int c = 0; c < columns; c += 2) {
            String label = cells.get(c).getText().strip();
            boolean emptyPair = label.isEmpty() && cells.get(c + 1).getText().isBlank();
            if (!emptyPair && !isLabel.test(label)
                    || cells.get(c + 1).getText().strip().length() > MAX_DATA_CELL
                    || !cells.get(c).getTables().isEmpty()
                    || !cells.get(c + 1).getTables().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(String text) {
        return !text.isEmpty()
                && text.split("\\s+").length <= 4
                && text.length() <= 40
                && !text.matches(".*\\d.*")
                && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * A table's first row of one cell holding a section's name, as a template of a table a section sets it:
     * "Education Background" across the columns of the schools under it, or "Professional Skills" over a cell
     * of them.
     */
    private static boolean isTitleRow(XWPFTableRow row) {
        if (row.getTableCells().size() != 1) {
            return false;
        }
        XWPFTableCell cell = row.getCell(0);
        String text = cell.getText().strip();
        List<XWPFParagraph> written = written(cell);
        return written.size() == 1
                && isColumnName(text)
                && (TextCleanup.SECTION_NAME.matcher(text).matches() || allBold(written.get(0)) || spansColumns(cell));
    }

    /** A row of two or more cells, each one short name in bold: "期間 | 業務内容", "Period | Duties". */
    private static boolean namesColumns(XWPFTableRow row) {
        return row.getTableCells().size() >= 2
                && row.getTableCells().stream()
                        .allMatch(cell -> written(cell).size() == 1
                                && isColumnName(cell.getText().strip())
                                && allBold(cell));
    }

    private static boolean spansColumns(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        return properties != null
                && properties.isSetGridSpan()
                && properties.getGridSpan().getVal().intValue() > 1;
    }

    private static boolean isColumnName(String text) {
        return !text.isEmpty()
                && text.split("\\s+").length <= MAX_COLUMN_NAME_WORDS
                && !text.matches(".*(\\d|[.!?,;]$).*");
    }

    /**
     * A row naming the columns, the dates' among them ("Period | Company | Department | Position"), over a row
     * of as many cells for each job or school: each read as a form's record, "Period: 2022.04 - Now; Company:
     * …", with the lines of a row across the table under it ("Job content: …") as the record's further lines.
     * The index of the row after the records, or the given one when the row names no columns over records.
     */
    private static int recordsUnderColumnNames(List<XWPFTableRow> rows, int at, StringBuilder md) {
        List<String> names = rows.get(at).getTableCells().stream()
                .map(cell -> withLettersTogether(cell.getText().strip().replaceAll("\\s+", " ")))
                .toList();
        if (names.size() < 3
                || !names.stream().allMatch(DocxConverter::isColumnName)
                || names.stream().noneMatch(name -> DATES_COLUMN.matcher(name).matches())
                || at + 1 >= rows.size()
                || !isRecordUnder(rows.get(at + 1), names)) {
            return at;
        }
        int next = at + 1;
        List<String> record = new ArrayList<>();
        for (; next < rows.size(); next++) {
            XWPFTableRow row = rows.get(next);
            if (isRecordUnder(row, names)) {
                paragraphText(String.join("\n", record), md);
                record.clear();
                record.addAll(rowRecord(names, row, List.of()).lines());
            } else if (row.getTableCells().size() == 1
                    && row.getCell(0).getTables().isEmpty()) {
                record.addAll(lines(row.getCell(0)));
            } else {
                break;
            }
        }
        paragraphText(String.join("\n", record), md);
        return next;
    }

    /** "기 간", "학 교 명": a Korean form's column name with its syllables spaced out, as one word. */
    private static String withLettersTogether(String name) {
        return name.matches("\\p{IsHangul}(?: \\p{IsHangul})+") ? name.replace(" ", "") : name;
    }

    /** A row of a record under the column names: as many cells, dated, none of them a table. */
    private static boolean isRecordUnder(XWPFTableRow row, List<String> names) {
        List<XWPFTableCell> cells = row.getTableCells();
        return cells.size() == names.size()
                && cells.stream().allMatch(cell -> cell.getTables().isEmpty())
                && YEAR.matcher(row.getTableCells().stream()
                                .map(XWPFTableCell::getText)
                                .collect(java.util.stream.Collectors.joining(" ")))
                        .find();
    }

    /** Columns at least in a grid's row, a language's levels or a skill's ratings. */
    private static final int MIN_GRID_COLUMNS = 3;

    private static final int MAX_GRID_CELL = 40;

    /** A row of three or more short cells of one line each, the row of a grid: read as one line. */
    private static boolean isGridRow(XWPFTableRow row) {
        List<XWPFTableCell> cells = row.getTableCells();
        return cells.stream().filter(c -> !c.getText().isBlank()).count() >= MIN_GRID_COLUMNS
                && cells.stream()
                        .allMatch(c -> c.getTables().isEmpty()
                                && lines(c).size() <= 1
                                && c.getText().strip().length() <= MAX_GRID_CELL);
    }

    /** Rows fewer than this are a header or a sidebar laid out in a table, not a CV written as one. */
    private static final int MIN_LABELLED_LAYOUT_ROWS = 8;

    private static final int MAX_LAYOUT_LABEL = 70;

    /** Rows of a labelled layout with a long text and nothing beside it, a title or a note, at most. */
    private static final int MAX_LAYOUT_NOTES = 2;

    /** Labels the Europass form writes in its left column, in English. */
    private static final Pattern EUROPASS_LABEL = Pattern.compile(
            "(?iu)(?:[•·-]\\s*)?(occupation or position held|name and address of"
                    + " employer|main activities and responsibilities|title of qualification awarded|type of business or sector"
                    + "|surname\\(s\\) / first name\\(s\\)|name and type of organi[sz]ation providing education and training"
                    + "|desired employment / occupational field|mother tongue\\(s\\)"
                    // the older European CV format in Italian, Spanish, French and German:
                    // "Nome e indirizzo del datore di lavoro", "Tipo di impiego"
                    + "|nome e indirizzo del datore di lavoro|tipo di azienda o settore|tipo di impiego"
                    + "|principali mansioni e responsabilit[àa]|nome e tipo di istituto di istruzione o formazione"
                    + "|nombre y direcci[óo]n del empleador|tipo de empresa o sector|puesto o cargo ocupados"
                    + "|nom et adresse de l['’]employeur|type ou secteur d['’]activit[ée]|fonction ou poste occup[ée]"
                    + "|name und adresse des arbeitgebers|t[äa]tigkeitsbereich oder branche|beruf oder funktion)\\s*:?");

    /** Form labels fewer than this: a table laid out another way. */
    private static final int MIN_FORM_LABELS = 2;

    /**
     * A whole CV written as labels and their values, as the Europass template lays it out: two columns,
     * the narrow first one of labels ("Occupation or position held", "Name and address of employer") or
     * section names ("Work experience") with nothing beside them, the second of the values, some of them
     * whole paragraphs and lists.
     */
    static boolean isLabelledLayout(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() < MIN_LABELLED_LAYOUT_ROWS
                || !rows.stream().allMatch(row -> row.getTableCells().size() == 2)) {
            return false;
        }
        int filled = 0;
        int labelled = 0;
        int labels = 0;
        int values = 0;
        int notes = 0;
        for (XWPFTableRow row : rows) {
            XWPFTableCell left = row.getCell(0);
            String label = left.getText().strip();
            if (label.length() > MAX_LAYOUT_LABEL
                    && row.getCell(1).getText().isBlank()
                    && left.getTables().isEmpty()
                    && ++notes <= MAX_LAYOUT_NOTES) {
                // the form's title over its logo, a note under a section's name ("Acquisite nel corso della vita e
                // della carriera ma non necessariamente riconosciute da certificati…"): no label, the rest is one
                continue;
            }
            if (!left.getTables().isEmpty() || label.length() > MAX_LAYOUT_LABEL || label.matches(".*\\d.*")) {
                return false;
            }
            String value = row.getCell(1).getText().strip();
            filled += !label.isEmpty() || !value.isEmpty() ? 1 : 0;
            labelled += !label.isEmpty() && !value.isEmpty() ? 1 : 0;
            labels += label.length();
            values += value.length();
        }
        // spacer rows, empty on both sides, between the groups; the form's own labels, not a layout of sections
        long formLabels = rows.stream()
                .filter(row ->
                        EUROPASS_LABEL.matcher(row.getCell(0).getText().strip()).matches())
                .count();
        return filled >= MIN_LABELLED_LAYOUT_ROWS
                && labelled * 2 >= filled
                && values > labels
                && formLabels >= MIN_FORM_LABELS;
    }

    /**
     * A labelled layout row by row: "Label: value" for a value of one line; the label and then the
     * value's paragraphs and lists for a longer one; a label alone set as a heading is its section's
     * heading, and an empty field ("Fax(es)") is left out.
     */
    private static void labelledRows(XWPFTable table, double bodySize, StringBuilder md) {
        for (XWPFTableRow row : table.getRows()) {
            XWPFTableCell left = row.getCell(0);
            XWPFTableCell right = row.getCell(1);
            // ("• Tipo di impiego": the older form's labels each with a bullet)
            String label = left.getText().strip().replaceFirst("\\s*:$", "").replaceFirst("^[•·]\\s*", "");
            List<String> value = lines(right);
            if (value.isEmpty() && right.getTables().isEmpty()) {
                boolean section = left.getParagraphs().stream()
                        .anyMatch(p -> allBold(p)
                                || styleName(p).toLowerCase(Locale.ROOT).contains("heading1"));
                if (!label.isEmpty() && section) {
                    md.append("## ").append(label).append("\n\n");
                } else if (label.length() > MAX_LAYOUT_LABEL) {
                    body(left.getBodyElements(), bodySize, md); // the form's title, a section's note
                }
            } else if (!label.isEmpty()
                    && value.size() == 1
                    && right.getTables().isEmpty()) {
                paragraphText(label + ": " + value.get(0), md);
            } else {
                if (!label.isEmpty()) {
                    paragraphText(label + ":", md);
                }
                body(right.getBodyElements(), bodySize, md);
            }
        }
    }

    /** A column of dates in a form's table: "From", "Dates", "Period", "Year(s)". */
    private static final Pattern DATES_COLUMN = Pattern.compile(
            "(?i)(from|to|dates?|period|years?|duration|when|start(ing)? date|date from|dates? of employment"
                    // in Korean, Japanese and Chinese: "기간", "재직기간", "期間", "期间"
                    + "|(?:재직|근무)?기간|期間|期间|在职时间)\\s*:?");

    /**
     * A form's table of records: a header row naming three or more columns ("From | To | Name and
     * address of employer | Position held and main duties | Reason for leaving") over dated rows
     * whose cells may hold several paragraphs (an employer's address under its name, duties under a
     * title), which a data table's cells do not.
     */
    static boolean isRecordTable(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() < 2) {
            return false;
        }
        int columns = rows.get(0).getTableCells().size();
        if (columns < 3 || columns > 8) {
            return false;
        }
        List<String> names = rows.get(0).getTableCells().stream()
                .map(cell -> cell.getText().strip())
                .toList();
        // the columns are named as a form's fields, one of them the dates ("From", "Dates", "Period"): not
        // a layout table whose first row holds a name, a headline and a town
        boolean named = names.stream()
                        .allMatch(name -> !name.isEmpty()
                                && name.split("\\s+").length <= MAX_COLUMN_NAME_WORDS
                                && !name.matches(".*\\d.*"))
                && names.stream().anyMatch(name -> DATES_COLUMN.matcher(name).matches());
        List<XWPFTableRow> body = rows.subList(1, rows.size());
        long dated = body.stream()
                .filter(row -> YEAR.matcher(row.getTableCells().stream()
                                .map(XWPFTableCell::getText)
                                .reduce("", (a, b) -> a + " " + b))
                        .find())
                .count();
        return named
                && dated * 2 >= body.size()
                && body.stream()
                        .allMatch(row -> row.getTableCells().size() == columns
                                && row.getTableCells().stream()
                                        .allMatch(cell -> cell.getTables().isEmpty()));
    }

    /** A cell that continues the vertically merged cell above it: Word keeps the text in the first cell only. */
    private static boolean isMergedFromAbove(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        return properties != null
                && properties.isSetVMerge()
                && (!properties.getVMerge().isSetVal()
                        || properties.getVMerge().getVal()
                                == org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
    }

    /**
     * A table of records row by row: "Column: first line of its cell; …", as a data table's rows
     * read, then each cell's further lines (the address under an employer, the duties under a
     * title) under it, so that the row's line names the role and the rest tells of it.
     */
    private static void records(XWPFTable table, StringBuilder md) {
        List<String> header = table.getRows().get(0).getTableCells().stream()
                .map(cell -> cell.getText().strip().replaceAll("\\s+", " "))
                .toList();
        List<String> above = List.of();
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            RowRecord record = rowRecord(header, row, above);
            above = record.firsts();
            paragraphText(String.join("\n", record.lines()), md);
        }
    }

    /** A row read as a record: its cells' first lines, and its lines, "Column: first line; …" over the rest. */
    private record RowRecord(List<String> firsts, List<String> lines) {}

    /**
     * The row under the column names as a record; a cell merged down from the row above takes that row's first
     * line, given in {@code above}.
     */
    /** "Company / Department / Position": a column of the employer and the post held there, each a line. */
    private static final Pattern COMPANY_AND_POSITION_COLUMN =
            Pattern.compile("(?i)\\b(company|employer|organi[sz]ation)\\b.*/.*\\b(position|title|role)\\b");

    private static final int MAX_HEADER_CELL_LINES = 6;

    private static final int MAX_HEADER_CELL_LINE = 60;

    private static RowRecord rowRecord(List<String> header, XWPFTableRow row, List<String> above) {
        List<String> firsts = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        List<XWPFTableCell> cells = row.getTableCells();
        for (XWPFTableCell cell : cells) {
            List<String> cellLines = withAsidesJoined(lines(cell));
            int column = firsts.size();
            // a company-and-position column's cell of short lines ("Tokai Denso Systems Co., Ltd." over its town,
            // its department and the position held): one value, its lines apart
            boolean headerCell = column < cells.size() - 1
                    && column < header.size()
                    && COMPANY_AND_POSITION_COLUMN.matcher(header.get(column)).find()
                    && cellLines.size() > 1
                    && cellLines.size() <= MAX_HEADER_CELL_LINES
                    && cellLines.stream().allMatch(l -> l.length() <= MAX_HEADER_CELL_LINE);
            if (headerCell) {
                cellLines = List.of(String.join(" · ", cellLines));
            }
            // an employer's cell merged down over the posts held there: each row's, as the page shows it
            firsts.add(
                    isMergedFromAbove(cell) && column < above.size()
                            ? above.get(column)
                            : cellLines.isEmpty() ? "" : cellLines.get(0));
            if (cellLines.size() > 1) {
                rest.addAll(cellLines.subList(1, cellLines.size()));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(TextCleanup.tableRow(header, firsts));
        lines.addAll(rest);
        return new RowRecord(firsts, lines);
    }

    /** "(주)핀크래프트" over "(FinCraft Inc.)", "팀장" over "(수석)": a line in brackets goes on the one above it. */
    private static List<String> withAsidesJoined(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!out.isEmpty() && line.matches("\\([^()]{1,40}\\)")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** A cell's lines that hold text: each paragraph's, a line break in one ending a line. */
    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream()
                .flatMap(p -> p.getText().lines())
                .map(line -> line.strip().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** A data table as a Markdown pipe table, which the Markdown reader reads row by row. */
    private static void pipeTable(XWPFTable table, StringBuilder md) {
        md.append('\n');
        boolean header = true;
        List<String> above = List.of();
        int columns = table.getRows().get(0).getTableCells().size();
        for (XWPFTableRow row : table.getRows()) {
            if (isNoteAcross(row, columns)) {
                // a note across the columns between the rows: a line of its own, and the table again under it
                md.append('\n');
                paragraphText(
                        row.getTableCells().stream()
                                .map(c -> c.getText().strip().replaceAll("\\s+", " "))
                                .filter(t -> !t.isEmpty())
                                .collect(java.util.stream.Collectors.joining(" · ")),
                        md);
                pipeRow(table.getRows().get(0), md);
                md.append("|").append(" --- |".repeat(columns)).append('\n');
                above = List.of();
                continue;
            }
            md.append('|');
            List<String> texts = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                int column = texts.size();
                texts.add(
                        isMergedFromAbove(cell) && column < above.size()
                                ? above.get(column)
                                : cell.getText().strip().replaceAll("\\s+", " ").replace("|", "/"));
                md.append(' ').append(texts.get(column)).append(" |");
            }
            above = texts;
            md.append('\n');
            if (header) {
                md.append("|")
                        .append(" --- |".repeat(row.getTableCells().size()))
                        .append('\n');
                header = false;
            }
        }
        md.append('\n');
    }

    private static void pipeRow(XWPFTableRow row, StringBuilder md) {
        md.append('|');
        for (XWPFTableCell cell : row.getTableCells()) {
            md.append(' ')
                    .append(cell.getText().strip().replaceAll("\\s+", " ").replace("|", "/"))
                    .append(" |");
        }
        md.append('\n');
    }

    /** A header or footer once, though a document may repeat it for the first page and the rest. */
    private static void headerOrFooter(XWPFHeaderFooter part, double bodySize, StringBuilder md, Set<String> seen) {
        StringBuilder read = new StringBuilder();
        body(part.getBodyElements(), bodySize, read);
        // "Page 1 of 2": a page's number, no part of the person's text
        String text = read.toString()
                .lines()
                .filter(l -> !PAGE_NUMBER.matcher(l).matches())
                // "… | linkedin.com/in/owen · Page 1 of 3": the page's number set after the text
                .map(l -> PAGE_NUMBER_AFTER.matcher(l).replaceFirst(""))
                // "Siobhán Carrick – Curriculum Vitae": what the document is, once its page's number is gone
                .filter(l -> !DOCUMENT_TITLE.matcher(l).matches())
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        if (!text.isBlank() && seen.add(text)) {
            md.append(text);
        }
    }

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?iu)\\W*(page|seite|página|pagina)?\\s*\\d+\\s*((of|von|de|di|/)\\s*\\d+)?\\W*");

    private static final Pattern PAGE_NUMBER_AFTER = Pattern.compile(
            "(?iu)\\s*[·|\\t–—-]\\s*(page|seite|página|pagina)\\s*\\d+\\s*((of|von|de|di|/)\\s*\\d+)?\\s*$");

    /** "Curriculum Vitae", "Siobhán Carrick – Curriculum Vitae", "Résumé": a header's or footer's name for the document. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?iu)\\s*(?:[\\p{L}.' -]{1,60}\\s+[–—|·-]\\s+)?(?:curriculum vitae|cv|résumé|resume|lebenslauf)\\s*");

    /** An e-mail address or a phone number: a footer that gives them is a way to reach the person. */
    private static final Pattern CONTACT = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+?\\d[\\d ()-]{8,}\\d");

    /** "[Type your skills here]", "[Click here to enter a date]": a Word template's prompt, no text of the person's. */
    private static final Pattern TEMPLATE_PROMPT = Pattern.compile(
            "\\[(?:type|click|tap|enter|add|insert|write|list|describe|use this)\\b[^\\]]{0,200}]",
            Pattern.CASE_INSENSITIVE);

    /**
     * Word's table of contents ("toc 1", "TOC Heading") or LibreOffice's ("Contents 1", "Contents Heading"): the
     * sections' names again with their page numbers, no text of the person's.
     */
    private static final Pattern TABLE_OF_CONTENTS = Pattern.compile("(?i)(?:toc|contents) ?(?:\\d|heading)");

    /** A sidebar's label on a line of its own over its value. */
    private static final Pattern DETAIL_LABEL = Pattern.compile(
            "(?i)(date of birth|d\\.?o\\.?b\\.?|birthday|born|nationality|phone|mobile|tel(ephone)?|address|home address"
                    + "|passport( no\\.?| number)?|marital status|driving licen[cs]e)\\s*:?");

    private static final String W =
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";

    /**
     * The paragraphs of the text boxes anchored in a paragraph: a template's sidebar (name, contact,
     * skills) often sits in one. Word writes each box twice, in its drawing and in an older copy for
     * older readers: each box's text is read once.
     */
    private static List<XWPFParagraph> textBoxParagraphs(XWPFParagraph paragraph) {
        List<XWPFParagraph> found = new ArrayList<>();
        Set<String> boxes = new HashSet<>();
        for (org.apache.xmlbeans.XmlObject box : paragraph.getCTP().selectPath(W + ".//w:txbxContent")) {
            List<XWPFParagraph> inBox = new ArrayList<>();
            for (org.apache.xmlbeans.XmlObject xml : box.selectPath(W + "./w:p")) {
                try {
                    // inside the drawing's markup the paragraph is untyped: read its markup again as one (as a
                    // fragment: the paragraph's own runs, not the paragraph inside another)
                    var p = xml instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP typed
                            ? typed
                            : org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory.parse(xml.xmlText());
                    inBox.add(new XWPFParagraph(p, paragraph.getBody()));
                } catch (org.apache.xmlbeans.XmlException e) {
                    // a paragraph that cannot be read is left out, as a picture is
                }
            }
            String text =
                    String.join("\n", inBox.stream().map(XWPFParagraph::getText).toList());
            if (boxes.add(text)) {
                found.addAll(inBox);
            }
        }
        return found;
    }

    private static void paragraph(XWPFParagraph paragraph, double bodySize, StringBuilder md) {
        List<XWPFParagraph> boxes = textBoxParagraphs(paragraph);
        ownText(paragraph, boxes, bodySize, md);
        // a SmartArt diagram's nodes, a line each: a career timeline's "2012 – 2015 · Pennine Building Society"
        SmartArtText.lines(paragraph).forEach(line -> paragraphText(line, md));
        // the text boxes the paragraph anchors, after its own text: a name's paragraph may anchor the sidebar
        for (int i = 0; i < boxes.size(); i++) {
            String label = boxes.get(i).getText().strip();
            if (DETAIL_LABEL.matcher(label).matches() && i + 1 < boxes.size()) {
                // a sidebar's "Date of birth" over "12/03/1990": one labelled line, as the redactor knows it
                paragraphText(labelledLine(label, boxes.get(++i).getText().strip()), md);
            } else {
                paragraph(boxes.get(i), bodySize, md);
            }
        }
    }

    private static void ownText(XWPFParagraph paragraph, List<XWPFParagraph> boxes, double bodySize, StringBuilder md) {
        // a tab between words sets the dates apart at a tab stop, as a PDF's gap does
        String text = TextCleanup.tabsAsSeparators(paragraph.getText())
                .replace('\t', ' ')
                .replace('\u000B', '\n')
                .strip();
        if (!boxes.isEmpty()) {
            // the older drawing's text, which the paragraph's own text repeats in brackets: read once, below
            String inBoxes = String.join(
                    "\\s*",
                    boxes.stream()
                            .map(b -> Pattern.quote(b.getText().strip()))
                            .filter(q -> !q.equals(Pattern.quote("")))
                            .toList());
            text = text.replaceAll("\\(\\s*" + inBoxes + "\\s*\\)", "").strip();
        }
        if (text.isEmpty() || TEMPLATE_PROMPT.matcher(text).matches()) {
            return; // "[Type your skills here]": a template's prompt the owner left in
        }
        if (TABLE_OF_CONTENTS.matcher(styleName(paragraph)).matches()) {
            return;
        }
        int level = headingLevel(paragraph, text, bodySize);
        if (level > 0) {
            String heading = sectionBesideItsTranslation(paragraph, text).orElse(text);
            md.append("#".repeat(level))
                    .append(' ')
                    .append(heading.replace('\n', ' '))
                    .append("\n\n");
            return;
        }
        if (paragraph.getNumID() != null
                || LIST_STYLE.matcher(styleName(paragraph)).matches()) {
            // the numbering's level, or the list style's ("List Bullet 2" under a "List Number" item: one level
            // down, never more, so no item is indented into a code block)
            Matcher styleLevel = LIST_STYLE_LEVEL.matcher(styleName(paragraph));
            int depth = paragraph.getNumIlvl() != null
                    ? paragraph.getNumIlvl().intValue()
                    : LIST_STYLE.matcher(styleName(paragraph)).matches() && styleLevel.find()
                            ? Math.min(1, Math.max(0, Integer.parseInt(styleLevel.group(1)) - 1))
                            : 0;
            if (depth == 0
                    && allBold(paragraph)
                    && SECTION_IN_CAPITALS.matcher(text).matches()) {
                // a CV typed as one outline: "EXPERIENCE", "OTHER" in bold as its first level are its sections
                md.append("\n## ").append(text).append("\n\n");
                return;
            }
            md.append("  ".repeat(depth))
                    .append("- ")
                    .append(MarkdownText.escapeLineStart(text).replace("\n", "  \n  " + "  ".repeat(depth)))
                    .append('\n');
            return;
        }
        Matcher typed = TYPED_BULLET.matcher(text);
        if (typed.lookingAt() && !text.contains("\n")) {
            // "・Process design for …", "• Led …": a bullet typed by hand, a list item all the same
            md.append("- ")
                    .append(MarkdownText.escapeLineStart(text.substring(typed.end())))
                    .append('\n');
            return;
        }
        if (allBold(paragraph)
                && !text.contains("\n")
                && !LABEL_IN_LENTICULAR_BRACKETS.matcher(text).lookingAt()) {
            // a blank line first: after a list item, the line would otherwise continue the item
            // (not "【チーム】9名（…）", "【業務内容】": a Japanese career sheet's label, in bold as its labels are)
            md.append("\n**").append(text).append("**\n\n");
            return;
        }
        paragraphText(text, md);
    }

    private static void paragraphText(String text, StringBuilder md) {
        if (text.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(MarkdownText.escapeLineStart(line.strip()));
            }
        }
        // a line break inside a paragraph is kept: a Markdown hard break
        md.append('\n').append(String.join("  \n", lines)).append("\n\n");
    }

    private static int headingLevel(XWPFParagraph paragraph, String text, double bodySize) {
        String style = styleName(paragraph);
        if (style.equalsIgnoreCase("Title")) {
            return 1;
        }
        Matcher heading = HEADING_STYLE.matcher(style);
        if (heading.matches()) {
            return Math.min(6, Integer.parseInt(heading.group(1)) + 1);
        }
        // a style of the template's own ("CV Section Heading") that Word shows in the navigation pane: an
        // outline level is what makes a paragraph a heading
        int outline = outlineLevel(paragraph);
        if (outline >= 0
                && text.length() <= MAX_HEADING_LENGTH
                && !text.contains("\n")
                // a heading's few words: not a line of dates, nor a sentence
                && !YEAR.matcher(text).find()
                && !text.endsWith(".")
                && text.split("\\s+").length <= 6) {
            return Math.min(6, outline + 2);
        }
        if (TextCleanup.SECTION_NAME.matcher(text.strip()).matches()
                && !paragraph.getRuns().isEmpty()
                && paragraph.getRuns().stream()
                        .filter(run -> run.text() != null && !run.text().isBlank())
                        .allMatch(run -> run.isCapitalized() || run.isSmallCaps())) {
            // "Experience" set in capitals by its runs' formatting (Pages' export, a designed template): a section's
            // name written as styled text, no heading's style
            return 2;
        }
        if (sectionBesideItsTranslation(paragraph, text).isPresent()) {
            return 2;
        }
        double size = largestFont(paragraph);
        if (bodySize > 0
                && size >= bodySize * HEADING_FONT_RATIO
                && text.length() <= MAX_HEADING_LENGTH
                && !text.contains("\n")) {
            return size >= bodySize * 1.8 ? 1 : 2;
        }
        return 0;
    }

    /**
     * "■ Education  학력사항": a section's name in bold, its name in the résumé's own language after it in plain
     * letters of another script, as a Korean or a Japanese résumé in English labels its sections: the name in
     * English.
     */
    private static Optional<String> sectionBesideItsTranslation(XWPFParagraph paragraph, String text) {
        StringBuilder lead = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String written = run.text();
            if (written == null || written.isBlank()) {
                lead.append(written == null ? "" : written);
                continue;
            }
            if (!run.isBold()) {
                break;
            }
            lead.append(written);
        }
        String name = lead.toString().replaceFirst("^[^\\p{L}]+", "").strip();
        String rest =
                text.length() > lead.length() ? text.substring(lead.length()).strip() : "";
        boolean translated = !name.isEmpty()
                && !text.contains("\n")
                // letters of another script: not a bold label's number ("Licence No.: 0129874")
                && rest.codePoints().anyMatch(Character::isLetter)
                && rest.codePoints()
                        .filter(Character::isLetter)
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                && dev.profilebot.profile.facts.Sections.isSectionHeading(name);
        return translated ? Optional.of(name) : Optional.empty();
    }

    private static boolean isDefinitionTerm(IBodyElement element) {
        return element instanceof XWPFParagraph term
                && styleName(term).replace(" ", "").equalsIgnoreCase("definitionterm")
                && !term.getText().isBlank();
    }

    /** The paragraph's outline level, 0 to 8, set on it or on its own style; else -1. */
    private static int outlineLevel(XWPFParagraph paragraph) {
        var ppr = paragraph.getCTP().getPPr();
        if (ppr != null && ppr.getOutlineLvl() != null) {
            return bodyLevel(ppr.getOutlineLvl().getVal().intValue());
        }
        var styles = paragraph.getDocument().getStyles();
        String id = paragraph.getStyleID();
        // the paragraph's own style only: a style based on a heading's (dates under a title) is no heading
        var style = styles == null || id == null ? null : styles.getStyle(id);
        var stylePpr = style == null ? null : style.getCTStyle().getPPr();
        return stylePpr != null && stylePpr.getOutlineLvl() != null
                ? bodyLevel(stylePpr.getOutlineLvl().getVal().intValue())
                : -1;
    }

    /** Level 9 is Word's "body text": no heading. */
    private static int bodyLevel(int level) {
        return level >= 0 && level <= 8 ? level : -1;
    }

    /** The style's name ("heading 1"), or its id ("Heading1") when the document has no style table. */
    private static String styleName(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return "";
        }
        var styles = paragraph.getDocument().getStyles();
        var style = styles == null ? null : styles.getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        return name.replaceAll("(?i)^(heading)(\\d)$", "$1 $2").strip();
    }

    private static boolean allBold(XWPFParagraph paragraph) {
        List<XWPFRun> runs = paragraph.getRuns();
        return !runs.isEmpty() && runs.stream().filter(r -> !r.text().isBlank()).allMatch(r -> isBold(r, paragraph));
    }

    /**
     * Whether a run shows in bold: as set on the run, else as its character style sets it ("Strong"), else
     * as its paragraph's style or a style that one is based on does (a template's "Section Heading").
     */
    private static boolean isBold(XWPFRun run, XWPFParagraph paragraph) {
        var own = run.getCTR().getRPr();
        if (own != null && own.sizeOfBArray() > 0) {
            return POIXMLUnits.parseOnOff(own.getBArray(0));
        }
        XWPFStyles styles = paragraph.getDocument().getStyles();
        if (styles == null) {
            return false;
        }
        return styleBold(styles, run.getStyle())
                .or(() -> styleBold(styles, paragraph.getStyleID()))
                .orElse(false);
    }

    /** Bold as the style or the first style it is based on that says so sets it; empty when none does. */
    private static java.util.Optional<Boolean> styleBold(XWPFStyles styles, String styleId) {
        return fromStyle(
                styles,
                styleId,
                rpr -> rpr.sizeOfBArray() > 0
                        ? java.util.Optional.of(POIXMLUnits.parseOnOff(rpr.getBArray(0)))
                        : java.util.Optional.empty());
    }

    /** A run property as the style or the first style it is based on that says so sets it. */
    private static <T> java.util.Optional<T> fromStyle(
            XWPFStyles styles, String styleId, java.util.function.Function<CTRPr, java.util.Optional<T>> property) {
        String id = styleId;
        // a chain of bases is short; a style based on itself, as a damaged file may have, ends it too
        for (int depth = 0; id != null && !id.isEmpty() && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            CTRPr rpr = style.getCTStyle().getRPr();
            java.util.Optional<T> value = rpr == null ? java.util.Optional.empty() : property.apply(rpr);
            if (value.isPresent()) {
                return value;
            }
            id = style.getBasisStyleID();
        }
        return java.util.Optional.empty();
    }

    private static final int MAX_STYLE_DEPTH = 10;

    /**
     * The font size a paragraph's style gives its runs (through the styles it is based on, "Normal" when it names
     * none), else the document's default.
     */
    private static Double inheritedSize(XWPFParagraph paragraph, XWPFStyles styles) {
        if (styles == null) {
            return null;
        }
        java.util.Optional<Double> styled = fromStyle(
                styles,
                paragraph.getStyleID() != null ? paragraph.getStyleID() : "Normal",
                rpr -> rpr.sizeOfSzArray() > 0
                                && String.valueOf(rpr.getSzArray(0).getVal()).matches("\\d+")
                        ? java.util.Optional.of(Integer.parseInt(
                                        String.valueOf(rpr.getSzArray(0).getVal()))
                                / 2.0)
                        : java.util.Optional.empty());
        XWPFDefaultRunStyle defaults = styles.getDefaultRunStyle();
        return styled.orElse(defaults == null ? null : defaults.getFontSizeAsDouble());
    }

    private static double largestFont(XWPFParagraph paragraph) {
        double largest = 0;
        for (XWPFRun run : paragraph.getRuns()) {
            Double size = run.getFontSizeAsDouble();
            if (size != null && size > largest) {
                largest = size;
            }
        }
        return largest;
    }

    private static final byte[] ENCRYPTED_PACKAGE =
            "EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

    private static boolean isEncrypted(byte[] bytes) {
        outer:
        for (int i = 0; i + ENCRYPTED_PACKAGE.length <= bytes.length; i++) {
            for (int j = 0; j < ENCRYPTED_PACKAGE.length; j++) {
                if (bytes[i + j] != ENCRYPTED_PACKAGE[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The body's paragraphs and those in its tables, where a one-table résumé keeps all its text. */
    private static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        return paragraphs;
    }

    /** The font size most of the text is written in; 0 when no run says. */
    private static double bodyFontSize(List<XWPFParagraph> paragraphs, XWPFStyles styles) {
        Map<Double, Integer> characters = new HashMap<>();
        for (XWPFParagraph paragraph : paragraphs) {
            Double inherited = inheritedSize(paragraph, styles);
            for (XWPFRun run : paragraph.getRuns()) {
                // a run that sets no size of its own is in its style's, or the document's default (the body
                // text of most documents): not left out beside a footnote's 9 pt
                Double size = run.getFontSizeAsDouble() != null ? run.getFontSizeAsDouble() : inherited;
                if (size != null) {
                    characters.merge(size, run.text().length(), Integer::sum);
                }
            }
        }
        return characters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0.0);
    }
}
