package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TenthsTest {
    /** What the drawings wrote before: the formatter's rounding, its trailing ".0" dropped. */
    private static String formatted(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Test
    void roundsAsTheFormatterDoesTiesIncluded() {
        double[] cases = {
            0,
            1,
            0.05,
            0.15,
            0.25,
            0.35,
            1.45,
            2.675,
            4.35,
            12.25,
            99.95,
            8.0,
            123456.75,
            1e-9,
            0.049999999,
            -1.25,
            -3.35
        };
        for (double v : cases) {
            assertEquals(formatted(v), Fragments.tenths(v), () -> "for " + v);
        }
        // the formatter's "-0" is not written
        assertEquals("0", Fragments.tenths(-0.04));
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // coordinates: text widths and sums of them, and exact hundredths (the ties)
            double v = i % 2 == 0 ? r.nextDouble() * 5000 : r.nextInt(500_000) / 100.0;
            assertEquals(formatted(v), Fragments.tenths(v), "for " + v);
        }
    }
}
