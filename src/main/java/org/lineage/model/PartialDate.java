package org.lineage.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;

/** A date known to a year, a month or a day. {@code month} and {@code day} are 0 when unknown. */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparingInt(PartialDate::year)
                    .thenComparingInt(PartialDate::month)
                    .thenComparingInt(PartialDate::day);

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "no such day: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws with a reason. */
    public static PartialDate parse(String s) {
        if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException(
                    "expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + s + "'");
        }
        String[] p = s.split("-");
        int y = Integer.parseInt(p[0]);
        int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        int d = p.length > 2 ? Integer.parseInt(p[2]) : 0;
        if (p.length > 1 && (m < 1 || m > 12)) {
            throw new IllegalArgumentException("no month " + p[1] + " in '" + s + "'");
        }
        if (p.length > 2 && d < 1) {
            throw new IllegalArgumentException("no day " + p[2] + " in '" + s + "'");
        }
        return new PartialDate(y, m, d);
    }

    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }

    /** The ISO form at the known precision. */
    @Override
    public String toString() {
        // YYYY, YYYY-MM or YYYY-MM-DD (the year is 1-9999), without a Formatter: pages show many
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (month != 0) {
            pad(b.append('-'), month, 2);
            if (day != 0) {
                pad(b.append('-'), day, 2);
            }
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }
}
