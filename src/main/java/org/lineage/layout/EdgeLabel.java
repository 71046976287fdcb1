package org.lineage.layout;

import java.util.List;

/** The method label of an edge: wrapped to a narrow block so that layers stay close. */
final class EdgeLabel {
    static final double SIZE = 11;
    static final double LINE = 13;
    static final double MAX_WIDTH = 118;

    private EdgeLabel() {}

    static List<String> lines(String label) {
        return TextWidth.wrap(label, SIZE, MAX_WIDTH);
    }

    static double width(List<String> lines) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, TextWidth.of(l, SIZE));
        }
        return Math.ceil(w + 4);
    }

    static double height(List<String> lines) {
        return lines.size() * LINE + 3;
    }
}
