package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.export.Streamed;

class SiteWriterTest {
    @TempDir Path tmp;

    @Test
    void aStreamedFileIsWrittenAndCountedLikeBytes() throws Exception {
        Path site = tmp.resolve("site");
        try (SiteWriter w = SiteWriter.open(site)) {
            w.write("index.html", "<p>home</p>".getBytes(StandardCharsets.UTF_8));
            w.write(
                    "data/big.json",
                    (Streamed)
                            out -> {
                                for (int i = 0; i < 100_000; i++) {
                                    out.write('x');
                                }
                                out.write(new byte[] {'\n'}, 0, 1);
                            });
            assertEquals(11 + 100_001, w.bytes());
            assertEquals(2, w.fileCount());
            w.commit();
        }
        assertEquals(100_001, Files.size(site.resolve("data/big.json")));
    }
}
