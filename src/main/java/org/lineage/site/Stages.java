package org.lineage.site;

import java.util.function.Supplier;
import org.lineage.diag.Timings;

/**
 * Runs the stages of one build: each is timed under its name, and a failure inside it (a bug, never
 * a content mistake: those are diagnostics) is wrapped with that name, so that a report says which
 * stage broke.
 */
final class Stages {
    private final Timings timings;

    Stages(Timings timings) {
        this.timings = timings;
    }

    /** Runs stage {@code name}. */
    <T> T run(String name, Supplier<T> work) {
        return timings.time(
                name,
                () -> {
                    try {
                        return work.get();
                    } catch (StageFailure e) {
                        throw e;
                    } catch (RuntimeException e) {
                        throw new StageFailure(name, e);
                    }
                });
    }

    /** Runs stage {@code name}, which returns nothing. */
    void run(String name, Runnable work) {
        run(
                name,
                () -> {
                    work.run();
                    return null;
                });
    }

    /** A stage that failed for a reason that is not the content's: it names the stage. */
    static final class StageFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String stage;

        StageFailure(String stage, RuntimeException cause) {
            super(stage + ": " + cause.getMessage(), cause);
            this.stage = stage;
        }

        String stage() {
            return stage;
        }
    }
}
