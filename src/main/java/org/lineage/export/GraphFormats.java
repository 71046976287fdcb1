package org.lineage.export;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lineage.graph.LineageGraph;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;

/** The lineage graph for graph tools: Graphviz DOT and GraphML, edges parent to child. */
public final class GraphFormats {
    private GraphFormats() {}

    /** Graphviz DOT; edge style follows confidence as on the site's trees. */
    public static String dot(KnowledgeBase kb, LineageGraph graph) {
        String lang = kb.site().defaultLanguage();
        StringBuilder b = new StringBuilder();
        b.append("digraph lineage {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
        for (String id : graph.topologicalOrder()) {
            Model m = kb.models().get(id);
            b.append("  ")
                    .append(quote(id))
                    .append(" [label=")
                    .append(quote(m.name().in(lang, lang)))
                    .append(m.family().map(f -> ", family=" + quote(f.id())).orElse(""))
                    .append("];\n");
        }
        for (String child : graph.topologicalOrder()) {
            for (ParentEdge e : graph.parentEdges(child)) {
                b.append("  ")
                        .append(quote(e.model().id()))
                        .append(" -> ")
                        .append(quote(child))
                        .append(" [label=")
                        .append(quote(e.method().id()))
                        .append(", confidence=")
                        .append(quote(e.confidence().key()))
                        .append(", style=")
                        .append(style(e))
                        .append("];\n");
            }
        }
        b.append("}\n");
        return b.toString();
    }

    private static String style(ParentEdge e) {
        return switch (e.confidence()) {
            case DOCUMENTED, CONCLUSION -> "solid";
            case STRONG_HYPOTHESIS, HYPOTHESIS -> "dashed";
            case EDUCATED_GUESS, OPEN_QUESTION -> "dotted";
        };
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** GraphML with node and edge attributes declared as keys. */
    public static String graphml(KnowledgeBase kb, LineageGraph graph) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            w.writeCharacters("\n");
            String[][] keys = {
                {"name", "node"},
                {"organization", "node"},
                {"family", "node"},
                {"released", "node"},
                {"method", "edge"},
                {"confidence", "edge"},
                {"claim", "edge"}
            };
            for (String[] k : keys) {
                w.writeCharacters("  ");
                w.writeEmptyElement("key");
                w.writeAttribute("id", k[0]);
                w.writeAttribute("for", k[1]);
                w.writeAttribute("attr.name", k[0]);
                w.writeAttribute("attr.type", "string");
                w.writeCharacters("\n");
            }
            w.writeCharacters("  ");
            w.writeStartElement("graph");
            w.writeAttribute("id", "lineage");
            w.writeAttribute("edgedefault", "directed");
            w.writeCharacters("\n");
            String lang = kb.site().defaultLanguage();
            for (String id : graph.topologicalOrder()) {
                Model m = kb.models().get(id);
                w.writeCharacters("    ");
                w.writeStartElement("node");
                w.writeAttribute("id", id);
                data(w, "name", m.name().in(lang, lang));
                data(w, "organization", m.organization().in(lang, lang));
                if (m.family().isPresent()) {
                    data(w, "family", m.family().get().id());
                }
                if (m.released().isPresent()) {
                    data(w, "released", m.released().get().toString());
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            int n = 0;
            for (String child : graph.topologicalOrder()) {
                for (ParentEdge e : graph.parentEdges(child)) {
                    w.writeCharacters("    ");
                    w.writeStartElement("edge");
                    w.writeAttribute("id", String.format(Locale.ROOT, "e%d", n++));
                    w.writeAttribute("source", e.model().id());
                    w.writeAttribute("target", child);
                    data(w, "method", e.method().id());
                    data(w, "confidence", e.confidence().key());
                    if (e.claim().isPresent()) {
                        data(w, "claim", e.claim().map(Ref::id).get());
                    }
                    w.writeEndElement();
                    w.writeCharacters("\n");
                }
            }
            w.writeCharacters("  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML", e);
        }
        return out.toString();
    }

    private static void data(XMLStreamWriter w, String key, String value)
            throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
