package org.lineage.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lineage.graph.LineageGraph;
import org.lineage.graph.NetState;
import org.lineage.graph.Step;
import org.lineage.html.HtmlWriter;
import org.lineage.model.Change;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;

/**
 * Where a model's ability comes from, in words: the step where it entered the lineage and, when
 * another step set the state the model has now, that step too ("gained in davinci · largely
 * sacrificed in text-davinci-002"). The model's own step reads "here".
 */
final class Origins {
    private final PageContext ctx;
    private final String model;

    Origins(PageContext ctx, String model) {
        this.ctx = ctx;
        this.model = model;
    }

    /** A model's abilities, strongest state first, then by name. */
    static List<Map.Entry<String, NetState>> sorted(
            LineageGraph graph, String model, KnowledgeBase kb, PageContext ctx) {
        List<Map.Entry<String, NetState>> states =
                new ArrayList<>(graph.capabilities(model).entrySet());
        // each name looked up once, not once per comparison
        Map<String, String> names = new java.util.HashMap<>(2 * states.size());
        for (Map.Entry<String, NetState> e : states) {
            names.put(e.getKey(), ctx.titleOf(Kind.CAPABILITY, e.getKey()).text());
        }
        states.sort(
                Comparator.comparingInt(
                                (Map.Entry<String, NetState> e) -> -e.getValue().state().rank())
                        .thenComparing(e -> names.get(e.getKey())));
        return states;
    }

    /** The step where the ability entered the lineage: the first that changed it. */
    static Step first(NetState s) {
        return s.steps().get(0);
    }

    /**
     * The step that set the state the model has: its own, or the latest on its ancestry whose
     * change is that state.
     */
    static Step last(NetState s) {
        List<Step> steps = s.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).change() == s.state()) {
                return steps.get(i);
            }
        }
        return steps.get(steps.size() - 1);
    }

    /** The origin of {@code s}, its models as links when {@code links}, else as names. */
    void write(HtmlWriter w, NetState s, boolean links) {
        Step first = first(s);
        Step last = last(s);
        step(w, first, links);
        if (!last.equals(first)) {
            w.text(ctx.t.get("origin.separator"));
            step(w, last, links);
        }
    }

    /** The origin as plain text. */
    String text(NetState s) {
        Step first = first(s);
        Step last = last(s);
        String out = phrase(first).replace("{1}", name(first));
        if (!last.equals(first)) {
            out += ctx.t.get("origin.separator") + phrase(last).replace("{1}", name(last));
        }
        return out;
    }

    private String name(Step st) {
        return ctx.link(Kind.MODEL, st.model()).text();
    }

    /** The words for one step, the change filled in and the model left as "{1}". */
    private String phrase(Step st) {
        boolean here = st.model().equals(model);
        boolean absent = st.change() == Change.ABSENT;
        String key = "origin." + (absent ? "absent" : "step") + (here ? "_here" : "");
        return ctx.t.get(key).replace("{0}", ctx.mark(st.change()).label());
    }

    private void step(HtmlWriter w, Step st, boolean links) {
        String pattern = phrase(st);
        int at = pattern.indexOf("{1}");
        if (at < 0) {
            w.text(pattern);
            return;
        }
        w.text(pattern.substring(0, at));
        if (links) {
            Fragments.link(w, ctx.link(Kind.MODEL, st.model()));
        } else {
            w.text(name(st));
        }
        w.text(pattern.substring(at + 3));
    }
}
