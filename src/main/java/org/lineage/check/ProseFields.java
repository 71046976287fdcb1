package org.lineage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lineage.model.Capability;
import org.lineage.model.Claim;
import org.lineage.model.Entity;
import org.lineage.model.Family;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Term;
import org.lineage.model.Text;

/**
 * The texts of an entity meant to be written in every language (the loader's "prose", as opposed to
 * names), each under its YAML path: {@code summary}, {@code parents[1].note}, {@code
 * evidence[0].note}.
 */
final class ProseFields {
    private ProseFields() {}

    static List<Map.Entry<String, Text>> of(Entity e) {
        List<Map.Entry<String, Text>> out = new ArrayList<>();
        if (e instanceof Model m) {
            out.add(Map.entry("summary", m.summary()));
            List<ParentEdge> parents = m.parents();
            for (int i = 0; i < parents.size(); i++) {
                int n = i;
                parents.get(i)
                        .note()
                        .ifPresent(t -> out.add(Map.entry("parents[" + n + "].note", t)));
            }
        } else if (e instanceof Capability c) {
            out.add(Map.entry("summary", c.summary()));
        } else if (e instanceof Method m) {
            out.add(Map.entry("summary", m.summary()));
        } else if (e instanceof Family f) {
            out.add(Map.entry("summary", f.summary()));
        } else if (e instanceof Claim c) {
            out.add(Map.entry("statement", c.statement()));
            for (int i = 0; i < c.evidence().size(); i++) {
                out.add(Map.entry("evidence[" + i + "].note", c.evidence().get(i).note()));
            }
            for (int i = 0; i < c.corrections().size(); i++) {
                out.add(
                        Map.entry(
                                "corrections[" + i + "].before", c.corrections().get(i).before()));
                out.add(Map.entry("corrections[" + i + "].after", c.corrections().get(i).after()));
            }
        } else if (e instanceof Term t) {
            out.add(Map.entry("definition", t.definition()));
        }
        // sources and free pages have no prose in YAML; the blank placeholders of broken files
        // are left out, their problem is already reported
        out.removeIf(x -> x.getValue().neutral().map(String::isBlank).orElse(false));
        return out;
    }
}
