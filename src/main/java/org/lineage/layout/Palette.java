package org.lineage.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lineage.model.Confidence;

/**
 * The fixed colours and line styles of the tree.
 *
 * <p>Series colours pair a dark border (at least 4.5:1 against white) with a pale fill on which the
 * near-black text keeps well over 7:1; a family keeps its colour on every page because colours go
 * by the family's place among all families sorted by id. Colour is never the only cue: outside
 * models are dashed, the highlighted model is heavier, traced states carry a written badge.
 */
public final class Palette {
    /** A family's colours. */
    public record Swatch(String stroke, String fill) {}

    static final String TEXT = "#1b1b1b";
    static final String MUTED_TEXT = "#3c4043";
    static final String EDGE = "#3f3f46";
    static final String AXIS = "#5f6368";
    static final String BAND = "#f3f4f6";
    static final String HOLDS_FILL = "#fff0b3";
    static final Swatch NEUTRAL = new Swatch("#5f6368", "#f1f3f4");
    static final Swatch OUTSIDE = new Swatch("#5f6368", "#ffffff");

    /** The analogue lane's outline: a dashed grey line around a faint fill. */
    static final Swatch LANE = new Swatch("#6b7280", "#ffffff");

    private static final List<Swatch> FAMILIES =
            List.of(
                    new Swatch("#1f5fa8", "#e3eefa"),
                    new Swatch("#b35300", "#fdebdc"),
                    new Swatch("#2a7a3b", "#e2f2e5"),
                    new Swatch("#6b46a3", "#eee7f7"),
                    new Swatch("#b3261e", "#fbe4e2"),
                    new Swatch("#00737a", "#dcf0f1"),
                    new Swatch("#6b6b00", "#f1f1d6"),
                    new Swatch("#a3306f", "#f8e1ee"));

    private final List<String> families;

    /** A palette for these family ids (the colour of each is fixed by its sorted place). */
    public Palette(List<String> familyIds) {
        List<String> ids = new ArrayList<>(familyIds);
        ids.sort(null);
        this.families = List.copyOf(ids);
    }

    /** The colours of a family; neutral grey for a model with no (or an unknown) family. */
    public Swatch family(Optional<String> familyId) {
        int i = familyId.map(families::indexOf).orElse(-1);
        return i < 0 ? NEUTRAL : FAMILIES.get(i % FAMILIES.size());
    }

    /** The stroke-dasharray of a lineage edge: solid, dashed or dotted; null when solid. */
    public static String dash(Confidence c) {
        return switch (c) {
            case DOCUMENTED, CONCLUSION -> null;
            case STRONG_HYPOTHESIS, HYPOTHESIS -> "7 4";
            case EDUCATED_GUESS, OPEN_QUESTION -> "1 4";
        };
    }

    /** True for the dotted style, which is drawn a little heavier with round caps. */
    static boolean dotted(Confidence c) {
        return c == Confidence.EDUCATED_GUESS || c == Confidence.OPEN_QUESTION;
    }

    /** The dash pattern of an analogue's border: dash-dot. */
    static final String ANALOGUE_DASH = "8 3 2 3";
}
