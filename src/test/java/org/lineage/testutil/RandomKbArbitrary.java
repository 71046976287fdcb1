package org.lineage.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.IntegerArbitrary;
import org.lineage.model.Change;
import org.lineage.testutil.RandomKb.ModelSpec;

/**
 * How jqwik generates and shrinks a {@link RandomKb}: see {@link RandomKb#arbitrary(int)}.
 *
 * <p>A base is generated as a list of drafts, one per model, built with jqwik's combinators, so
 * that jqwik can shrink every part of it. A draft names its parents by position among the models
 * before it, so dropping a draft moves the parents of the later ones, and a failing base can get
 * stuck with models that play no part; {@link RandomKb#shrinks()}, tried when jqwik's own shrinking
 * finds nothing smaller, keeps ids and edges and removes those.
 */
final class RandomKbArbitrary {
    private static final List<String> METHODS = List.of("pretrain", "tune", "merge");

    private RandomKbArbitrary() {}

    static Arbitrary<RandomKb> upTo(int max) {
        Arbitrary<RandomKb> drafted =
                draft(max)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(max)
                        .withSizeDistribution(RandomDistribution.uniform())
                        .map(RandomKbArbitrary::of);
        return Arbitraries.fromGeneratorWithSize(
                genSize -> {
                    RandomGenerator<RandomKb> generator = drafted.generator(genSize);
                    return random -> new Shrinking(generator.next(random));
                });
    }

    /**
     * A model before its place in the list gives it an id and its parents.
     *
     * @param salt varies the id, so that ids do not sort in lineage order
     * @param parents picks among the models before it, each taken modulo their count
     * @param changes one per capability of {@link RandomKb#CAPABILITIES}, or empty
     */
    private record Draft(
            int salt,
            List<Pick> parents,
            List<Optional<Change>> changes,
            Optional<String> family,
            Optional<String> released) {}

    private record Pick(int earlier, String method) {}

    private static Arbitrary<Draft> draft(int max) {
        Arbitrary<Pick> pick =
                Combinators.combine(evenly(0, max - 1), Arbitraries.of(METHODS)).as(Pick::new);
        // Mostly none or one parent, now and then two or three.
        Arbitrary<Integer> count =
                Arbitraries.frequency(
                        List.of(Tuple.of(5, 0), Tuple.of(5, 1), Tuple.of(1, 2), Tuple.of(1, 3)));
        Arbitrary<List<Pick>> parents =
                Combinators.combine(count, pick.list().ofSize(3))
                        .as((k, picks) -> picks.subList(0, k));
        Arbitrary<List<Optional<Change>>> changes =
                Arbitraries.of(Change.class)
                        .optional(0.3)
                        .list()
                        .ofSize(RandomKb.CAPABILITIES.size());
        Arbitrary<Optional<String>> family = Arbitraries.of("alpha", "beta").optional(2.0 / 3);
        return Combinators.combine(evenly(0, 2), parents, changes, family, released())
                .as(Draft::new);
    }

    /** A year, month or day from 2018 to 2023, a sixth of them intervals; an eighth missing. */
    private static Arbitrary<Optional<String>> released() {
        return Combinators.combine(
                        evenly(2018, 2023),
                        evenly(0, 2),
                        evenly(1, 12),
                        evenly(1, 28),
                        evenly(1, 2).optional(1.0 / 6))
                .as(
                        (y, precision, month, day, end) -> {
                            String start =
                                    switch (precision) {
                                        case 0 -> Integer.toString(y);
                                        case 1 -> String.format("%d-%02d", y, month);
                                        default -> String.format("%d-%02d-%02d", y, month, day);
                                    };
                            return end.map(e -> start + "/" + (y + e)).orElse(start);
                        })
                .optional(7.0 / 8);
    }

    private static IntegerArbitrary evenly(int min, int max) {
        return Arbitraries.integers()
                .between(min, max)
                .withDistribution(RandomDistribution.uniform());
    }

    private static RandomKb of(List<Draft> drafts) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            int n = i * 7919 % 1000 + 1000 * drafts.get(i).salt();
            ids.add("m" + Integer.toString(n, 36) + "-" + i);
        }
        List<ModelSpec> models = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Map<String, String> parents = new TreeMap<>();
            for (Pick p : i == 0 ? List.<Pick>of() : d.parents()) {
                parents.put(ids.get(p.earlier() % i), p.method());
            }
            Map<String, Change> changes = new TreeMap<>();
            for (int c = 0; c < RandomKb.CAPABILITIES.size(); c++) {
                String capability = RandomKb.CAPABILITIES.get(c);
                d.changes().get(c).ifPresent(change -> changes.put(capability, change));
            }
            models.add(new ModelSpec(ids.get(i), d.family(), d.released(), parents, changes));
        }
        return new RandomKb(models);
    }

    /**
     * A base that shrinks as its drafts do and then by {@link RandomKb#shrinks()}; one made by the
     * latter shrinks only that way on.
     *
     * @param drafted the drafts' shrinkable, or empty
     */
    private record Shrinking(RandomKb value, Optional<Shrinkable<RandomKb>> drafted)
            implements Shrinkable<RandomKb> {
        Shrinking(Shrinkable<RandomKb> drafted) {
            this(drafted.value(), Optional.of(drafted));
        }

        @Override
        public Stream<Shrinkable<RandomKb>> shrink() {
            Stream<Shrinkable<RandomKb>> own =
                    drafted.stream().flatMap(Shrinkable::shrink).map(Shrinking::new);
            Stream<Shrinkable<RandomKb>> smaller =
                    Stream.of(value)
                            .flatMap(kb -> kb.shrinks().stream())
                            .map(kb -> new Shrinking(kb, Optional.empty()));
            return Stream.concat(own, smaller);
        }

        /** Models, edges, changes and date characters first, then the drafts' own distance. */
        @Override
        public ShrinkingDistance distance() {
            long edges = 0;
            long changes = 0;
            long dates = 0;
            for (ModelSpec m : value.models()) {
                edges += m.parents().size();
                changes += m.changes().size();
                dates += m.released().map(String::length).orElse(0);
            }
            Shrinkable<RandomKb> size =
                    Shrinkable.unshrinkable(
                            value,
                            ShrinkingDistance.of(value.models().size(), edges, changes, dates));
            return ShrinkingDistance.combine(
                    drafted.map(d -> List.of(size, d)).orElse(List.of(size)));
        }
    }
}
