package org.lineage.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Where templates, UI strings and assets come from: the {@code templates/} folder packaged in the
 * jar, or a folder on disk (for working on the templates).
 */
public sealed interface TemplateSource {
    /** The templates inside the running jar (or the class path, in tests). */
    static TemplateSource packaged() {
        return new Packaged();
    }

    /** The templates in a folder on disk. */
    static TemplateSource folder(Path dir) {
        return new Folder(dir);
    }

    /** The bytes of a file under the templates folder, such as {@code assets/site.css}. */
    Optional<byte[]> read(String name);

    /** A Thymeleaf resolver for the {@code .html} templates. */
    AbstractConfigurableTemplateResolver resolver();

    /** How diagnostics name the templates folder, ending in {@code /}. */
    String displayDir();

    /** The templates packaged under {@code templates/} on the class path. */
    record Packaged() implements TemplateSource {
        @Override
        public Optional<byte[]> read(String name) {
            try (InputStream in =
                    TemplateSource.class
                            .getClassLoader()
                            .getResourceAsStream("templates/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public AbstractConfigurableTemplateResolver resolver() {
            ClassLoaderTemplateResolver r =
                    new ClassLoaderTemplateResolver(TemplateSource.class.getClassLoader());
            r.setPrefix("templates/");
            return r;
        }

        @Override
        public String displayDir() {
            return "templates/";
        }
    }

    /** Templates read from a folder on disk. */
    record Folder(Path dir) implements TemplateSource {
        @Override
        public Optional<byte[]> read(String name) {
            try {
                return Optional.of(Files.readAllBytes(dir.resolve(name)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public AbstractConfigurableTemplateResolver resolver() {
            FileTemplateResolver r = new FileTemplateResolver();
            String prefix = dir.toAbsolutePath().toString();
            r.setPrefix(prefix.endsWith("/") ? prefix : prefix + "/");
            return r;
        }

        @Override
        public String displayDir() {
            String d = dir.toString();
            return d.endsWith("/") ? d : d + "/";
        }
    }
}
