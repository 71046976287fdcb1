package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lineage.model.DateSpec;

class TextTest {
    @Test
    void countsHanCharactersAsOneEmAndLatinAsAboutHalf() {
        assertEquals(40, TextWidth.of("中文模型", 10), 1e-9);
        double latin = TextWidth.of("davinci", 10) / 70;
        assertTrue(latin > 0.3 && latin < 0.7, "about half an em: " + latin);
        assertTrue(TextWidth.of("WWW", 10) > TextWidth.of("iii", 10));
    }

    @Test
    void wrapsAtSpacesAndBetweenHanCharacters() {
        assertEquals(
                List.of("Reinforcement", "learning from", "human feedback"),
                TextWidth.wrap("Reinforcement learning from human feedback", 10, 80));
        List<String> zh = TextWidth.wrap("基于人类反馈的强化学习", 10, 50);
        assertEquals(List.of("基于人类反", "馈的强化学", "习"), zh);
        assertEquals(List.of("short"), TextWidth.wrap("short", 10, 500));
    }

    @Test
    void balancesAWrappedEdgeLabelInsteadOfLeavingAnOrphan() {
        assertEquals(List.of("基于人类反馈的强化", "学习与对话数据"), EdgeLabel.lines("基于人类反馈的强化学习与对话数据"));
        assertEquals(List.of("Instruction tuning"), EdgeLabel.lines("Instruction tuning"));
        for (String line : EdgeLabel.lines("Reinforcement learning from human feedback (RLHF)")) {
            assertTrue(TextWidth.of(line, EdgeLabel.SIZE) <= EdgeLabel.MAX_WIDTH, line);
        }
    }

    @Test
    void writesDatesAtTheirPrecisionInEachLanguage() {
        assertEquals("2022", DateLabels.format(DateSpec.parse("2022"), "en"));
        assertEquals("Nov 2022", DateLabels.format(DateSpec.parse("2022-11"), "en"));
        assertEquals("30 Nov 2022", DateLabels.format(DateSpec.parse("2022-11-30"), "en"));
        assertEquals("Apr–Jul 2022", DateLabels.format(DateSpec.parse("2022-04/2022-07"), "en"));
        assertEquals("2021–Feb 2022", DateLabels.format(DateSpec.parse("2021/2022-02"), "en"));
        assertEquals("2022年", DateLabels.format(DateSpec.parse("2022"), "zh"));
        assertEquals("2022年11月30日", DateLabels.format(DateSpec.parse("2022-11-30"), "zh"));
        assertEquals("2022年4月至7月", DateLabels.format(DateSpec.parse("2022-04/2022-07"), "zh"));
        assertEquals("2021年至2022年2月", DateLabels.format(DateSpec.parse("2021/2022-02"), "zh"));
    }

    @Test
    void formatsNumbersToATenthWithoutNegativeZero() {
        assertEquals("0", Xml.num(-0.01));
        assertEquals("12", Xml.num(12.0));
        assertEquals("12.5", Xml.num(12.46));
        assertEquals("-3.2", Xml.num(-3.21));
    }

    @Test
    void formatsEveryTenthAsTheFormatterDoes() {
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            double v = i < 10_000 ? (i - 5_000) / 10.0 : (r.nextDouble() - 0.5) * 1e6;
            long tenths = Math.round(v * 10);
            String expected =
                    tenths == 0
                            ? "0"
                            : tenths % 10 == 0
                                    ? Long.toString(tenths / 10)
                                    : String.format(java.util.Locale.ROOT, "%.1f", tenths / 10.0);
            assertEquals(expected, Xml.num(v), "for " + v);
        }
    }
}
