package org.lineage.content;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.content.YNode.YEntry;
import org.lineage.content.YNode.YMap;
import org.lineage.content.YNode.YScalar;
import org.lineage.content.YNode.YSeq;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Builds a location-aware {@link YNode} tree from YAML text, rejecting what the content format
 * forbids: anchors, aliases, tags, duplicate keys, several documents, non-scalar keys and nesting
 * deeper than {@link #MAX_DEPTH}.
 *
 * <p>It reads the parser's event stream rather than a composed document so that every node keeps
 * its line and column, and so that no input can recurse the JVM stack.
 */
public final class YamlTree {
    /** Content needs four levels; anything much deeper is a mistake or an attack. */
    public static final int MAX_DEPTH = 16;

    private final ContentFile file;
    private final Diagnostics diags;

    private YamlTree(ContentFile file, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
    }

    /** The document's root node, or empty after reporting why there is none. */
    public static Optional<YNode> parse(ContentFile file, Diagnostics diags) {
        return new YamlTree(file, diags).run(file.text(), 0);
    }

    /** Parses YAML that starts {@code lineOffset} lines into {@code file} (front matter). */
    public static Optional<YNode> parse(
            ContentFile file, String yaml, int lineOffset, Diagnostics diags) {
        return new YamlTree(file, diags).run(yaml, lineOffset);
    }

    /** A container being filled. */
    private static final class Frame {
        final SourcePos pos;
        final boolean isMap;
        final List<YNode> items = new ArrayList<>();
        final List<YEntry> entries = new ArrayList<>();
        final Map<String, SourcePos> seen = new HashMap<>();
        YScalar pendingKey;
        boolean skipNextValue;

        Frame(SourcePos pos, boolean isMap) {
            this.pos = pos;
            this.isMap = isMap;
        }
    }

    private Optional<YNode> run(String yaml, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit((int) StrictReader.MAX_BYTES * 2);
        Deque<Frame> stack = new ArrayDeque<>();
        YNode root = null;
        int documents = 0;
        try {
            for (Event ev : new Yaml(options).parse(new StringReader(yaml))) {
                SourcePos pos = pos(ev.getStartMark(), lineOffset);
                if (ev instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        diags.error(
                                "multiple-documents",
                                pos,
                                "a content file holds one YAML document, found a second",
                                "remove the '---' line and what follows, or move it to its own file");
                        return Optional.ofNullable(root);
                    }
                    continue;
                }
                if (ev instanceof NodeEvent ne
                        && ne.getAnchor() != null
                        && !(ev instanceof AliasEvent)) {
                    diags.error(
                            "yaml-anchor",
                            pos,
                            "YAML anchor '&" + ne.getAnchor() + "' is not allowed",
                            "write the value out in full; anchors and aliases are not supported");
                }
                YNode done = null;
                if (ev instanceof AliasEvent ae) {
                    diags.error(
                            "yaml-alias",
                            pos,
                            "YAML alias '*" + ae.getAnchor() + "' is not allowed",
                            "write the value out in full; anchors and aliases are not supported");
                    done = new YScalar(pos, "", true);
                } else if (ev instanceof ScalarEvent se) {
                    checkTag(se.getTag(), pos);
                    done = new YScalar(pos, se.getValue(), se.isPlain());
                } else if (ev instanceof CollectionStartEvent cs) {
                    checkTag(cs.getTag(), pos);
                    if (stack.size() >= MAX_DEPTH) {
                        diags.error(
                                "nesting-too-deep",
                                pos,
                                "YAML is nested more than " + MAX_DEPTH + " levels deep",
                                "the content format needs at most four levels; flatten the data");
                        return Optional.empty();
                    }
                    stack.push(new Frame(pos, ev instanceof MappingStartEvent));
                    continue;
                } else if (ev.is(Event.ID.MappingEnd) || ev.is(Event.ID.SequenceEnd)) {
                    Frame f = stack.pop();
                    done = f.isMap ? new YMap(f.pos, f.entries) : new YSeq(f.pos, f.items);
                } else {
                    continue;
                }
                if (stack.isEmpty()) {
                    root = done;
                } else {
                    add(stack.peek(), done);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos at = m != null ? pos(m, lineOffset) : file.whole();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            diags.error(
                    "yaml-syntax",
                    at,
                    "invalid YAML: " + firstLine(problem),
                    "check indentation, quoting and that every key is followed by ': '");
            return Optional.empty();
        } catch (YAMLException e) {
            diags.error(
                    "yaml-syntax", file.whole(), "invalid YAML: " + firstLine(e.getMessage()), "");
            return Optional.empty();
        }
        if (root == null) {
            diags.error("empty-file", file.whole(), "the YAML document is empty", "");
        }
        return Optional.ofNullable(root);
    }

    private void add(Frame f, YNode node) {
        if (!f.isMap) {
            f.items.add(node);
            return;
        }
        if (f.pendingKey == null) {
            if (node instanceof YScalar key && !key.isNull()) {
                SourcePos first = f.seen.putIfAbsent(key.value(), key.pos());
                if (first != null) {
                    diags.error(
                            "duplicate-key",
                            key.pos(),
                            "key '" + key.value() + "' appears twice",
                            "it was first given at line " + first.line() + "; keep one");
                    f.skipNextValue = true;
                }
                f.pendingKey = key;
            } else {
                diags.error(
                        "bad-key",
                        node.pos(),
                        "a key must be a plain word, not " + node.describe(),
                        "write 'name: value'");
                f.pendingKey = new YScalar(node.pos(), "", true);
                f.skipNextValue = true;
            }
            return;
        }
        if (!f.skipNextValue) {
            f.entries.add(new YEntry(f.pendingKey.value(), f.pendingKey.pos(), node));
        }
        f.pendingKey = null;
        f.skipNextValue = false;
    }

    private void checkTag(String tag, SourcePos pos) {
        if (tag != null && !tag.equals("!")) {
            diags.error(
                    "yaml-tag",
                    pos,
                    "YAML tag '" + tag + "' is not allowed",
                    "remove the tag; quote the value if it should be a string");
        }
    }

    private SourcePos pos(Mark m, int lineOffset) {
        return file.pos(m.getLine() + 1 + lineOffset, m.getColumn() + 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
