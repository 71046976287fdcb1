package org.lineage.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.diag.Diagnostics;

/** Decoding: where a bad byte is, and what is cleaned up before parsing. */
class StrictReaderTest {
    @TempDir Path tmp;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    private List<String> read(byte[] content) throws IOException {
        Path f = tmp.resolve("x.yaml");
        Files.write(f, content);
        Diagnostics d = new Diagnostics();
        StrictReader.read(f, "x.yaml", "x.yaml", d);
        return d.sorted().stream().map(x -> x.code() + " " + x.pos()).toList();
    }

    @Test
    void badByteIsReportedAtItsLineAndColumn() throws IOException {
        assertEquals(List.of("not-utf8 x.yaml:2:4"), read(bytes("a: 1\nb: ", 0xff, "\n")));
    }

    @Test
    void byteOrderMarkTakesNoColumn() throws IOException {
        assertEquals(List.of("not-utf8 x.yaml:1:4"), read(bytes("\uFEFFa: ", 0xff)));
    }

    @Test
    void crlfAndLoneCrEndLines() throws IOException {
        assertEquals(List.of("not-utf8 x.yaml:3:4"), read(bytes("a: 1\r\nb: 2\rc: ", 0xc0)));
    }

    @Test
    void aColumnIsACodePoint() throws IOException {
        assertEquals(List.of("not-utf8 x.yaml:1:5"), read(bytes("a: \uD83D\uDE00", 0xff)));
    }

    @Test
    void aTruncatedSequenceAtTheEndIsReported() throws IOException {
        assertEquals(List.of("not-utf8 x.yaml:1:4"), read(bytes("a: ", 0xe4, 0xb8)));
    }

    @Test
    void byteOrderMarkAndCrlfAreRemovedBeforeParsing() throws IOException {
        Path f = tmp.resolve("x.yaml");
        Files.write(f, bytes("\uFEFFa: 1\r\nb: 2\r\n"));
        Diagnostics d = new Diagnostics();
        Optional<ContentFile> file = StrictReader.read(f, "x.yaml", "x.yaml", d);
        assertEquals("a: 1\nb: 2\n", file.orElseThrow().text());
        assertTrue(d.sorted().isEmpty());
    }

    @Test
    void aFileOfOnlyAByteOrderMarkIsEmpty() throws IOException {
        assertEquals(List.of("empty-file x.yaml"), read(bytes("\uFEFF\r\n")));
    }
}
