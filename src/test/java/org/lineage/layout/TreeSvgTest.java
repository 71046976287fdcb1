package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lineage.testutil.Fixture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class TreeSvgTest {
    static final String NS = "http://www.w3.org/2000/svg";
    static Fixture fx;
    static EvolutionTree trees;

    @BeforeAll
    static void load(@TempDir Path dir) {
        fx = Fixture.load(dir);
        trees = new EvolutionTree(fx.kb());
    }

    static TreeLabels labels(String lang) {
        return TreeLabels.of(
                        fx.kb(),
                        lang,
                        id -> "m?id=" + id + "&next=<" + id + ">",
                        "Tree <of> \"all\"")
                .withDescription("How models & methods relate.")
                .withIdPrefix("t1");
    }

    /** The golden view: whole tree, analogues shown, reasoning traced, one model highlighted. */
    static TreeView goldenView() {
        return TreeViews.whole(fx.kb(), fx.graph())
                .highlighting("merged")
                .tracing(fx.graph(), "reason");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> all(Document d, String name) {
        NodeList nl = d.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void isWellFormedSvgWithEveryContentStringEscaped(String lang) throws Exception {
        String svg = trees.svg(goldenView(), labels(lang));
        Document d = parse(svg);

        assertEquals("svg", d.getDocumentElement().getLocalName());
        assertEquals(NS, d.getDocumentElement().getNamespaceURI());
        for (String raw : List.of("<b>", "<A>", "<alignment>", "<series>", "<of>", "<root>")) {
            assertFalse(svg.contains(raw), "unescaped " + raw);
        }
        String text = d.getDocumentElement().getTextContent();
        assertTrue(text.contains("Root 'one' <b>"), "names survive escaping");
        assertTrue(text.contains("Org <A> & \"B\""));
        if (lang.equals("en")) {
            assertTrue(text.contains("Tuning & <alignment>"));
            assertTrue(text.contains("Alpha <series> & co"));
        } else {
            assertTrue(text.contains("中文模型"));
        }
        Element root = all(d, "a").get(0);
        assertEquals("m?id=root&next=<root>", root.getAttribute("href"));
    }

    @Test
    void carriesNoScriptAndNoEventHandler() throws Exception {
        Document d = parse(trees.svg(goldenView(), labels("en")));
        assertEquals(List.of(), all(d, "script"));
        NodeList every = d.getElementsByTagName("*");
        for (int i = 0; i < every.getLength(); i++) {
            NamedNodeMap attrs = every.item(i).getAttributes();
            for (int k = 0; k < attrs.getLength(); k++) {
                assertFalse(attrs.item(k).getNodeName().startsWith("on"), attrs.item(k).toString());
            }
        }
    }

    @Test
    void isLabelledAndDescribedAndEveryModelIsAFocusableLink() throws Exception {
        TreeView view = goldenView();
        Document d = parse(trees.svg(view, labels("en")));
        Element svg = d.getDocumentElement();

        assertEquals("group", svg.getAttribute("role"));
        Element title = (Element) svg.getElementsByTagNameNS(NS, "title").item(0);
        assertEquals(svg, title.getParentNode());
        assertEquals(svg.getAttribute("aria-labelledby"), title.getAttribute("id"));
        assertEquals("Tree <of> \"all\"", title.getTextContent());
        Element desc = (Element) svg.getElementsByTagNameNS(NS, "desc").item(0);
        assertEquals(svg.getAttribute("aria-describedby"), desc.getAttribute("id"));
        assertTrue(desc.getTextContent().startsWith("How models & methods relate. 8 models"));

        List<Element> links = all(d, "a");
        assertEquals(view.nodes().size(), links.size());
        for (Element a : links) {
            assertFalse(a.getAttribute("href").isEmpty());
            assertFalse(a.getAttribute("aria-label").isEmpty());
            assertTrue(all(a, "text").size() >= 2, "name and organization are selectable text");
        }
        List<Element> current =
                links.stream().filter(a -> a.getAttribute("aria-current").equals("page")).toList();
        assertEquals(1, current.size());
        assertTrue(current.get(0).getAttribute("href").contains("id=merged"));
        Set<String> ids = new HashSet<>();
        NodeList every = d.getElementsByTagName("*");
        for (int i = 0; i < every.getLength(); i++) {
            String id = ((Element) every.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertTrue(id.startsWith("t1-"), id);
                assertTrue(ids.add(id), "unique id " + id);
            }
        }
    }

    static List<Element> all(Element e, String name) {
        NodeList nl = e.getElementsByTagNameNS(NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    @Test
    void drawsEveryEdgeWithItsMethodAndTheLineStyleOfItsConfidence() throws Exception {
        TreeView view = goldenView();
        Document d = parse(trees.svg(view, labels("en")));
        List<Element> edges =
                all(d, "g").stream()
                        .filter(g -> g.getAttribute("class").startsWith("edge "))
                        .toList();
        assertEquals(view.edges().size(), edges.size());
        Map<String, String> dash =
                Map.of(
                        "documented", "",
                        "conclusion", "",
                        "strong-hypothesis", "7 4",
                        "hypothesis", "7 4",
                        "educated-guess", "1 4",
                        "open-question", "1 4");
        for (int i = 0; i < edges.size(); i++) {
            Element g = edges.get(i);
            TreeView.Edge e = view.edges().get(i);
            assertEquals("edge conf-" + e.confidence().key(), g.getAttribute("class"));
            Element path = all(g, "path").get(0);
            assertEquals(dash.get(e.confidence().key()), path.getAttribute("stroke-dasharray"));
            assertEquals("url(#t1-arrow)", path.getAttribute("marker-end"));
            String method = fx.kb().methods().get(e.method()).name().in("en", "en");
            assertEquals(
                    method.replace(" ", ""),
                    all(g, "text").get(0).getTextContent().replaceAll("\\s", ""),
                    "the label is the method (wrapped)");
        }
    }

    @Test
    void namesOnAnAnaloguesCardTheModelsItIsComparedWithAndDrawsNoLineAcrossTheTree()
            throws Exception {
        TreeView view = goldenView();
        assertEquals(List.of(new TreeView.Analogue("merged", "open")), view.analogues());
        Document d = parse(trees.svg(view, labels("en")));
        Element open =
                all(d, "a").stream()
                        .filter(a -> a.getAttribute("data-model").equals("open"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("node analogue", open.getAttribute("class"));
        assertEquals("merged", open.getAttribute("data-analogue-of"));
        List<String> notes =
                all(open, "text").stream()
                        .filter(t -> t.getAttribute("class").equals("card-note"))
                        .map(Element::getTextContent)
                        .toList();
        assertEquals(List.of("analogue of merged"), notes);
        assertTrue(open.getAttribute("aria-label").contains("analogue of merged"));
        assertTrue(
                all(d, "g").stream().noneMatch(g -> g.getAttribute("class").equals("analogue")),
                "analogue links are not drawn as lines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void drawsEveryTextAtTwelvePixelsOrMoreAtItsNaturalSize(String lang) throws Exception {
        for (TreeView v :
                List.of(
                        goldenView(),
                        TreeViews.withAnalogueModels(
                                fx.kb(),
                                fx.graph(),
                                TreeViews.neighbourhood(fx.kb(), fx.graph(), "merged"),
                                List.of("merged")))) {
            Document d = parse(trees.svg(v, labels(lang)));
            Element svg = d.getDocumentElement();
            String[] box = svg.getAttribute("viewBox").split(" ");
            assertEquals(box[2], svg.getAttribute("width"), "drawn at one pixel a unit");
            assertEquals(box[3], svg.getAttribute("height"));
            assertEquals(
                    List.of(),
                    all(d, "*").stream()
                            .filter(e -> e.hasAttribute("transform"))
                            .filter(e -> e.getAttribute("transform").contains("scale"))
                            .toList());
            int texts = 0;
            for (Element t : all(d, "text")) {
                Element e = t;
                while (!e.hasAttribute("font-size") && e.getParentNode() instanceof Element p) {
                    e = p;
                }
                assertTrue(e.hasAttribute("font-size"), "a size for " + t.getTextContent());
                assertTrue(
                        Double.parseDouble(e.getAttribute("font-size")) >= NodeCard.MIN_TEXT,
                        t.getTextContent() + " at " + e.getAttribute("font-size"));
                texts++;
            }
            assertTrue(texts > 10);
        }
    }

    @Test
    void givesScriptsTheLineageAndTheChangesOfEveryModel() throws Exception {
        TreeView view = goldenView();
        Document d = parse(trees.svg(view, labels("en")));
        List<Element> edges =
                all(d, "g").stream()
                        .filter(g -> g.getAttribute("class").startsWith("edge "))
                        .toList();
        for (int i = 0; i < edges.size(); i++) {
            assertEquals(view.edges().get(i).parent(), edges.get(i).getAttribute("data-parent"));
            assertEquals(view.edges().get(i).child(), edges.get(i).getAttribute("data-child"));
        }
        Element root =
                all(d, "a").stream()
                        .filter(a -> a.getAttribute("data-model").equals("root"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(root.getAttribute("data-changes").contains("reason:+"), root.toString());
    }

    @Test
    void marksTheStepsThatChangedTheTracedAbilityAndShadesItsHolders() throws Exception {
        Document d = parse(trees.svg(goldenView(), labels("en")));
        Map<String, String> badges = new java.util.TreeMap<>();
        Set<String> holders = new java.util.TreeSet<>();
        for (Element a : all(d, "a")) {
            String id = a.getAttribute("href").replaceAll("m\\?id=([^&]*)&.*", "$1");
            List<Element> texts =
                    all(a, "text").stream().filter(t -> t.getAttribute("class").isEmpty()).toList();
            if (texts.size() == 2) {
                badges.put(id, texts.get(1).getTextContent());
            }
            if (a.getAttribute("class").contains("holds")) {
                holders.add(id);
            }
        }
        assertEquals(
                Map.of(
                        "root", "+",
                        "coder", "-",
                        "tuner", "--",
                        "merged", "(-)",
                        "late", "absent",
                        "zh-model", "(--)"),
                badges);
        assertEquals(Set.of("root", "coder", "tuner", "merged", "zh-model"), holders);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void matchesTheGoldenDrawing(String lang) throws Exception {
        String svg = trees.svg(goldenView(), labels(lang));
        Path golden = Path.of("src/test/resources/golden/tree-fixture." + lang + ".svg");
        if (Boolean.getBoolean("lineage.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, svg, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file; run with -Dlineage.updateGolden=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), svg);
    }

    @Test
    void legendSamplesAreSmallDecorativeSvgsWithoutIds() throws Exception {
        TreeLegend legend =
                trees.legend(
                        TreeViews.withAnalogueModels(
                                        fx.kb(),
                                        fx.graph(),
                                        TreeViews.neighbourhood(fx.kb(), fx.graph(), "merged"),
                                        List.of("merged"))
                                .tracing(fx.graph(), "reason"),
                        labels("zh"));
        int samples = 0;
        for (TreeLegend.Entry e : legend.entries()) {
            String svg = TreeLegend.sampleSvg(e);
            if (e.symbol() == TreeLegend.Symbol.HEADING) {
                assertEquals("", svg);
                continue;
            }
            samples++;
            Document d = parse(svg);
            Element root = d.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(NS, root.getNamespaceURI());
            assertEquals("true", root.getAttribute("aria-hidden"));
            assertFalse(svg.contains(" id="), svg);
            assertTrue(
                    root.getElementsByTagNameNS(NS, "*").getLength() > 0,
                    e.symbol() + " draws something");
            if (e.symbol() == TreeLegend.Symbol.BADGE) {
                assertTrue(svg.contains(">" + e.sample() + "</text>"), svg);
            }
        }
        assertTrue(samples >= 8, "lines, analogue, highlight, badges, holds, family");
    }
}
