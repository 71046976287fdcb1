package org.lineage.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void jsonForAScriptElementEscapesWhatCouldEndItAndMeansTheSame() throws Exception {
        ObjectNode o = Json.object();
        String probe = "</script><!-- a & b > c \u2028\u2029 </SCRIPT >";
        o.put("name", probe);
        String text = Json.forScript(o);
        for (String c : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(text.contains(c), "raw " + c + " in " + text);
        }
        assertEquals(
                "{\"name\":\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e c \\u2028\\u2029"
                        + " \\u003c/SCRIPT \\u003e\"}",
                text);
        assertEquals(probe, new ObjectMapper().readTree(text).get("name").asText());
    }
}
