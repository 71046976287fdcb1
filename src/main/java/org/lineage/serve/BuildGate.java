package org.lineage.serve;

/** Whether a rebuild is running, for requests that must wait until it has swapped in its site. */
final class BuildGate {
    private boolean running;
    private int waiting;

    synchronized void start() {
        running = true;
    }

    synchronized void end() {
        running = false;
        notifyAll();
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
