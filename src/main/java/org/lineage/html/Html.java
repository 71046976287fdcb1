package org.lineage.html;

import java.util.Objects;

/**
 * A piece of HTML that is safe to print as it is: written by {@link HtmlWriter}, which escapes
 * every text and attribute value, by the Markdown renderer, or by the SVG writer. Templates may
 * print an {@code Html} unescaped ({@code th:utext}) and nothing else.
 */
public final class Html {
    /** No markup at all. */
    public static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /**
     * Wraps markup that the caller has produced safely (a renderer that escapes what it writes).
     * Content must never reach this method unescaped.
     */
    public static Html trusted(String markup) {
        return markup.isEmpty() ? EMPTY : new Html(Objects.requireNonNull(markup));
    }

    /** True when there is no markup. */
    public boolean isEmpty() {
        return markup.isEmpty();
    }

    /** The markup, as it is printed. */
    @Override
    public String toString() {
        return markup;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Html h && h.markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }
}
