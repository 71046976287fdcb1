package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lineage.diag.SourcePos;
import org.lineage.graph.ComparePairs;
import org.lineage.graph.History;
import org.lineage.model.About;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.DateSpec;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.PartialDate;
import org.lineage.model.Ref;
import org.lineage.model.SiteConfig;
import org.lineage.model.Text;
import org.lineage.render.PageKey;

/**
 * The comparison, timeline and as-of pages stay linear in the number of models: on a knowledge base
 * of 10,000 models shaped like the benchmark corpus (up to three parents among recent models, a few
 * popular bases with many children, claims about up to four models), the plan holds at most {@link
 * ComparePairs#bound} pairs, each in two orders and two languages.
 */
class ReaderViewsPlanTest {
    static final int MODELS = 10_000;
    static final SourcePos POS = SourcePos.file("x.yaml");

    static KnowledgeBase generated(int n, long seed) {
        Random r = new Random(seed);
        TreeMap<String, Model> models = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            List<ParentEdge> parents = new ArrayList<>();
            int k = i == 0 ? 0 : r.nextInt(4);
            for (int j = 0; j < k; j++) {
                // a fifth of the edges go to one of ten popular bases
                int p =
                        r.nextInt(5) == 0
                                ? r.nextInt(Math.min(i, 10))
                                : i - 1 - r.nextInt(Math.min(i, 50));
                String pid = id(p);
                if (parents.stream().noneMatch(e -> e.model().id().equals(pid))) {
                    parents.add(
                            new ParentEdge(
                                    new Ref(pid, POS),
                                    new Ref("tune", POS),
                                    Confidence.HYPOTHESIS,
                                    Optional.empty(),
                                    Optional.empty(),
                                    POS));
                }
            }
            PartialDate d = new PartialDate(2012 + i * 15 / n, 1 + r.nextInt(12), 0);
            models.put(
                    id(i),
                    new Model(
                            id(i),
                            POS,
                            Text.neutral(id(i)),
                            List.of(),
                            Optional.empty(),
                            Text.neutral("Lab"),
                            Optional.of(DateSpec.of(d)),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of("13B"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Text.neutral("S."),
                            parents,
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of()));
        }
        TreeMap<String, Claim> claims = new TreeMap<>();
        for (int c = 0; c < n / 2; c++) {
            List<Ref> about = new ArrayList<>();
            for (int j = 0; j < 1 + r.nextInt(4); j++) {
                about.add(new Ref(id(r.nextInt(n)), POS));
            }
            claims.put(
                    "k" + c,
                    new Claim(
                            "k" + c,
                            POS,
                            Text.neutral("C."),
                            Confidence.HYPOTHESIS,
                            new About(Map.of(Kind.MODEL, about)),
                            List.of(),
                            List.of(),
                            List.of()));
        }
        SiteConfig site =
                new SiteConfig(
                        POS,
                        Text.neutral("T"),
                        Text.neutral("D"),
                        "https://example.org/",
                        List.of("en", "zh"),
                        "CC-BY-4.0",
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty());
        return new KnowledgeBase(
                site,
                new TreeMap<>(),
                models,
                new TreeMap<>(),
                new TreeMap<>(),
                claims,
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                Map.of());
    }

    static String id(int i) {
        return String.format("m%05d", i);
    }

    /**
     * The build hands each key's pages to one worker (so that the two languages of a comparison
     * share its working-out): the runs are the plan, in order, and each holds every language of one
     * key and nothing else.
     */
    @Test
    void thePlanCutByKeyHoldsEachKeysLanguagesTogether() {
        KnowledgeBase kb = generated(200, 3);
        List<PlannedPage> plan = PagePlan.of(kb, true);
        List<List<PlannedPage>> runs = PagePlan.byKey(plan);
        assertEquals(plan, runs.stream().flatMap(List::stream).toList());
        java.util.Set<PageKey> seen = new java.util.HashSet<>();
        for (List<PlannedPage> run : runs) {
            PageKey key = run.get(0).key();
            assertTrue(seen.add(key), "one run per key: " + key);
            assertTrue(run.stream().allMatch(p -> p.key().equals(key)), key.toString());
            List<String> langs = run.stream().map(PlannedPage::lang).toList();
            assertEquals(
                    key.localized() ? kb.site().languages() : List.of(kb.site().defaultLanguage()),
                    langs,
                    key + "");
        }
        assertEquals(List.of(), PagePlan.byKey(List.of()));
    }

    @Test
    void comparisonPagesOfTenThousandModelsStayWithinTheLinearBound() {
        KnowledgeBase kb = generated(MODELS, 7);
        long edges = kb.models().values().stream().mapToLong(m -> m.parents().size()).sum();
        List<PlannedPage> with = PagePlan.of(kb, true);
        List<PlannedPage> without = PagePlan.of(kb, false);
        long compare =
                with.stream()
                        .filter(
                                p ->
                                        p.key() instanceof PageKey.Compare
                                                || p.key() instanceof PageKey.CompareSwapped)
                        .count();
        long bound = 2 * 2 * ComparePairs.bound(edges, kb.claims().size());
        assertTrue(compare <= bound, compare + " comparison pages, bound " + bound);
        assertTrue(compare > 2L * MODELS, "parents, siblings and claims give pages: " + compare);
        // as the docs state: at most 2 x 2 x (6 E + 6 C) pages, here under 60 per model
        assertTrue(compare < 60L * MODELS, compare + " pages for " + MODELS + " models");
        long time =
                with.stream()
                        .filter(
                                p ->
                                        p.key() instanceof PageKey.Timeline
                                                || p.key() instanceof PageKey.AsOf)
                        .count();
        assertEquals(2L * (1 + History.years(kb).size()), time, "one page per year, not per model");
        assertEquals(with.size() - without.size(), compare + time + 2, "and the picker");
    }
}
