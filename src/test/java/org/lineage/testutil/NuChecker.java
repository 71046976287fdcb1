package org.lineage.testutil;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.messages.GnuMessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.source.SourceCode;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker run inside the test JVM, as its command line ({@code vnu --skip-non-html
 * --errors-only --format gnu}) would run it: every test class that checks pages shares one checker
 * and its loaded schema, instead of starting a JVM of its own and compiling the checker again.
 * Calls are serialised; the checker is not safe to share between threads.
 */
public final class NuChecker {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static NuChecker shared;

    private final SimpleDocumentValidator validator;

    private NuChecker() throws Exception {
        // as the command line sets it up for files, language detection included
        validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(HTML_SCHEMA, new Rethrow());
    }

    /**
     * The checker's error lines, in its GNU format ({@code "file":line.col-line.col: error: ...}),
     * for every {@code .html} file under {@code dir}, in path order; empty when all are valid.
     */
    public static synchronized List<String> errors(Path dir) {
        try {
            if (shared == null) {
                shared = new NuChecker();
            }
            return shared.check(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker failed to run", e);
        }
    }

    private List<String> check(Path dir) throws IOException, SAXException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(dir)) {
            pages =
                    s.filter(p -> p.getFileName().toString().endsWith(".html"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .toList();
        }
        // a report of its own for each run: the checker's report closes its stream when it ends
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SourceCode source = validator.getSourceCode();
        MessageEmitterAdapter messages =
                new MessageEmitterAdapter(
                        null,
                        source,
                        false,
                        new ImageCollector(source),
                        0,
                        true,
                        new GnuMessageEmitter(out, false));
        messages.setErrorsOnly(true);
        messages.setHtml(true);
        messages.start(null);
        validator.setUpValidatorAndParsers(messages, false, false);
        for (Path page : pages) {
            File file = page.toFile();
            try {
                validator.checkHtmlFile(file, true);
            } catch (SAXException e) {
                // the checker reports what it can of a page it cannot finish; so does the caller
                messages.fatalError(
                        new SAXParseException(
                                e.getMessage(), null, file.toURI().toString(), -1, -1));
            }
        }
        messages.end("", "", "");
        String text = out.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** Schema errors are the checker's own trouble, not the page's: they stop the run. */
    private static final class Rethrow implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
