package org.lineage.site;

import java.time.Duration;
import java.util.List;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;

/** How a build ended. */
public sealed interface BuildOutcome {
    /** The output folder may not be replaced; nothing was read or written. */
    record OutputRefused(String reason) implements BuildOutcome {}

    /** The content did not pass the checks; nothing was written. */
    record ContentFailed(CheckResult check) implements BuildOutcome {}

    /** A template failed on some pages; the previous output was kept. */
    record TemplatesFailed(CheckResult check, List<Diagnostic> failures) implements BuildOutcome {
        public TemplatesFailed {
            failures = List.copyOf(failures);
        }
    }

    /** The written pages have broken links; the previous output was kept. */
    record LinksBroken(CheckResult check, List<Diagnostic> broken) implements BuildOutcome {
        public LinksBroken {
            broken = List.copyOf(broken);
        }
    }

    /**
     * Nothing had changed since the last build (same inputs, output as that build left it), so
     * nothing was read or written; the diagnostics are that build's.
     */
    record Unchanged(List<Diagnostic> diagnostics, int pages, int files, long bytes, Duration time)
            implements BuildOutcome {
        public Unchanged {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The site was written and swapped in.
     *
     * @param rendered how many pages were rendered; the others were unchanged and kept
     */
    record Built(CheckResult check, int pages, int files, long bytes, Duration time, int rendered)
            implements BuildOutcome {
        public Built(CheckResult check, int pages, int files, long bytes, Duration time) {
            this(check, pages, files, bytes, time, pages);
        }
    }
}
