package org.lineage.render;

import java.util.Locale;
import org.lineage.render.PageViews.PageView;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * The one configured Thymeleaf engine. Templates see exactly three names: {@code page} (the page's
 * view), {@code site} (the frame) and {@code t} (the UI strings). Safe to share between threads; a
 * long-lived builder keeps one, with its parsed templates and expressions.
 */
public final class Templates {
    /**
     * Room for every distinct expression of every template: a smaller cache would evict and
     * re-parse expressions on every page.
     */
    static final int EXPRESSION_CACHE = 4096;

    private final TemplateEngine engine;
    private final String displayDir;

    public Templates(TemplateSource source) {
        RecordAccessor.install();
        AbstractConfigurableTemplateResolver r = source.resolver();
        r.setTemplateMode(TemplateMode.HTML);
        r.setSuffix(".html");
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(r);
        StandardCacheManager caches = new StandardCacheManager();
        caches.setExpressionCacheMaxSize(EXPRESSION_CACHE);
        e.setCacheManager(caches);
        this.engine = e;
        this.displayDir = source.displayDir();
    }

    /**
     * Renders {@code template} for the page at {@code path}; a template error becomes a {@link
     * TemplateFailure} naming the template, the line and column, and the page.
     */
    public String render(String template, PageView page, SiteView site, Ui t, String path) {
        Context c = new Context(Locale.forLanguageTag(t.lang()));
        c.setVariable("page", page);
        c.setVariable("site", site);
        c.setVariable("t", t);
        TextOut out = new TextOut(32 * 1024);
        try {
            engine.process(template, c, out);
        } catch (TemplateProcessingException e) {
            String name = e.getTemplateName() != null ? e.getTemplateName() : template;
            throw TemplateFailure.of(
                    displayDir,
                    name.replaceFirst("^.*/", "").replaceFirst("\\.html$", ""),
                    e.getLine() == null ? 0 : e.getLine(),
                    e.getCol() == null ? 0 : e.getCol(),
                    rootMessage(e),
                    path,
                    e);
        }
        return out.toString();
    }

    /**
     * A page's text as Thymeleaf writes it, in many small pieces: a {@link StringBuilder} without
     * the lock that {@link java.io.StringWriter} takes on every write.
     */
    private static final class TextOut extends java.io.Writer {
        private final StringBuilder text;

        TextOut(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public java.io.Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public java.io.Writer append(CharSequence s, int start, int end) {
            text.append(s, start, end);
            return this;
        }

        @Override
        public java.io.Writer append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t == e ? e.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
        // Thymeleaf appends "(template: ...)" itself; the diagnostic's position says it
        return m == null ? e.toString() : m.replaceAll("\\s*\\(template: [^)]*\\)$", "");
    }
}
