package org.lineage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void writesTheIsoFormAtItsPrecisionAsTheFormatterWould() {
        for (int year : new int[] {1, 9, 10, 99, 100, 999, 1000, 2022, 9999}) {
            assertEquals(String.format("%04d", year), new PartialDate(year, 0, 0).toString());
            for (int month = 1; month <= 12; month++) {
                assertEquals(
                        String.format("%04d-%02d", year, month),
                        new PartialDate(year, month, 0).toString());
                for (int day : new int[] {1, 9, 10, 28}) {
                    PartialDate d = new PartialDate(year, month, day);
                    assertEquals(String.format("%04d-%02d-%02d", year, month, day), d.toString());
                    assertEquals(d, PartialDate.parse(d.toString()));
                }
            }
        }
    }
}
