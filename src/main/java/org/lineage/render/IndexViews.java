package org.lineage.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lineage.html.Html;
import org.lineage.html.HtmlWriter;
import org.lineage.model.Capability;
import org.lineage.model.Claim;
import org.lineage.model.Family;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.Source;
import org.lineage.render.PageViews.PageView;
import org.lineage.render.Parts.Badge;
import org.lineage.render.Parts.Cell;
import org.lineage.render.Parts.Link;
import org.lineage.render.Parts.Row;
import org.lineage.render.Parts.Str;

/** The index of each kind: a table of every entity with its key fields, sorted sensibly. */
final class IndexViews {
    private final ListViews lists;
    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final PageContext ctx;
    private final Ui t;
    private final Collator collator;

    IndexViews(ListViews lists, Catalog catalog, PageContext ctx) {
        this.lists = lists;
        this.catalog = catalog;
        this.kb = catalog.kb();
        this.ctx = ctx;
        this.t = ctx.t;
        this.collator = Collator.getInstance(Locale.forLanguageTag(ctx.lang));
    }

    private Cell text(Str s) {
        return new Cell(s.text(), null, s.lang(), null, null);
    }

    private Cell text(String s) {
        return new Cell(s, null, null, null, null);
    }

    private Cell link(Kind kind, String id) {
        Link l = ctx.link(kind, id);
        return new Cell(l.text(), l.href(), l.lang(), null, null);
    }

    private Cell badge(Badge b) {
        return new Cell(b.label(), null, null, b, null);
    }

    private static final Cell EMPTY = new Cell("", null, null, null, null);

    PageView index(Kind kind) {
        List<String> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        switch (kind) {
            case MODEL -> {
                headers.addAll(
                        cols(
                                "col.name",
                                "col.family",
                                "col.organization",
                                "col.released",
                                "col.access"));
                List<Model> models = new ArrayList<>(kb.models().values());
                models.sort(
                        Comparator.comparing(
                                        (Model m) -> m.released().orElse(null),
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(Model::id));
                for (Model m : models) {
                    rows.add(
                            new Row(
                                    List.of(
                                            link(Kind.MODEL, m.id()),
                                            m.family()
                                                    .map(f -> link(Kind.FAMILY, f.id()))
                                                    .orElse(EMPTY),
                                            text(ctx.str(m.organization())),
                                            m.released()
                                                    .map(
                                                            d ->
                                                                    new Cell(
                                                                            ctx.date(d),
                                                                            null,
                                                                            null,
                                                                            null,
                                                                            Dates.machine(d)))
                                                    .orElse(EMPTY),
                                            m.access()
                                                    .map(a -> text(t.get("access." + a.key())))
                                                    .orElse(EMPTY))));
                }
            }
            case CLAIM -> {
                headers.addAll(cols("col.statement", "col.status"));
                List<Claim> claims = new ArrayList<>(kb.claims().values());
                claims.sort(Comparator.comparing(Claim::status).thenComparing(Claim::id));
                for (Claim c : claims) {
                    rows.add(
                            new Row(
                                    List.of(
                                            link(Kind.CLAIM, c.id()),
                                            badge(ctx.badge(c.status())))));
                }
            }
            case SOURCE -> {
                headers.addAll(cols("col.authors", "col.year", "col.title"));
                List<Source> sources = new ArrayList<>(kb.sources().values());
                sources.sort(
                        Comparator.comparingInt(Source::year)
                                .thenComparing(s -> s.month().orElse(0))
                                .thenComparing(Source::title, collator)
                                .thenComparing(Source::id));
                for (Source s : sources) {
                    String a = ctx.authors(s.authors(), 3);
                    rows.add(
                            new Row(
                                    List.of(
                                            a == null ? EMPTY : text(a),
                                            text(Integer.toString(s.year())),
                                            link(Kind.SOURCE, s.id()))));
                }
            }
            case CAPABILITY -> {
                headers.addAll(cols("col.name", "col.summary", "col.holders"));
                for (Capability c : lists.byTitle(kb.capabilities().values())) {
                    rows.add(
                            new Row(
                                    List.of(
                                            link(Kind.CAPABILITY, c.id()),
                                            text(ctx.str(c.summary())),
                                            text(
                                                    Integer.toString(
                                                            catalog.holdersOf(c.id()).size())))));
                }
            }
            case METHOD -> {
                headers.addAll(cols("col.name", "col.summary", "col.edges"));
                for (Method m : lists.byTitle(kb.methods().values())) {
                    rows.add(
                            new Row(
                                    List.of(
                                            link(Kind.METHOD, m.id()),
                                            text(ctx.str(m.summary())),
                                            text(
                                                    Integer.toString(
                                                            catalog.edgesBy(m.id()).size())))));
                }
            }
            case FAMILY -> {
                headers.addAll(cols("col.name", "col.summary", "col.models"));
                for (Family f : lists.byTitle(kb.families().values())) {
                    rows.add(
                            new Row(
                                    List.of(
                                            link(Kind.FAMILY, f.id()),
                                            text(ctx.str(f.summary())),
                                            text(
                                                    Integer.toString(
                                                            catalog.modelsOf(f.id()).size())))));
                }
            }
            default -> throw new IllegalArgumentException(kind + " has no index");
        }
        String title = t.get("kind." + kind.dir());
        String intro = t.get("intro." + kind.dir());
        return new PageViews.Index(ctx.plain(title), ctx.plain(intro), intro, headers, rows(rows));
    }

    private Html rows(List<Row> rows) {
        HtmlWriter w = new HtmlWriter(rows.size() * 400 + 16);
        for (Row r : rows) {
            w.raw("\n        <tr>");
            for (Cell c : r.cells()) {
                w.raw("\n          <td>");
                boolean timed = c.datetime() != null && !c.datetime().isEmpty();
                if (c.href() != null) {
                    w.open("a").attr("href", c.href()).attr("lang", c.lang()).text(c.text());
                    w.close("a");
                }
                if (c.badge() != null) {
                    ctx.f.badge(w, c.badge());
                }
                if (timed) {
                    w.open("time").attr("datetime", c.datetime()).text(c.text()).close("time");
                }
                if (c.href() == null && c.badge() == null && !timed) {
                    w.open("span").attr("lang", c.lang()).text(c.text()).close("span");
                }
                w.raw("</td>");
            }
            w.raw("\n        </tr>");
        }
        return w.raw("\n      ").toHtml();
    }

    private List<String> cols(String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(t.get(k));
        }
        return out;
    }
}
