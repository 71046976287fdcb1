package org.lineage.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Timings;
import org.lineage.export.DataExports;
import org.lineage.export.SearchIndex;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.KnowledgeBase;
import org.lineage.render.BodyPages;
import org.lineage.render.Catalog;
import org.lineage.render.PageKey;
import org.lineage.render.PastEdition;
import org.lineage.render.TemplateFailure;
import org.lineage.render.Templates;
import org.lineage.render.Views;

/**
 * Builds the site, stage by stage:
 *
 * <pre>
 * check (load, bodies, graph, checks) -> index -> plan -> write data -> render pages
 *   (each written and its links checked as it is made) -> link check -> swap in
 * </pre>
 *
 * <p>Long-lived: the Markdown engine, the body renderer and the template engine (with its parsed
 * templates and expressions) are made once and kept between builds, which is what {@code serve}
 * does. Each stage is timed and a failure inside it names it (see {@link Stages}).
 */
public final class SiteBuilder {
    /** The files copied from the templates folder into {@code assets/}. */
    static final List<String> ASSETS = SiteBuild.ASSETS;

    private final SiteBuild.Options options;
    private final Checker checker;
    private final Templates templates;

    public SiteBuilder(SiteBuild.Options options) {
        this.options = options;
        this.checker = new Checker(new MarkdownEngine(), new BodyPages());
        this.templates = new Templates(options.templates());
    }

    /** Builds the site once. */
    public BuildOutcome build(Timings timings) throws IOException {
        long start = System.nanoTime();
        Optional<String> refused = SiteWriter.refusal(options.out());
        if (refused.isPresent()) {
            return new BuildOutcome.OutputRefused(refused.get());
        }
        Stages stages = new Stages(timings);
        CheckResult checked = checker.run(options.content(), options.displayRoot(), timings);
        if (!checked.passes(options.strict())) {
            return new BuildOutcome.ContentFailed(checked);
        }
        List<PlannedPage> plan =
                stages.run("plan pages", () -> PagePlan.of(checked.kb(), options.readerViews()));
        List<PastEditions.Built> past = List.of();
        if (options.pastEditions() && !checked.kb().site().editions().isEmpty()) {
            Set<String> pageFiles = new HashSet<>();
            plan.forEach(p -> pageFiles.add(p.file()));
            PastEditions.Result r =
                    stages.run(
                            "past editions", () -> PastEditions.build(options, checked, pageFiles));
            if (!r.problems().isEmpty()) {
                List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
                all.addAll(r.problems());
                all.sort(null);
                return new BuildOutcome.ContentFailed(
                        new CheckResult(checked.kb(), checked.graph(), all, checked.bodies()));
            }
            past = r.built();
        }
        List<PastEdition> pastEditions =
                past.stream().map(b -> new PastEdition(b.edition(), b.files().keySet())).toList();
        Views views =
                stages.run(
                        "index",
                        () ->
                                new Views(
                                        Catalog.of(checked),
                                        options.templates(),
                                        options.readerViews(),
                                        options.edition(),
                                        pastEditions));
        try (SiteWriter out = SiteWriter.open(options.out())) {
            List<PastEditions.Built> built = past;
            Set<String> files =
                    stages.run("write data", () -> writeData(checked, views, plan, built, out));
            LinkCheck links = new LinkCheck(outputName(), files, checked.kb().site().baseUrl());
            List<Diagnostic> failed =
                    stages.run("render pages", () -> renderPages(views, plan, out, links));
            if (!failed.isEmpty()) {
                return new BuildOutcome.TemplatesFailed(checked, failed);
            }
            List<Diagnostic> broken = stages.run("check links", links::finish);
            if (!broken.isEmpty()) {
                return new BuildOutcome.LinksBroken(checked, broken);
            }
            int fileCount = out.files().size();
            long bytes = out.bytes();
            stages.run(
                    "swap in",
                    () -> {
                        try {
                            out.commit();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            return new BuildOutcome.Built(
                    checked,
                    plan.size(),
                    fileCount,
                    bytes,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** How diagnostics name the output folder. */
    private String outputName() {
        String name = options.out().toString();
        return name.endsWith("/") ? name : name + "/";
    }

    /**
     * Writes every file that is not a page (the {@code /data/} exports, the CSL-JSON of cited pages
     * that are no entity's, the assets, the sitemap) and returns the name of every file the site
     * will have, pages included.
     */
    private Set<String> writeData(
            CheckResult checked,
            Views views,
            List<PlannedPage> plan,
            List<PastEditions.Built> past,
            SiteWriter out) {
        Set<String> files = new HashSet<>(DataExports.names(checked.kb()));
        List<String> editionHomes = new ArrayList<>();
        for (PastEditions.Built b : past) {
            String root = b.edition().root();
            b.files()
                    .forEach(
                            (name, bytes) -> {
                                // the site's own sitemap and robots.txt speak for the editions
                                if (!name.equals("sitemap.xml") && !name.equals("robots.txt")) {
                                    out.write(root + name, bytes);
                                    files.add(root + name);
                                }
                            });
            String data = "data/editions/" + b.edition().version() + "/lineage.json";
            out.write(data, b.files().get("data/lineage.json"));
            files.add(data);
            for (String lang : checked.kb().site().languages()) {
                editionHomes.add(root + lang + "/");
            }
        }
        // the pages write their own CSL-JSON, from the citation they show
        DataExports.write(
                checked.kb(),
                checked.graph(),
                out::write,
                false,
                lang -> searchExtras(checked, plan, past, lang));
        for (PlannedPage p : plan) {
            files.add(p.file());
            views.cslPath(p.key(), p.lang()).ifPresent(files::add);
        }
        for (String asset : ASSETS) {
            byte[] b =
                    options.templates()
                            .read("assets/" + asset)
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "missing template asset assets/" + asset));
            out.write("assets/" + asset, b);
            files.add("assets/" + asset);
        }
        out.write(
                "sitemap.xml",
                Sitemap.xml(
                                plan,
                                editionHomes,
                                checked.kb().site(),
                                l -> views.ui(l).get("lang.tag"))
                        .getBytes(StandardCharsets.UTF_8));
        out.write(
                "robots.txt", Sitemap.robots(checked.kb().site()).getBytes(StandardCharsets.UTF_8));
        files.add("sitemap.xml");
        files.add("robots.txt");
        return Set.copyOf(files);
    }

    /** The comparisons and past editions search finds, in {@code lang}. */
    private static List<SearchIndex.Extra> searchExtras(
            CheckResult checked,
            List<PlannedPage> plan,
            List<PastEditions.Built> past,
            String lang) {
        KnowledgeBase kb = checked.kb();
        String def = kb.site().defaultLanguage();
        List<SearchIndex.Extra> out = new ArrayList<>();
        for (PlannedPage p : plan) {
            if (p.lang().equals(lang) && p.key() instanceof PageKey.Compare c) {
                out.add(
                        new SearchIndex.Extra(
                                "compare",
                                kb.models().get(c.a()).title(lang, def)
                                        + " · "
                                        + kb.models().get(c.b()).title(lang, def),
                                p.path()));
            }
        }
        for (PastEditions.Built b : past) {
            out.add(
                    new SearchIndex.Extra(
                            "edition",
                            b.edition().version() + " (" + b.edition().released() + ")",
                            b.edition().root() + lang + "/"));
        }
        return out;
    }

    /**
     * Renders, writes and link-checks every page, in parallel; returns the template failures. Every
     * page is attempted, so that all failures are reported together and no thread is still writing
     * when a failed build removes its folder.
     */
    private List<Diagnostic> renderPages(
            Views views, List<PlannedPage> plan, SiteWriter out, LinkCheck links) {
        Queue<Diagnostic> failures = new ConcurrentLinkedQueue<>();
        Queue<RuntimeException> bugs = new ConcurrentLinkedQueue<>();
        plan.parallelStream()
                .forEach(
                        p -> {
                            try {
                                PageRender.Page page = PageRender.render(views, templates, p);
                                out.write(p.file(), page.html().getBytes(StandardCharsets.UTF_8));
                                page.csl().ifPresent(c -> out.write(c.getKey(), c.getValue()));
                                links.page(p.file(), page.html());
                            } catch (TemplateFailure e) {
                                failures.add(e.diagnostic());
                            } catch (RuntimeException e) {
                                bugs.add(new IllegalStateException(p.file() + ": " + e, e));
                            }
                        });
        if (!bugs.isEmpty()) {
            throw bugs.peek();
        }
        List<Diagnostic> sorted = new ArrayList<>(new HashSet<>(failures));
        sorted.sort(null);
        return sorted;
    }
}
