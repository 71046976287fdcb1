package org.lineage.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** A date, or an ISO 8601 interval {@code START/END} when only a range is known. */
public record DateSpec(PartialDate start, Optional<PartialDate> end)
        implements Comparable<DateSpec> {
    private static final Comparator<DateSpec> ORDER =
            Comparator.comparing(DateSpec::start).thenComparing(d -> d.end.orElse(d.start));

    public DateSpec {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isPresent() && end.get().compareTo(start) < 0) {
            throw new IllegalArgumentException("the interval ends before it starts");
        }
    }

    public static DateSpec of(PartialDate d) {
        return new DateSpec(d, Optional.empty());
    }

    /** Parses a date or interval; throws {@link IllegalArgumentException} with a reason. */
    public static DateSpec parse(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return of(PartialDate.parse(s));
        }
        PartialDate a = PartialDate.parse(s.substring(0, slash));
        PartialDate b = PartialDate.parse(s.substring(slash + 1));
        if (b.compareTo(a) < 0) {
            throw new IllegalArgumentException("the interval '" + s + "' ends before it starts");
        }
        return new DateSpec(a, Optional.of(b));
    }

    @Override
    public int compareTo(DateSpec o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return end.map(e -> start + "/" + e).orElse(start.toString());
    }
}
