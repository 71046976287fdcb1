package org.lineage.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lineage.check.BodyDoc;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.markdown.ExternalUrl;
import org.lineage.model.Change;
import org.lineage.model.Confidence;
import org.lineage.model.DateSpec;
import org.lineage.model.Entity;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.SitePaths;
import org.lineage.model.Source;
import org.lineage.model.Text;
import org.lineage.render.Parts.Badge;
import org.lineage.render.Parts.BodyView;
import org.lineage.render.Parts.ClaimItem;
import org.lineage.render.Parts.Item;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.LinkGroup;
import org.lineage.render.Parts.Mark;
import org.lineage.render.Parts.Reference;
import org.lineage.render.Parts.Str;

/**
 * Everything a view needs to say things on one page: links relative to the page (or absolute, for
 * the 404 page), texts in the page's language with their fallback marked, badges, dates, bodies
 * with their numbered references.
 */
final class PageContext {
    /** The anchor prefix of the reference list's items. */
    static final String REF = "ref-";

    private final Views views;
    private final KnowledgeBase kb;
    final String lang;
    final String path;
    final Ui t;
    final Fragments f;
    private final boolean absolute;

    PageContext(Views views, String lang, String path, boolean absolute) {
        this.views = views;
        this.kb = views.catalog().kb();
        this.lang = lang;
        this.path = path;
        this.t = views.ui(lang);
        this.f = views.fragments(lang);
        this.absolute = absolute;
    }

    /** The comparisons that have pages. */
    org.lineage.graph.ComparePairs pairs() {
        return views.pairs();
    }

    /** Whether the site has the comparison, timeline and as-of pages. */
    boolean readerViews() {
        return views.readerViews();
    }

    /** The site's absolute base URL. */
    String baseUrl() {
        return kb.site().baseUrl();
    }

    String htmlLang(String l) {
        return views.htmlLang(l);
    }

    Ui ui(String l) {
        return views.ui(l);
    }

    String fallback() {
        return kb.site().defaultLanguage();
    }

    /** A link from this page to a site path. */
    String href(String target) {
        return absolute ? kb.site().baseUrl() + target : SitePaths.relative(path, target);
    }

    Str str(Text text) {
        if (text.byLanguage().containsKey(lang) || text.neutral().isPresent()) {
            return new Str(text.in(lang, fallback()), null);
        }
        String shown =
                text.byLanguage().containsKey(fallback())
                        ? fallback()
                        : text.byLanguage().keySet().iterator().next();
        return new Str(text.in(lang, fallback()), views.htmlLang(shown));
    }

    Str str(Optional<Text> text) {
        return text.map(this::str).orElse(null);
    }

    Str plain(String s) {
        return new Str(s, null);
    }

    static Text titleText(Entity e) {
        return switch (e.kind()) {
            case MODEL -> ((org.lineage.model.Model) e).name();
            case CAPABILITY -> ((org.lineage.model.Capability) e).name();
            case METHOD -> ((org.lineage.model.Method) e).name();
            case CLAIM -> ((org.lineage.model.Claim) e).statement();
            case SOURCE -> Text.neutral(((Source) e).title());
            case FAMILY -> ((org.lineage.model.Family) e).name();
            case TERM -> ((org.lineage.model.Term) e).term();
            case PAGE -> ((org.lineage.model.Page) e).title();
        };
    }

    Str title(Entity e) {
        return str(titleText(e));
    }

    /** A link to an entity's page, titled in this language. */
    Link link(Kind kind, String id) {
        Str title = titleOf(kind, id);
        return new Link(href(SitePaths.entity(lang, kind, id)), title.text(), title.lang());
    }

    /** The title of entity {@code id} of {@code kind} in this language (made once per build). */
    Str titleOf(Kind kind, String id) {
        return views.title(this, kind, id);
    }

    Link link(EntityKey key) {
        return link(key.kind(), key.id());
    }

    Optional<Link> link(Kind kind, Optional<org.lineage.model.Ref> ref) {
        return ref.map(r -> link(kind, r.id()));
    }

    Item item(Kind kind, String id, Text summary) {
        return new Item(link(kind, id), str(summary));
    }

    ClaimItem claimItem(String id) {
        return new ClaimItem(link(Kind.CLAIM, id), badge(kb.claims().get(id).status()));
    }

    Badge badge(Confidence c) {
        String href =
                kb.pages().containsKey("confidence")
                        ? href(SitePaths.entity(lang, Kind.PAGE, "confidence"))
                        : null;
        return new Badge(c.key(), t.get("confidence." + c.key()), href);
    }

    Mark mark(Change c) {
        // "absent" is a word, not a symbol: pages show a sign that reads the same in every language
        String symbol = c == Change.ABSENT ? "\u2205" : c.symbol();
        return new Mark(c.key(), symbol, t.get("change." + c.key()));
    }

    String date(DateSpec d) {
        return Dates.format(d, t);
    }

    /** Entities grouped by kind under the kind's plural name, in kind order then by title. */
    List<LinkGroup> groups(List<EntityKey> keys) {
        Map<Kind, List<Link>> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            for (EntityKey key : keys) {
                if (key.kind() == k && key.kind() != Kind.TERM) {
                    byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(link(key));
                }
            }
        }
        List<LinkGroup> out = new ArrayList<>();
        byKind.forEach(
                (k, links) ->
                        out.add(new LinkGroup(t.get("kind." + k.dir()), links, k == Kind.CLAIM)));
        return out;
    }

    /** A body and its references, rendered for this page. */
    record RenderedBody(BodyView body, List<Reference> references, Map<String, Integer> numbers) {}

    /**
     * Renders the body of {@code key} in this language, or in the default language with the
     * fallback marked; numbers its citations first, then {@code extraSources} in order.
     */
    RenderedBody body(EntityKey key, List<String> extraSources) {
        Catalog c = views.catalog();
        Optional<BodyDoc> doc = c.document(key, lang);
        String shownIn = lang;
        if (doc.isEmpty()) {
            for (String l : kb.site().languages()) {
                doc = c.document(key, l);
                if (doc.isPresent()) {
                    shownIn = l;
                    break;
                }
            }
        }
        Set<String> order = new LinkedHashSet<>();
        doc.ifPresent(d -> order.addAll(d.cited()));
        order.addAll(extraSources);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String id : order) {
            if (kb.sources().containsKey(id)) {
                numbers.put(id, numbers.size() + 1);
            }
        }
        BodyView view = null;
        if (doc.isPresent()) {
            boolean fallback = !shownIn.equals(lang);
            view =
                    new BodyView(
                            doc.get().html(), fallback, fallback ? views.htmlLang(shownIn) : null);
        }
        List<Reference> refs = new ArrayList<>();
        numbers.forEach((id, n) -> refs.add(reference(n, kb.sources().get(id))));
        return new RenderedBody(view, refs, numbers);
    }

    /** The reference list's entries, one per line, as they sit in the list. */
    static Html references(List<Reference> refs) {
        if (refs.isEmpty()) {
            return Html.EMPTY;
        }
        HtmlWriter w = new HtmlWriter(refs.size() * 300);
        for (Reference r : refs) {
            w.raw("\n    ").open("li").attr("id", r.anchor()).attr("value", r.n()).end();
            Fragments.link(w, r.source());
            if (r.authors() != null) {
                w.raw(". <span>").text(r.authors()).raw("</span>");
            }
            w.raw(", <span>").text(r.year()).raw("</span>");
            if (r.venue() != null) {
                w.raw(". <i>").text(r.venue()).raw("</i>");
            }
            w.raw(".");
            if (r.external() != null) {
                w.raw(" ")
                        .open("a")
                        .attr("class", "external")
                        .attr("href", r.external())
                        .text(shownUrl(r.external()))
                        .close("a");
            }
            w.raw("</li>");
        }
        return w.raw("\n  ").toHtml();
    }

    /** The longest address a reference list spells out in full; longer ones end in an ellipsis. */
    static final int URL_SHOWN = 56;

    /**
     * An address as a reference list shows it: without its scheme and trailing slash, and cut with
     * an ellipsis when long (the link itself keeps the whole address).
     */
    static String shownUrl(String url) {
        String s = url.replaceFirst("^https?://", "");
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.codePointCount(0, s.length()) <= URL_SHOWN) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, URL_SHOWN - 1)) + "\u2026";
    }

    /**
     * How many entities may mention a page before its "mentioned in" list is folded away under a
     * summary that counts them: a short list reads at a glance, a long one is a list of backlinks.
     */
    static final int MENTIONS_OPEN = 6;

    /** The list of entities that mention a page, and its summary when it is folded. */
    Html mentionedIn(List<EntityKey> mentions) {
        return groupList(groups(mentions), 2);
    }

    String mentionedFolded(List<EntityKey> mentions) {
        return mentions.size() <= MENTIONS_OPEN
                ? null
                : t.format("mentioned.folded", mentions.size());
    }

    /**
     * Entities grouped by kind, as the entries of a definition list indented by {@code indent}
     * spaces (its own tag's indentation).
     */
    static Html groupList(List<LinkGroup> groups, int indent) {
        if (groups.isEmpty()) {
            return Html.EMPTY;
        }
        String closing = "\n" + " ".repeat(indent);
        return new HtmlWriter()
                .raw(closing + "  ")
                .html(Fragments.groups(groups))
                .raw(closing)
                .toHtml();
    }

    Reference reference(int n, Source s) {
        return new Reference(
                n,
                REF + n,
                link(Kind.SOURCE, s.id()),
                authors(s, 3),
                Integer.toString(s.year()),
                s.venue().orElse(null),
                s.link().map(ExternalUrl::encode).orElse(null));
    }

    /**
     * A source's authors as a reader expects them: past {@code max}, or when the source's list is
     * cut short, the names end in "et al." rather than passing for the whole list.
     */
    String authors(Source s, int max) {
        if (!s.authorsTruncated() || s.authors().isEmpty() || s.authors().size() > max) {
            return authors(s.authors(), max);
        }
        return t.format("authors.etal", String.join(t.get("names.separator"), s.authors()));
    }

    /** Authors as a reader expects them; past {@code max}, the first one and "et al.". */
    String authors(List<String> names, int max) {
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() > max) {
            return t.format("authors.etal", names.get(0));
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        String head = String.join(t.get("names.separator"), names.subList(0, names.size() - 1));
        return t.format("names.last", head, names.get(names.size() - 1));
    }

    /** The "edit this page" link to a content file, when the site names its repository. */
    String editHref(String contentFile) {
        return kb.site()
                .repository()
                .map(
                        r ->
                                ExternalUrl.encode(
                                        (r.endsWith("/") ? r : r + "/")
                                                + "blob/main/content/"
                                                + contentFile))
                .orElse(null);
    }
}
