package org.lineage.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lineage.layout.TreeStrings.Key;
import org.lineage.model.Access;
import org.lineage.model.Change;
import org.lineage.model.Model;

/**
 * The text of one node and the box it needs: the model's name on the first line (with the traced
 * capability's badge at its right), organization and release date on the second, and on an
 * analogue's card how it can be used and the models of the drawing it is compared with.
 *
 * @param notes the lines under the second, if any
 * @param badge the badge text, if the traced capability has a state here
 * @param inherited true when the badge shows an inherited state rather than this model's change
 */
record NodeCard(
        String model,
        String name,
        String subline,
        List<String> notes,
        Optional<String> badge,
        boolean inherited,
        double width,
        double height) {

    /** The smallest text the tree draws: every text is at least this many pixels at 1:1. */
    static final double MIN_TEXT = 12;

    static final double NAME_SIZE = 14;
    static final double SUB_SIZE = 12;
    static final double BADGE_SIZE = 12;
    static final double PAD_X = 10;
    static final double PAD_Y = 8;
    static final double LINE = 16;
    static final double HEIGHT = 50;
    static final double BADGE_HEIGHT = 17;

    /** Notes wrap at this width, so that a long list of names makes a taller card, not a wider. */
    static final double NOTE_WIDTH = 230;

    /** Bold text is drawn a little wider than the estimate for regular text. */
    static final double BOLD = 1.15;

    NodeCard {
        notes = List.copyOf(notes);
    }

    /**
     * The card of {@code m}; {@code comparedWith} names the drawing's models it is an analogue of
     * (empty for a model that is no analogue there).
     */
    static NodeCard of(
            Model m,
            TreeView.Node n,
            TreeLabels labels,
            boolean analogue,
            List<String> comparedWith) {
        TreeStrings s = labels.strings();
        String name = m.name().in(labels.lang(), labels.fallback());
        String org = m.organization().in(labels.lang(), labels.fallback());
        String date =
                m.released()
                        .map(d -> DateLabels.format(d, labels.lang()))
                        .orElse(s.get(Key.DATE_UNKNOWN));
        String sub = org + " · " + date;
        List<String> notes = new ArrayList<>();
        if (analogue) {
            m.access().ifPresent(a -> notes.add(s.get(accessKey(a))));
        }
        if (!comparedWith.isEmpty()) {
            String of =
                    s.format(Key.ANALOGUE_OF, String.join(s.get(Key.LIST_SEPARATOR), comparedWith));
            List<String> lines = TextWidth.wrap(of, SUB_SIZE, NOTE_WIDTH);
            if (notes.size() == 1 && lines.size() == 1) {
                String joined = notes.get(0) + " · " + lines.get(0);
                if (TextWidth.of(joined, SUB_SIZE) <= NOTE_WIDTH) {
                    notes.set(0, joined);
                    lines = List.of();
                }
            }
            notes.addAll(lines);
        }
        Optional<String> badge = Optional.empty();
        boolean inherited = false;
        if (n.change().isPresent()) {
            badge = Optional.of(symbol(n.change().get(), s));
        } else if (n.state().isPresent()) {
            badge = Optional.of("(" + symbol(n.state().get(), s) + ")");
            inherited = true;
        }
        double line1 =
                TextWidth.of(name, NAME_SIZE) * BOLD
                        + badge.map(b -> badgeWidth(b) + 8).orElse(0.0);
        double widest = Math.max(line1, TextWidth.of(sub, SUB_SIZE));
        for (String note : notes) {
            widest = Math.max(widest, TextWidth.of(note, SUB_SIZE));
        }
        double w = Math.ceil(Math.max(widest + 2 * PAD_X, 104));
        return new NodeCard(
                m.id(), name, sub, notes, badge, inherited, w, HEIGHT + LINE * notes.size());
    }

    static Key accessKey(Access a) {
        return switch (a) {
            case API -> Key.ACCESS_API;
            case OPEN_WEIGHTS -> Key.ACCESS_OPEN_WEIGHTS;
            case PRODUCT -> Key.ACCESS_PRODUCT;
            case CLOSED -> Key.ACCESS_CLOSED;
            case RETIRED -> Key.ACCESS_RETIRED;
        };
    }

    static String symbol(Change c, TreeStrings s) {
        return c == Change.ABSENT ? s.get(Key.BADGE_ABSENT) : c.symbol();
    }

    static double badgeWidth(String text) {
        return Math.ceil(TextWidth.of(text, BADGE_SIZE) * BOLD + 10);
    }
}
