package org.lineage.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.diag.Timings;
import org.lineage.export.DataExports;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.render.Catalog;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.SiteView;
import org.lineage.render.TemplateSource;
import org.lineage.render.Templates;
import org.lineage.render.Views;

/**
 * The build: load and check -> index -> plan pages -> build views, render bodies and templates (in
 * parallel) -> write beside the old site, with the {@code /data/} exports -> check links -> swap
 * in.
 */
public final class SiteBuild {
    /** The files copied from the templates folder into {@code assets/}. */
    static final List<String> ASSETS = List.of("site.css", "search.js", "tree.js");

    /**
     * What to build.
     *
     * @param displayRoot how diagnostics name the content folder
     */
    public record Options(
            Path content, String displayRoot, Path out, boolean strict, TemplateSource templates) {}

    private SiteBuild() {}

    private record PageFailure(String file, RuntimeException cause) {}

    private record Rendered(LinkChecker.PageLinks links, PageFailure failure) {}

    /**
     * Writes every {@code /data/} file, and the CSL-JSON of the cited pages that are no entity's
     * (home, glossary); returns the bytes written.
     */
    private static long writeData(
            SiteWriter site, CheckResult checked, List<PlannedPage> plan, Views views) {
        SortedMap<String, byte[]> data =
                new TreeMap<>(DataExports.files(checked.kb(), checked.graph()));
        for (PlannedPage p : plan) {
            views.cslFile(p.key(), p.lang())
                    .ifPresent(e -> data.putIfAbsent(e.getKey(), e.getValue()));
        }
        long n = 0;
        for (Map.Entry<String, byte[]> e : data.entrySet()) {
            site.write(e.getKey(), e.getValue());
            n += e.getValue().length;
        }
        return n;
    }

    public static BuildOutcome run(Options o) throws IOException {
        return run(o, new Timings());
    }

    /** As {@link #run(Options)}, recording each stage's time in {@code timings}. */
    public static BuildOutcome run(Options o, Timings timings) throws IOException {
        long start = System.nanoTime();
        java.util.Optional<String> refused = SiteWriter.refusal(o.out());
        if (refused.isPresent()) {
            return new BuildOutcome.OutputRefused(refused.get());
        }
        MarkdownEngine markdown = new MarkdownEngine();
        CheckResult checked = new Checker(markdown).run(o.content(), o.displayRoot(), timings);
        if (!checked.passes(o.strict())) {
            return new BuildOutcome.ContentFailed(checked);
        }
        Catalog catalog = timings.time("index", () -> Catalog.of(checked, markdown));
        List<PlannedPage> plan = timings.time("plan pages", () -> PagePlan.of(checked.kb()));
        Views views = new Views(catalog, o.templates());
        Templates templates = new Templates(o.templates());
        AtomicLong bytes = new AtomicLong();
        try (SiteWriter site = SiteWriter.open(o.out())) {
            // every page is attempted, so that a failure never leaves a thread writing into a
            // folder being removed, and all failures are reported together
            List<Rendered> rendered =
                    timings.time(
                            "render pages",
                            () ->
                                    plan.parallelStream()
                                            .map(
                                                    p -> {
                                                        try {
                                                            PageView page =
                                                                    views.page(p.key(), p.lang());
                                                            SiteView frame =
                                                                    views.site(
                                                                            p.key(), p.lang(),
                                                                            page);
                                                            String html =
                                                                    templates.render(
                                                                            p.key().template(),
                                                                            page,
                                                                            frame,
                                                                            views.ui(p.lang()));
                                                            byte[] b =
                                                                    html.getBytes(
                                                                            StandardCharsets.UTF_8);
                                                            site.write(p.file(), b);
                                                            bytes.addAndGet(b.length);
                                                            return new Rendered(
                                                                    LinkChecker.scan(
                                                                            p.file(), html),
                                                                    null);
                                                        } catch (RuntimeException e) {
                                                            return new Rendered(
                                                                    null,
                                                                    new PageFailure(p.file(), e));
                                                        }
                                                    })
                                            .toList());
            List<PageFailure> failures =
                    rendered.stream().map(Rendered::failure).filter(f -> f != null).toList();
            if (!failures.isEmpty()) {
                PageFailure first = failures.get(0);
                throw new IllegalStateException(
                        failures.size()
                                + " of "
                                + plan.size()
                                + " pages failed to render; the first, "
                                + first.file()
                                + ": "
                                + first.cause().getMessage(),
                        first.cause());
            }
            List<LinkChecker.PageLinks> links = rendered.stream().map(Rendered::links).toList();
            for (String asset : ASSETS) {
                byte[] b =
                        o.templates()
                                .read("assets/" + asset)
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "missing template asset assets/" + asset));
                site.write("assets/" + asset, b);
                bytes.addAndGet(b.length);
            }
            long dataBytes =
                    timings.time("write data", () -> writeData(site, checked, plan, views));
            bytes.addAndGet(dataBytes);
            byte[] sitemap =
                    Sitemap.xml(plan, checked.kb().site(), l -> views.ui(l).get("lang.tag"))
                            .getBytes(StandardCharsets.UTF_8);
            site.write("sitemap.xml", sitemap);
            byte[] robots = Sitemap.robots(checked.kb().site()).getBytes(StandardCharsets.UTF_8);
            site.write("robots.txt", robots);
            bytes.addAndGet(sitemap.length + robots.length);
            List<String> broken =
                    timings.time(
                            "check links",
                            () ->
                                    LinkChecker.check(
                                            links, site.files(), checked.kb().site().baseUrl()));
            if (!broken.isEmpty()) {
                return new BuildOutcome.LinksBroken(checked, broken);
            }
            int files = site.files().size();
            timings.time(
                    "swap in",
                    () -> {
                        try {
                            site.commit();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            return new BuildOutcome.Built(
                    checked,
                    plan.size(),
                    files,
                    bytes.get(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
