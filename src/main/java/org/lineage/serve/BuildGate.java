package org.lineage.serve;

/** Whether a rebuild is running, for requests that must wait until it has swapped in its site. */
final class BuildGate {
    private boolean running;
    private int waiting;
    private long changes;

    synchronized void start() {
        running = true;
        changes++;
    }

    synchronized void end() {
        running = false;
        changes++;
        notifyAll();
    }

    /**
     * A number that moves whenever a rebuild starts or ends: a lookup that began before it moved
     * may have seen the site half-swapped.
     */
    synchronized long changes() {
        return changes;
    }

    /** Whether a rebuild is running now. */
    synchronized boolean running() {
        return running;
    }

    /** Waits until no rebuild is running, or at most {@code nanos}. */
    synchronized void await(long nanos) {
        long deadline = System.nanoTime() + nanos;
        waiting++;
        try {
            while (running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting--;
        }
    }

    /** How many requests are waiting. */
    synchronized int waiting() {
        return waiting;
    }
}
