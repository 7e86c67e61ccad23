package dev.profilebot.profile;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The borders drawn on a PDF page, as horizontal and vertical rules: a table's ruled cells, which say which
 * lines of text are one cell's however its text is set in it (centred, wrapped over several lines).
 * Coordinates are the text's: from the page's top, in points.
 */
final class PdfRuling {

    private static final Logger log = LoggerFactory.getLogger(PdfRuling.class);

    /** A rule: from and to along it, at where it stands across it. */
    record Rule(float from, float to, float at) {
        boolean spans(float point) {
            return from - REACH <= point && point <= to + REACH;
        }
    }

    /** A cell: the rules above, below, left and right of it. */
    record Cell(float top, float bottom, float left, float right) {}

    /** A stroke or a filled bar thinner than this is a rule; wider, a shape. */
    private static final float THIN = 2f;
    /** A rule shorter than this is a tick or a glyph's stroke, no border. */
    private static final float MIN_LENGTH = 8f;
    /** How far past its ends a rule still bounds a cell: borders meet at their strokes' middles. */
    private static final float REACH = 1.5f;

    private final List<Rule> horizontal;
    private final List<Rule> vertical;

    private PdfRuling(List<Rule> horizontal, List<Rule> vertical) {
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    /**
     * The page's rules; none when its drawing cannot be read (the text may still be), so that a table is then read
     * line by line as before.
     */
    static PdfRuling of(PDPage page) {
        Collector collector = new Collector(page);
        try {
            collector.processPage(page);
        } catch (IOException | RuntimeException e) {
            log.debug("Could not read a PDF page's drawing for its tables' borders: {}", e.toString());
            return new PdfRuling(List.of(), List.of());
        }
        return new PdfRuling(collector.horizontal, collector.vertical);
    }

    /** The cell a box of text lies in, between the nearest rules about it on all four sides, or empty. */
    Optional<Cell> cellOf(float x, float xEnd, float top, float bottom) {
        float middleX = (x + xEnd) / 2;
        float middleY = (top + bottom) / 2;
        Optional<Float> above = nearest(horizontal, middleX, top, -1);
        Optional<Float> below = nearest(horizontal, middleX, bottom, +1);
        Optional<Float> left = nearest(vertical, middleY, x, -1);
        Optional<Float> right = nearest(vertical, middleY, xEnd, +1);
        if (above.isEmpty() || below.isEmpty() || left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cell(above.get(), below.get(), left.get(), right.get()));
    }

    /** The nearest rule's place on one side ({@code direction} -1 before, +1 after) that spans the point. */
    private static Optional<Float> nearest(List<Rule> rules, float along, float from, int direction) {
        Optional<Float> best = Optional.empty();
        for (Rule rule : rules) {
            float distance = (rule.at() - from) * direction;
            if (distance >= -REACH
                    && rule.spans(along)
                    && (best.isEmpty() || distance < (best.get() - from) * direction)) {
                best = Optional.of(rule.at());
            }
        }
        return best;
    }

    /** Walks the page's drawing and keeps the straight, thin strokes and bars. */
    private static final class Collector extends PDFGraphicsStreamEngine {
        private final float height;
        private final List<Rule> horizontal = new ArrayList<>();
        private final List<Rule> vertical = new ArrayList<>();
        private final List<float[]> lines = new ArrayList<>();
        private final List<Point2D[]> rectangles = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        Collector(PDPage page) {
            super(page);
            this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles.add(new Point2D[] {p0, p1, p2, p3});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            lines.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            // a closed shape's last side is drawn by its rectangle or lines already
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() {
            for (float[] line : lines) {
                add(line[0], line[1], line[2], line[3]);
            }
            for (Point2D[] r : rectangles) {
                for (int i = 0; i < 4; i++) {
                    Point2D a = r[i];
                    Point2D b = r[(i + 1) % 4];
                    add((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
                }
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            // a border drawn as a thin filled bar, as word processors export a table's lines
            for (Point2D[] r : rectangles) {
                float x0 = (float) Math.min(r[0].getX(), r[2].getX());
                float x1 = (float) Math.max(r[0].getX(), r[2].getX());
                float y0 = (float) Math.min(r[0].getY(), r[2].getY());
                float y1 = (float) Math.max(r[0].getY(), r[2].getY());
                if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH) {
                    add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
                } else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH) {
                    add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
                }
            }
            clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
            // a clipping path draws nothing
        }

        @Override
        public void drawImage(PDImage pdImage) {
            // an image draws no rule
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // a shading draws no rule
        }

        private void clear() {
            lines.clear();
            rectangles.clear();
        }

        /** A straight line from one point to another, in the page's space, as a rule in the text's. */
        private void add(float x0, float y0, float x1, float y1) {
            float top0 = height - y0;
            float top1 = height - y1;
            if (Math.abs(top0 - top1) <= THIN && Math.abs(x1 - x0) >= MIN_LENGTH) {
                horizontal.add(new Rule(Math.min(x0, x1), Math.max(x0, x1), (top0 + top1) / 2));
            } else if (Math.abs(x1 - x0) <= THIN && Math.abs(top1 - top0) >= MIN_LENGTH) {
                vertical.add(new Rule(Math.min(top0, top1), Math.max(top0, top1), (x0 + x1) / 2));
            }
        }
    }
}
