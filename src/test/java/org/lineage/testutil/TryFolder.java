package org.lineage.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.ParameterResolutionContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.ResolveParameterHook;
import net.jqwik.api.lifecycle.Store;

/**
 * Gives every {@code Path} parameter of a jqwik property (one not marked {@code @ForAll}) a new,
 * empty folder for each try, shrinking tries included, and deletes it when the try ends: jqwik has
 * no {@code @TempDir}, and one folder for all tries would let a try read what an earlier one wrote.
 * Added to a test class with {@code @AddLifecycleHook(TryFolder.class)}.
 */
public final class TryFolder implements ResolveParameterHook {
    @Override
    public Optional<ParameterSupplier> resolve(
            ParameterResolutionContext parameter, LifecycleContext context) {
        if (!parameter.typeUsage().isOfType(Path.class)) {
            return Optional.empty();
        }
        Object key = Tuple.of(TryFolder.class, parameter.index());
        return Optional.of(
                aTry -> Store.getOrCreate(key, Lifespan.TRY, Folder::create).get().path());
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** A folder that jqwik deletes when the store of its try is reset. */
    private record Folder(Path path) implements Store.CloseOnReset {
        static Folder create() {
            try {
                return new Folder(Files.createTempDirectory("lineage-try"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            Overlay.deleteTree(path);
        }
    }
}
