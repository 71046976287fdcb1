package org.lineage.render;

import org.lineage.model.DateSpec;
import org.lineage.model.PartialDate;

/**
 * Dates at their known precision, in the words of one language: "Nov 2022" / "2022年11月", intervals
 * "Apr–Jul 2022" / "2022年4月至7月". The patterns live in the UI strings.
 */
public final class Dates {
    private Dates() {}

    public static String format(DateSpec d, Ui t) {
        if (d.end().isEmpty()) {
            return format(d.start(), t);
        }
        PartialDate a = d.start();
        PartialDate b = d.end().get();
        if (a.year() == b.year()
                && a.month() != 0
                && b.month() != 0
                && a.day() == 0
                && b.day() == 0) {
            return t.format(
                    "date.range.months",
                    Integer.toString(a.year()),
                    t.get("month." + a.month()),
                    t.get("month." + b.month()));
        }
        return t.format("date.range", format(a, t), format(b, t));
    }

    public static String format(PartialDate d, Ui t) {
        String y = Integer.toString(d.year());
        if (d.month() == 0) {
            return t.format("date.y", y);
        }
        String m = t.get("month." + d.month());
        if (d.day() == 0) {
            return t.format("date.ym", y, m);
        }
        return t.format("date.ymd", y, m, Integer.toString(d.day()));
    }

    /** The machine-readable form for {@code <time datetime>}; empty for an interval. */
    public static String machine(DateSpec d) {
        return d.end().isPresent() ? "" : d.start().toString();
    }
}
