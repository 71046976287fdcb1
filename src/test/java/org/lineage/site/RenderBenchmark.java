package org.lineage.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.layout.LayoutCache;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Kind;
import org.lineage.model.Reads;
import org.lineage.render.BodyPages;
import org.lineage.render.Catalog;
import org.lineage.render.PageKey;
import org.lineage.render.TemplateSource;
import org.lineage.render.Templates;
import org.lineage.render.Views;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one page, from its view to its HTML, on a knowledge base checked once: a model page,
 * the comparison of two models, the whole evolution tree with its layout remembered (as in a build
 * after the first), and the same tree laid out afresh. Not a test: run it as docs/performance.md
 * says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    /** How many comparison pages {@link #comparePages} renders. */
    static final int COMPARE_SAMPLE = 200;

    /** The content folder: the shipped knowledge base by default. */
    @Param("content")
    public String content;

    /** The model whose page is rendered. */
    @Param("code-davinci-002")
    public String model;

    /** The two models whose comparison page is rendered, in canonical order. */
    @Param("code-davinci-002 text-davinci-002")
    public String pair;

    private Catalog catalog;
    private Templates templates;
    private Views views;
    private PlannedPage modelPage;
    private PlannedPage treePage;
    private PlannedPage comparePage;
    private List<PlannedPage> compareSample;

    @Setup(Level.Trial)
    public void load() {
        CheckResult checked =
                new Checker(new MarkdownEngine(), new BodyPages())
                        .run(Path.of(content), "content/");
        if (!checked.passes(false)) {
            throw new IllegalStateException("the content has errors: " + checked.diagnostics());
        }
        catalog = Catalog.of(checked);
        templates = new Templates(TemplateSource.packaged());
        views = new Views(catalog, TemplateSource.packaged());
        PageKey m = new PageKey.Entity(Kind.MODEL, model);
        modelPage = new PlannedPage(m, "en", m.path("en"));
        PageKey t = new PageKey.Tree();
        treePage = new PlannedPage(t, "en", t.path("en"));
        String[] ab = pair.split(" ");
        PageKey c = new PageKey.Compare(ab[0], ab[1]);
        comparePage = new PlannedPage(c, "en", c.path("en"));
        List<PlannedPage> all =
                PagePlan.of(catalog.kb()).stream()
                        .filter(p -> p.key() instanceof PageKey.Compare)
                        .toList();
        int step = Math.max(1, all.size() / COMPARE_SAMPLE);
        List<PlannedPage> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            sample.add(all.get(i));
        }
        compareSample = List.copyOf(sample);
    }

    /**
     * Views with an empty layout cache, made before each call of the benchmark that asks for it
     * (its own state, so that the other benchmarks do not make views between calls).
     */
    @State(Scope.Thread)
    public static class Fresh {
        private Views views;

        @Setup(Level.Invocation)
        public void forgetLayouts(RenderBenchmark b) {
            views = new Views(b.catalog, TemplateSource.packaged(), new LayoutCache());
        }
    }

    @Benchmark
    public String modelPage() {
        return PageRender.render(views, templates, modelPage).html();
    }

    @Benchmark
    public String comparePage() {
        return PageRender.render(views, templates, comparePage).html();
    }

    /**
     * {@value #COMPARE_SAMPLE} comparison pages spread evenly over all those the site plans (both
     * languages, near and far pairs), per operation: a site's comparisons differ more than one pair
     * shows.
     */
    @Benchmark
    public int comparePages() {
        int bytes = 0;
        for (PlannedPage p : compareSample) {
            bytes += PageRender.render(views, templates, p).html().length();
        }
        return bytes;
    }

    /**
     * The same pages rendered as a build renders them: each noting what it reads ({@link
     * Reads#record}), for the build cache.
     */
    @Benchmark
    public int comparePagesRecorded() {
        int reads = 0;
        for (PlannedPage p : compareSample) {
            reads += Reads.record(() -> PageRender.render(views, templates, p)).reads().size();
        }
        return reads;
    }

    /** The comparison's view alone, without the page frame and the template. */
    @Benchmark
    public Object compareView() {
        return views.page(comparePage.key(), comparePage.lang());
    }

    @Benchmark
    public String treePage() {
        return PageRender.render(views, templates, treePage).html();
    }

    @Benchmark
    public String treePageLaidOutAgain(Fresh fresh) {
        return PageRender.render(fresh.views, templates, treePage).html();
    }
}
