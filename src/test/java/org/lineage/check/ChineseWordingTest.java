package org.lineage.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lineage.model.Confidence;

/**
 * The Chinese text of the shipped knowledge base keeps one set of terms: 词元 rather than "token",
 * one quotation style, one name for mixing the language-modelling objective back into RL tuning,
 * and the confidence levels under the names the site's labels use.
 */
class ChineseWordingTest {
    /** Inline code and link targets are not prose: `tiktoken`, (model:...). */
    private static final Pattern NOT_PROSE = Pattern.compile("`[^`]*`|\\]\\([^)]*\\)");

    private static final Pattern LM_MIXIN_LINK =
            Pattern.compile("\\[([^\\]]*)\\]\\(method:lm-mixin\\)");

    /** Every line of Chinese prose: the Chinese bodies and pages, and the zh values of YAML. */
    private static List<String> chineseLines() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : FactCheckedContentTest.texts()) {
            boolean body = p.toString().endsWith(".zh.md");
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                int zh = line.indexOf("zh:");
                String text = body ? line : zh < 0 ? "" : line.substring(zh + 3);
                if (!text.isBlank()) {
                    out.add(NOT_PROSE.matcher(text).replaceAll(" ") + "  <- " + p.getFileName());
                }
            }
        }
        return out;
    }

    private static List<String> matching(String regex) throws IOException {
        Pattern p = Pattern.compile(regex);
        return chineseLines().stream()
                .filter(l -> p.matcher(l.substring(0, l.lastIndexOf("  <- "))).find())
                .toList();
    }

    @Test
    void chineseProseSays词元NotToken() throws IOException {
        assertEquals(List.of(), matching("(?i)\\btokens?\\b"));
    }

    @Test
    void chineseProseUsesCurlyDoubleQuotesOnly() throws IOException {
        assertEquals(List.of(), matching("[「」『』]"));
    }

    @Test
    void mixingTheLanguageModellingObjectiveBackInHasOneName() throws IOException {
        assertEquals(List.of(), matching("语言模型混合|预训练混合|语言建模混入|语言模型训练目标|混入预训练梯度|混入预训练更新"));
        List<String> odd = new ArrayList<>();
        for (Path p : FactCheckedContentTest.bodies()) {
            if (!p.toString().endsWith(".zh.md")) {
                continue;
            }
            Matcher m = LM_MIXIN_LINK.matcher(Files.readString(p, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!m.group(1).contains("语言建模目标")) {
                    odd.add(p.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), odd);
    }

    @Test
    void confidenceLevelsInProseAreNamedAsTheSiteLabelsThem() throws IOException {
        Properties zh = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("templates/i18n/messages_zh.properties"))) {
            zh.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals("有文档记载", zh.getProperty("confidence." + Confidence.DOCUMENTED.key()));
        assertEquals("未解问题", zh.getProperty("confidence." + Confidence.OPEN_QUESTION.key()));
        assertEquals(List.of(), matching("开放问题|开放性问题|有据可查|悬而未决的问题"));
    }
}
