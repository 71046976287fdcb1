package org.lineage.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

/**
 * The time one fuzz input may take, checked by the target itself. A target also carries a JUnit
 * {@code @Timeout}, which Jazzer hands to libFuzzer, as the last resort against an input that never
 * ends; that one must be long, because the first inputs of a fuzzing run pay for instrumenting
 * every class they load, and on a busy machine that alone has taken more than a minute. This bound
 * is short and spares those first inputs.
 */
public final class TimeBound {
    /** Inputs exempt from the bound while the classes they use are loaded and instrumented. */
    private static final int WARM_UP = 5;

    private final Duration bound;
    private int inputs;

    public TimeBound(Duration bound) {
        this.bound = bound;
    }

    /** Runs one input's work and fails if it took longer than the bound. */
    public synchronized void run(Runnable work) {
        long start = System.nanoTime();
        work.run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (++inputs > WARM_UP) {
            assertTrue(
                    took.compareTo(bound) <= 0,
                    () -> "one input took " + took.toMillis() + " ms; the bound is " + bound);
        }
    }
}
