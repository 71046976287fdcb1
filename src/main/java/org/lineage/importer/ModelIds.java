package org.lineage.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lineage.content.Ids;

/**
 * One id per imported model: the id chosen with {@code --id}, else one read off its name; never one
 * made up from nothing, and never one that two models share.
 */
final class ModelIds {
    /** One model kept, with its id. */
    record Kept(Asset asset, String id) {}

    private ModelIds() {}

    /** The models that can be imported, with their ids; the others are reported. */
    static List<Kept> assign(List<Asset> models, Notes notes) {
        return ids(withoutDuplicates(models, notes), notes);
    }

    /** Models named twice by the same organisation: the first is kept, the others reported. */
    private static List<Asset> withoutDuplicates(List<Asset> models, Notes notes) {
        Map<String, Asset> first = new LinkedHashMap<>();
        List<Asset> out = new ArrayList<>();
        for (Asset a : models) {
            String key =
                    a.key().toLowerCase(Locale.ROOT)
                            + "\u0000"
                            + a.organization().orElse("").toLowerCase(Locale.ROOT);
            Asset earlier = first.putIfAbsent(key, a);
            if (earlier == null) {
                out.add(a);
            } else {
                notes.warn(
                        "import-duplicate",
                        a.pos(),
                        "'" + a.name() + "' is listed again; only its first entry is imported",
                        "the first is at " + earlier.pos() + "; merge the two in the source");
            }
        }
        return out;
    }

    /**
     * An id for every model that can have one: the id chosen with {@code --id}, else its name as an
     * id; where two models would share an id, each takes its organisation's as a prefix.
     */
    private static List<Kept> ids(List<Asset> models, Notes notes) {
        Map<Asset, String> wanted = new LinkedHashMap<>();
        for (Asset a : models) {
            Optional<String> id = a.preferredId().or(() -> Optional.of(Ids.slug(a.name())));
            if (a.preferredId().isPresent() && !Ids.valid(a.preferredId().get())) {
                notes.warn(
                        "import-unmapped",
                        a.pos(),
                        "'"
                                + a.preferredId().get()
                                + "', given with --id, is not a valid id;"
                                + " '"
                                + a.name()
                                + "' is not imported",
                        "ids are lower-case ASCII letters and digits joined by '-' or '.'");
                continue;
            }
            if (id.get().isEmpty()) {
                notes.warn(
                        "import-unmapped",
                        a.pos(),
                        "no id can be read off the name '" + a.name() + "'; it is not imported",
                        "choose one: --id '" + a.key() + "=an-id'");
                continue;
            }
            wanted.put(a, id.get());
        }
        Map<String, Integer> uses = new HashMap<>();
        wanted.values().forEach(id -> uses.merge(id, 1, Integer::sum));
        List<Kept> out = new ArrayList<>();
        Map<String, Asset> taken = new HashMap<>();
        for (Map.Entry<Asset, String> e : wanted.entrySet()) {
            Asset a = e.getKey();
            String id = e.getValue();
            if (uses.get(id) > 1 && a.preferredId().isEmpty()) {
                String org = a.organization().map(Ids::slug).orElse("");
                String qualified = org.isEmpty() ? id : Ids.slug(org + "-" + id);
                id = qualified;
            }
            Asset holder = taken.putIfAbsent(id, a);
            if (holder != null) {
                notes.warn(
                        "import-duplicate",
                        a.pos(),
                        "'"
                                + a.name()
                                + "' would take the id '"
                                + id
                                + "' of '"
                                + holder.name()
                                + "' ("
                                + holder.pos()
                                + "); it is not imported",
                        "choose another: --id '" + a.key() + "=an-id'");
                continue;
            }
            out.add(new Kept(a, id));
        }
        return out;
    }
}
