package org.lineage.layout;

import java.util.List;

/** The method label of an edge: wrapped to a narrow block so that layers stay close. */
final class EdgeLabel {
    static final double SIZE = 12;
    static final double LINE = 15;
    static final double MAX_WIDTH = 132;

    private EdgeLabel() {}

    /**
     * The label's lines: as many as {@link #MAX_WIDTH} needs, made about equally long so that no
     * lone word or character is left on the last line.
     */
    static List<String> lines(String label) {
        List<String> greedy = TextWidth.wrap(label, SIZE, MAX_WIDTH);
        if (greedy.size() < 2) {
            return greedy;
        }
        double even = TextWidth.of(label, SIZE) / greedy.size() + SIZE;
        List<String> balanced = TextWidth.wrap(label, SIZE, Math.min(MAX_WIDTH, even));
        return balanced.size() == greedy.size() ? balanced : greedy;
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
