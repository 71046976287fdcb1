package org.lineage.graph;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.Ref;

/**
 * The series of the main story, read from the content alone. A family is an <em>analogue
 * family</em> when models of other families name its models as their {@code analogues} and none of
 * its own models names any; every other family is a <em>series</em>.
 */
public final class Series {
    private Series() {}

    /** The series of {@code kb}, in the order of its families. */
    public static Set<String> of(KnowledgeBase kb) {
        Set<String> naming = new HashSet<>();
        Set<String> namedFamilies = new HashSet<>();
        for (Model m : kb.models().values()) {
            String own = familyOf(kb, m).orElse(null);
            for (Ref a : m.analogues()) {
                Model target = kb.models().get(a.id());
                if (target == null || a.id().equals(m.id())) {
                    continue;
                }
                familyOf(kb, target).filter(f -> !f.equals(own)).ifPresent(namedFamilies::add);
                if (own != null) {
                    naming.add(own);
                }
            }
        }
        Set<String> series = new LinkedHashSet<>();
        for (String f : kb.families().keySet()) {
            if (naming.contains(f) || !namedFamilies.contains(f)) {
                series.add(f);
            }
        }
        return series;
    }

    /** The family of {@code m}, when it names one that exists. */
    public static Optional<String> familyOf(KnowledgeBase kb, Model m) {
        return m.family().map(Ref::id).filter(kb.families()::containsKey);
    }
}
