package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lineage.diag.Diagnostic;
import org.lineage.model.Claim;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.testutil.InlineSite;

/** The knowledge base the repository ships passes {@code check --strict}, as CI requires. */
class ShippedContentTest {
    private static final CheckResult SHIPPED = InlineSite.check(InlineSite.shippedContent());

    @Test
    void passesCheckStrictWithNoDiagnosticAtAll() {
        List<Diagnostic> d = SHIPPED.diagnostics();
        assertEquals(
                List.of(),
                d,
                () -> d.stream().map(x -> x + " " + x.hint()).collect(Collectors.joining("\n")));
        assertTrue(SHIPPED.passes(true));
    }

    @Test
    void everyModelCapabilityAndClaimHasABodyInEachLanguage() {
        KnowledgeBase kb = SHIPPED.kb();
        for (Kind k : List.of(Kind.MODEL, Kind.CAPABILITY, Kind.CLAIM)) {
            for (String id : kb.entities(k).keySet()) {
                for (String lang : kb.site().languages()) {
                    var body = kb.bodiesOf(k, id).get(lang);
                    assertTrue(body != null, k + " " + id + " has no " + lang + " body");
                    long paragraphs = body.markdown().lines().filter(l -> l.isBlank()).count() + 1;
                    assertTrue(paragraphs >= 3, k + " " + id + " " + lang + " is too short");
                }
            }
        }
    }

    @Test
    void everyClaimHasEvidenceWithASource() {
        for (Claim c : SHIPPED.kb().claims().values()) {
            assertTrue(
                    c.evidence().stream().anyMatch(e -> e.source().isPresent()),
                    c.id() + " has no sourced evidence");
        }
    }
}
