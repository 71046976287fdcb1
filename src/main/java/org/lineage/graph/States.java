package org.lineage.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lineage.graph.Comparison.CapabilityRow;
import org.lineage.model.SortedArrayMap;

/**
 * The net states of one model's capabilities, by capability id, read-only: arrays in the order of
 * the ids instead of a tree of entries, with each id's number beside them. A large knowledge base
 * holds hundreds of thousands of states, and a comparison walks two models' states side by side;
 * here that walk compares each capability's number, given in the same order as the ids, instead of
 * the ids' text.
 */
final class States extends SortedArrayMap<NetState> {
    static final States EMPTY = new States(new String[0], new int[0], new NetState[0]);

    /** Each capability's number, at its id's index: in the same order as the ids. */
    private final int[] numbers;

    private States(String[] ids, int[] numbers, NetState[] states) {
        super(ids, states);
        this.numbers = numbers;
    }

    /**
     * Numbers every capability id of {@code all} (the states of every model, each map in the order
     * of its ids) in the ids' order, and makes each model's states with them; the models share one
     * string per id.
     */
    static Map<String, States> numbered(Map<String, ? extends Map<String, NetState>> all) {
        // hashed first: each model names most capabilities, which are few beside their states
        java.util.Set<String> every = new java.util.HashSet<>();
        all.values().forEach(m -> every.addAll(m.keySet()));
        String[] byNumber = every.toArray(new String[0]);
        Arrays.sort(byNumber);
        Map<String, Integer> numbers = new java.util.HashMap<>(2 * byNumber.length);
        for (int i = 0; i < byNumber.length; i++) {
            numbers.put(byNumber[i], i);
        }
        Map<String, States> out = new java.util.HashMap<>(2 * all.size());
        all.forEach(
                (model, byId) -> {
                    int n = byId.size();
                    String[] ids = new String[n];
                    int[] nums = new int[n];
                    NetState[] states = new NetState[n];
                    int i = 0;
                    for (Map.Entry<String, NetState> e : byId.entrySet()) {
                        nums[i] = numbers.get(e.getKey());
                        ids[i] = byNumber[nums[i]];
                        states[i] = e.getValue();
                        i++;
                    }
                    out.put(model, n == 0 ? EMPTY : new States(ids, nums, states));
                });
        return out;
    }

    /** One row per capability either model holds, by id: the two arrays walked side by side. */
    static List<CapabilityRow> rows(States a, States b) {
        List<CapabilityRow> rows = new ArrayList<>(a.keys.length + b.keys.length);
        int i = 0;
        int j = 0;
        while (i < a.keys.length || j < b.keys.length) {
            int order =
                    i == a.keys.length
                            ? 1
                            : j == b.keys.length ? -1 : Integer.compare(a.numbers[i], b.numbers[j]);
            if (order < 0) {
                rows.add(new CapabilityRow(a.keys[i], a.values[i++], null));
            } else if (order > 0) {
                rows.add(new CapabilityRow(b.keys[j], null, b.values[j++]));
            } else {
                rows.add(new CapabilityRow(a.keys[i], a.values[i++], b.values[j++]));
            }
        }
        return rows;
    }
}
