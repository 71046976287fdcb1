package org.lineage.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.layout.TreeStrings.Key;
import org.lineage.model.Change;
import org.lineage.model.KnowledgeBase;

/**
 * The legend of one tree, as data: the SVG draws it under the tree, and a page may render it as
 * HTML instead. Only what the view shows is explained.
 *
 * @param entries in reading order; a {@link Symbol#HEADING} starts a group
 */
public record TreeLegend(List<Entry> entries) {
    public TreeLegend {
        entries = List.copyOf(entries);
    }

    /** What an entry's sample looks like. */
    public enum Symbol {
        HEADING,
        /** A solid lineage edge (documented, conclusion). */
        SOLID,
        /** A dashed lineage edge (strong hypothesis, hypothesis). */
        DASHED,
        /** A dotted lineage edge (educated guess, open question). */
        DOTTED,
        OUTSIDE,
        /** A model shown only as an analogue. */
        ANALOGUE_MODEL,
        HIGHLIGHT,
        HOLDS,
        /** A change badge; {@link Entry#sample()} holds its text. */
        BADGE,
        /** An inherited-state badge; {@link Entry#sample()} holds its text. */
        INHERITED,
        /** A family's colours; {@link Entry#swatch()} holds them. */
        FAMILY
    }

    /**
     * One legend entry.
     *
     * @param sample the badge text for badges, empty otherwise
     * @param swatch the colours for families, empty otherwise
     */
    public record Entry(
            Symbol symbol, String label, String sample, Optional<Palette.Swatch> swatch) {}

    /** The legend of {@code view} in the language of {@code labels}. */
    public static TreeLegend of(
            KnowledgeBase kb, Palette palette, Lanes lanes, TreeView view, TreeLabels labels) {
        TreeStrings s = labels.strings();
        List<Entry> out = new ArrayList<>();
        if (!view.edges().isEmpty()) {
            out.add(plain(Symbol.HEADING, s.get(Key.LEGEND_LINEAGE)));
            out.add(plain(Symbol.SOLID, pair(s, Key.CONF_DOCUMENTED, Key.CONF_CONCLUSION)));
            out.add(plain(Symbol.DASHED, pair(s, Key.CONF_STRONG_HYPOTHESIS, Key.CONF_HYPOTHESIS)));
            out.add(plain(Symbol.DOTTED, pair(s, Key.CONF_EDUCATED_GUESS, Key.CONF_OPEN_QUESTION)));
        }
        if (view.nodes().stream().anyMatch(n -> n.role() == TreeView.Role.OUTSIDE)) {
            out.add(plain(Symbol.OUTSIDE, s.get(Key.LEGEND_OUTSIDE)));
        }
        if (view.nodes().stream().anyMatch(n -> analogue(lanes, n))) {
            out.add(plain(Symbol.ANALOGUE_MODEL, s.get(Key.LEGEND_ANALOGUE_MODEL)));
        }
        if (view.highlighted().isPresent()) {
            out.add(plain(Symbol.HIGHLIGHT, s.get(Key.LEGEND_HIGHLIGHT)));
        }
        if (view.capability().isPresent()) {
            out.add(plain(Symbol.HEADING, s.get(Key.LEGEND_CHANGES)));
            for (Change c : Change.values()) {
                out.add(
                        new Entry(
                                Symbol.BADGE,
                                s.get(changeKey(c)),
                                NodeCard.symbol(c, s),
                                Optional.empty()));
            }
            out.add(
                    new Entry(
                            Symbol.INHERITED,
                            s.format(Key.INHERITED, "+"),
                            "(+)",
                            Optional.empty()));
            out.add(plain(Symbol.HOLDS, s.get(Key.LEGEND_HOLDS)));
        }
        Map<String, String> families = new LinkedHashMap<>();
        boolean other = false;
        for (TreeView.Node n : view.nodes()) {
            if (n.role() == TreeView.Role.OUTSIDE || analogue(lanes, n)) {
                continue;
            }
            Optional<String> series = lanes.series(n.model());
            if (series.isEmpty()) {
                other = true;
                continue;
            }
            families.putIfAbsent(
                    series.get(),
                    kb.families().get(series.get()).name().in(labels.lang(), labels.fallback()));
        }
        if (!families.isEmpty() || other) {
            out.add(plain(Symbol.HEADING, s.get(Key.LEGEND_FAMILIES)));
            families.keySet().stream()
                    .sorted()
                    .forEach(
                            id ->
                                    out.add(
                                            new Entry(
                                                    Symbol.FAMILY,
                                                    families.get(id),
                                                    "",
                                                    Optional.of(palette.family(Optional.of(id))))));
            if (other) {
                out.add(
                        new Entry(
                                Symbol.FAMILY,
                                s.get(Key.LEGEND_OTHER),
                                "",
                                Optional.of(palette.family(Optional.empty()))));
            }
        }
        return new TreeLegend(out);
    }

    /**
     * What {@code entry}'s sample looks like in the tree, as a small decorative inline {@code
     * <svg>} (no ids, hidden from assistive technology), for a legend written in HTML; empty for a
     * heading.
     */
    public static String sampleSvg(Entry entry) {
        return LegendDrawing.sampleSvg(entry);
    }

    private static Entry plain(Symbol symbol, String label) {
        return new Entry(symbol, label, "", Optional.empty());
    }

    private static String pair(TreeStrings s, Key a, Key b) {
        return s.get(a) + s.get(Key.LIST_SEPARATOR) + s.get(b);
    }

    static Key changeKey(Change c) {
        return switch (c) {
            case STRENGTHENED -> Key.CHANGE_STRENGTHENED;
            case GAINED -> Key.CHANGE_GAINED;
            case WEAKENED -> Key.CHANGE_WEAKENED;
            case SACRIFICED -> Key.CHANGE_SACRIFICED;
            case ABSENT -> Key.CHANGE_ABSENT;
        };
    }

    /** True when {@code n} is drawn as an analogue: dash-dotted, in the lane if there is one. */
    static boolean analogue(Lanes lanes, TreeView.Node n) {
        return n.role() == TreeView.Role.ANALOGUE || lanes.lane(n.model()) == Lanes.Lane.ANALOGUE;
    }
}
