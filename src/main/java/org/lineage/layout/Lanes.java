package org.lineage.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lineage.graph.Series;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.Ref;

/**
 * Where the models of a knowledge base belong in an evolution figure, read from the content alone:
 * the families of the main story form the spine, drawn as labelled groups; the analogues that other
 * labs made stand apart in a lane of their own.
 *
 * <p>A family is an <em>analogue family</em> when other families name its models as their {@code
 * analogues} and none of its own models names any; every other family is a <em>series</em> of the
 * main story. A model outside the series goes to the analogue lane when another model names it as
 * an analogue, or when no series has a model of its organization: so an OpenAI model filed among
 * the analogues stays on the spine (without a series colour), while Meta's OPT goes to the lane.
 * Built once per knowledge base; immutable.
 */
public final class Lanes {
    /** The lane a model is drawn in. */
    public enum Lane {
        /** The main story: the series and the models around them. */
        MAIN,
        /** Other labs' models that the main story is compared with. */
        ANALOGUE
    }

    private final Set<String> series;
    private final Set<String> analogueLane;
    private final Set<String> otherLabs;
    private final Map<String, String> group;

    private Lanes(
            Set<String> series,
            Set<String> analogueLane,
            Set<String> otherLabs,
            Map<String, String> group) {
        this.series = Set.copyOf(series);
        this.analogueLane = Set.copyOf(analogueLane);
        this.otherLabs = Set.copyOf(otherLabs);
        this.group = Map.copyOf(group);
    }

    /** The lanes of {@code kb}'s models. */
    public static Lanes of(KnowledgeBase kb) {
        String lang = kb.site().defaultLanguage();
        Set<String> named = new HashSet<>();
        for (Model m : kb.models().values()) {
            for (Ref a : m.analogues()) {
                if (kb.models().containsKey(a.id()) && !a.id().equals(m.id())) {
                    named.add(a.id());
                }
            }
        }
        Set<String> series = Series.of(kb);
        Set<String> seriesOrgs = new HashSet<>();
        Map<String, String> group = new HashMap<>();
        for (Model m : kb.models().values()) {
            Optional<String> f = familyOf(kb, m).filter(series::contains);
            if (f.isPresent()) {
                seriesOrgs.add(m.organization().in(lang, lang));
                group.put(m.id(), f.get());
            }
        }
        Set<String> lane = new HashSet<>();
        Set<String> otherLabs = new HashSet<>();
        for (Model m : kb.models().values()) {
            if (group.containsKey(m.id())) {
                continue;
            }
            boolean other = !seriesOrgs.contains(m.organization().in(lang, lang));
            if (other) {
                otherLabs.add(m.id());
            }
            if (named.contains(m.id()) || other) {
                lane.add(m.id());
            }
        }
        return new Lanes(series, lane, otherLabs, group);
    }

    private static Optional<String> familyOf(KnowledgeBase kb, Model m) {
        return Series.familyOf(kb, m);
    }

    /** The lane of {@code model}. */
    public Lane lane(String model) {
        return analogueLane.contains(model) ? Lane.ANALOGUE : Lane.MAIN;
    }

    /** True when no series has a model of {@code model}'s organization. */
    public boolean fromAnotherLab(String model) {
        return otherLabs.contains(model);
    }

    /** The series {@code model} belongs to, if any: its group in the figure and its colour. */
    public Optional<String> series(String model) {
        return Optional.ofNullable(group.get(model));
    }

    /** True when {@code family} is a series of the main story (not an analogue family). */
    public boolean isSeries(String family) {
        return series.contains(family);
    }

    /** The series, sorted: the order that fixes their colours. */
    public List<String> seriesIds() {
        return series.stream().sorted().toList();
    }
}
