package org.lineage.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.Series;
import org.lineage.model.CapabilityChange;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;
import org.lineage.model.SourceType;

/**
 * The summary table of the main story, as the essay draws it: one row per stage (a model of a
 * series), grouped by series, with what the step did to each ability, the training methods that
 * lead to it, its API name, its paper and its open analogues. Built from the content alone: the
 * paper is the first source of type {@code paper} the model lists. Written on a page of its own and
 * as {@code /data/summary.csv} and {@code /data/summary.json}.
 */
public record SummaryTable(List<Group> groups) {
    /** One series and its stages in lineage order. */
    public record Group(String family, List<Row> rows) {}

    /** One stage. */
    public record Row(
            String model,
            List<CapabilityChange> changes,
            List<String> methods,
            Optional<String> apiName,
            Optional<String> paper,
            List<String> analogues) {}

    public SummaryTable {
        groups = List.copyOf(groups);
    }

    /** The table of {@code kb}: its series in the order their first models appear. */
    public static SummaryTable of(KnowledgeBase kb, LineageGraph graph) {
        Set<String> series = Series.of(kb);
        Set<String> order = new LinkedHashSet<>();
        for (String id : graph.topologicalOrder()) {
            Series.familyOf(kb, kb.models().get(id)).filter(series::contains).ifPresent(order::add);
        }
        List<Group> groups = new ArrayList<>();
        for (String f : order) {
            List<Row> rows = new ArrayList<>();
            for (String id : graph.topologicalOrder()) {
                Model m = kb.models().get(id);
                if (Series.familyOf(kb, m).filter(f::equals).isPresent()) {
                    rows.add(row(kb, graph, m));
                }
            }
            groups.add(new Group(f, rows));
        }
        return new SummaryTable(groups);
    }

    private static Row row(KnowledgeBase kb, LineageGraph graph, Model m) {
        Set<String> methods = new LinkedHashSet<>();
        for (ParentEdge e : graph.parentEdges(m.id())) {
            methods.add(e.method().id());
        }
        Optional<String> paper =
                m.sources().stream()
                        .map(Ref::id)
                        .filter(s -> kb.sources().containsKey(s))
                        .filter(s -> kb.sources().get(s).type() == SourceType.PAPER)
                        .findFirst();
        return new Row(
                m.id(),
                m.capabilities(),
                List.copyOf(methods),
                m.apiName(),
                paper,
                m.analogues().stream().map(Ref::id).toList());
    }

    /**
     * RFC 4180 CSV, one row per stage: {@code series, model, name, changes, methods, api_name,
     * paper, analogues}; a change is {@code capability:symbol}, lists are space-separated.
     */
    public String csv(KnowledgeBase kb) {
        StringBuilder out = new StringBuilder();
        String lang = kb.site().defaultLanguage();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(
                    "series",
                    "model",
                    "name",
                    "changes",
                    "methods",
                    "api_name",
                    "paper",
                    "analogues");
            for (Group g : groups) {
                for (Row r : g.rows()) {
                    List<String> changes = new ArrayList<>();
                    for (CapabilityChange c : r.changes()) {
                        changes.add(c.capability().id() + ":" + c.change().symbol());
                    }
                    csv.printRecord(
                            g.family(),
                            r.model(),
                            kb.models().get(r.model()).name().in(lang, lang),
                            String.join(" ", changes),
                            String.join(" ", r.methods()),
                            r.apiName().orElse(""),
                            r.paper().orElse(""),
                            String.join(" ", r.analogues()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The same as JSON, with the series' names in every language. */
    public ObjectNode json(KnowledgeBase kb) {
        ObjectNode root = Json.object();
        root.put("format", DataExports.FORMAT);
        ArrayNode arr = root.putArray("series");
        for (Group g : groups) {
            ObjectNode go = arr.addObject();
            go.put("family", g.family());
            ObjectNode names = go.putObject("name");
            for (String l : kb.site().languages()) {
                names.put(
                        l, kb.families().get(g.family()).name().in(l, kb.site().defaultLanguage()));
            }
            ArrayNode rows = go.putArray("stages");
            for (Row r : g.rows()) {
                ObjectNode ro = rows.addObject();
                ro.put("model", r.model());
                ArrayNode ch = ro.putArray("changes");
                for (CapabilityChange c : r.changes()) {
                    ch.addObject()
                            .put("capability", c.capability().id())
                            .put("change", c.change().symbol());
                }
                r.methods().forEach(ro.putArray("methods")::add);
                r.apiName()
                        .ifPresentOrElse(a -> ro.put("api_name", a), () -> ro.putNull("api_name"));
                r.paper().ifPresentOrElse(p -> ro.put("paper", p), () -> ro.putNull("paper"));
                r.analogues().forEach(ro.putArray("analogues")::add);
            }
        }
        return root;
    }
}
