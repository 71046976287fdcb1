package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.diag.Diagnostic;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.About;
import org.lineage.model.Capability;
import org.lineage.model.Change;
import org.lineage.model.Claim;
import org.lineage.model.Evidence;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.SiteConfig;
import org.lineage.model.Source;
import org.lineage.model.Stance;
import org.lineage.model.Term;
import org.lineage.testutil.Fixtures;

/** The valid base tree: clean under {@code --strict}, and a real test of every field. */
class ValidTreeTest {
    private static final Checker CHECKER = new Checker(new MarkdownEngine());

    private static CheckResult check(Path content) {
        return CHECKER.run(content, "content/");
    }

    @Test
    void validTreePassesStrictWithZeroDiagnostics() {
        CheckResult r = check(Fixtures.valid());
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(r.passes(true));
    }

    @Test
    void validTreeHasTwoOfEveryKindAndBodiesInBothLanguagesForEveryKind() {
        KnowledgeBase kb = check(Fixtures.valid()).kb();
        for (Kind k : Kind.values()) {
            assertTrue(kb.entities(k).size() >= 2, k + ": " + kb.entities(k).keySet());
            boolean bilingual =
                    kb.entities(k).keySet().stream()
                            .anyMatch(id -> kb.bodiesOf(k, id).keySet().equals(Set.of("en", "zh")));
            assertTrue(bilingual, k + " has no entity with an en and a zh body");
        }
    }

    @Test
    void validTreeUsesEveryFieldOfTheContract() {
        KnowledgeBase kb = check(Fixtures.valid()).kb();

        SiteConfig site = kb.site();
        assertEquals(Set.of("en", "zh"), site.title().byLanguage().keySet());
        assertEquals(Set.of("en", "zh"), site.description().byLanguage().keySet());
        assertEquals("https://example.org/lineage/", site.baseUrl());
        assertEquals(List.of("en", "zh"), site.languages());
        assertEquals("CC-BY-4.0", site.license());
        assertEquals("https://github.com/example/lineage", site.repository().orElseThrow());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), site.editors());
        assertEquals("2026.1", site.version().orElseThrow());
        assertEquals("2026-11-26", site.released().orElseThrow().toString());

        Collection<Model> models = kb.models().values();
        some(models, "aliases", m -> !m.aliases().isEmpty());
        some(models, "family", m -> m.family().isPresent());
        some(models, "released interval", m -> m.released().flatMap(d -> d.end()).isPresent());
        some(
                models,
                "released day",
                m -> m.released().filter(d -> d.start().day() > 0).isPresent());
        some(
                models,
                "parameters",
                m -> m.parameters().filter(p -> !p.equals("unknown")).isPresent());
        some(models, "context_window", m -> m.contextWindow().isPresent());
        some(models, "access", m -> m.access().isPresent());
        some(models, "api_name", m -> m.apiName().isPresent());
        some(models, "summary", m -> m.summary().byLanguage().size() == 2);
        some(models, "parents", m -> !m.parents().isEmpty());
        List<ParentEdge> edges = models.stream().flatMap(m -> m.parents().stream()).toList();
        some(edges, "parents[].claim", e -> e.claim().isPresent());
        some(edges, "parents[].note", e -> e.note().isPresent());
        some(
                models,
                "capabilities[].claim",
                m -> m.capabilities().stream().anyMatch(c -> c.claim().isPresent()));
        some(models, "analogues", m -> !m.analogues().isEmpty());
        some(models, "sources", m -> !m.sources().isEmpty());
        some(models, "moved_from", m -> !m.movedFrom().isEmpty());
        Set<Change> changes =
                models.stream()
                        .flatMap(m -> m.capabilities().stream())
                        .map(c -> c.change())
                        .collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Change.class), changes, "every change value");

        some(
                kb.capabilities().values(),
                "capability sources",
                (Capability c) -> !c.sources().isEmpty());
        some(
                kb.capabilities().values(),
                "capability moved_from",
                (Capability c) -> !c.movedFrom().isEmpty());
        some(kb.methods().values(), "method sources", (Method m) -> !m.sources().isEmpty());
        some(kb.methods().values(), "method moved_from", (Method m) -> !m.movedFrom().isEmpty());
        some(kb.families().values(), "family moved_from", f -> !f.movedFrom().isEmpty());

        Collection<Claim> claims = kb.claims().values();
        for (Kind k : About.KINDS) {
            some(claims, "about." + k.dir(), c -> !c.about().of(k).isEmpty());
        }
        List<Evidence> evidence = claims.stream().flatMap(c -> c.evidence().stream()).toList();
        some(evidence, "evidence with a source", e -> e.source().isPresent());
        some(evidence, "evidence without a source", e -> e.source().isEmpty());
        assertEquals(
                EnumSet.allOf(Stance.class),
                evidence.stream().map(Evidence::stance).collect(Collectors.toSet()));
        some(
                claims,
                "corrections with credit",
                c -> c.corrections().stream().anyMatch(x -> x.credit().isPresent()));
        some(claims, "claim moved_from", c -> !c.movedFrom().isEmpty());

        Collection<Source> sources = kb.sources().values();
        some(sources, "authors", s -> s.authors().size() > 1);
        some(sources, "month", s -> s.month().isPresent());
        some(sources, "venue", s -> s.venue().isPresent());
        some(sources, "arxiv", s -> s.arxiv().isPresent());
        some(sources, "doi", s -> s.doi().isPresent());
        some(sources, "url", s -> s.url().isPresent());
        some(sources, "source moved_from", s -> !s.movedFrom().isEmpty());

        Collection<Term> terms = kb.terms().values();
        some(terms, "see_also of several kinds", t -> t.seeAlso().byKind().size() > 1);
        some(terms, "term moved_from", t -> !t.movedFrom().isEmpty());

        assertEquals("About this knowledge base", kb.pages().get("about").title().in("en", "en"));
        assertEquals("关于本知识库", kb.pages().get("about").title().in("zh", "en"));
    }

    @Test
    void byteOrderMarksAndCrlfLineEndingsAreAccepted(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.copyValid(tmp);
        forEachFile(content, t -> "\uFEFF" + t.replace("\n", "\r\n"));
        assertEquals(
                List.of(),
                check(content).diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void positionsStayRightWithByteOrderMarksAndCrlfLineEndings(@TempDir Path tmp)
            throws IOException {
        Path content = Fixtures.copyValid(tmp);
        rewrite(
                content.resolve("models/davinci.yaml"),
                t -> t.replaceFirst("(?m)^name: davinci$", "name: !!str davinci"));
        rewrite(content.resolve("models/codegen.yaml"), t -> t + "stars: 5\n");
        rewrite(
                content.resolve("models/davinci.en.md"),
                t -> t.replace("(model:code-davinci-002)", "(model:code-davinci-02)"));
        rewrite(
                content.resolve("pages/about.en.md"),
                t -> t.replace("(page:overview)", "(page:overveiw)"));
        forEachFile(content, t -> "\uFEFF" + t.replace("\n", "\r\n"));

        List<String> found =
                check(content).diagnostics().stream().map(d -> d.code() + " " + d.pos()).toList();
        assertEquals(
                List.of(
                        "unknown-key content/models/codegen.yaml:11:1",
                        "unknown-ref content/models/davinci.en.md:4:16",
                        "yaml-tag content/models/davinci.yaml:1:7",
                        "unknown-ref content/pages/about.en.md:7:10"),
                found);
    }

    @Test
    void anIdOfSixtyFourCharactersIsAccepted(@TempDir Path tmp) throws IOException {
        Path content = Fixtures.copyValid(tmp);
        String id = "m" + "-x".repeat(31) + "9";
        assertEquals(64, id.length());
        Files.writeString(
                content.resolve("models/" + id + ".yaml"),
                "name: x\norganization: O\nsummary: {en: a, zh: b}\n");
        rewrite(
                content.resolve("models/code-davinci-002.yaml"),
                t -> t.replace("analogues: [codegen]", "analogues: [codegen, " + id + "]"));
        CheckResult r = check(content);
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(r.kb().models().containsKey(id));
    }

    private static <T> void some(Collection<T> items, String field, Predicate<T> used) {
        assertTrue(items.stream().anyMatch(used), "no entity in the valid tree uses " + field);
    }

    private static void rewrite(Path p, java.util.function.UnaryOperator<String> f)
            throws IOException {
        Files.writeString(
                p, f.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static void forEachFile(Path root, java.util.function.UnaryOperator<String> f)
            throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                rewrite(p, f);
            }
        }
    }
}
