package org.lineage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.lineage.layout.DateLabels;
import org.lineage.render.Dates;
import org.lineage.render.TemplateSource;
import org.lineage.render.Ui;
import org.lineage.testutil.TimeBound;

/**
 * Any text as a date or interval: it parses or throws {@link IllegalArgumentException} (which the
 * loader turns into a {@code bad-date} diagnostic), nothing else; a parsed date prints back to
 * itself, never ends before it starts, and reads in words in every language without a missing UI
 * string. Seeds: dates of the fixtures and near misses.
 */
class DateSpecFuzzTest {
    private static final TimeBound BOUND = new TimeBound(Duration.ofSeconds(10));
    private static final List<Ui> UIS =
            List.of(
                    Ui.load(TemplateSource.packaged(), "en"),
                    Ui.load(TemplateSource.packaged(), "zh"));

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anyTextParsesToADateThatPrintsBackOrIsRejectedWithAReason(byte[] input) {
        BOUND.run(() -> check(input));
    }

    private static void check(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        DateSpec d;
        try {
            d = DateSpec.parse(text);
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a reason");
            return;
        }
        assertEquals(text, d.toString(), "prints as written");
        assertEquals(d, DateSpec.parse(d.toString()), "reads back");
        d.end().ifPresent(e -> assertTrue(e.compareTo(d.start()) >= 0, "ends after it starts"));
        assertEquals(0, d.compareTo(DateSpec.parse(text)));
        String machine = Dates.machine(d);
        assertEquals(d.end().isPresent() ? "" : d.start().toString(), machine);
        for (Ui t : UIS) {
            String words = Dates.format(d, t);
            assertFalse(words.isBlank(), t.lang());
            assertFalse(words.contains("{") || words.contains("month."), words);
            assertTrue(words.contains(Integer.toString(d.start().year())), words);
            String label = DateLabels.format(d, t.lang());
            assertFalse(label.isBlank(), t.lang());
        }
    }
}
