package org.lineage.testutil;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random content tree: {@code n} models over a few families and years, each with up to three
 * parents among the models before it, some undated, some without any edge.
 */
public final class Generated {
    private static final String[] CONFIDENCE = {
        "documented",
        "conclusion",
        "strong-hypothesis",
        "hypothesis",
        "educated-guess",
        "open-question"
    };
    private static final String[] CHANGES = {"+", "++", "-", "--", "absent"};

    private Generated() {}

    /**
     * Like {@link #files(int, long)}, plus a family of {@code n / 4} analogues made by other labs,
     * some with parents among themselves, each named as the analogue of a model of the main
     * families: what the analogue lane is for.
     */
    public static Map<String, String> withAnalogues(int n, long seed) {
        Map<String, String> f = files(n, seed);
        Random r = new Random(seed + 1);
        f.put(
                "families/outside.yaml",
                "name: {en: \"Outside analogues\", zh: \"外部对照\"}\n"
                        + "summary: {en: \"Others.\", zh: \"其他。\"}\n");
        int k = Math.max(2, n / 4);
        for (int i = 0; i < k; i++) {
            StringBuilder y = new StringBuilder();
            y.append("name: {en: \"Analogue ").append(i).append("\", zh: \"对照").append(i);
            y.append("\"}\nfamily: outside\norganization: Lab ").append(i % 4).append('\n');
            if (r.nextInt(6) > 0) {
                y.append("released: ")
                        .append(2015 + r.nextInt(8))
                        .append('-')
                        .append(String.format("%02d", 1 + r.nextInt(12)))
                        .append('\n');
            }
            y.append("summary: {en: \"A.\", zh: \"A。\"}\n");
            if (i > 0 && r.nextInt(3) == 0) {
                y.append("parents:\n  - {model: a")
                        .append(r.nextInt(i))
                        .append(", method: tune, confidence: documented}\n");
            }
            f.put("models/a" + i + ".yaml", y.toString());
        }
        // main models name the analogues
        for (int i = 0; i < n; i += 3) {
            String key = "models/m" + i + ".yaml";
            String y = f.get(key);
            if (!y.contains("analogues:")) {
                f.put(key, y + "analogues: [a" + r.nextInt(k) + "]\n");
            }
        }
        return f;
    }

    /**
     * Like {@link #files(int, long)}, but with one family per organization, as the benchmark corpus
     * has: a model's neighbourhood then spans several small families.
     */
    public static Map<String, String> byOrganization(int n, long seed) {
        Map<String, String> f = files(n, seed);
        for (int o = 0; o < 5; o++) {
            f.put(
                    "families/org" + o + ".yaml",
                    "name: {en: \"Org "
                            + o
                            + " models\", zh: \"机构"
                            + o
                            + "的模型\"}\n"
                            + "summary: {en: \"F.\", zh: \"F。\"}\n");
        }
        for (Map.Entry<String, String> e : f.entrySet()) {
            if (e.getKey().startsWith("models/m")) {
                String y = e.getValue();
                String org = y.replaceAll("(?s).*organization: Org (\\d).*", "$1");
                e.setValue(y.replaceAll("family: (alpha|beta)", "family: org" + org));
            }
        }
        return f;
    }

    public static Map<String, String> files(int n, long seed) {
        Random r = new Random(seed);
        Map<String, String> f = new TreeMap<>(Fixture.files());
        f.keySet().removeIf(k -> k.startsWith("models/") || k.startsWith("claims/"));
        int[] year = new int[n];
        for (int i = 0; i < n; i++) {
            year[i] = 2015 + (i * 8) / n;
            StringBuilder y = new StringBuilder();
            y.append("name: {en: \"Model ")
                    .append(i)
                    .append("\", zh: \"模型")
                    .append(i)
                    .append("\"}\n");
            y.append("family: ").append(i % 3 == 0 ? "alpha" : "beta").append('\n');
            y.append("organization: Org ").append(i % 5).append('\n');
            if (r.nextInt(10) > 0) {
                y.append("released: ")
                        .append(year[i])
                        .append('-')
                        .append(String.format("%02d", 1 + r.nextInt(12)))
                        .append('\n');
            }
            y.append("summary: {en: \"M.\", zh: \"M。\"}\n");
            int parents =
                    i == 0 || r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(r.nextInt(4) == 0 ? 3 : 1);
            if (parents > 0) {
                y.append("parents:\n");
                java.util.Set<Integer> seen = new java.util.TreeSet<>();
                for (int k = 0; k < parents; k++) {
                    int p = Math.max(0, i - 1 - r.nextInt(Math.min(i, 25)));
                    if (seen.add(p)) {
                        y.append("  - {model: m")
                                .append(p)
                                .append(", method: ")
                                .append(r.nextBoolean() ? "tune" : "pretrain")
                                .append(", confidence: ")
                                .append(CONFIDENCE[r.nextInt(CONFIDENCE.length)])
                                .append("}\n");
                    }
                }
            }
            if (r.nextInt(3) == 0) {
                y.append("capabilities:\n  - {capability: talk, change: \"")
                        .append(CHANGES[r.nextInt(CHANGES.length)])
                        .append("\"}\n");
            }
            if (i > 3 && r.nextInt(8) == 0) {
                y.append("analogues: [m").append(r.nextInt(i)).append("]\n");
            }
            f.put("models/m" + i + ".yaml", y.toString());
        }
        return f;
    }
}
