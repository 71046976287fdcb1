package org.lineage.layout;

import org.lineage.model.DateSpec;
import org.lineage.model.PartialDate;

/**
 * Release dates as readers write them, at the precision the content gives: {@code 2022-11} is "Nov
 * 2022" or "2022年11月"; an interval {@code 2022-04/2022-07} is "Apr–Jul 2022" or "2022年4月至7月".
 */
public final class DateLabels {
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private DateLabels() {}

    /** {@code date} in {@code lang}: Chinese for {@code zh*}, English otherwise. */
    public static String format(DateSpec date, String lang) {
        boolean zh = lang.startsWith("zh");
        PartialDate a = date.start();
        if (date.end().isEmpty()) {
            return zh ? zh(a) : en(a);
        }
        PartialDate b = date.end().get();
        boolean sameYearMonths = a.year() == b.year() && a.month() > 0 && b.month() > 0;
        if (zh) {
            if (sameYearMonths && a.day() == 0 && b.day() == 0) {
                return a.year() + "年" + a.month() + "月至" + b.month() + "月";
            }
            return zh(a) + "至" + zh(b);
        }
        if (sameYearMonths && a.day() == 0 && b.day() == 0) {
            return MONTHS[a.month() - 1] + "–" + MONTHS[b.month() - 1] + " " + a.year();
        }
        return en(a) + "–" + en(b);
    }

    private static String en(PartialDate d) {
        if (d.month() == 0) {
            return Integer.toString(d.year());
        }
        String my = MONTHS[d.month() - 1] + " " + d.year();
        return d.day() == 0 ? my : d.day() + " " + my;
    }

    private static String zh(PartialDate d) {
        StringBuilder s = new StringBuilder().append(d.year()).append('年');
        if (d.month() > 0) {
            s.append(d.month()).append('月');
        }
        if (d.day() > 0) {
            s.append(d.day()).append('日');
        }
        return s.toString();
    }
}
