package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lineage.model.DateSpec;

class DatesTest {
    private static final TemplateSource TEMPLATES =
            TemplateSource.folder(java.nio.file.Path.of("templates"));

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2022 | en | 2022",
                "2022-11 | en | Nov 2022",
                "2022-12-12 | en | 12 Dec 2022",
                "2022-04/2022-07 | en | Apr–Jul 2022",
                "2021-11/2022-02 | en | Nov 2021–Feb 2022",
                "2021/2022 | en | 2021–2022",
                "2022 | zh | 2022年",
                "2022-11 | zh | 2022年11月",
                "2022-12-12 | zh | 2022年12月12日",
                "2022-04/2022-07 | zh | 2022年4月至7月",
                "2021-11/2022-02 | zh | 2021年11月至2022年2月",
            })
    void formatsDatesAtTheirPrecision(String iso, String lang, String expected) {
        assertEquals(expected, Dates.format(DateSpec.parse(iso), Ui.load(TEMPLATES, lang)));
    }
}
