package org.lineage.testutil;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over random knowledge bases and, when one fails, shrinks it to a smallest failing
 * one (dropping models, edges, changes and dates while the property still fails) and reports that,
 * with the seed that reproduces the run.
 *
 * <p>Runs are reproducible: the seed is fixed unless {@code -Dproperties.seed=N} (or {@code
 * random}) is given, and {@code -Dproperties.tries=N} multiplies nothing but replaces the number of
 * tries, for a longer search by hand.
 */
public final class Property {
    private Property() {}

    /**
     * Checks {@code property} on {@code tries} random knowledge bases of at most {@code maxModels}
     * models; the property signals failure by throwing.
     */
    public static void forAll(
            String name, long seed, int tries, int maxModels, Consumer<RandomKb> property) {
        long s = seed(seed);
        int n = Integer.getInteger("properties.tries", tries);
        Random r = new Random(s);
        for (int i = 0; i < n; i++) {
            RandomKb kb = RandomKb.random(r, maxModels);
            Throwable failure = failure(property, kb);
            if (failure != null) {
                RandomKb smallest = shrink(kb, property);
                Throwable why = failure(property, smallest);
                throw new AssertionError(
                        name
                                + " fails (seed "
                                + s
                                + ", try "
                                + (i + 1)
                                + "); smallest counterexample, "
                                + smallest.models().size()
                                + " models:\n"
                                + smallest.describe()
                                + "failure: "
                                + why,
                        why);
            }
        }
    }

    private static long seed(long fixed) {
        String given = System.getProperty("properties.seed");
        if (given == null || given.isBlank()) {
            return fixed;
        }
        return given.equals("random") ? new Random().nextLong() : Long.parseLong(given);
    }

    private static RandomKb shrink(RandomKb kb, Consumer<RandomKb> property) {
        RandomKb current = kb;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (RandomKb candidate : current.shrinks()) {
                if (failure(property, candidate) != null) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    private static Throwable failure(Consumer<RandomKb> property, RandomKb kb) {
        try {
            property.accept(kb);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }
}
