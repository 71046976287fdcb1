package org.lineage.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs an action on every item of a list on one thread per processor, each thread taking the next
 * item as soon as it is done with its last. A parallel stream splits its list into a few fixed
 * parts instead (on two processors, four parts of a quarter each), so a part of costly pages at the
 * end of the plan, such as the model pages with their tree layouts, keeps one processor busy alone
 * for minutes while the other has nothing left to do.
 */
final class Workers {
    private Workers() {}

    /**
     * Calls {@code action} on each item of {@code items}, in no particular order, and returns when
     * all are done. A throwable from the action stops the other threads from taking more items and
     * is thrown here, with any others suppressed in it.
     */
    static <T> void each(List<T> items, Consumer<? super T> action) {
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            items.forEach(action);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable work =
                () -> {
                    try {
                        for (int i = next.getAndIncrement();
                                i < items.size() && failed.get() == null;
                                i = next.getAndIncrement()) {
                            action.accept(items.get(i));
                        }
                    } catch (Throwable t) {
                        if (!failed.compareAndSet(null, t)) {
                            synchronized (failed) {
                                failed.get().addSuppressed(t);
                            }
                        }
                    }
                };
        List<Thread> others = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread t = new Thread(work, "lineage-worker-" + i);
            t.setDaemon(true);
            t.start();
            others.add(t);
        }
        work.run();
        boolean interrupted = false;
        for (Thread t : others) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    // the others are still writing into the staging folder: wait for them first
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failed.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
