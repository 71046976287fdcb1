package org.lineage.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lineage.content.YNode.YEntry;
import org.lineage.content.YNode.YMap;
import org.lineage.content.YNode.YScalar;
import org.lineage.content.YNode.YSeq;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;
import org.lineage.diag.Suggest;
import org.lineage.model.Change;
import org.lineage.model.DateSpec;
import org.lineage.model.Keyed;
import org.lineage.model.Ref;
import org.lineage.model.Text;

/**
 * Typed, strict access to the keys of one YAML map. Unknown keys are reported as soon as the reader
 * is made; every accessor reports a wrong type or value at its position and returns empty, so that
 * one pass over a file finds all of its problems.
 */
final class Fields {
    private final YMap map;
    private final String what;
    private final Diagnostics diags;
    private final List<String> languages;

    Fields(YMap map, String what, List<String> keys, List<String> languages, Diagnostics diags) {
        this.map = map;
        this.what = what;
        this.diags = diags;
        this.languages = languages;
        Set<String> known = Set.copyOf(keys);
        for (YEntry e : map.entries()) {
            if (!known.contains(e.key())) {
                String hint = Suggest.didYouMean(e.key(), keys);
                diags.error(
                        "unknown-key",
                        e.keyPos(),
                        "unknown key '" + e.key() + "' in " + what,
                        hint.isEmpty() ? "allowed keys: " + String.join(", ", keys) : hint);
            }
        }
    }

    /** Reads {@code node} as a map, or reports what it is instead. */
    static Optional<Fields> of(
            YNode node, String what, List<String> keys, List<String> languages, Diagnostics diags) {
        if (node instanceof YMap m) {
            return Optional.of(new Fields(m, what, keys, languages, diags));
        }
        diags.error(
                "wrong-type",
                node.pos(),
                what + " must be a map of keys, found " + node.describe(),
                "write one 'key: value' per line");
        return Optional.empty();
    }

    SourcePos pos() {
        return map.pos();
    }

    Optional<YNode> node(String key) {
        return map.entry(key).map(YEntry::value).filter(v -> !isNull(v));
    }

    private static boolean isNull(YNode v) {
        return v instanceof YScalar s && s.isNull();
    }

    private SourcePos keyPos(String key) {
        return map.entry(key).map(YEntry::keyPos).orElse(map.pos());
    }

    void missing(String key) {
        diags.error(
                "missing-field",
                map.pos(),
                what + " is missing the required key '" + key + "'",
                "add '" + key + ":'");
    }

    private <T> Optional<T> required(String key, boolean required, Optional<T> value) {
        if (value.isEmpty()
                && required
                && map.entry(key).filter(e -> !isNull(e.value())).isEmpty()) {
            missing(key);
        }
        return value;
    }

    private void wrong(YNode n, String key, String expected) {
        diags.error(
                "wrong-type",
                n.pos(),
                "'" + key + "' must be " + expected + ", found " + n.describe(),
                "");
    }

    /** A scalar string (a plain number or word is read as written). */
    Optional<String> string(String key, boolean required) {
        return required(key, required, node(key).flatMap(n -> scalar(n, key)));
    }

    private Optional<String> scalar(YNode n, String key) {
        if (n instanceof YScalar s && !s.isNull()) {
            if (s.value().isBlank()) {
                diags.error("empty-value", s.pos(), "'" + key + "' is empty", "");
                return Optional.empty();
            }
            return Optional.of(s.value());
        }
        wrong(n, key, "a string");
        return Optional.empty();
    }

    /** A whole number between {@code min} and {@code max}. */
    Optional<Integer> integer(String key, boolean required, int min, int max) {
        return required(
                key,
                required,
                node(key)
                        .flatMap(
                                n -> {
                                    if (n instanceof YScalar s && s.isInteger()) {
                                        try {
                                            int v = Integer.parseInt(s.value().replace("+", ""));
                                            if (v >= min && v <= max) {
                                                return Optional.of(v);
                                            }
                                        } catch (NumberFormatException e) {
                                            // out of int range: reported below
                                        }
                                        diags.error(
                                                "out-of-range",
                                                s.pos(),
                                                "'"
                                                        + key
                                                        + "' is "
                                                        + s.value()
                                                        + ", outside "
                                                        + min
                                                        + ".."
                                                        + max,
                                                "");
                                        return Optional.empty();
                                    }
                                    wrong(n, key, "a whole number");
                                    return Optional.empty();
                                }));
    }

    /**
     * A plain {@code true} or {@code false}; anything else, quoted {@code "true"} included, is
     * wrong.
     */
    Optional<Boolean> bool(String key) {
        return node(key)
                .flatMap(
                        n -> {
                            if (n instanceof YScalar s
                                    && s.plain()
                                    && s.value().matches("true|false|True|False|TRUE|FALSE")) {
                                return Optional.of(Boolean.parseBoolean(s.value()));
                            }
                            wrong(n, key, "true or false, without quotes");
                            return Optional.empty();
                        });
    }

    /**
     * A text: a plain string (language-neutral) or a map keyed by site language. {@code prose}
     * texts are meant to be translated, so a plain string or a missing language is a warning.
     */
    Optional<Text> text(String key, boolean required, boolean prose) {
        return required(key, required, node(key).flatMap(n -> textValue(n, key, prose)));
    }

    Optional<Text> textValue(YNode n, String key, boolean prose) {
        if (n instanceof YScalar) {
            Optional<Text> t = scalar(n, key).map(Text::neutral);
            if (t.isPresent() && prose && languages.size() > 1) {
                diags.warning(
                        "missing-translation",
                        n.pos(),
                        "'" + key + "' is one string for every language",
                        "write it per language: {" + String.join(": ..., ", languages) + ": ...}");
            }
            return t;
        }
        if (!(n instanceof YMap m)) {
            wrong(n, key, "a string or a map of languages");
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (YEntry e : m.entries()) {
            if (!languages.contains(e.key())) {
                diags.error(
                        "unknown-language",
                        e.keyPos(),
                        "'" + e.key() + "' is not a site language",
                        "site languages: "
                                + String.join(", ", languages)
                                + Optional.of(Suggest.didYouMean(e.key(), languages))
                                        .filter(h -> !h.isEmpty())
                                        .map(h -> "; " + h)
                                        .orElse(""));
                continue;
            }
            if (isNull(e.value())) {
                diags.error(
                        "empty-value",
                        e.value().pos(),
                        "'" + key + "." + e.key() + "' is empty",
                        "");
                continue;
            }
            scalar(e.value(), key + "." + e.key()).ifPresent(v -> values.put(e.key(), v));
        }
        if (values.isEmpty()) {
            if (m.entries().isEmpty()) {
                diags.error("empty-value", m.pos(), "'" + key + "' has no language", "");
            }
            return Optional.empty();
        }
        for (String lang : languages) {
            if (!values.containsKey(lang) && prose) {
                diags.warning(
                        "missing-translation",
                        m.pos(),
                        "'" + key + "' has no '" + lang + "' text",
                        "add '" + lang + ": ...'");
            }
        }
        return Optional.of(Text.of(values));
    }

    /** A value of a closed vocabulary. */
    <E extends Enum<E> & Keyed> Optional<E> vocab(String key, Class<E> type, boolean required) {
        List<String> allowed = Keyed.keys(type);
        return required(
                key,
                required,
                string(key, false)
                        .flatMap(
                                s -> {
                                    Optional<E> v = Keyed.byKey(type, s);
                                    if (v.isEmpty()) {
                                        badValue(key, s, allowed);
                                    }
                                    return v;
                                }));
    }

    Optional<Change> change(String key) {
        return required(
                key,
                true,
                string(key, false)
                        .flatMap(
                                s -> {
                                    Optional<Change> c = Change.bySymbol(s);
                                    if (c.isEmpty()) {
                                        badValue(key, s, Change.symbols());
                                    }
                                    return c;
                                }));
    }

    private void badValue(String key, String value, List<String> allowed) {
        String near = Suggest.didYouMean(value, allowed);
        diags.error(
                "bad-value",
                node(key).map(YNode::pos).orElse(keyPos(key)),
                "'" + value + "' is not a valid " + key,
                (near.isEmpty() ? "" : near + " ") + "allowed: " + String.join(", ", allowed));
    }

    /** A date or a date interval. */
    Optional<DateSpec> date(String key, boolean required) {
        return required(
                key,
                required,
                node(key)
                        .flatMap(
                                n -> {
                                    if (n instanceof YScalar s
                                            && s.isInteger()
                                            && s.value().length() == 4) {
                                        return parseDate(s, key);
                                    }
                                    return scalar(n, key).flatMap(v -> parseDate(n, key));
                                }));
    }

    private Optional<DateSpec> parseDate(YNode n, String key) {
        String v = ((YScalar) n).value();
        try {
            return Optional.of(DateSpec.parse(v));
        } catch (IllegalArgumentException e) {
            diags.error(
                    "bad-date",
                    n.pos(),
                    "'" + key + "' is not a valid date: " + e.getMessage(),
                    "write YYYY, YYYY-MM, YYYY-MM-DD or an interval START/END");
            return Optional.empty();
        }
    }

    /** A list of scalars; a single scalar where a list belongs is an error. */
    List<YScalar> scalars(String key) {
        List<YScalar> out = new ArrayList<>();
        for (YNode n : items(key)) {
            if (n instanceof YScalar s && !s.isNull() && !s.value().isBlank()) {
                out.add(s);
            } else {
                wrong(n, key + "[]", "a string");
            }
        }
        return out;
    }

    List<String> strings(String key) {
        return scalars(key).stream().map(YScalar::value).toList();
    }

    /** A list of ids; each must follow the id rule. */
    List<Ref> refs(String key) {
        List<Ref> out = new ArrayList<>();
        for (YScalar s : scalars(key)) {
            idRef(s, key).ifPresent(out::add);
        }
        return out;
    }

    Optional<Ref> ref(String key, boolean required) {
        return required(
                key,
                required,
                node(key).flatMap(n -> scalar(n, key).flatMap(v -> idRef((YScalar) n, key))));
    }

    private Optional<Ref> idRef(YScalar s, String key) {
        if (!Ids.valid(s.value())) {
            diags.error(
                    "bad-id",
                    s.pos(),
                    "'" + s.value() + "' in '" + key + "' is not a valid id",
                    "ids are lower-case letters and digits joined by '-' or '.', at most 64");
            return Optional.empty();
        }
        return Optional.of(new Ref(s.value(), s.pos()));
    }

    /** The items of a list-valued key (empty when absent). */
    List<YNode> items(String key) {
        Optional<YNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof YSeq seq) {
            return seq.items();
        }
        wrong(n.get(), key, "a list");
        return List.of();
    }

    /** A list of maps, each read with the given keys. */
    <T> List<T> objects(
            String key, String itemWhat, List<String> keys, Function<Fields, Optional<T>> read) {
        List<T> out = new ArrayList<>();
        for (YNode n : items(key)) {
            of(n, itemWhat, keys, languages, diags).flatMap(read).ifPresent(out::add);
        }
        return out;
    }

    /** A nested map read with the given keys. */
    Optional<Fields> object(String key, String itemWhat, List<String> keys) {
        return node(key).flatMap(n -> of(n, itemWhat, keys, languages, diags));
    }

    Diagnostics diags() {
        return diags;
    }
}
