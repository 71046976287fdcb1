package org.lineage.render;

import java.util.ArrayList;
import java.util.List;
import org.lineage.check.TranslationStatus;
import org.lineage.check.TranslationStatus.Gap;
import org.lineage.check.TranslationStatus.Parity;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Reads;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Link;

/**
 * The view of {@code /<lang>/translations/}: the translation status of every language (computed by
 * {@link TranslationStatus}, which {@code check} warns from), in the page's language.
 */
final class TranslationViews {
    private TranslationViews() {}

    /**
     * How complete one language is.
     *
     * @param anchor the id of the language's section below
     */
    public record Progress(
            String language,
            String anchor,
            String entries,
            String bodies,
            int outdated,
            String texts,
            int todo) {}

    /**
     * One piece of work.
     *
     * @param task what to do, in words
     * @param file the file to write or edit, relative to the content folder
     * @param fileHref the file in the repository, or null when it is still to be written (or the
     *     site names no repository)
     * @param stamp for a body, the front-matter line that records the original's version, or null
     */
    public record Task(Link entry, String task, String file, String fileHref, String stamp) {}

    /** The work of one language. */
    public record Work(
            String lang, String htmlLang, String anchor, String heading, List<Task> tasks) {}

    static PageView translations(KnowledgeBase kb, PageContext ctx) {
        Ui t = ctx.t;
        Reads.note(Reads.ALL_BODIES);
        TranslationStatus status = TranslationStatus.of(kb);
        List<Progress> progress = new ArrayList<>();
        List<Work> work = new ArrayList<>();
        for (Parity p : status.parity()) {
            String name = languageName(p.lang(), ctx);
            String anchor = "lang-" + p.lang();
            List<Gap> gaps = status.gaps(p.lang());
            progress.add(
                    new Progress(
                            name,
                            anchor,
                            t.format("translations.of", p.entriesDone(), p.entries()),
                            t.format("translations.of", p.bodiesPresent(), p.bodies()),
                            p.bodiesStale(),
                            t.format("translations.of", p.textsPresent(), p.texts()),
                            gaps.size()));
            List<Task> tasks = new ArrayList<>();
            for (Gap g : gaps) {
                tasks.add(task(g, ctx));
            }
            work.add(
                    new Work(
                            p.lang(),
                            ctx.htmlLang(p.lang()),
                            anchor,
                            t.format("translations.into", name),
                            tasks));
        }
        return new PageViews.Translations(
                ctx.plain(t.get("translations.title")),
                ctx.plain(t.get("translations.intro")),
                progress,
                work);
    }

    /** A language's name in the page's language, or in its own when the UI strings lack it. */
    private static String languageName(String lang, PageContext ctx) {
        String key = "language." + lang;
        return ctx.t.containsKey(key) ? ctx.t.get(key) : ctx.ui(lang).get("lang.name");
    }

    private static Task task(Gap g, PageContext ctx) {
        Ui t = ctx.t;
        Link entry = ctx.link(g.entity());
        String from = g.from().map(l -> languageName(l, ctx)).orElse("");
        String stamp =
                g.digest().map(d -> "translated_from: " + g.from().get() + ":" + d).orElse(null);
        return switch (g.problem()) {
            case MISSING_BODY ->
                    new Task(
                            entry,
                            t.format("translations.missing_body", from),
                            g.file(),
                            null,
                            stamp);
            case STALE_BODY ->
                    new Task(
                            entry,
                            t.format("translations.stale_body", from),
                            g.file(),
                            ctx.editHref(g.file()),
                            stamp);
            case MISSING_TEXT ->
                    new Task(
                            entry,
                            t.format("translations.missing_text", String.join(", ", g.fields())),
                            g.file(),
                            ctx.editHref(g.file()),
                            null);
        };
    }
}
