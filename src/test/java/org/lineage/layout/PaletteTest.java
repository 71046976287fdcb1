package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaletteTest {
    /** WCAG 2 relative luminance of {@code #rrggbb}. */
    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void keepsTextAboveWcagAaOnEveryFillAndBordersVisibleOnWhite() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add("family-" + i);
        }
        Palette p = new Palette(ids);
        List<Palette.Swatch> swatches = new ArrayList<>();
        ids.forEach(id -> swatches.add(p.family(Optional.of(id))));
        swatches.add(Palette.NEUTRAL);
        swatches.add(Palette.OUTSIDE);
        for (Palette.Swatch s : swatches) {
            assertTrue(contrast(Palette.TEXT, s.fill()) >= 7, "text on " + s.fill());
            assertTrue(contrast(s.stroke(), "#ffffff") >= 4.5, "border " + s.stroke());
        }
        assertTrue(contrast(Palette.TEXT, Palette.HOLDS_FILL) >= 7);
        assertTrue(contrast(Palette.MUTED_TEXT, "#ffffff") >= 4.5);
        assertTrue(contrast(Palette.AXIS, "#f6f7f8") >= 4.5, "year labels on a shaded band");
        assertTrue(contrast("#ffffff", Palette.TEXT) >= 7, "badge text");
        assertTrue(contrast(Palette.EDGE, "#ffffff") >= 3, "edges");
        assertTrue(contrast(Palette.LANE.stroke(), "#ffffff") >= 4.5, "the analogue lane");
        assertTrue(contrast(Palette.AXIS, Palette.BAND) >= 4.5, "year labels on the band colour");
    }

    @Test
    void givesAFamilyTheSameColourWhateverOtherFamiliesAPageShows() {
        Palette p = new Palette(List.of("b", "a", "c"));
        assertEquals(
                p.family(Optional.of("b")),
                new Palette(List.of("c", "b", "a")).family(Optional.of("b")));
        assertNotEquals(p.family(Optional.of("a")), p.family(Optional.of("b")));
        assertEquals(Palette.NEUTRAL, p.family(Optional.empty()));
        assertEquals(Palette.NEUTRAL, p.family(Optional.of("unknown")));
    }
}
