package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lineage.render.SizeChart.Labels;
import org.lineage.render.SizeChart.Labels.Box;
import org.lineage.render.SizeChart.Labels.Label;

class SizeChartLabelsTest {
    private static final double LEFT = 64;
    private static final double TOP = 16;
    private static final double RIGHT = 704;
    private static final double BOTTOM = 320;

    @Test
    void aLonePointIsNamedToItsRightAndOneAtTheRightEdgeToItsLeft() {
        Labels labels = new Labels(LEFT, TOP, RIGHT, BOTTOM);
        labels.mark(200, 100, 200);
        labels.mark(700, 200, 700);
        Label lone = labels.place(200, 100, 200, "davinci").orElseThrow();
        assertEquals("start", lone.anchor());
        assertTrue(lone.x() > 200);
        Label edge = labels.place(700, 200, 700, "text-davinci-003").orElseThrow();
        assertEquals("end", edge.anchor());
        assertTrue(edge.x() < 700);
    }

    @Test
    void anIntervalIsNamedAfterItsEnd() {
        Labels labels = new Labels(LEFT, TOP, RIGHT, BOTTOM);
        labels.mark(200, 100, 320);
        Label l = labels.place(200, 100, 320, "text-davinci-001").orElseThrow();
        assertEquals("start", l.anchor());
        assertTrue(l.box().x0() > 320, l.toString());
    }

    @Test
    void aNameWithNoRoomIsLeftOut() {
        Labels labels = new Labels(LEFT, TOP, RIGHT, BOTTOM);
        // a row of points 6 pixels apart: no name fits beside, above or below the middle one
        for (int i = -10; i <= 10; i++) {
            labels.mark(300 + 6 * i, 100, 300 + 6 * i);
            labels.mark(300 + 6 * i, 88, 300 + 6 * i);
            labels.mark(300 + 6 * i, 112, 300 + 6 * i);
        }
        assertEquals(Optional.empty(), labels.place(300, 100, 300, "a rather long model name"));
    }

    @Test
    void placedNamesOverlapNothingAndStayInThePlot() {
        Random random = new Random(7);
        Labels labels = new Labels(LEFT, TOP, RIGHT, BOTTOM);
        int n = 300;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = LEFT + random.nextDouble() * (RIGHT - LEFT);
            ys[i] = TOP + random.nextDouble() * (BOTTOM - TOP);
            labels.mark(xs[i], ys[i], xs[i]);
        }
        List<Box> placed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "model-" + i + (i % 3 == 0 ? " 大模型" : "");
            Optional<Label> l = labels.place(xs[i], ys[i], xs[i], name);
            if (l.isEmpty()) {
                continue;
            }
            Box b = l.get().box();
            assertTrue(
                    b.x0() >= LEFT && b.x1() <= RIGHT && b.y0() >= TOP && b.y1() <= BOTTOM,
                    b.toString());
            for (Box o : placed) {
                assertFalse(o.overlaps(b), o + " and " + b);
            }
            for (int j = 0; j < n; j++) {
                Box point = new Box(xs[j] - 4, ys[j] - 4, xs[j] + 4, ys[j] + 4);
                assertFalse(point.overlaps(b), "the name of " + i + " covers point " + j);
            }
            placed.add(b);
        }
        assertTrue(placed.size() > 10 && placed.size() < n, "placed " + placed.size());
    }
}
