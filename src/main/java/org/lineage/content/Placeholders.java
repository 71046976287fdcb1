package org.lineage.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;

/**
 * Finds the placeholders that {@code lineage new} and {@code lineage import} leave where only a
 * person can supply the value: the words {@value #MARKER} and a colon, anywhere in a file (a value,
 * a comment, a body). Each is a warning, so that a skeleton checks clean but cannot pass {@code
 * --strict}. The words alone, as in a text about placeholders, are not one.
 */
public final class Placeholders {
    /** The marker; a colon follows it, then what to write. */
    public static final String MARKER = "FILL ME";

    private static final Pattern PLACEHOLDER = Pattern.compile(MARKER + "[:：]");

    private Placeholders() {}

    /** Reports every marker in {@code file} at its line and column. */
    static void scan(ContentFile file, Diagnostics diags) {
        diags.addAll(find(file));
    }

    /** Every marker in {@code file}, as the warnings the checker gives. */
    public static List<Diagnostic> find(ContentFile file) {
        List<Diagnostic> out = new ArrayList<>();
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                int at = m.start();
                out.add(
                        Diagnostic.warning(
                                "fill-me",
                                file.pos(i + 1, line.codePointCount(0, at) + 1),
                                "placeholder to fill in: "
                                        + what(line.substring(at + MARKER.length())),
                                "replace the placeholder with what it asks for; on a commented line,"
                                        + " delete the comment once the value is right"));
            }
        }
        return out;
    }

    /** What the placeholder asks for: the rest of its line, without quotes and separators. */
    private static String what(String rest) {
        String s = rest.replaceFirst("^[\\s:：,，]+", "");
        int end = s.indexOf('"');
        if (end >= 0) {
            s = s.substring(0, end);
        }
        s = s.strip();
        return s.isEmpty() ? "a value" : s;
    }
}
