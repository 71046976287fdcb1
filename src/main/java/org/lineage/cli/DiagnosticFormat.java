package org.lineage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.lineage.check.TranslationStatus;
import org.lineage.diag.Diagnostic;

/** How diagnostics are printed: for people, for GitHub Actions, or as JSON. */
enum DiagnosticFormat {
    TEXT,
    GITHUB,
    JSON;

    void print(List<Diagnostic> diags, long errors, long warnings, PrintWriter out) {
        print(diags, errors, warnings, List.of(), out);
    }

    /**
     * As {@link #print(List, long, long, PrintWriter)}, with the translation parity of each
     * language.
     */
    void print(
            List<Diagnostic> diags,
            long errors,
            long warnings,
            List<TranslationStatus.Parity> parity,
            PrintWriter out) {
        switch (this) {
            case TEXT -> {
                for (Diagnostic d : diags) {
                    out.println(d);
                    if (!d.hint().isEmpty()) {
                        out.println("    hint: " + d.hint());
                    }
                }
                out.println(summary(errors, warnings));
                parity.forEach(p -> out.println(parity(p)));
            }
            case GITHUB -> {
                for (Diagnostic d : diags) {
                    StringBuilder b =
                            new StringBuilder("::").append(d.isError() ? "error" : "warning");
                    b.append(" file=").append(prop(d.pos().path()));
                    if (d.pos().line() > 0) {
                        b.append(",line=")
                                .append(d.pos().line())
                                .append(",col=")
                                .append(Math.max(1, d.pos().column()));
                    }
                    b.append(",title=")
                            .append(prop(d.code()))
                            .append("::")
                            .append(data(d.message()));
                    if (!d.hint().isEmpty()) {
                        b.append(data("\nhint: " + d.hint()));
                    }
                    out.println(b);
                }
                out.println(summary(errors, warnings));
                parity.forEach(p -> out.println("::notice title=translations::" + data(parity(p))));
            }
            case JSON -> {
                ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ObjectNode root = om.createObjectNode();
                ArrayNode arr = root.putArray("diagnostics");
                for (Diagnostic d : diags) {
                    ObjectNode o = arr.addObject();
                    o.put("severity", d.severity().word());
                    o.put("code", d.code());
                    o.put("file", d.pos().path());
                    o.put("line", d.pos().line());
                    o.put("column", d.pos().column());
                    o.put("message", d.message());
                    o.put("hint", d.hint());
                }
                root.put("errors", errors);
                root.put("warnings", warnings);
                if (!parity.isEmpty()) {
                    ArrayNode langs = root.putArray("translations");
                    for (TranslationStatus.Parity p : parity) {
                        ObjectNode o = langs.addObject();
                        o.put("language", p.lang());
                        o.put("entries", p.entries());
                        o.put("entries_complete", p.entriesDone());
                        o.put("bodies", p.bodies());
                        o.put("bodies_present", p.bodiesPresent());
                        o.put("bodies_outdated", p.bodiesStale());
                        o.put("texts", p.texts());
                        o.put("texts_present", p.textsPresent());
                    }
                }
                out.println(root.toPrettyString());
            }
        }
    }

    static String summary(long errors, long warnings) {
        return errors
                + " "
                + (errors == 1 ? "error" : "errors")
                + ", "
                + warnings
                + " "
                + (warnings == 1 ? "warning" : "warnings");
    }

    /**
     * One language's parity, e.g. {@code zh: 118/120 entries complete; bodies 95/96, 1 outdated;
     * texts 410/412}.
     */
    static String parity(TranslationStatus.Parity p) {
        return String.format(
                java.util.Locale.ROOT,
                "%s: %d/%d entries complete; bodies %d/%d, %d outdated; texts %d/%d",
                p.lang(),
                p.entriesDone(),
                p.entries(),
                p.bodiesPresent(),
                p.bodies(),
                p.bodiesStale(),
                p.textsPresent(),
                p.texts());
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String prop(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
