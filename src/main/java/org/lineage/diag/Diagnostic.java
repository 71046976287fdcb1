package org.lineage.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content: where, what, and how to fix it.
 *
 * @param code a stable kebab-case code such as {@code unknown-ref}
 * @param hint how to fix it; empty when the message says everything
 */
public record Diagnostic(Severity severity, String code, SourcePos pos, String message, String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::pos)
                    .thenComparing(Diagnostic::severity)
                    .thenComparing(Diagnostic::code)
                    .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("code must be kebab-case, got " + code);
        }
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, pos, message, hint);
    }

    public static Diagnostic warning(String code, SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }

    /** {@code path:line:col: error[code]: message}, without the hint. */
    @Override
    public String toString() {
        return pos + ": " + severity.word() + "[" + code + "]: " + message;
    }
}
