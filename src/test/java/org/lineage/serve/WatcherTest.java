package org.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher hands over every path a burst of changes touched, in as few calls as it can. */
@Timeout(60)
class WatcherTest {
    @Test
    void reportsTheChangedPathsOfABurstTogether(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/models"));
        Path kept = Files.writeString(content.resolve("kept.yaml"), "name: Kept\n");
        Path gone = Files.writeString(content.resolve("gone.yaml"), "name: Gone\n");
        LinkedBlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
        try (Watcher w = Watcher.start(List.of(dir.resolve("content")), 200, calls::add)) {
            Files.writeString(kept, "name: Kept again\n");
            Files.delete(gone);
            Path fresh = Files.createDirectories(content.resolve("new"));
            Path inside = Files.writeString(fresh.resolve("x.yaml"), "name: X\n");
            Set<Path> seen = new HashSet<>();
            Set<Path> expected =
                    Set.of(
                            kept.toAbsolutePath(),
                            gone.toAbsolutePath(),
                            fresh.toAbsolutePath(),
                            inside.toAbsolutePath());
            while (!seen.containsAll(expected)) {
                Set<Path> call = calls.poll(30, TimeUnit.SECONDS);
                assertTrue(call != null, () -> "only saw " + seen);
                seen.addAll(call);
            }
            assertTrue(seen.stream().allMatch(Path::isAbsolute), seen::toString);
            assertEquals(List.of(dir.resolve("content").toAbsolutePath()), w.roots());
            assertEquals(Set.of(), Set.copyOf(calls), "a burst was split into more calls");
        }
    }
}
