package org.lineage.render;

import java.util.Locale;
import org.lineage.render.PageViews.PageView;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * The one configured Thymeleaf engine. Templates see exactly three names: {@code page} (the page's
 * view), {@code site} (the frame) and {@code t} (the UI strings). Safe to share between threads.
 */
public final class Templates {
    private final TemplateEngine engine;

    public Templates(TemplateSource source) {
        AbstractConfigurableTemplateResolver r = source.resolver();
        r.setTemplateMode(TemplateMode.HTML);
        r.setSuffix(".html");
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        TemplateEngine e = new TemplateEngine();
        e.setTemplateResolver(r);
        this.engine = e;
    }

    /** Renders {@code template} for one page. */
    public String render(String template, PageView page, SiteView site, Ui t) {
        Context c = new Context(Locale.forLanguageTag(t.lang()));
        c.setVariable("page", page);
        c.setVariable("site", site);
        c.setVariable("t", t);
        return engine.process(template, c);
    }
}
