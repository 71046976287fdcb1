package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lineage import}: its report, its exit codes, and its refusals. */
class ImportCommandTest {
    private static final String EG = "src/test/resources/import/ecosystem-graphs/assets";
    private static final String HF = "src/test/resources/import/hf-cards";

    @TempDir Path tmp;

    private Path content() throws Exception {
        Path c = tmp.resolve("content");
        Files.createDirectories(c);
        Files.writeString(
                c.resolve("site.yaml"),
                "title: {en: \"I\", zh: \"I\"}\nbase_url: https://example.org/\nlanguages: [en, zh]\n");
        return c;
    }

    @Test
    void reportsWhatItReadWhatItLeftOutAndWhatItWrote() throws Exception {
        Path c = content();
        MainTest.Run run =
                MainTest.run("import", "ecosystem-graphs", EG, "--content", c.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(
                out.startsWith(
                        "read 23 entries from " + EG + ": 1 application, 2 dataset, 20 model"),
                out);
        assertTrue(
                out.contains(
                        EG
                                + "/cycle.yaml:14:18: warning[import-cycle]: the dependencies form a cycle"),
                out);
        assertTrue(out.contains("0 errors, 17 warnings"), out);
        assertTrue(out.contains("left out by design (see docs/importing.md):"), out);
        assertTrue(out.contains("  4 × dependencies on a dataset: not lineage edges"), out);
        assertTrue(
                out.contains(
                        "wrote into "
                                + c
                                + ": 11 families, 1 methods, 18 models, 7 sources; files: 37 created"),
                out);
        assertTrue(out.contains("next: lineage check --content " + c), out);
        assertEquals(0, MainTest.run("check", "--content", c.toString()).exit());
    }

    @Test
    void aDryRunSaysWhatItWouldWrite() throws Exception {
        Path c = content();
        MainTest.Run run =
                MainTest.run("import", "hf-cards", HF, "--content", c.toString(), "--dry-run");
        assertEquals(0, run.exit());
        assertTrue(
                run.out().contains("would write into " + c + ": 10 families, 5 methods, 13 models"),
                run.out());
        assertFalse(Files.exists(c.resolve("models")));
    }

    @Test
    void theConfidenceOfEveryEdgeCanBeChosen() throws Exception {
        Path c = content();
        MainTest.Run run =
                MainTest.run(
                        "import",
                        "hf-cards",
                        HF,
                        "--content",
                        c.toString(),
                        "--confidence",
                        "educated-guess");
        assertEquals(0, run.exit());
        assertTrue(
                Files.readString(c.resolve("models/llama-2-7b-chat-hf.yaml"))
                        .contains("confidence: educated-guess"));
        MainTest.Run bad =
                MainTest.run(
                        "import",
                        "hf-cards",
                        HF,
                        "--content",
                        c.toString(),
                        "--confidence",
                        "sure");
        assertEquals(2, bad.exit());
        assertTrue(
                bad.err().contains("'sure' is not a confidence level: documented, conclusion"),
                bad.err());
    }

    @Test
    void anIdCanBeGivenForANameThatHasNone() throws Exception {
        Path c = content();
        MainTest.Run run =
                MainTest.run(
                        "import",
                        "ecosystem-graphs",
                        EG,
                        "--content",
                        c.toString(),
                        "--id",
                        "文心一言=ernie-bot");
        assertEquals(0, run.exit());
        assertTrue(Files.exists(c.resolve("models/ernie-bot.yaml")));
        assertFalse(run.out().contains("no id can be read off the name"), run.out());
        assertTrue(
                run.out().contains("no family id can be read off the organisation '百度'"),
                run.out());
    }

    @Test
    void aBrokenSourceExitsOneAndWritesNothing() throws Exception {
        Path c = content();
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a.yaml"), "- {type: model, name: [x\n");
        MainTest.Run run =
                MainTest.run(
                        "import", "ecosystem-graphs", src.toString(), "--content", c.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("error[yaml-syntax]"), run.out());
        assertTrue(run.out().contains("nothing was written"), run.out());
        assertFalse(Files.exists(c.resolve("models")));
    }

    @Test
    void aMissingFolderOrFormatIsReported() throws Exception {
        Path c = content();
        MainTest.Run none =
                MainTest.run(
                        "import",
                        "hf-cards",
                        tmp.resolve("nope").toString(),
                        "--content",
                        c.toString());
        assertEquals(1, none.exit());
        assertTrue(none.out().contains("error[import-nothing]"), none.out());
        MainTest.Run format = MainTest.run("import", "csv", "x");
        assertEquals(2, format.exit());
        MainTest.Run bare = MainTest.run("import");
        assertEquals(2, bare.exit());
        assertTrue(
                bare.err().contains("missing a format: ecosystem-graphs or hf-cards"), bare.err());
    }
}
