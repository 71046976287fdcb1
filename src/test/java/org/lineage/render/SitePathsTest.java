package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lineage.model.SitePaths;

class SitePathsTest {
    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource({
        "en/models/davinci/, en/glossary/#cot, ../../glossary/#cot",
        "en/models/davinci/, zh/models/davinci/, ../../../zh/models/davinci/",
        "en/models/davinci/, en/models/, ../",
        "en/models/, en/models/davinci/, davinci/",
        "en/models/davinci/, assets/site.css, ../../../assets/site.css",
        "'', en/, en/",
        "en/, en/, ./",
        "en/glossary/, en/glossary/#x, #x",
        "en/about/, en/confidence/, ../confidence/",
    })
    void linksAreRelativeToThePageFolder(String from, String to, String expected) {
        assertEquals(expected, SitePaths.relative(from, to));
    }
}
