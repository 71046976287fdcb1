package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostics;
import org.lineage.graph.LineageGraph;
import org.lineage.model.KnowledgeBase;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.Browser;
import org.lineage.testutil.StaticSite;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The evolution trees of the shipped knowledge base in headless Chromium: text at 12px or more as
 * drawn, selection lighting a model's lineage, the capability filter, zoom, the keyboard, phones
 * opening on the page's model with a cue that the figure scrolls, and everything still there
 * without JavaScript. Skipped where Chromium or the shipped content is missing.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium")
class TreeBrowserTest {
    @TempDir static Path tmp;
    static StaticSite server;
    static ChromeDriver desktop;
    static KnowledgeBase kb;
    static LineageGraph graph;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "/usr/bin/chromium or /usr/bin/chromedriver is missing");
        Path content = Path.of(System.getProperty("lineage.content", "content"));
        assumeTrue(Files.isRegularFile(content.resolve("site.yaml")), "no content/ here");
        kb = ContentLoader.load(content, "content/", new Diagnostics());
        graph = LineageGraph.of(kb);
        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        server = StaticSite.serve(site);
        desktop = Browser.open(tmp.resolve("desktop"), 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (desktop != null) {
            desktop.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting(WebDriver b) {
        return new WebDriverWait(b, Duration.ofSeconds(10));
    }

    private static Object js(WebDriver b, String script, Object... args) {
        return ((JavascriptExecutor) b).executeScript(script, args);
    }

    /** Opens {@code path} and waits for the tree script to have set up the first figure. */
    private static void open(WebDriver b, String path) {
        b.get(server.url(path));
        waiting(b)
                .until(
                        d ->
                                js(
                                                d,
                                                "var f=document.querySelector('figure.tree-block');"
                                                        + "return f && f.getAttribute('data-ready');")
                                        != null);
    }

    private static WebElement node(WebDriver b, String model) {
        return b.findElement(
                By.cssSelector(
                        ".tree-scroll:not(.tree-analogues) a.node[data-model='" + model + "']"));
    }

    /** The models of the shown drawing that carry {@code css}, sorted. */
    @SuppressWarnings("unchecked")
    private static Set<String> marked(WebDriver b, String css) {
        List<Object> ids =
                (List<Object>)
                        js(
                                b,
                                "return Array.from(document.querySelectorAll('.tree-scroll'))"
                                        + ".filter(s => s.offsetParent !== null)"
                                        + ".flatMap(s => Array.from(s.querySelectorAll('a.node"
                                        + css
                                        + "')))"
                                        + ".map(a => a.getAttribute('data-model'));");
        Set<String> out = new TreeSet<>();
        ids.forEach(x -> out.add((String) x));
        return out;
    }

    @Test
    void everyTextIsDrawnAtTwelvePixelsOrMoreOnADesktop() {
        for (String lang : List.of("en", "zh")) {
            for (String page :
                    List.of("tree/", "tree/gpt-3.5/", "families/gpt-3.5/", "models/chatgpt/")) {
                open(desktop, lang + "/" + page);
                Number smallest =
                        (Number)
                                js(
                                        desktop,
                                        "var min=1e9;"
                                                + "document.querySelectorAll('.tree-scroll').forEach(s=>{"
                                                + "if(s.offsetParent===null)return;"
                                                + "var svg=s.querySelector('svg');"
                                                + "var k=svg.getBoundingClientRect().width"
                                                + "/svg.viewBox.baseVal.width;"
                                                + "svg.querySelectorAll('text').forEach(t=>{"
                                                + "var px=parseFloat(getComputedStyle(t).fontSize)*k;"
                                                + "if(px<min)min=px;});});return min;");
                assertTrue(
                        // sub-pixel rounding of the drawing's scale
                        smallest.doubleValue() >= 12 - 1e-3,
                        lang + "/" + page + ": text drawn at " + smallest + "px");
                Number width =
                        (Number)
                                js(
                                        desktop,
                                        "var s=document.querySelector('.tree-plain svg')"
                                                + "||document.querySelector('.tree-scroll svg');"
                                                + "return s.getBoundingClientRect().width;");
                assertTrue(width.doubleValue() > 400, page + " is drawn at a readable size");
            }
        }
    }

    @Test
    void selectingAModelLightsItsAncestorsAndDescendantsAndASecondSelectionOpensIt() {
        open(desktop, "en/tree/");
        String model = "davinci-instruct-beta";
        node(desktop, model).click();
        Set<String> expected = new TreeSet<>();
        expected.add(model);
        expected.addAll(graph.ancestors(model));
        expected.addAll(graph.descendants(model));
        Set<String> shown = marked(desktop, "");
        expected.retainAll(shown);
        assertEquals(expected, marked(desktop, ".lit"));
        assertEquals(Set.of(model), marked(desktop, ".selected"));
        assertEquals(server.url("en/tree/"), desktop.getCurrentUrl(), "the first click selects");
        Set<String> dim = new TreeSet<>(shown);
        dim.removeAll(expected);
        assertFalse(dim.isEmpty(), "some models are outside its lineage");
        for (String d : dim) {
            WebElement n = node(desktop, d);
            // the dimming is a transition of 0.15 s: read at once, a busy machine sees it midway
            waiting(desktop)
                    .withMessage(d + " is dimmed")
                    .until(
                            b ->
                                    Double.parseDouble(
                                                    (String)
                                                            js(
                                                                    b,
                                                                    "return getComputedStyle(arguments[0]).opacity;",
                                                                    n))
                                            < 0.5);
        }
        String status = desktop.findElement(By.cssSelector("#tree-figure .tree-status")).getText();
        assertTrue(status.startsWith(model + ": "), status);
        assertTrue(
                status.contains("ancestors: " + graph.ancestors(model).size()),
                "counts: " + status);
        desktop.findElement(By.cssSelector(".tree-status .tree-clear")).click();
        assertEquals(Set.of(), marked(desktop, ".lit"), "cleared");
        node(desktop, model).click();
        node(desktop, model).click();
        waiting(desktop).until(ExpectedConditions.urlToBe(server.url("en/models/" + model + "/")));
    }

    @Test
    void theFilterLightsTheStepsThatChangedACapability() {
        open(desktop, "zh/tree/");
        String cap = "chain-of-thought";
        new Select(desktop.findElement(By.id("tree-filter"))).selectByValue(cap);
        Set<String> expected = new TreeSet<>();
        kb.models()
                .values()
                .forEach(
                        m ->
                                m.capabilities().stream()
                                        .filter(c -> c.capability().id().equals(cap))
                                        .forEach(c -> expected.add(m.id())));
        expected.retainAll(marked(desktop, ""));
        assertFalse(expected.isEmpty());
        assertEquals(expected, marked(desktop, ".changed"));
        Number badges =
                (Number)
                        js(
                                desktop,
                                "return document.querySelectorAll('.tree-plain .js-badge').length;");
        assertEquals(expected.size(), badges.intValue(), "each step shows its change");
        String status = desktop.findElement(By.cssSelector("#tree-figure .tree-status")).getText();
        assertTrue(status.startsWith("基于思维链的复杂推理："), status);
        // with the analogues shown, the filter applies to that drawing
        desktop.findElement(By.cssSelector("label[for='tree-analogues']")).click();
        assertTrue(marked(desktop, ".changed").containsAll(expected));
        desktop.findElement(By.cssSelector("label[for='tree-analogues']")).click();
        new Select(desktop.findElement(By.id("tree-filter"))).selectByValue("");
        assertEquals(Set.of(), marked(desktop, ".lit"));
    }

    @Test
    void zoomButtonsScaleTheDrawingAndResetIt() {
        open(desktop, "en/tree/");
        WebElement svg = desktop.findElement(By.cssSelector(".tree-plain svg"));
        double natural = svg.getRect().getWidth();
        desktop.findElement(By.cssSelector("#tree-figure [data-zoom='in']")).click();
        assertEquals(natural * 1.25, svg.getRect().getWidth(), 2);
        desktop.findElement(By.cssSelector("#tree-figure [data-zoom='out']")).click();
        desktop.findElement(By.cssSelector("#tree-figure [data-zoom='out']")).click();
        assertEquals(natural * 0.8, svg.getRect().getWidth(), 2);
        desktop.findElement(By.cssSelector("#tree-figure [data-zoom='reset']")).click();
        assertEquals(natural, svg.getRect().getWidth(), 1);
    }

    private static String focused(WebDriver b) {
        return (String)
                js(
                        b,
                        "var e=document.activeElement;"
                                + "return e.getAttribute('data-model')||e.id"
                                + "||e.getAttribute('data-zoom')||e.tagName;");
    }

    @Test
    void theKeyboardReachesEveryControlInOrderThenTheModelsAndSelectsAndMoves() {
        open(desktop, "en/models/text-davinci-002/");
        WebElement filter = desktop.findElement(By.id("nb-filter"));
        js(desktop, "arguments[0].focus();", filter);
        List<String> order = new ArrayList<>();
        order.add(focused(desktop));
        for (int i = 0; i < 5; i++) {
            desktop.switchTo().activeElement().sendKeys(Keys.TAB);
            order.add(focused(desktop));
        }
        List<String> plainOrder = new ArrayList<>();
        plainOrder.add("nb-filter");
        plainOrder.add("out");
        plainOrder.add("reset");
        plainOrder.add("in");
        plainOrder.add("nb-analogues");
        String first =
                desktop.findElement(By.cssSelector(".tree-plain a.node"))
                        .getDomAttribute("data-model");
        plainOrder.add(first);
        assertEquals(plainOrder, order, "filter, zoom, analogues, then the models");
        // the models follow in lineage order
        String second = null;
        desktop.switchTo().activeElement().sendKeys(Keys.TAB);
        second = focused(desktop);
        List<String> lineage = new ArrayList<>(graph.topologicalOrder());
        assertTrue(lineage.indexOf(first) < lineage.indexOf(second), first + " then " + second);
        // Enter selects, an arrow key moves, Escape clears, Enter twice opens
        desktop.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals(Set.of(second), marked(desktop, ".selected"));
        assertEquals(server.url("en/models/text-davinci-002/"), desktop.getCurrentUrl());
        desktop.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        String below = focused(desktop);
        assertFalse(below.equals(second), "the arrow moved the focus");
        double y0 = node(desktop, second).getRect().getY();
        double y1 = node(desktop, below).getRect().getY();
        assertTrue(y1 > y0, "down means later");
        desktop.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(Set.of(), marked(desktop, ".lit"));
        desktop.switchTo().activeElement().sendKeys(Keys.ENTER);
        desktop.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting(desktop).until(ExpectedConditions.urlToBe(server.url("en/models/" + below + "/")));
    }

    @Test
    void onAPhoneEachModelPageOpensItsTreeCentredOnTheModelWithAScrollCue() throws Exception {
        ChromeDriver phone = Browser.open(tmp.resolve("phone"), 375, 800);
        try {
            for (String lang : List.of("en", "zh")) {
                for (String model : List.of("text-davinci-002", "chatgpt", "code-cushman-001")) {
                    open(phone, lang + "/models/" + model + "/");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m =
                            (Map<String, Object>)
                                    js(
                                            phone,
                                            "var s=document.querySelector('#nb-figure .tree-plain')"
                                                    + "||document.querySelector('#nb-figure .tree-scroll');"
                                                    + "var a=s.querySelector('a[aria-current=page]');"
                                                    + "var f=s.getBoundingClientRect(),"
                                                    + "r=a.getBoundingClientRect();"
                                                    + "var cue=document.querySelector('#nb-figure .tree-cue');"
                                                    + "return {over:s.scrollWidth>s.clientWidth,"
                                                    + "off:Math.abs((r.left+r.width/2)-(f.left+f.width/2)),"
                                                    + "left:s.scrollLeft,max:s.scrollWidth-s.clientWidth,"
                                                    + "cue:cue&&!cue.hidden&&cue.offsetParent!==null};");
                    if (Boolean.TRUE.equals(m.get("over"))) {
                        double off = ((Number) m.get("off")).doubleValue();
                        double left = ((Number) m.get("left")).doubleValue();
                        double max = ((Number) m.get("max")).doubleValue();
                        boolean atEdge = left <= 0.5 || left >= max - 0.5;
                        assertTrue(off < 2 || atEdge, lang + " " + model + ": centred " + m);
                        assertEquals(Boolean.TRUE, m.get("cue"), lang + " " + model + ": cue " + m);
                    }
                }
            }
            // the text-davinci-002 tree is wider than a phone, and opens scrolled to it
            open(phone, "en/models/text-davinci-002/");
            Number left =
                    (Number)
                            js(
                                    phone,
                                    "return document.querySelector('#nb-figure .tree-plain').scrollLeft;");
            assertTrue(left.doubleValue() > 0, "scrolled away from the left edge");
        } finally {
            phone.quit();
        }
    }

    @Test
    void withoutJavaScriptEveryFigureIsCompleteAndEveryModelALink() throws Exception {
        ChromeDriver plain = Browser.open(tmp.resolve("nojs"), 1280, 900, false);
        try {
            plain.get(server.url("en/tree/"));
            assertFalse(
                    plain.findElement(By.cssSelector("#tree-figure .tree-tools")).isDisplayed(),
                    "the tools need the script");
            List<WebElement> nodes = plain.findElements(By.cssSelector(".tree-plain a.node"));
            assertFalse(nodes.isEmpty());
            for (WebElement a : nodes) {
                assertTrue(a.getDomAttribute("href").startsWith("../models/"), a.toString());
            }
            WebElement analogues = plain.findElement(By.cssSelector(".tree-analogues"));
            assertFalse(analogues.isDisplayed(), "the analogues wait for the switch");
            plain.findElement(By.cssSelector("label[for='tree-analogues']")).click();
            assertTrue(analogues.isDisplayed(), "the switch works without a script");
            assertTrue(
                    plain.findElements(By.cssSelector(".tree-analogues a.node.analogue")).size()
                            > 0);
            plain.findElement(By.cssSelector(".tree-analogues a.node[data-model='opt']")).click();
            waiting(plain).until(ExpectedConditions.urlToBe(server.url("en/models/opt/")));
        } finally {
            plain.quit();
        }
    }
}
