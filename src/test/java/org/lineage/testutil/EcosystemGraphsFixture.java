package org.lineage.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A large folder in the shape of ecosystem-graphs' {@code assets/}: one YAML list per organisation,
 * with {@code n} models (each depending on up to three earlier ones, some on a dataset, a few on
 * names nobody defines, a few pairs on each other), datasets and applications, dates plain,
 * annotated ({@code {value, explanation}}) or unknown, sizes, access levels, licenses, and arXiv,
 * GitHub, blog and model-card addresses.
 */
public final class EcosystemGraphsFixture {
    private static final String[] ORGS = {
        "OpenAI", "Google DeepMind", "Meta AI", "EleutherAI", "BigScience",
        "Université de Montréal", "Zürich NLP Group", "AI21 Labs", "Cohere", "Mistral AI",
        "Alibaba Cloud", "Baidu", "Tsinghua KEG", "Stability AI", "01 AI",
        "Allen Institute for AI", "Hugging Face", "Microsoft Research", "NVIDIA", "Salesforce",
        "Databricks", "Technology Innovation Institute", "Anthropic", "Amazon"
    };
    private static final String[] PREFIX = {
        "Nova", "Gemma-X", "Llamalike", "Pythia-Z", "Bloomlet", "Érable", "Alpenglow", "Jura",
        "Command-Z", "Mistrallo", "Tongyi-Z", "Wenxin-Z", "GLM-Z", "StableLM-Z", "Yi-Z", "OLMo-Z",
        "Zephyrine", "Phi-Z", "Nemo-Z", "CodeGen-Z", "Dolly-Z", "Falcon-Z", "Claude-Z", "Titan-Z"
    };
    private static final String[] SIZES = {"125M", "1.3B", "7B", "13B", "70B", "175B"};
    private static final String[] ACCESS = {"open", "limited", "closed", "Full public access"};

    private EcosystemGraphsFixture() {}

    /** Writes the folder and returns it. */
    public static Path write(Path dir, int models, long seed) {
        Random r = new Random(seed);
        Map<Integer, StringBuilder> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<String> datasets = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            int org = d % ORGS.length;
            String name = PREFIX[org] + " Corpus " + d;
            datasets.add(name);
            StringBuilder b = files.computeIfAbsent(org, k -> new StringBuilder("---\n"));
            b.append("- type: dataset\n  name: ").append(name).append('\n');
            b.append("  organization: ").append(ORGS[org]).append('\n');
            b.append("  description: Training text gathered by ").append(ORGS[org]).append(".\n");
            b.append("  created_date: ").append(date(d * 20)).append('\n');
            b.append("  size: ").append(100 + d).append(" GB\n  dependencies: []\n");
        }
        for (int i = 0; i < models; i++) {
            int org = i % ORGS.length;
            String name = PREFIX[org] + "-" + i + "-" + SIZES[i % SIZES.length];
            names.add(name);
            StringBuilder b = files.computeIfAbsent(org, k -> new StringBuilder("---\n"));
            b.append("- type: model\n  name: ").append(name).append('\n');
            b.append("  organization: ").append(ORGS[org]).append('\n');
            if (i % 17 == 5) {
                b.append("  description: ''\n");
            } else {
                b.append("  description: >\n    ")
                        .append(name)
                        .append(" is a language model trained by ")
                        .append(ORGS[org])
                        .append(" [[Section ")
                        .append(1 + i % 5)
                        .append("]](https://example.org/paper-")
                        .append(i)
                        .append(".pdf).\n");
            }
            switch (i % 10) {
                case 0 -> b.append("  created_date: Unknown\n");
                case 1 ->
                        b.append("  created_date:\n    value: ")
                                .append(date(i))
                                .append("\n    explanation: The date of the announcement.\n");
                default -> b.append("  created_date: ").append(date(i)).append('\n');
            }
            switch (i % 3) {
                case 0 ->
                        b.append("  url: https://arxiv.org/abs/")
                                .append(date(i).substring(2, 4))
                                .append(date(i).substring(5, 7))
                                .append('.')
                                .append(String.format(Locale.ROOT, "%05d", 10000 + i))
                                .append('\n');
                case 1 ->
                        b.append("  url: https://github.com/org")
                                .append(org)
                                .append('/')
                                .append(name)
                                .append('\n');
                default ->
                        b.append("  url: https://org")
                                .append(org)
                                .append(".example/blog/")
                                .append(name.toLowerCase(Locale.ROOT))
                                .append('\n');
            }
            if (i % 4 == 0) {
                b.append("  model_card: https://huggingface.co/org")
                        .append(org)
                        .append('/')
                        .append(name)
                        .append('\n');
            }
            b.append("  modality: text; text\n");
            b.append("  size: ")
                    .append(
                            i % 9 == 0
                                    ? "unknown"
                                    : SIZES[i % SIZES.length] + " parameters (dense)")
                    .append('\n');
            List<String> deps = new ArrayList<>();
            int parents = i == 0 ? 0 : r.nextInt(4);
            for (int k = 0; k < parents; k++) {
                String p = names.get(Math.max(0, i - 1 - r.nextInt(Math.min(i, 40))));
                if (!deps.contains(p)) {
                    deps.add(p);
                }
            }
            if (r.nextInt(3) == 0) {
                deps.add(datasets.get(r.nextInt(datasets.size())));
            }
            if (i % 97 == 13) {
                deps.add("A Model Nobody Defined " + i);
            }
            if (i % 101 == 50 && i + 1 < models) {
                // a pair that names each other
                deps.add(
                        PREFIX[(i + 1) % ORGS.length]
                                + "-"
                                + (i + 1)
                                + "-"
                                + SIZES[(i + 1) % SIZES.length]);
            }
            if (i % 101 == 51) {
                deps.add(names.get(i - 1));
            }
            b.append("  dependencies: [")
                    .append(String.join(", ", deps.stream().map(d -> "\"" + d + "\"").toList()))
                    .append("]\n");
            String access = ACCESS[i % ACCESS.length];
            b.append(
                    i % 8 == 3
                            ? "  access:\n    value: "
                                    + access
                                    + "\n    explanation: As announced.\n"
                            : "  access: " + access + "\n");
            b.append(
                    i % 2 == 0
                            ? "  license: Apache 2.0\n"
                            : "  license:\n    value: custom\n    explanation: See the terms.\n");
        }
        for (int a = 0; a < 15; a++) {
            int org = a % ORGS.length;
            StringBuilder b = files.get(org);
            b.append("- type: application\n  name: ")
                    .append(PREFIX[org])
                    .append(" Assistant ")
                    .append(a)
                    .append("\n  organization: ")
                    .append(ORGS[org])
                    .append("\n  description: A product.\n  created_date: Unknown\n")
                    .append("  dependencies: [\"")
                    .append(names.get((a * 23) % names.size()))
                    .append("\"]\n");
        }
        try {
            Files.createDirectories(dir);
            for (Map.Entry<Integer, StringBuilder> f : files.entrySet()) {
                Files.writeString(
                        dir.resolve("org" + f.getKey() + ".yaml"),
                        f.getValue().toString(),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static String date(int i) {
        return LocalDate.of(2018, 1, 1).plusDays(i * 7L).toString();
    }
}
