package org.lineage.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lineage.diag.Diagnostic;
import org.lineage.markdown.BodyScan;
import org.lineage.model.Body;
import org.lineage.model.EntityKey;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;

/**
 * Checks every Markdown body: entity links and citations resolve, no raw HTML or unsafe link.
 * Missing and outdated translations are {@link TranslationCheck}'s.
 */
final class BodyCheck {
    private BodyCheck() {}

    /** Also returns, through {@code scans}, what each body links to (for the usage check). */
    static List<Diagnostic> run(KnowledgeBase kb, Map<EntityKey, List<BodyScan>> scans) {
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<EntityKey, Map<String, Body>> e : kb.bodies().entrySet()) {
            for (BodyScan scan : scans.getOrDefault(e.getKey(), List.of())) {
                for (BodyScan.Located<EntityKey> link : scan.entityLinks()) {
                    ReferenceCheck.unknown(kb, link.value().kind(), link.value().id(), link.pos())
                            .ifPresent(out::add);
                }
                for (BodyScan.Located<String> cite : scan.citations()) {
                    ReferenceCheck.unknown(kb, Kind.SOURCE, cite.value(), cite.pos())
                            .ifPresent(out::add);
                }
                for (BodyScan.Located<String> p : scan.problems()) {
                    out.add(Diagnostic.error(p.code(), p.pos(), p.value(), hintFor(p.code())));
                }
                for (BodyScan.Located<String> a : scan.advice()) {
                    out.add(Diagnostic.warning(a.code(), a.pos(), a.value(), hintFor(a.code())));
                }
            }
        }
        return out;
    }

    private static String hintFor(String code) {
        return switch (code) {
            case "raw-html" -> "write it in Markdown; HTML in content is never copied to the site";
            case "bad-url-scheme" ->
                    "links may use http, https, mailto or an entity link such as model:davinci";
            case "relative-link" ->
                    "link entities as kind:id (model:davinci, page:about) or use an absolute URL";
            case "image" -> "describe the figure in text or a table";
            case "markdown-too-deep" -> "flatten the nested quotes, lists or emphasis";
            case "bare-link-text" ->
                    "say what it links to, as in [the claim that alignment costs ability](claim:alignment-tax)";
            default -> "";
        };
    }
}
