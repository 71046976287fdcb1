package org.lineage.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a lineage step did to a capability, and also the net state a model holds.
 *
 * <p>{@link #rank()} orders states from strongest to weakest holding of the ability; it decides
 * which state a model inherits from several parents.
 */
public enum Change {
    STRENGTHENED("++", 4),
    GAINED("+", 3),
    WEAKENED("-", 2),
    SACRIFICED("--", 1),
    ABSENT("absent", 0);

    private final String symbol;
    private final int rank;

    Change(String symbol, int rank) {
        this.symbol = symbol;
        this.rank = rank;
    }

    /** The symbol used in YAML and on pages: {@code + ++ - -- absent}. */
    public String symbol() {
        return symbol;
    }

    /** Higher means the model holds the ability more strongly. */
    public int rank() {
        return rank;
    }

    /** A CSS-safe word for this change. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when a model in this state has the ability at all. */
    public boolean holds() {
        return this != ABSENT;
    }

    public static Optional<Change> bySymbol(String s) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(s)).findFirst();
    }

    public static List<String> symbols() {
        return Arrays.stream(values()).map(Change::symbol).toList();
    }
}
