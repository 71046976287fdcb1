package org.lineage.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.Correction;
import org.lineage.model.DateSpec;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.PartialDate;
import org.lineage.model.Reads;
import org.lineage.model.Ref;
import org.lineage.model.Source;

/**
 * The knowledge base in time: every dated event in date order, the years it spans, and the
 * knowledge base as it stood at the end of a year (models released by then, claims before the
 * corrections dated later).
 */
public final class History {
    private History() {}

    /** What happened. */
    public enum EventKind {
        RELEASE,
        SOURCE,
        CORRECTION
    }

    /**
     * One dated event.
     *
     * @param id the model, source or claim the event belongs to
     * @param index the correction's position among its claim's corrections (0 otherwise)
     */
    public record Event(DateSpec date, EventKind kind, String id, int index) {}

    private static final Comparator<Event> ORDER =
            Comparator.comparing(Event::date)
                    .thenComparing(Event::kind)
                    .thenComparing(Event::id)
                    .thenComparingInt(Event::index);

    /** Every dated event of {@code kb} in date order (an interval by its start), then by kind. */
    public static List<Event> events(KnowledgeBase kb) {
        List<Event> out = new ArrayList<>();
        for (Model m : kb.models().values()) {
            m.released().ifPresent(d -> out.add(new Event(d, EventKind.RELEASE, m.id(), 0)));
        }
        for (Source s : kb.sources().values()) {
            PartialDate d = new PartialDate(s.year(), s.month().orElse(0), 0);
            out.add(new Event(DateSpec.of(d), EventKind.SOURCE, s.id(), 0));
        }
        for (Claim c : kb.claims().values()) {
            for (int i = 0; i < c.corrections().size(); i++) {
                out.add(new Event(c.corrections().get(i).date(), EventKind.CORRECTION, c.id(), i));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The years an "as of" view is drawn for: each year in which a model was released or a claim
     * corrected.
     */
    public static SortedSet<Integer> years(KnowledgeBase kb) {
        SortedSet<Integer> out = new TreeSet<>();
        for (Model m : kb.models().values()) {
            m.released().ifPresent(d -> out.add(d.start().year()));
        }
        for (Claim c : kb.claims().values()) {
            for (Correction k : c.corrections()) {
                out.add(k.date().start().year());
            }
        }
        return out;
    }

    /**
     * True when {@code d} (an interval by its start) falls on or before the end of {@code year}.
     */
    public static boolean byEndOf(DateSpec d, int year) {
        return d.start().year() <= year;
    }

    /** The corrections of {@code c} not yet made at the end of {@code year}, oldest first. */
    public static List<Correction> pending(Claim c, int year) {
        return c.corrections().stream().filter(k -> !byEndOf(k.date(), year)).toList();
    }

    /**
     * The status {@code c} had at the end of {@code year}: the status before the earliest later
     * correction that changed it, or its status now.
     */
    public static Confidence statusAsOf(Claim c, int year) {
        Confidence s = c.status();
        List<Correction> later = pending(c, year);
        for (int i = later.size() - 1; i >= 0; i--) {
            Optional<Confidence> before = later.get(i).statusBefore();
            if (before.isPresent()) {
                s = before.get();
            }
        }
        return s;
    }

    /**
     * The knowledge base at the end of {@code year}: the models released by then (undated ones are
     * left out, their time unknown), their edges and analogues among themselves, and every claim
     * with the status it had then and only the corrections made by then.
     */
    public static KnowledgeBase asOf(KnowledgeBase kb, int year) {
        TreeMap<String, Model> models = new TreeMap<>();
        for (Model m : kb.models().values()) {
            if (m.released().filter(d -> byEndOf(d, year)).isPresent()) {
                models.put(m.id(), m);
            }
        }
        models.replaceAll(
                (id, m) -> {
                    List<ParentEdge> parents =
                            m.parents().stream()
                                    .filter(e -> models.containsKey(e.model().id()))
                                    .toList();
                    List<Ref> analogues =
                            m.analogues().stream().filter(a -> models.containsKey(a.id())).toList();
                    // the copy notes its prose as read when a page shows it, not when it is made
                    return Reads.untracked(
                            () ->
                                    new Model(
                                            m.id(),
                                            m.pos(),
                                            m.name(),
                                            m.aliases(),
                                            m.family(),
                                            m.organization(),
                                            m.released(),
                                            m.releasedSource(),
                                            m.releasedEstimate(),
                                            m.parameters(),
                                            m.contextWindow(),
                                            m.access(),
                                            m.apiName(),
                                            m.summary(),
                                            parents,
                                            m.capabilities(),
                                            analogues,
                                            m.sources(),
                                            m.movedFrom()));
                });
        TreeMap<String, Claim> claims = new TreeMap<>();
        for (Claim c : kb.claims().values()) {
            claims.put(
                    c.id(),
                    Reads.untracked(
                            () ->
                                    new Claim(
                                            c.id(),
                                            c.pos(),
                                            c.statement(),
                                            statusAsOf(c, year),
                                            c.about(),
                                            c.evidence(),
                                            c.corrections().stream()
                                                    .filter(k -> byEndOf(k.date(), year))
                                                    .toList(),
                                            c.movedFrom())));
        }
        return new KnowledgeBase(
                kb.site(),
                new TreeMap<>(kb.families()),
                models,
                new TreeMap<>(kb.capabilities()),
                new TreeMap<>(kb.methods()),
                claims,
                new TreeMap<>(kb.sources()),
                new TreeMap<>(kb.terms()),
                new TreeMap<>(kb.pages()),
                kb.bodies());
    }

    /**
     * A parameter count in billions, from the way content writes it ({@code 175B}, {@code 350M},
     * {@code 1.3T}); empty when unknown or unreadable.
     */
    public static Optional<Double> billions(String parameters) {
        String p = parameters.trim();
        if (!p.matches("\\d+(\\.\\d+)?[KMBT]")) {
            return Optional.empty();
        }
        double v = Double.parseDouble(p.substring(0, p.length() - 1));
        return Optional.of(
                switch (p.charAt(p.length() - 1)) {
                    case 'K' -> v / 1e6;
                    case 'M' -> v / 1e3;
                    case 'B' -> v;
                    default -> v * 1e3;
                });
    }
}
