package org.lineage.site;

/** Helpers for asserting on build outcomes. */
final class TestBuilds {
    private TestBuilds() {}

    /** A short description of how a build ended, for assertion messages. */
    static String describe(BuildOutcome o) {
        if (o instanceof BuildOutcome.ContentFailed f) {
            return "content failed: " + f.check().diagnostics();
        }
        if (o instanceof BuildOutcome.LinksBroken b) {
            return "broken links: " + b.broken();
        }
        return o.getClass().getSimpleName();
    }
}
