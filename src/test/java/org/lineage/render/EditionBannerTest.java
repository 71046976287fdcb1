package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;

class EditionBannerTest {
    @Test
    void findsThePlaceholderInAPagesBytesAfterTextThatIsNotAscii() {
        PageKey key = new PageKey.Entity(Kind.MODEL, "code-davinci-002");
        String placeholder = EditionBanner.placeholder(key, "zh").toString();
        String before = "<title>代码模型 · 演化树</title>\n<body>\n";
        String page = before + placeholder + "\n<p>能力 — 上下文学习</p>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        int[] at = new int[2];

        Optional<EditionBanner.Slot> slot = EditionBanner.find(bytes, at);

        assertEquals(
                Optional.of(
                        new EditionBanner.Slot(
                                "zh",
                                key.path("zh"),
                                Optional.of(new EntityKey(Kind.MODEL, "code-davinci-002")))),
                slot);
        // the offsets are the bytes' (the title before it takes three bytes a character)
        assertEquals(before.getBytes(StandardCharsets.UTF_8).length, at[0]);
        assertArrayEquals(
                placeholder.getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(bytes, at[0], at[1]));
    }

    @Test
    void findsAPlaceholderOfAPageThatShowsNoEntity() {
        PageKey key = new PageKey.Home();
        byte[] bytes =
                ("<main>" + EditionBanner.placeholder(key, "en") + "</main>")
                        .getBytes(StandardCharsets.UTF_8);

        Optional<EditionBanner.Slot> slot = EditionBanner.find(bytes, new int[2]);

        assertEquals(
                Optional.of(new EditionBanner.Slot("en", key.path("en"), Optional.empty())), slot);
    }

    @Test
    void aPageWithoutPlaceholderOrWithAnUnclosedOneHasNone() {
        assertTrue(
                EditionBanner.find("<p>ok — 好</p>".getBytes(StandardCharsets.UTF_8), new int[2])
                        .isEmpty());
        assertTrue(
                EditionBanner.find(
                                (EditionBanner.PLACEHOLDER + "en %2Fen%2F")
                                        .getBytes(StandardCharsets.UTF_8),
                                new int[2])
                        .isEmpty());
        assertTrue(EditionBanner.find(new byte[0], new int[2]).isEmpty());
    }
}
