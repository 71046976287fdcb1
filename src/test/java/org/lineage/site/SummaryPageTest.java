package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary table of the shipped site (held equal to a fresh build by ShippedSiteTest): a row per
 * stage of the main story grouped by series, in both languages, and the same table as data.
 */
class SummaryPageTest {
    private static final Path SITE = Path.of("site");

    private static String read(String path) throws IOException {
        Path f = SITE.resolve(path);
        assumeTrue(Files.isRegularFile(f), "site/ is not built");
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    @Test
    void stagesAreGroupedBySeriesInLineageOrderWithoutTheAnalogues() throws IOException {
        String en = read("en/summary/index.html");
        int gpt3 = en.indexOf("id=\"series-gpt-3\"");
        int gpt35 = en.indexOf("id=\"series-gpt-3.5\"");
        assertTrue(gpt3 > 0 && gpt35 > gpt3, "GPT-3 series, then GPT-3.5 series");
        int davinci = en.indexOf("<th scope=\"row\"><a href=\"../models/davinci/\">");
        int cd2 = en.indexOf("<th scope=\"row\"><a href=\"../models/code-davinci-002/\">");
        int chatgpt = en.indexOf("<th scope=\"row\"><a href=\"../models/chatgpt/\">");
        assertTrue(gpt3 < davinci && davinci < gpt35 && gpt35 < cd2 && cd2 < chatgpt);
        assertFalse(en.contains("<th scope=\"row\"><a href=\"../models/opt/\">"), "analogue rows");
        // the columns: abilities, method, API name, paper, analogue
        String row = en.substring(chatgpt, en.indexOf("</tr>", chatgpt));
        assertTrue(row.contains("mark-sacrificed"), row);
        assertTrue(row.contains("../capabilities/in-context-learning/"), row);
        assertTrue(row.contains("../methods/rlhf-dialogue/"), row);
        assertTrue(row.contains("../sources/instructgpt-paper/"), row);
        assertTrue(row.contains("../models/sparrow/"), row);
        String cushman =
                en.substring(
                        en.indexOf("<th scope=\"row\"><a href=\"../models/code-cushman-001/\">"));
        assertTrue(
                cushman.substring(0, cushman.indexOf("</tr>"))
                        .contains("<code>code-cushman-001</code>"));
        String zh = read("zh/summary/index.html");
        assertTrue(zh.contains("<h1>总结表</h1>"), "the Chinese page");
        assertTrue(zh.contains(">GPT-3.5 系列</a></th>"), zh);
        assertTrue(read("en/index.html").contains("href=\"summary/\""), "in the navigation");
    }

    @Test
    void theTableIsExportedAsCsvAndJson() throws IOException {
        List<String> csv = read("data/summary.csv").lines().toList();
        assertEquals("series,model,name,changes,methods,api_name,paper,analogues", csv.get(0));
        assertEquals(10, csv.size(), "nine stages: " + csv);
        assertTrue(csv.get(1).startsWith("gpt-3,davinci,davinci,"), csv.get(1));
        assertTrue(csv.get(9).contains("in-context-learning:--"), csv.get(9));
        JsonNode json = new ObjectMapper().readTree(read("data/summary.json"));
        assertEquals("gpt-3", json.at("/series/0/family").asText());
        assertEquals("GPT-3.5 系列", json.at("/series/1/name/zh").asText());
        assertEquals("chatgpt", json.at("/series/1/stages/3/model").asText());
        assertEquals("rlhf-dialogue", json.at("/series/1/stages/3/methods/0").asText());
        assertTrue(read("en/summary/index.html").contains("href=\"../../data/summary.csv\""));
    }
}
