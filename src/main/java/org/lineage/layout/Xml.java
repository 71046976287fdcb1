package org.lineage.layout;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;

/**
 * Writes XML one element a line, escaping every text and attribute value, and formats numbers the
 * same way on every machine.
 *
 * <p>{@code x.tag("rect").attr("x", "1").empty()} writes {@code <rect x="1"/>}; {@code open()}
 * leaves the element open for {@link #close}, {@code text(s)} closes it around {@code s}.
 */
final class Xml {
    private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
    private static final Escaper ATTR = XmlEscapers.xmlAttributeEscaper();

    private final StringBuilder out = new StringBuilder(4096);

    /** An element being written: its start tag is open for attributes. */
    final class Tag {
        private final String name;

        private Tag(String name) {
            this.name = name;
            out.append('<').append(name);
        }

        /** Adds an attribute; a null value leaves it out. */
        Tag attr(String key, String value) {
            if (value != null) {
                out.append(' ').append(key).append("=\"").append(ATTR.escape(value)).append('"');
            }
            return this;
        }

        Tag attr(String key, double value) {
            return attr(key, num(value));
        }

        /** Ends the element with no content. */
        void empty() {
            out.append("/>\n");
        }

        /** Ends the start tag; the caller writes the content and {@link Xml#close}s it. */
        void open() {
            out.append(">\n");
        }

        /** Writes {@code text} as the element's only content and closes it. */
        void text(String text) {
            out.append('>').append(TEXT.escape(text)).append("</").append(name).append(">\n");
        }
    }

    Tag tag(String name) {
        return new Tag(name);
    }

    /** Raw, trusted markup made by this package (a style sheet); never content. */
    Xml raw(String markup) {
        out.append(markup);
        return this;
    }

    Xml close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** {@code v} rounded to a tenth, without a trailing {@code .0}, never {@code -0}. */
    static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths == 0) {
            return "0";
        }
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        // as String.format(Locale.ROOT, "%.1f", tenths / 10.0) writes it, without a Formatter
        // for each number (a large drawing writes tens of thousands)
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }
}
