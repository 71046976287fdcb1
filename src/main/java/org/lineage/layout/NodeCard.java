package org.lineage.layout;

import java.util.Optional;
import org.lineage.layout.TreeStrings.Key;
import org.lineage.model.Change;
import org.lineage.model.Model;

/**
 * The text of one node and the box it needs: the model's name on the first line (with the traced
 * capability's badge at its right), organization and release date on the second.
 *
 * @param badge the badge text, if the traced capability has a state here
 * @param inherited true when the badge shows an inherited state rather than this model's change
 */
record NodeCard(
        String model,
        String name,
        String subline,
        Optional<String> badge,
        boolean inherited,
        double width,
        double height) {

    static final double NAME_SIZE = 13;
    static final double SUB_SIZE = 11;
    static final double BADGE_SIZE = 11;
    static final double PAD_X = 10;
    static final double PAD_Y = 7;
    static final double HEIGHT = 46;
    static final double BADGE_HEIGHT = 16;

    /** Bold text is drawn a little wider than the estimate for regular text. */
    static final double BOLD = 1.15;

    static NodeCard of(Model m, TreeView.Node n, TreeLabels labels) {
        String name = m.name().in(labels.lang(), labels.fallback());
        String org = m.organization().in(labels.lang(), labels.fallback());
        String date =
                m.released()
                        .map(d -> DateLabels.format(d, labels.lang()))
                        .orElse(labels.strings().get(Key.DATE_UNKNOWN));
        String sub = org + " · " + date;
        Optional<String> badge = Optional.empty();
        boolean inherited = false;
        if (n.change().isPresent()) {
            badge = Optional.of(symbol(n.change().get(), labels.strings()));
        } else if (n.state().isPresent()) {
            badge = Optional.of("(" + symbol(n.state().get(), labels.strings()) + ")");
            inherited = true;
        }
        double line1 =
                TextWidth.of(name, NAME_SIZE) * BOLD
                        + badge.map(b -> badgeWidth(b) + 8).orElse(0.0);
        double line2 = TextWidth.of(sub, SUB_SIZE);
        double w = Math.ceil(Math.max(Math.max(line1, line2) + 2 * PAD_X, 96));
        return new NodeCard(m.id(), name, sub, badge, inherited, w, HEIGHT);
    }

    static String symbol(Change c, TreeStrings s) {
        return c == Change.ABSENT ? s.get(Key.BADGE_ABSENT) : c.symbol();
    }

    static double badgeWidth(String text) {
        return Math.ceil(TextWidth.of(text, BADGE_SIZE) * BOLD + 10);
    }
}
