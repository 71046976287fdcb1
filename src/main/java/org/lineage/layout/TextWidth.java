package org.lineage.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a line of text is drawn, without a font: a layout made at build time cannot
 * ask the reader's browser, so boxes are sized from character classes with a margin to spare.
 *
 * <p>Han, kana, Hangul and full-width forms take about one em; Latin letters and digits about 0.55
 * em, a little more for capitals and wide letters, less for narrow ones and punctuation.
 */
public final class TextWidth {
    private TextWidth() {}

    /** The estimated width of {@code text} at {@code fontSize} pixels. */
    public static double of(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            ems += ems(cp);
            i += Character.charCount(cp);
        }
        return ems * fontSize;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth} where it can: at spaces, and
     * between wide (CJK) characters. A single word wider than the limit keeps a line of its own.
     */
    public static List<String> wrap(String text, double fontSize, double maxWidth) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                word.append(' ');
                tokens.add(word.toString());
                word.setLength(0);
            } else if (isWide(cp)) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String t : tokens) {
            String candidate = line + t;
            if (line.length() > 0 && of(candidate.strip(), fontSize) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(t);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    static double ems(int cp) {
        if (isWide(cp)) {
            return 1.0;
        }
        if ("iljtf.,:;'|!()[] ".indexOf(cp) >= 0) {
            return 0.34;
        }
        if ("mwMW@%<>=+~&#*".indexOf(cp) >= 0) {
            return 0.88;
        }
        if (Character.isUpperCase(cp)) {
            return 0.68;
        }
        if (Character.isDigit(cp)) {
            return 0.6;
        }
        return 0.56;
    }

    /** East Asian wide and full-width characters, which take a whole em. */
    static boolean isWide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }
}
