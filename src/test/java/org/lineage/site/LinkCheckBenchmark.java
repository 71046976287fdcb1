package org.lineage.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking the links of a sample of a built site's pages, as a build checks each page it writes:
 * {@value #SAMPLE} pages spread evenly over the site, against the set of all its files. Not a test:
 * run it as docs/performance.md says ({@code -p site=DIR -p baseUrl=URL} for another site).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinkCheckBenchmark {
    /** How many pages one operation checks. */
    static final int SAMPLE = 2000;

    /** A built site: the shipped one by default. */
    @Param("site")
    public String site;

    /** The site's base URL, from its {@code site.yaml}. */
    @Param("https://lineage-kb.github.io/gpt35/")
    public String baseUrl;

    private Set<String> files;
    private List<Map.Entry<String, String>> pages;

    @Setup
    public void load() throws IOException {
        Path root = Path.of(site);
        List<String> all;
        try (Stream<Path> s = Files.walk(root)) {
            all =
                    s.filter(Files::isRegularFile)
                            .map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
        }
        files = new HashSet<>(all);
        List<String> html = all.stream().filter(f -> f.endsWith(".html")).toList();
        int step = Math.max(1, html.size() / SAMPLE);
        pages = new ArrayList<>();
        for (int i = 0; i < html.size(); i += step) {
            String f = html.get(i);
            try {
                pages.add(Map.entry(f, Files.readString(root.resolve(f), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Benchmark
    public int checkPages() {
        LinkCheck links = new LinkCheck("site/", files, baseUrl);
        for (Map.Entry<String, String> p : pages) {
            links.page(p.getKey(), p.getValue());
        }
        return links.finish().size();
    }

    /** Reading the pages' links and ids alone, without checking them. */
    @Benchmark
    public int scanPages() {
        int n = 0;
        for (Map.Entry<String, String> p : pages) {
            n += LinkCheck.scan(p.getKey(), p.getValue(), baseUrl).links().size();
        }
        return n;
    }
}
