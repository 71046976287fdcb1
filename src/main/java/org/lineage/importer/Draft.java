package org.lineage.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.model.Confidence;
import org.lineage.model.Kind;

/** An entry the import will write, with every value already mapped. */
sealed interface Draft {
    Kind kind();

    String id();

    /** The source files it comes from, for its file's header. */
    List<String> from();

    /**
     * A text per language, in the site's order of languages; a single key {@code ""} is a
     * language-neutral string.
     */
    record Texts(Map<String, String> byLanguage) {
        public Texts {
            byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        }

        static Texts neutral(String s) {
            return new Texts(Map.of("", s));
        }
    }

    /** A lineage edge. */
    record Edge(String parent, String method, Confidence confidence, Texts note) {}

    record Model(
            String id,
            List<String> from,
            String name,
            Optional<String> family,
            Texts organization,
            Optional<String> released,
            Optional<String> parameters,
            Optional<String> access,
            Texts summary,
            List<Edge> parents,
            List<String> sources)
            implements Draft {
        @Override
        public Kind kind() {
            return Kind.MODEL;
        }
    }

    record Family(String id, List<String> from, String name, Texts summary) implements Draft {
        @Override
        public Kind kind() {
            return Kind.FAMILY;
        }
    }

    record Method(String id, List<String> from, Texts name, Texts summary) implements Draft {
        @Override
        public Kind kind() {
            return Kind.METHOD;
        }
    }

    /** A source; {@code arxiv} is set for arXiv papers, {@code month} when the id tells it. */
    record Source(
            String id,
            List<String> from,
            String type,
            String title,
            int year,
            Optional<Integer> month,
            Optional<String> arxiv,
            String url)
            implements Draft {
        @Override
        public Kind kind() {
            return Kind.SOURCE;
        }
    }
}
