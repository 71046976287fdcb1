package org.lineage.render;

import org.lineage.diag.Diagnostic;
import org.lineage.diag.SourcePos;

/**
 * A template that failed while rendering one page: which template, where in it, and what went
 * wrong, as a diagnostic a template author can act on.
 */
public final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    TemplateFailure(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    /** {@code templates/model.html:12:7: error[template]: ... (rendering en/models/x/)}. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    static TemplateFailure of(
            String displayDir,
            String template,
            int line,
            int column,
            String message,
            String page,
            Throwable cause) {
        String file = displayDir + template + ".html";
        SourcePos pos = new SourcePos(file, Math.max(0, line), Math.max(0, column));
        return new TemplateFailure(
                Diagnostic.error(
                        "template",
                        pos,
                        message + " (while rendering " + page + ")",
                        "fix the template; every page it draws is listed"),
                cause);
    }
}
