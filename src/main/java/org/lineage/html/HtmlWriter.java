package org.lineage.html;

/**
 * Writes HTML, escaping every text and attribute value the way the templates do ({@code & < > "
 * '}), so that a page part written here prints exactly as the template fragment it replaces. A tag
 * is closed with {@code >} when its content starts; an attribute whose value is null is left out,
 * as Thymeleaf leaves it out.
 *
 * <p>Not thread-safe: one writer per piece being written.
 */
public final class HtmlWriter {
    private final StringBuilder out;
    private boolean inTag;

    public HtmlWriter() {
        this(256);
    }

    public HtmlWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Starts {@code <tag}; attributes may follow. */
    public HtmlWriter open(String tag) {
        endTag();
        out.append('<').append(tag);
        inTag = true;
        return this;
    }

    /** An attribute of the tag just opened; left out when {@code value} is null. */
    public HtmlWriter attr(String name, String value) {
        if (!inTag) {
            throw new IllegalStateException("attribute " + name + " outside a tag");
        }
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            escape(value, out);
            out.append('"');
        }
        return this;
    }

    /** A boolean attribute of the tag just opened ({@code hidden}, {@code defer}). */
    public HtmlWriter flag(String name) {
        if (!inTag) {
            throw new IllegalStateException("attribute " + name + " outside a tag");
        }
        out.append(' ').append(name);
        return this;
    }

    /** As {@link #attr(String, String)}, for a number. */
    public HtmlWriter attr(String name, int value) {
        return attr(name, Integer.toString(value));
    }

    /** Text, escaped; null writes nothing. */
    public HtmlWriter text(String s) {
        endTag();
        if (s != null) {
            escape(s, out);
        }
        return this;
    }

    /** Markup that is already safe. */
    public HtmlWriter html(Html h) {
        endTag();
        if (h != null) {
            out.append(h.toString());
        }
        return this;
    }

    /**
     * Markup written in the code itself (a constant such as {@code "\n"} or {@code "</li><li>"}),
     * never text from content.
     */
    public HtmlWriter raw(String markupLiteral) {
        endTag();
        out.append(markupLiteral);
        return this;
    }

    /** {@code </tag>}. */
    public HtmlWriter close(String tag) {
        endTag();
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Ends the tag just opened without content (a void element, or before a separate close). */
    public HtmlWriter end() {
        endTag();
        return this;
    }

    private void endTag() {
        if (inTag) {
            out.append('>');
            inTag = false;
        }
    }

    /** True when nothing has been written yet. */
    public boolean isEmpty() {
        return out.length() == 0;
    }

    /** What was written. */
    public Html toHtml() {
        endTag();
        return Html.trusted(out.toString());
    }

    @Override
    public String toString() {
        endTag();
        return out.toString();
    }

    /** {@code s} escaped for text or a double-quoted attribute value. */
    public static String escape(String s) {
        int i = firstSpecial(s);
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        escape(s, b);
        return b.toString();
    }

    private static int firstSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return i;
            }
        }
        return -1;
    }

    static void escape(String s, StringBuilder b) {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            String rep;
            switch (s.charAt(i)) {
                case '&' -> rep = "&amp;";
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '"' -> rep = "&quot;";
                case '\'' -> rep = "&#39;";
                default -> rep = null;
            }
            if (rep != null) {
                b.append(s, start, i).append(rep);
                start = i + 1;
            }
        }
        if (start == 0) {
            // nothing to escape (most text): one copy of the whole string, not one per character
            b.append(s);
        } else {
            b.append(s, start, s.length());
        }
    }
}
