package org.lineage.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostics;
import org.lineage.graph.LineageGraph;
import org.lineage.model.KnowledgeBase;

/**
 * Times tree layouts of a content tree: the whole graph, the largest family and one model's
 * neighbourhood, each laid out and drawn several times (the first run includes class loading).
 *
 * <p>Usage: {@code LayoutBench CONTENT_DIR [RUNS]}. Prints one line per view: models, edges, and
 * the layout and drawing times in milliseconds.
 */
public final class LayoutBench {
    private LayoutBench() {}

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        KnowledgeBase kb = ContentLoader.load(content, "content/", new Diagnostics());
        LineageGraph g = LineageGraph.of(kb);
        System.out.printf(
                Locale.ROOT,
                "%s: %d models loaded in %d ms%n",
                content,
                kb.models().size(),
                (System.nanoTime() - t0) / 1_000_000);
        EvolutionTree trees = new EvolutionTree(kb);
        String biggest =
                kb.families().keySet().stream()
                        .max(
                                java.util.Comparator.comparingLong(
                                        f ->
                                                kb.models().values().stream()
                                                        .filter(
                                                                m ->
                                                                        m.family()
                                                                                .map(
                                                                                        r ->
                                                                                                r.id().equals(
                                                                                                                f))
                                                                                .orElse(false))
                                                        .count()))
                        .orElseThrow();
        String last = g.topologicalOrder().get(g.topologicalOrder().size() - 1);
        List<Object[]> views = new ArrayList<>();
        views.add(new Object[] {"whole", TreeViews.whole(kb, g)});
        views.add(new Object[] {"family " + biggest, TreeViews.family(kb, g, biggest)});
        views.add(new Object[] {"neighbourhood " + last, TreeViews.neighbourhood(kb, g, last)});
        TreeLabels labels = TreeLabels.of(kb, "en", id -> "../" + id + "/", "Tree");
        List<TreeLabels> both = new ArrayList<>();
        for (String lang : kb.site().languages()) {
            both.add(TreeLabels.of(kb, lang, id -> "../" + id + "/", "Tree"));
        }
        // what a model page draws: its neighbourhood, laid out once for every language
        List<String> ids = new ArrayList<>(kb.models().keySet());
        int sample = Math.min(ids.size(), 400);
        for (int round = 1; round <= 8; round++) {
            long a = System.nanoTime();
            long nodes = 0;
            for (int i = 0; i < sample; i++) {
                String id = ids.get((int) ((long) i * ids.size() / sample));
                TreeView nb =
                        trees.withoutAnalogues(
                                TreeViews.withAnalogueModels(
                                        kb,
                                        g,
                                        TreeViews.neighbourhoodWithin(kb, g, id, 12),
                                        List.of(id)),
                                true);
                nodes += nb.nodes().size();
                trees.layout(nb, both);
            }
            System.out.printf(
                    Locale.ROOT,
                    "neighbourhoods, round %d: %d layouts, %.1f models each, %.2f ms each%n",
                    round,
                    sample,
                    nodes / (double) sample,
                    (System.nanoTime() - a) / 1e6 / sample);
        }
        for (Object[] v : views) {
            TreeView view = (TreeView) v[1];
            StringBuilder times = new StringBuilder();
            long svgChars = 0;
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                TreeLayout layout = trees.layout(view, labels);
                long b = System.nanoTime();
                String svg = trees.svg(view, labels, layout);
                long c = System.nanoTime();
                svgChars = svg.length();
                times.append(
                        String.format(
                                Locale.ROOT,
                                " run%d layout %d ms, svg %d ms;",
                                i + 1,
                                (b - a) / 1_000_000,
                                (c - b) / 1_000_000));
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %6d models %6d edges, %,d chars:%s%n",
                    v[0],
                    view.nodes().size(),
                    view.edges().size(),
                    svgChars,
                    times);
        }
    }
}
