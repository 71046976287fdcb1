package org.lineage.export;

import static org.lineage.export.Json.putOpt;
import static org.lineage.export.Json.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.NetState;
import org.lineage.model.About;
import org.lineage.model.Capability;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.Correction;
import org.lineage.model.Entity;
import org.lineage.model.Evidence;
import org.lineage.model.Family;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.Page;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;
import org.lineage.model.SitePaths;
import org.lineage.model.Source;
import org.lineage.model.Term;

/** The machine-readable record of one entity, as published in {@code lineage.json}. */
final class EntityJson {
    private EntityJson() {}

    static ObjectNode of(Entity e, KnowledgeBase kb, LineageGraph graph) {
        return of(e, kb, graph, claimsAboutModels(kb));
    }

    /**
     * The claims about each model by model id, strongest first, then by id: what a model's record
     * lists under {@code claims}, computed once for all of them.
     */
    static Map<String, List<String>> claimsAboutModels(KnowledgeBase kb) {
        Map<String, List<String>> out = new HashMap<>();
        for (Claim c : kb.claims().values()) {
            for (Ref r : c.about().of(Kind.MODEL)) {
                List<String> l = out.computeIfAbsent(r.id(), k -> new ArrayList<>());
                if (!l.contains(c.id())) {
                    l.add(c.id());
                }
            }
        }
        Comparator<String> strongestFirst =
                Comparator.comparing((String id) -> kb.claims().get(id).status())
                        .thenComparing(Comparator.naturalOrder());
        out.values().forEach(l -> l.sort(strongestFirst));
        return out;
    }

    /** As {@link #of(Entity, KnowledgeBase, LineageGraph)}, with the claims about each model. */
    static ObjectNode of(
            Entity e, KnowledgeBase kb, LineageGraph graph, Map<String, List<String>> claims) {
        ObjectNode o = Json.object();
        o.put("id", e.id());
        o.put("kind", e.kind().singular());
        ObjectNode urls = o.putObject("urls");
        for (String lang : kb.site().languages()) {
            urls.put(lang, kb.site().baseUrl() + SitePaths.entity(lang, e.kind(), e.id()));
        }
        if (e instanceof Family f) {
            o.set("name", Json.text(f.name()));
            o.set("summary", Json.text(f.summary()));
        } else if (e instanceof Model m) {
            model(o, m, graph);
            o.set("claims", strings(claims.getOrDefault(m.id(), List.of())));
        } else if (e instanceof Capability c) {
            o.set("name", Json.text(c.name()));
            o.set("summary", Json.text(c.summary()));
            o.set("sources", ids(c.sources()));
        } else if (e instanceof Method m) {
            o.set("name", Json.text(m.name()));
            o.set("summary", Json.text(m.summary()));
            o.set("sources", ids(m.sources()));
        } else if (e instanceof Claim c) {
            claim(o, c);
        } else if (e instanceof Source s) {
            source(o, s);
        } else if (e instanceof Term t) {
            o.set("term", Json.text(t.term()));
            o.set("definition", Json.text(t.definition()));
            o.set("see_also", about(t.seeAlso()));
        } else if (e instanceof Page p) {
            o.set("title", Json.text(p.title()));
        }
        if (!e.movedFrom().isEmpty()) {
            o.set("moved_from", ids(e.movedFrom()));
        }
        return o;
    }

    private static void model(ObjectNode o, Model m, LineageGraph graph) {
        o.set("name", Json.text(m.name()));
        o.set("aliases", strings(m.aliases()));
        putOpt(o, "family", m.family().map(Ref::id));
        o.set("organization", Json.text(m.organization()));
        putOpt(o, "released", m.released());
        putOpt(o, "released_source", m.releasedSource().map(Ref::id));
        m.releasedEstimate()
                .ifPresent(
                        e -> {
                            ObjectNode x = o.putObject("released_estimate");
                            x.put("date", e.date().toString());
                            x.put("source", e.source().id());
                            e.note().ifPresent(n -> x.set("note", Json.text(n)));
                        });
        putOpt(o, "parameters", m.parameters());
        m.contextWindow().ifPresent(w -> o.put("context_window", w));
        putOpt(o, "access", m.access().map(a -> a.key()));
        putOpt(o, "api_name", m.apiName());
        o.set("summary", Json.text(m.summary()));
        ArrayNode parents = o.putArray("parents");
        for (ParentEdge e : m.parents()) {
            parents.add(edge(e));
        }
        ArrayNode caps = o.putArray("capabilities");
        for (CapabilityChange c : m.capabilities()) {
            ObjectNode x = caps.addObject();
            x.put("capability", c.capability().id());
            x.put("change", c.change().symbol());
            putOpt(x, "claim", c.claim().map(Ref::id));
        }
        ObjectNode net = o.putObject("net_capabilities");
        for (var entry : graph.capabilities(m.id()).entrySet()) {
            NetState s = entry.getValue();
            ObjectNode x = net.putObject(entry.getKey());
            x.put("state", s.state().symbol());
            x.put("changed_here", s.own());
            ArrayNode steps = x.putArray("steps");
            s.steps().forEach(st -> steps.add(st.model() + " " + st.change().symbol()));
        }
        o.set("analogues", ids(m.analogues()));
        o.set("sources", ids(m.sources()));
    }

    static ObjectNode edge(ParentEdge e) {
        ObjectNode x = Json.object();
        x.put("model", e.model().id());
        x.put("method", e.method().id());
        x.put("confidence", e.confidence().key());
        putOpt(x, "claim", e.claim().map(Ref::id));
        e.note().ifPresent(n -> x.set("note", Json.text(n)));
        return x;
    }

    private static void claim(ObjectNode o, Claim c) {
        o.set("statement", Json.text(c.statement()));
        o.put("status", c.status().key());
        o.set("about", about(c.about()));
        ArrayNode ev = o.putArray("evidence");
        for (Evidence e : c.evidence()) {
            ObjectNode x = ev.addObject();
            x.put("stance", e.stance().key());
            putOpt(x, "source", e.source().map(Ref::id));
            x.set("note", Json.text(e.note()));
        }
        ArrayNode corr = o.putArray("corrections");
        for (Correction k : c.corrections()) {
            ObjectNode x = corr.addObject();
            x.put("date", k.date().toString());
            x.set("before", Json.text(k.before()));
            x.set("after", Json.text(k.after()));
            putOpt(x, "credit", k.credit());
            putOpt(x, "status_before", k.statusBefore().map(Confidence::key));
        }
    }

    private static void source(ObjectNode o, Source s) {
        o.put("type", s.type().key());
        o.put("title", s.title());
        o.set("authors", strings(s.authors()));
        if (s.authorsTruncated()) {
            o.put("authors_truncated", true);
        }
        o.put("year", s.year());
        s.month().ifPresent(m -> o.put("month", m));
        putOpt(o, "venue", s.venue());
        putOpt(o, "arxiv", s.arxiv());
        putOpt(o, "doi", s.doi());
        putOpt(o, "url", s.url());
        putOpt(o, "link", s.link());
    }

    private static ObjectNode about(About a) {
        ObjectNode x = Json.object();
        for (Kind k : About.KINDS) {
            List<Ref> refs = a.of(k);
            if (!refs.isEmpty()) {
                x.set(k == Kind.TERM ? "terms" : k.dir(), ids(refs));
            }
        }
        return x;
    }

    private static ArrayNode ids(List<Ref> refs) {
        return strings(refs.stream().map(Ref::id).toList());
    }
}
