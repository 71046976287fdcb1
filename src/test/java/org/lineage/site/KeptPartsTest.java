package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lineage.model.Reads;

class KeptPartsTest {
    private final KeptParts parts = new KeptParts();
    private final Map<String, String> digests = new HashMap<>();
    private final AtomicInteger made = new AtomicInteger();

    /** One round asking for part "p", which reads "e:models/a"; returns the value it got. */
    private String round(String shared) {
        return ask(parts.round(shared, n -> digests.getOrDefault(n, ""), 32));
    }

    /** Asks {@code r} for part "p", then ends it. */
    private String ask(KeptParts.Round r) {
        String v =
                r.get(
                        "p",
                        () -> {
                            Reads.note("e:models/a");
                            return "made " + made.incrementAndGet();
                        });
        r.end();
        return v;
    }

    @Test
    void aPartIsKeptWhileWhatItReadAndWhatPagesShareAreUnchanged() {
        digests.put("e:models/a", "1");
        assertEquals("made 1", round("s"));
        assertEquals("made 1", round("s"));
        assertEquals(1, parts.reused());
        digests.put("e:models/a", "2");
        assertEquals("made 2", round("s"), "what it read changed");
        assertEquals("made 3", round("t"), "what every page shares changed");
        assertEquals("made 3", round("t"));
    }

    @Test
    void aPartNotAskedForInARoundIsDropped() {
        assertEquals("made 1", round("s"));
        KeptParts.Round other = parts.round("s", n -> "", 32);
        other.end();
        assertEquals("made 2", round("s"));
    }

    @Test
    void aPartThatWeighsEveryBodyIsNeverKept() {
        KeptParts.Round r = parts.round("s", n -> "", 32);
        for (int i = 0; i < 2; i++) {
            r.get(
                    "all",
                    () -> {
                        Reads.note(Reads.ALL_BODIES);
                        return made.incrementAndGet();
                    });
        }
        r.end();
        KeptParts.Round again = parts.round("s", n -> "", 32);
        again.get("all", made::incrementAndGet);
        assertEquals(3, made.get());
    }

    /** As {@link #round}, in a build whose reads are {@code now}, told what changed since then. */
    private String round(Object now, Object then, java.util.Set<String> changed) {
        return ask(parts.round("s", n -> digests.getOrDefault(n, ""), 32, now, then, changed));
    }

    @Test
    void aPartIsKeptWhenTheReadsThatChangedSinceItsBuildAreNotItsOwn() {
        Object first = new Object();
        Object second = new Object();
        Object third = new Object();
        digests.put("e:models/a", "1");
        assertEquals("made 1", round(first, null, null));
        // told what changed since the build that made the part: its digest is not asked again
        digests.put("e:models/a", "2");
        assertEquals("made 1", round(second, first, java.util.Set.of("e:models/b")));
        assertEquals("made 2", round(third, second, java.util.Set.of("e:models/a")));
        // told what changed since some other build: each read is asked again, and "2" is current
        digests.put("e:models/a", "3");
        assertEquals("made 3", round(new Object(), first, java.util.Set.of()));
    }
}
