package org.lineage.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lineage.content.ContentFile;
import org.lineage.content.YNode;
import org.lineage.content.YNode.YMap;
import org.lineage.content.YNode.YScalar;
import org.lineage.content.YamlTree;

/**
 * Reads Hugging Face model cards: a folder of model repositories, {@code <owner>/<name>/README.md},
 * each card's YAML front matter giving {@code base_model} (one repository id or a list) and {@code
 * base_model_relation} ({@code finetune}, {@code adapter}, {@code merge} or {@code quantized}), and
 * {@code license}, {@code datasets}, {@code language} and {@code tags}.
 */
final class HfCards {
    static final String FORMAT = "hf-cards";

    /** The method each relation maps to; no relation, {@link EcosystemGraphs#METHOD}. */
    static final Map<String, String> METHODS =
            Map.of(
                    "finetune", "fine-tuning",
                    "adapter", "adapter-tuning",
                    "merge", "model-merging",
                    "quantized", "quantization");

    private HfCards() {}

    static List<Asset> read(Path dir, String display, Map<String, String> ids, Notes notes) {
        List<Asset> out = new ArrayList<>();
        for (Path p : SourceFiles.list(dir, "README.md")) {
            String rel = SourceFiles.relative(dir, p);
            String[] parts = rel.split("/");
            Optional<ContentFile> file = SourceFiles.read(p, display + rel, rel, notes.diags);
            if (file.isEmpty()) {
                continue;
            }
            if (parts.length != 3) {
                notes.warn(
                        "import-unmapped",
                        file.get().whole(),
                        "not at <owner>/<name>/README.md: the card is skipped",
                        "lay the cards out as the Hub names the repositories,"
                                + " e.g. meta-llama/Llama-2-7b-hf/README.md");
                continue;
            }
            out.add(card(file.get(), parts[0] + "/" + parts[1], parts[1], rel, ids, notes));
        }
        return out;
    }

    private static Asset card(
            ContentFile file,
            String repo,
            String name,
            String rel,
            Map<String, String> ids,
            Notes notes) {
        String text = file.text();
        Optional<YMap> meta = Optional.empty();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 3);
            if (end < 0) {
                notes.warn(
                        "import-value",
                        file.pos(1, 1),
                        "the card's front matter is not closed: its metadata is not read",
                        "end the block with a line '---'");
            } else {
                String yaml = text.substring(4, end + 1);
                body = text.substring(Math.min(text.length(), end + 4));
                meta =
                        YamlTree.parse(file, yaml.isBlank() ? "{}" : yaml, 1, notes.diags)
                                .filter(n -> n instanceof YMap)
                                .map(n -> (YMap) n);
            }
        }
        List<Asset.Dependency> deps = new ArrayList<>();
        List<Asset.Link> links = new ArrayList<>();
        if (meta.isPresent()) {
            YMap m = meta.get();
            for (String unused : List.of("license", "datasets", "language")) {
                if (SourceFiles.text(SourceFiles.get(m, unused)).isPresent()) {
                    notes.count(unused + ": not imported (the content format has no such field)");
                }
            }
            Optional<YNode> relNode = SourceFiles.get(m, "base_model_relation");
            Optional<String> relation =
                    SourceFiles.text(relNode).map(r -> r.toLowerCase(Locale.ROOT));
            String method = relation.map(METHODS::get).orElse(EcosystemGraphs.METHOD);
            if (relation.isPresent() && !METHODS.containsKey(relation.get())) {
                notes.warn(
                        "import-value",
                        relNode.get().pos(),
                        "base_model_relation '" + relation.get() + "' is not one the Hub defines",
                        "use finetune, adapter, merge or quantized; the edge gets method '"
                                + EcosystemGraphs.METHOD
                                + "'");
            }
            for (YScalar b : SourceFiles.scalars(SourceFiles.get(m, "base_model"))) {
                String target =
                        b.value()
                                .strip()
                                .replaceFirst("^https?://huggingface\\.co/", "")
                                .replaceAll("/+$", "");
                deps.add(new Asset.Dependency(target, method, relation.orElse(""), b.pos()));
            }
            for (YScalar t : SourceFiles.scalars(SourceFiles.get(m, "tags"))) {
                String tag = t.value().strip();
                if (tag.startsWith("arxiv:")) {
                    links.add(
                            new Asset.Link(
                                    "https://arxiv.org/abs/" + tag.substring(6), "arxiv", t.pos()));
                }
            }
        }
        return new Asset(
                repo,
                name,
                "model",
                Optional.of(repo.substring(0, repo.indexOf('/'))),
                file.pos(1, 1),
                rel,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                CardText.summaries(body),
                deps,
                links,
                Optional.ofNullable(ids.getOrDefault(repo, ids.get(name))),
                meta.map(EcosystemGraphs::positions).orElse(Map.of()));
    }
}
