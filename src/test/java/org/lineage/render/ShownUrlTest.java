package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a reference list spells out an external address: short, and never cut inside a letter. */
class ShownUrlTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://example.com/, example.com",
        "http://example.com/a/b, example.com/a/b",
        "https://arxiv.org/abs/2203.02155, arxiv.org/abs/2203.02155",
        "ftp://example.com/x/, ftp://example.com/x",
    })
    void dropsTheSchemeAndTrailingSlash(String url, String shown) {
        assertEquals(shown, PageContext.shownUrl(url));
    }

    @Test
    void cutsALongAddressWithAnEllipsis() {
        String url = "https://example.com/" + "a".repeat(100);
        String shown = PageContext.shownUrl(url);
        assertEquals(PageContext.URL_SHOWN, shown.length());
        assertEquals("example.com/aaa", shown.substring(0, 15));
        assertEquals('\u2026', shown.charAt(shown.length() - 1));
    }

    @Test
    void keepsAnAddressOfExactlyTheLimit() {
        String host = "example.com/";
        String url = "https://" + host + "b".repeat(PageContext.URL_SHOWN - host.length());
        assertEquals(url.substring("https://".length()), PageContext.shownUrl(url));
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String url = "https://example.com/" + "\uD835\uDC00".repeat(80);
        String shown = PageContext.shownUrl(url);
        assertEquals(PageContext.URL_SHOWN, shown.codePointCount(0, shown.length()));
        assertEquals("\uD835\uDC00\u2026", shown.substring(shown.length() - 3));
    }
}
