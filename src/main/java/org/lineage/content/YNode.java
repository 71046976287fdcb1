package org.lineage.content;

import java.util.List;
import java.util.Optional;
import org.lineage.diag.SourcePos;

/** A YAML node that remembers where it was written. Built by {@link YamlTree}. */
public sealed interface YNode {
    SourcePos pos();

    /** A word for error messages: "a map", "a list", "a string". */
    String describe();

    /** A mapping, with keys in the order written and unique. */
    record YMap(SourcePos pos, List<YEntry> entries) implements YNode {
        public YMap {
            entries = List.copyOf(entries);
        }

        public Optional<YEntry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** One key of a mapping. */
    record YEntry(String key, SourcePos keyPos, YNode value) {}

    /** A sequence. */
    record YSeq(SourcePos pos, List<YNode> items) implements YNode {
        public YSeq {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar, as written.
     *
     * @param plain true when written without quotes, so that YAML's implicit types apply
     */
    record YScalar(SourcePos pos, String value, boolean plain) implements YNode {
        /** A plain {@code ~}, {@code null} or nothing at all. */
        public boolean isNull() {
            return plain
                    && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
        }

        /** A plain whole number. */
        public boolean isInteger() {
            return plain && value.matches("[-+]?[0-9]+");
        }

        @Override
        public String describe() {
            if (isNull()) {
                return "nothing (null)";
            }
            if (isInteger()) {
                return "a number";
            }
            if (plain && value.matches("true|false|True|False|TRUE|FALSE")) {
                return "a boolean";
            }
            return "a string";
        }
    }
}
