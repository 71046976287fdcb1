package org.lineage.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.lineage.diag.Diagnostic;
import org.lineage.site.BuildOutcome;

/**
 * What the browser's overlay shows when a rebuild fails: the diagnostics as one line of JSON, for
 * the {@code problems} event. The page's script puts every string in with {@code textContent}.
 */
public final class Problems {
    /** At most this many diagnostics are sent; the count of the rest is. */
    static final int SHOWN = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** Why {@code outcome} was not swapped in; empty for a good build. */
    public static List<Diagnostic> of(BuildOutcome outcome) {
        if (outcome instanceof BuildOutcome.ContentFailed f) {
            return f.check().diagnostics();
        }
        if (outcome instanceof BuildOutcome.TemplatesFailed f) {
            return f.failures();
        }
        if (outcome instanceof BuildOutcome.LinksBroken b) {
            return b.broken();
        }
        return List.of();
    }

    /** The event data: a title, each diagnostic's parts, and how many were left out. */
    static String json(String title, List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        ArrayNode list = root.putArray("problems");
        for (Diagnostic d : diagnostics.subList(0, Math.min(SHOWN, diagnostics.size()))) {
            ObjectNode o = list.addObject();
            o.put("where", d.pos().toString());
            o.put("severity", d.severity().word());
            o.put("code", d.code());
            o.put("message", d.message());
            o.put("hint", d.hint());
        }
        root.put("more", Math.max(0, diagnostics.size() - SHOWN));
        try {
            // Jackson's compact output escapes line breaks inside strings: one line, as SSE needs
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the problems as JSON", e);
        }
    }
}
