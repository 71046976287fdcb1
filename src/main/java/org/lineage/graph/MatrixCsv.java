package org.lineage.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lineage.model.KnowledgeBase;

/**
 * Writes a {@link CapabilityMatrix} as {@code /data/matrix.csv}: RFC 4180 (comma, CRLF, fields
 * quoted when they need it), UTF-8, one row per capability.
 *
 * <p>The header is {@code capability}, then {@code name_<lang>} for each site language, then one
 * column per model id in lineage order. A cell holds the net state's symbol ({@code + ++ - --
 * absent}); an inherited state is in parentheses, as {@code (+)}, so the explicit changes are the
 * bare symbols; an empty cell means no state. The claims behind the cells are in {@code
 * /data/lineage.json}.
 */
public final class MatrixCsv {
    private MatrixCsv() {}

    public static String write(CapabilityMatrix matrix, KnowledgeBase kb) {
        StringBuilder out = new StringBuilder();
        List<String> langs = kb.site().languages();
        String fallback = kb.site().defaultLanguage();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            header.add("capability");
            langs.forEach(l -> header.add("name_" + l));
            header.addAll(matrix.models());
            csv.printRecord(header);
            for (String cap : matrix.capabilities()) {
                List<String> row = new ArrayList<>();
                row.add(cap);
                for (String l : langs) {
                    row.add(kb.capabilities().get(cap).name().in(l, fallback));
                }
                for (String m : matrix.models()) {
                    row.add(
                            matrix.cell(cap, m)
                                    .map(
                                            c ->
                                                    c.explicit()
                                                            ? c.state().symbol()
                                                            : "(" + c.state().symbol() + ")")
                                    .orElse(""));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
