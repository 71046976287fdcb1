package org.lineage.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The UI strings of one language, from {@code i18n/messages_<lang>.properties} (UTF-8). Templates
 * see it as {@code t}. Asking for a key the table lacks is an error, never an empty string: a
 * missing translation must not slip through as a blank.
 */
public final class Ui extends AbstractMap<String, String> {
    private final String lang;
    private final Map<String, String> strings;

    Ui(String lang, Map<String, String> strings) {
        this.lang = lang;
        this.strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    }

    /** Loads the table of {@code lang}; a missing table is an error naming the file. */
    public static Ui load(TemplateSource source, String lang) {
        String name = "i18n/messages_" + lang + ".properties";
        byte[] bytes =
                source.read(name)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "no UI strings for language '"
                                                        + lang
                                                        + "': add templates/"
                                                        + name));
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return new Ui(lang, m);
    }

    public String lang() {
        return lang;
    }

    /** The string for {@code key}; throws when the table has none. */
    @Override
    public String get(Object key) {
        String v = strings.get(key);
        if (v == null) {
            throw new IllegalArgumentException(
                    "no UI string '" + key + "' in messages_" + lang + ".properties");
        }
        return v;
    }

    /** The string for {@code key} with {@code {0}}-style arguments filled in. */
    public String format(String key, Object... args) {
        // each pattern parsed once; a MessageFormat is not safe to share, so each use has a copy
        MessageFormat parsed =
                formats.computeIfAbsent(
                        key, k -> new MessageFormat(get(k), Locale.forLanguageTag(lang)));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** The patterns {@link #format} has parsed, by key. */
    private final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> formats =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public boolean containsKey(Object key) {
        return strings.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return strings.entrySet();
    }
}
