package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lineage.layout.TreeLayout.Box;

class GroupOutlinesTest {
    private static final double P = 9;

    @Test
    void aStepOfAFewPixelsBetweenRowsIsTakenOut() {
        // the middle row was stopped 3.5 px short by a model beside it; its neighbours were not
        List<Box> chain =
                List.of(
                        new Box(301, 7, 408.5, 64),
                        new Box(304.5, 71, 405, 192),
                        new Box(301, 263, 408.5, 64));
        List<Box> own =
                List.of(
                        new Box(390, 7, 319.5, 64),
                        new Box(310, 71, 399.5, 192),
                        new Box(301, 263, 200, 64));
        List<Box> out = GroupOutlines.straighten(chain, own, P, false);
        for (Box b : out) {
            assertEquals(304.5, b.x(), out.toString());
            assertEquals(709.5, b.right(), 1e-9, out.toString());
        }
    }

    @Test
    void aRowIsNotCutCloserThanHalfThePaddingToItsOwnModels() {
        List<Box> chain = List.of(new Box(301, 7, 100, 64), new Box(307, 71, 94, 64));
        // the first row's own models start 4 px inside it: it may give up 4.5 of its 9 px only
        List<Box> own = List.of(new Box(301, 7, 100, 64), new Box(316, 71, 85, 64));
        List<Box> out = GroupOutlines.straighten(chain, own, P, false);
        assertEquals(305.5, out.get(0).x());
        assertEquals(307, out.get(1).x());
    }

    @Test
    void stepsWiderThanThePaddingAndRowsLaidOutSidewaysAreKeptOrStraightenedAlike() {
        List<Box> chain = List.of(new Box(0, 100, 50, 300), new Box(60, 140, 50, 260));
        List<Box> own = List.of(new Box(0, 200, 50, 50), new Box(60, 200, 50, 50));
        // a notch of 40 px where another model stands: kept
        assertEquals(chain, GroupOutlines.straighten(chain, own, P, true));
        List<Box> near = List.of(new Box(0, 100, 50, 300), new Box(60, 104, 50, 296));
        List<Box> out = GroupOutlines.straighten(near, own, P, true);
        assertEquals(104, out.get(0).y());
        assertEquals(104, out.get(1).y());
        assertEquals(400, out.get(0).bottom());
    }
}
