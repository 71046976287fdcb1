package org.lineage.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.lineage.export.EditionDiff;
import org.lineage.export.EditionDiff.Changes;
import org.lineage.export.EditionDiff.Field;
import org.lineage.export.EditionDiff.Move;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.Edition;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.SitePaths;

/**
 * The banner above each page of a past edition: which edition it is, a link to the page as it is
 * now (or to the home page when the page is gone), and what changed since this edition.
 *
 * <p>What the banner says depends on the present, the edition's pages on the past alone: a past
 * edition is rendered with a {@link #placeholder} where its banner goes, and each build of the
 * present puts the banner in ({@link Views#editionBanner}). So an edition is rendered once, however
 * often the present changes.
 */
public final class EditionBanner {
    private EditionBanner() {}

    /** How a placeholder starts: an HTML comment, which no content can write. */
    static final String PLACEHOLDER = "<!--lineage-edition-banner ";

    /** How it ends. */
    private static final String ENDS = " -->";

    /** The placeholder's start and end as bytes, to find it in a page without decoding it. */
    private static final byte[] OPENS = PLACEHOLDER.getBytes(StandardCharsets.US_ASCII);

    private static final byte[] CLOSES = ENDS.getBytes(StandardCharsets.US_ASCII);

    /**
     * The page a placeholder stands in for: its language, its path, and the entity it shows, if
     * any.
     */
    public record Slot(String lang, String path, Optional<EntityKey> entity) {}

    /** Where the banner of the page {@code key} in {@code lang} goes, in a past edition's page. */
    static Html placeholder(PageKey key, String lang) {
        StringBuilder b = new StringBuilder(PLACEHOLDER);
        b.append(token(lang)).append(' ').append(token(key.path(lang)));
        if (key instanceof PageKey.Entity en) {
            b.append(' ').append(token(en.kind().singular())).append(' ').append(token(en.id()));
        }
        return Html.trusted(b.append(ENDS).toString());
    }

    /**
     * The placeholder in {@code page} (a page's UTF-8 bytes) and the page it stands for, or empty
     * when the page has none; {@code at} receives the offsets of the bytes where it starts and
     * ends. A placeholder is ASCII (its values are percent-encoded), so it is found and cut out
     * without decoding the page.
     */
    public static Optional<Slot> find(byte[] page, int[] at) {
        int start = indexOf(page, OPENS, 0);
        if (start < 0) {
            return Optional.empty();
        }
        int end = indexOf(page, CLOSES, start);
        if (end < 0) {
            return Optional.empty();
        }
        String[] t =
                new String(
                                page,
                                start + OPENS.length,
                                end - start - OPENS.length,
                                StandardCharsets.US_ASCII)
                        .split(" ");
        at[0] = start;
        at[1] = end + CLOSES.length;
        Optional<EntityKey> entity = Optional.empty();
        if (t.length == 4) {
            entity = Kind.bySingular(untoken(t[2])).map(k -> new EntityKey(k, untoken(t[3])));
        }
        return Optional.of(new Slot(untoken(t[0]), untoken(t[1]), entity));
    }

    /** Where {@code what} first occurs in {@code in} from {@code from}, or -1. */
    private static int indexOf(byte[] in, byte[] what, int from) {
        byte first = what[0];
        int last = in.length - what.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (in[i] != first) {
                continue;
            }
            for (int j = 1; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A value as one word of a comment: percent-encoded, so it holds no space and no dash. */
    private static String token(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("-", "%2D");
    }

    private static String untoken(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * The banner of the page {@code slot} of edition {@code e}: {@code diff} compares that edition
     * with the present, whose site has the files {@code nowFiles}.
     */
    static Html html(
            Edition e,
            EditionDiff.Editions diff,
            java.util.Set<String> nowFiles,
            Slot slot,
            PageContext ctx) {
        Ui t = ctx.t;
        String base = ctx.baseUrl();
        String path = slot.path();
        // the language the banner speaks: the page's, unless the site no longer has it
        String lang = ctx.lang;
        Changes changes =
                slot.entity()
                        .map(en -> diff.of(en.kind(), en.id()))
                        .orElse(new Changes(false, java.util.List.of(), java.util.List.of()));
        boolean current = !changes.gone() && nowFiles.contains(SitePaths.file(path));
        HtmlWriter w = new HtmlWriter(1024);
        // a region of its own, named, so that a screen reader lists it with the page's landmarks
        w.raw("<section class=\"edition-banner\" aria-label=\"")
                .text(t.get("edition.region"))
                .raw("\"><div class=\"wrap\">\n<p>")
                .text(t.format("edition.banner", e.version(), ctx.date(e.released())))
                .raw(" ")
                .open("a")
                .attr("href", base + (current ? path : SitePaths.home(lang)))
                .text(t.get(current ? "edition.current" : "edition.gone"))
                .close("a")
                .raw("</p>\n");
        if (slot.entity().isPresent()) {
            w.raw("<details class=\"edition-changes\" open><summary>")
                    .text(t.get("edition.changes"))
                    .raw("</summary>\n<ul class=\"edition-diff\">");
            if (changes.isEmpty()) {
                w.raw("<li>").text(t.get("edition.unchanged")).raw("</li>");
            }
            if (changes.gone()) {
                w.raw("<li data-change=\"gone\">").text(t.get("edition.removed")).raw("</li>");
            }
            for (Field f : changes.fields()) {
                String how = f.how().name().toLowerCase(java.util.Locale.ROOT);
                w.raw("\n<li data-change=\"")
                        .text(how)
                        .raw("\" data-field=\"")
                        .text(f.name())
                        .raw("\">")
                        .text(t.format("edition.field_" + how, f.name()))
                        .raw("</li>");
            }
            for (Move m : changes.moves()) {
                w.raw("\n<li data-change=\"status\" data-claim=\"").text(m.claim()).raw("\">");
                w.text(t.get("edition.status_moved")).raw(" ");
                w.open("a")
                        .attr("href", base + SitePaths.entity(lang, Kind.CLAIM, m.claim()))
                        .text(m.claim())
                        .close("a")
                        .raw(": ");
                ctx.f.badge(w, ctx.badge(m.then()));
                w.raw(" → ");
                ctx.f.badge(w, ctx.badge(m.now()));
                w.raw("</li>");
            }
            w.raw("</ul></details>\n");
        }
        return w.raw("</div></section>\n").toHtml();
    }
}
