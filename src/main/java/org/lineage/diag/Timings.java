package org.lineage.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Wall time per pipeline stage, for {@code --timings}: where a slow build spends its time. */
public final class Timings {
    /** One measured stage. */
    public record Stage(String name, long nanos) {}

    private final List<Stage> stages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Adds a line to the report after the stages, such as how much a cache saved. */
    public synchronized void note(String line) {
        notes.add(line);
    }

    /** Runs {@code work} and records how long it took under {@code name}. */
    public synchronized <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.add(new Stage(name, System.nanoTime() - start));
        }
    }

    public void time(String name, Runnable work) {
        time(
                name,
                () -> {
                    work.run();
                    return null;
                });
    }

    public synchronized List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** The lines added by {@link #note}, in order. */
    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    /** One line per stage, e.g. {@code load 812 ms}. */
    public synchronized String report() {
        StringBuilder b = new StringBuilder();
        long total = 0;
        for (Stage s : stages) {
            b.append(
                    String.format(
                            Locale.ROOT, "  %-16s %7d ms%n", s.name(), s.nanos() / 1_000_000));
            total += s.nanos();
        }
        b.append(String.format(Locale.ROOT, "  %-16s %7d ms%n", "total", total / 1_000_000));
        for (String n : notes) {
            b.append("  ").append(n).append(System.lineSeparator());
        }
        return b.toString();
    }
}
