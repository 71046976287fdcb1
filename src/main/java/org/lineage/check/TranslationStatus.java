package org.lineage.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.diag.SourcePos;
import org.lineage.model.Body;
import org.lineage.model.Entity;
import org.lineage.model.EntityKey;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Reads;
import org.lineage.model.Text;
import org.lineage.model.TranslatedFrom;

/**
 * What needs translating, language by language: bodies missing in a language, bodies whose original
 * changed after they were translated (by their {@code translated_from} digest), and entries whose
 * prose fields lack the language. Built once from a loaded knowledge base; {@code check} warns from
 * it and the site's translations page lists it.
 *
 * @param gaps every piece of work, by language (in site order), then entry, then problem
 * @param parity one line of counts per site language, in site order
 */
public record TranslationStatus(List<String> languages, List<Gap> gaps, List<Parity> parity) {
    public TranslationStatus {
        languages = List.copyOf(languages);
        gaps = List.copyOf(gaps);
        parity = List.copyOf(parity);
    }

    /** The kinds of translation work. */
    public enum Problem {
        /** The entry has a body in another language, none in this one. */
        MISSING_BODY,
        /** The body's original has changed since it was translated. */
        STALE_BODY,
        /** Prose fields of the entry have no text in this language. */
        MISSING_TEXT
    }

    /**
     * One piece of work on one entry in one language.
     *
     * @param file the file to write or edit, relative to the content folder
     * @param fields for {@link Problem#MISSING_TEXT}, the YAML paths lacking the language
     * @param from the language to translate from: the body's original, or the first language the
     *     missing body exists in
     * @param pos where the checker reports it
     * @param digest the digest of the body to translate from as it is now: what {@code
     *     translated_from} should say once the translation is written or updated; empty for fields,
     *     and when a stale body's original is gone
     */
    public record Gap(
            String lang,
            EntityKey entity,
            Problem problem,
            String file,
            List<String> fields,
            Optional<String> from,
            SourcePos pos,
            Optional<String> digest) {
        public Gap {
            fields = List.copyOf(fields);
        }
    }

    /**
     * How complete one language is.
     *
     * @param entries entries with anything to translate (a body or a prose field)
     * @param entriesDone those with no gap in this language
     * @param bodies entries with a body in some language
     * @param bodiesPresent those with a body in this language
     * @param bodiesStale of those, bodies whose original changed since
     * @param texts prose fields in all
     * @param textsPresent those written in this language
     */
    public record Parity(
            String lang,
            int entries,
            int entriesDone,
            int bodies,
            int bodiesPresent,
            int bodiesStale,
            int texts,
            int textsPresent) {}

    /** The gaps of one language. */
    public List<Gap> gaps(String lang) {
        return gaps.stream().filter(g -> g.lang().equals(lang)).toList();
    }

    /** The last status made, of which knowledge base, and what was read to make it. */
    private record Made(
            java.lang.ref.WeakReference<KnowledgeBase> kb,
            TranslationStatus status,
            java.util.Set<String> reads) {}

    private static volatile Made last;

    /**
     * The status of {@code kb}. The check and each language's translations page ask it of the same
     * knowledge base: it is made once, and whoever asks again is told that it read what making it
     * read ({@link Reads}), so a page showing it is made again when any of that changes.
     */
    public static TranslationStatus of(KnowledgeBase kb) {
        Made m = last;
        if (m != null && m.kb().get() == kb) {
            m.reads().forEach(Reads::note);
            return m.status();
        }
        Reads.Recorded<TranslationStatus> r = Reads.record(() -> make(kb));
        last = new Made(new java.lang.ref.WeakReference<>(kb), r.value(), r.reads());
        return r.replay();
    }

    private static TranslationStatus make(KnowledgeBase kb) {
        List<String> languages = kb.site().languages();
        String def = kb.site().defaultLanguage();
        Map<EntityKey, List<Map.Entry<String, Text>>> prose = new LinkedHashMap<>();
        kb.all().forEach(e -> prose.put(new EntityKey(e.kind(), e.id()), ProseFields.of(e)));
        List<Gap> gaps = new ArrayList<>();
        List<Parity> parity = new ArrayList<>();
        for (String lang : languages) {
            int entries = 0;
            int entriesDone = 0;
            int bodies = 0;
            int bodiesPresent = 0;
            int stale = 0;
            int texts = 0;
            int textsPresent = 0;
            for (Map.Entry<EntityKey, List<Map.Entry<String, Text>>> e : prose.entrySet()) {
                EntityKey key = e.getKey();
                Map<String, Body> byLang = kb.bodiesOf(key.kind(), key.id());
                List<Gap> own = new ArrayList<>();
                if (!byLang.isEmpty()) {
                    bodies++;
                    Body body = byLang.get(lang);
                    if (body == null) {
                        own.add(missingBody(key, lang, byLang, languages));
                    } else {
                        bodiesPresent++;
                        Optional<Gap> s = stale(key, body, byLang);
                        if (s.isPresent()) {
                            stale++;
                            own.add(s.get());
                        }
                    }
                }
                List<String> missing = new ArrayList<>();
                for (Map.Entry<String, Text> f : e.getValue()) {
                    texts++;
                    if (present(f.getValue(), lang, def)) {
                        textsPresent++;
                    } else {
                        missing.add(f.getKey());
                    }
                }
                if (!missing.isEmpty()) {
                    Entity entity = kb.find(key.kind(), key.id()).orElseThrow();
                    own.add(
                            new Gap(
                                    lang,
                                    key,
                                    Problem.MISSING_TEXT,
                                    key.kind().dir() + "/" + key.id() + ".yaml",
                                    missing,
                                    Optional.empty(),
                                    entity.pos(),
                                    Optional.empty()));
                }
                if (!byLang.isEmpty() || !e.getValue().isEmpty()) {
                    entries++;
                    if (own.isEmpty()) {
                        entriesDone++;
                    }
                }
                gaps.addAll(own);
            }
            parity.add(
                    new Parity(
                            lang,
                            entries,
                            entriesDone,
                            bodies,
                            bodiesPresent,
                            stale,
                            texts,
                            textsPresent));
        }
        gaps.sort(
                Comparator.comparing((Gap g) -> languages.indexOf(g.lang()))
                        .thenComparing(Gap::entity)
                        .thenComparing(Gap::problem));
        return new TranslationStatus(languages, gaps, parity);
    }

    /**
     * A prose text counts as written in {@code lang} when it has that language; a single string for
     * every language counts for the default language only, since it needs a text per language.
     */
    private static boolean present(Text t, String lang, String def) {
        return t.byLanguage().containsKey(lang) || (t.neutral().isPresent() && lang.equals(def));
    }

    private static Gap missingBody(
            EntityKey key, String lang, Map<String, Body> byLang, List<String> languages) {
        String from = languages.stream().filter(byLang::containsKey).findFirst().orElseThrow();
        return new Gap(
                lang,
                key,
                Problem.MISSING_BODY,
                bodyFile(key, lang),
                List.of(),
                Optional.of(from),
                byLang.get(from).start().at(0, 0),
                Optional.of(byLang.get(from).digest()));
    }

    private static Optional<Gap> stale(EntityKey key, Body body, Map<String, Body> byLang) {
        if (body.translatedFrom().isEmpty()) {
            return Optional.empty();
        }
        TranslatedFrom tf = body.translatedFrom().get();
        Body original = byLang.get(tf.lang());
        Optional<String> now = Optional.ofNullable(original).map(Body::digest);
        if (now.isPresent() && now.get().equals(tf.digest())) {
            return Optional.empty();
        }
        return Optional.of(
                new Gap(
                        body.lang(),
                        key,
                        Problem.STALE_BODY,
                        bodyFile(key, body.lang()),
                        List.of(),
                        Optional.of(tf.lang()),
                        tf.pos(),
                        now));
    }

    /** A body's file relative to the content folder. */
    public static String bodyFile(EntityKey key, String lang) {
        return key.kind().dir() + "/" + key.id() + "." + lang + ".md";
    }
}
