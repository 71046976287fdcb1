package org.lineage.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lineage.model.DateSpec;

/**
 * Assigns every node of a view a layer so that time reads one way: a parent's layer is always
 * before its child's, and every layer belongs to one release year, the years in order.
 *
 * <p>A model's year is its release year; an undated model takes the latest year of its parents (or,
 * with no dated ancestor, the earliest year of its children), and a model dated before one of its
 * parents is drawn in that parent's year. Within a year, layers follow the longest chain of models
 * released that year, and models with no edge in the view fill the emptiest of the year's layers.
 * No layer takes more than a given number of models: a year with more spreads over more layers, so
 * that a big tree grows in both directions rather than into one endless row.
 *
 * @param layer the layer of every node, from 0
 * @param year the year every node is drawn in (absent when no model of the view has a date)
 */
record TimeLayers(Map<String, Integer> layer, Map<String, Optional<Integer>> year) {

    /**
     * Assigns layers.
     *
     * @param order the node ids, parents before children
     * @param parents the parents of each node within the view
     * @param released each node's release date, if known
     * @param maxPerLayer the most models one layer takes; a year with more gets more layers
     */
    static TimeLayers assign(
            List<String> order,
            Map<String, List<String>> parents,
            Map<String, Optional<DateSpec>> released,
            int maxPerLayer) {
        Map<String, Integer> year = new HashMap<>();
        for (String id : order) {
            Integer y = released.get(id).map(d -> d.start().year()).orElse(null);
            for (String p : parents.getOrDefault(id, List.of())) {
                Integer py = year.get(p);
                if (py != null && (y == null || py > y)) {
                    y = py;
                }
            }
            if (y != null) {
                year.put(id, y);
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        for (String id : order) {
            for (String p : parents.getOrDefault(id, List.of())) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(id);
            }
        }
        Integer earliest = year.isEmpty() ? null : Collections.min(year.values());
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        for (String id : reversed) {
            if (!year.containsKey(id) && earliest != null) {
                int y = Integer.MAX_VALUE;
                for (String c : children.getOrDefault(id, List.of())) {
                    y = Math.min(y, year.getOrDefault(c, Integer.MAX_VALUE));
                }
                year.put(id, y == Integer.MAX_VALUE ? earliest : y);
            }
        }
        // Undated models below undated roots, now that the roots have a year.
        for (String id : order) {
            int y = year.getOrDefault(id, 0);
            for (String p : parents.getOrDefault(id, List.of())) {
                y = Math.max(y, year.getOrDefault(p, 0));
            }
            if (earliest != null) {
                year.put(id, y);
            }
        }
        TreeMap<Integer, List<String>> byYear = new TreeMap<>();
        for (String id : order) {
            byYear.computeIfAbsent(year.getOrDefault(id, 0), k -> new ArrayList<>()).add(id);
        }
        Map<String, Integer> layer = new HashMap<>();
        int base = 0;
        for (List<String> ids : byYear.values()) {
            Map<Integer, Integer> size = new HashMap<>();
            int last = base;
            List<String> alone = new ArrayList<>();
            for (String id : ids) {
                if (parents.getOrDefault(id, List.of()).isEmpty()
                        && children.getOrDefault(id, List.of()).isEmpty()) {
                    alone.add(id);
                    continue;
                }
                int l = base;
                for (String p : parents.getOrDefault(id, List.of())) {
                    l = Math.max(l, layer.get(p) + 1);
                }
                while (size.getOrDefault(l, 0) >= maxPerLayer) {
                    l++;
                }
                size.merge(l, 1, Integer::sum);
                layer.put(id, l);
                last = Math.max(last, l);
            }
            // Models with no edge in the view go where their year has the most room.
            for (String id : alone) {
                int best = base;
                for (int l = base + 1; l <= last; l++) {
                    if (size.getOrDefault(l, 0) < size.getOrDefault(best, 0)) {
                        best = l;
                    }
                }
                if (size.getOrDefault(best, 0) >= maxPerLayer) {
                    best = ++last;
                }
                size.merge(best, 1, Integer::sum);
                layer.put(id, best);
            }
            base = last + 1;
        }
        Map<String, Optional<Integer>> years = new HashMap<>();
        for (String id : order) {
            years.put(id, Optional.ofNullable(year.get(id)));
        }
        return new TimeLayers(Map.copyOf(layer), Map.copyOf(years));
    }

    /** The number of layers. */
    int count() {
        return layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** The distinct years drawn, in order. */
    List<Integer> years() {
        TreeSet<Integer> ys = new TreeSet<>();
        year.values().forEach(y -> y.ifPresent(ys::add));
        return List.copyOf(ys);
    }
}
