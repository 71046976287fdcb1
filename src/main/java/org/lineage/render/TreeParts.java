package org.lineage.render;

import java.util.List;
import org.lineage.render.Parts.Badge;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Mark;

/** The records that evolution trees, capability traces and the capability matrix are built from. */
public final class TreeParts {
    private TreeParts() {}

    /**
     * One evolution tree on a page: a {@code <figure>} that is complete without a script (every
     * model a link, the analogues behind a checkbox), and that {@code tree.js} makes explorable
     * (selection, capability filter, zoom, centring on phones).
     *
     * @param id the figure's id ({@code <prefix>-figure}); its parts' ids start with the prefix
     * @param svg the drawing, an inline {@code <svg>} element, drawn at its natural size
     * @param width the drawing's natural width in CSS pixels: it is never shrunk, a narrower column
     *     scrolls sideways
     * @param analogueSvg the drawing with the analogues, shown instead of {@code svg} when the
     *     reader asks for them; null when there are none to hide
     * @param analogueWidth the natural width of {@code analogueSvg} (0 without one)
     * @param legend what the drawing's symbols mean, in groups
     * @param toggle the id of the checkbox that shows the analogues, or null
     * @param toggleLabel the checkbox's label (it counts the analogues), or null
     * @param note a sentence on what the tree leaves out, or null
     * @param focus the model a phone's screen opens centred on, or null
     * @param capabilities the capabilities the filter offers (id and name), empty for none
     * @param labels the words the script writes, as a JSON object
     * @param script the URL of {@code tree.js}, relative to the page
     */
    public record TreeFigure(
            String id,
            String svg,
            int width,
            String analogueSvg,
            int analogueWidth,
            List<LegendGroup> legend,
            String toggle,
            String toggleLabel,
            String note,
            String focus,
            List<Choice> capabilities,
            String labels,
            String script) {
        /** Drawings wider than a page's text column may use the width of the window. */
        static final int COLUMN = 1000;

        public TreeFigure {
            legend = List.copyOf(legend);
            capabilities = List.copyOf(capabilities);
        }

        /** True when the drawing (either one) is wider than a page's text column. */
        public boolean wide() {
            return Math.max(width, analogueWidth) > COLUMN;
        }

        /** The id of the capability filter's {@code <select>}. */
        public String filterId() {
            return id.replaceFirst("-figure$", "") + "-filter";
        }
    }

    /** One option of a {@code <select>}: its value and its text. */
    public record Choice(String value, String text) {}

    /** Legend entries under an optional heading (null). */
    public record LegendGroup(String heading, List<LegendItem> items) {}

    /**
     * One legend entry: its sample drawn as a small decorative {@code <svg>}, its meaning, and a
     * CSS class naming its kind ({@code legend-analogue} entries hide with the analogues).
     */
    public record LegendItem(String kind, String sample, String label) {}

    /**
     * How a model came to its state of one capability.
     *
     * @param origin where the first line of descent starts (usually where the ability was gained)
     * @param lines how many lines of descent there are in all
     * @param paths the lines shown
     * @param more a sentence counting the lines not shown, or null
     */
    public record TraceItem(
            Link capability,
            Mark state,
            boolean own,
            String origin,
            String lines,
            List<TracePath> paths,
            String more) {}

    /**
     * The traces of a model page: one per ability the page has room for, strongest first, and a
     * sentence counting the others (or null).
     */
    public record Traces(List<TraceItem> items, String rest) {}

    /** One line of descent, oldest step first; {@code label} numbers it when there are several. */
    public record TracePath(String label, List<TraceStep> steps) {}

    /**
     * One step on a line of descent: the edge it was reached by (method, confidence, the claim that
     * argues the edge), the model, what it did to the capability and the claim that argues that. A
     * step standing for several unchanged ones has only {@code skipped}.
     */
    public record TraceStep(
            Link model,
            Mark change,
            Link claim,
            Link method,
            Badge confidence,
            Link edgeClaim,
            boolean current,
            String skipped) {}

    /**
     * One family in an overview: its tree or matrix page, how many models it has, the years they
     * span, and the families its models come from (each linked, with a count of edges).
     */
    public record FamilyRow(Link page, int models, String years, List<Link> from) {}
}
