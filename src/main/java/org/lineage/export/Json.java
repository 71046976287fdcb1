package org.lineage.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import org.lineage.model.Text;

/** One JSON writer for every export: two-space indent, LF line ends, keys in insertion order. */
public final class Json {
    private static final ObjectWriter WRITER =
            new ObjectMapper()
                    .writer(
                            new DefaultPrettyPrinter()
                                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final com.fasterxml.jackson.databind.ObjectReader READER =
            new ObjectMapper().reader();

    private Json() {}

    /** The JSON document in {@code bytes} (UTF-8), such as a file this class wrote. */
    public static JsonNode read(byte[] bytes) throws IOException {
        return READER.readTree(bytes);
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Pretty JSON text ending with a newline. */
    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #write}, in UTF-8, written straight to bytes (no string in between). */
    public static byte[] bytes(JsonNode node) {
        try {
            byte[] json = WRITER.writeValueAsBytes(node);
            byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generator writing to {@code out} as {@link #bytes} writes: a document written through it
     * (with {@link JsonGenerator#writeTree} for its parts) has the bytes {@link #bytes} gives the
     * same document as one tree, less the final newline, which the caller writes after closing the
     * generator. For documents too large to hold as one tree.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = WRITER.createGenerator(out);
        // the caller's stream stays open for the final newline
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** Compact JSON, for embedding in HTML (the caller escapes {@code <}). */
    public static String compact(JsonNode node) {
        return node.toString();
    }

    /**
     * Compact JSON safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &}
     * are written as {@code \\u} escapes, so no content can close the element or open a comment,
     * and U+2028/U+2029 too, which older JavaScript parsers take for line ends. The JSON means the
     * same.
     */
    public static String forScript(JsonNode node) {
        String json = compact(node);
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A text as a string (neutral) or an object of languages. */
    public static JsonNode text(Text t) {
        if (t.neutral().isPresent()) {
            return JsonNodeFactory.instance.textNode(t.neutral().get());
        }
        ObjectNode o = object();
        t.byLanguage().forEach(o::put);
        return o;
    }

    static void putOpt(ObjectNode o, String key, Optional<?> v) {
        v.ifPresent(x -> o.put(key, x.toString()));
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }
}
