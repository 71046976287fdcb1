package org.lineage.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Timings;
import org.lineage.export.DataExports;
import org.lineage.export.SearchIndex;
import org.lineage.export.Streamed;
import org.lineage.layout.LayoutCache;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Body;
import org.lineage.model.Entity;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Reads;
import org.lineage.render.BodyPages;
import org.lineage.render.Catalog;
import org.lineage.render.PageKey;
import org.lineage.render.PastEdition;
import org.lineage.render.TemplateFailure;
import org.lineage.render.Templates;
import org.lineage.render.Views;

/**
 * Builds the site, stage by stage:
 *
 * <pre>
 * read inputs -> (nothing changed: done) -> check (load, bodies, graph, checks) -> index -> plan
 *   -> write data -> render pages (each written and its links checked as it is made; a page whose
 *   inputs are unchanged is kept from the previous site) -> link check -> swap in -> save cache
 * </pre>
 *
 * <p>With a build cache ({@link BuildCache}) a build compares its inputs with the last build's:
 * when nothing changed and the output is as that build left it, nothing is done; otherwise every
 * page is planned again, and a page whose inputs (what all pages share, and the bodies it shows)
 * are those of the last build is taken from the previous site rather than rendered. Tree layouts
 * are kept in the cache too. The result is the same, byte for byte, as a clean build's.
 *
 * <p>Long-lived: the Markdown engine, the body renderer and the template engine (with its parsed
 * templates and expressions) are made once and kept between builds, which is what {@code serve}
 * does. Each stage is timed and a failure inside it names it (see {@link Stages}).
 */
public final class SiteBuilder {
    /** The files copied from the templates folder into {@code assets/}. */
    static final List<String> ASSETS = SiteBuild.ASSETS;

    private final SiteBuild.Options options;
    private final Checker checker;
    private final Templates templates;
    private final LayoutCache layouts;
    private final Optional<BuildCache> cache;
    private final Swap swap;

    /**
     * The digests of each entity's structure and of all of it but its prose ({@link Structure}), by
     * the entity's identity.
     */
    private final IdentityMemo<Entity, String> structures =
            new IdentityMemo<>(e -> ReadDigests.hash(Structure.structure(e)));

    private final IdentityMemo<Entity, String> wholes =
            new IdentityMemo<>(e -> ReadDigests.hash(Structure.entity(e)));

    /** The digests of each entity's prose fields, by the entity's identity and the field. */
    private final IdentityMemo<Entity, Map<String, String>> fieldDigests =
            new IdentityMemo<>(e -> new ConcurrentHashMap<>(4));

    /**
     * The digest of every entity of a kind, or of one prose field of each, as last made, by read
     * name (see {@link ReadDigests.KindDigest}).
     */
    private final Map<String, ReadDigests.KindDigest> kindDigests = new ConcurrentHashMap<>();

    /** Each body's digest, by the body's identity. */
    private final IdentityMemo<Body, String> bodyDigests =
            new IdentityMemo<>(b -> ReadDigests.hash(b.markdown()));

    /**
     * A page that reads more entities of one kind than this is recorded as reading the whole kind:
     * a comparison or a list can read hundreds, and the build cache keeps one record per page.
     */
    static final int MANY_READS = 32;

    /** Deletes each replaced site after its build has returned (see {@link #finishSweeping()}). */
    private java.util.concurrent.CompletableFuture<Void> sweeping =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    /** The reading of the output's stamps that the running (or last) build began. */
    private java.util.concurrent.CompletableFuture<Map<String, BuildCache.FileStamp>> walking =
            java.util.concurrent.CompletableFuture.completedFuture(Map.of());

    /**
     * Each content file's digest from the last build, with the file's identity (inode, size, time
     * to the nanosecond) then: a file that kept its identity and that the watcher does not name is
     * not read again.
     */
    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    private record Known(
            Object key, long size, java.nio.file.attribute.FileTime time, String digest) {}

    private boolean layoutsLoaded;

    public SiteBuilder(SiteBuild.Options options) {
        this(options, (Swap) null);
    }

    /**
     * A builder that, once a site is built and the build cache knows it, updates that site in place
     * ({@link SiteWriter#openInPlace}), switching to the new files in one {@code swap} step,
     * instead of staging a whole new site beside it: {@code serve}'s builder, for which an edit
     * must cost in proportion to what it changes. {@code swap} null: always stage the whole site.
     */
    public SiteBuilder(SiteBuild.Options options, Swap swap) {
        this(options, swap, new Templates(options.templates()), new LayoutCache());
    }

    /**
     * A builder for a past edition, within {@code parent}'s build: it shares the parent's template
     * engine (its templates parsed once) and the layouts it makes or finds (a tree the edition
     * shares with the present is placed once), counting its own.
     */
    SiteBuilder(SiteBuild.Options options, SiteBuilder parent) {
        this(options, null, parent.templates, parent.layouts.sharing());
    }

    private SiteBuilder(
            SiteBuild.Options options, Swap swap, Templates templates, LayoutCache layouts) {
        this.swap = swap;
        this.options = options;
        Checker fresh = new Checker(new MarkdownEngine(), new BodyPages());
        // a builder that updates its site in place is serve's: it rebuilds often, from files
        // that mostly did not change
        this.checker = swap == null ? fresh : fresh.remembering();
        this.templates = templates;
        this.layouts = layouts;
        this.cache =
                options.cache().map(root -> BuildCache.of(root, options.content(), options.out()));
    }

    /**
     * Builds the site again after the files in {@code changed} (absolute paths under the content or
     * templates folder, created, modified or deleted) have changed; {@code serve} calls this with
     * what its watcher saw. The build cache compares every input's digest with the last build's, so
     * only the pages whose inputs changed are rendered again; {@code changed} names what to expect.
     */
    public BuildOutcome build(Set<Path> changed, Timings timings) throws IOException {
        Set<Path> named = new HashSet<>();
        changed.forEach(p -> named.add(p.toAbsolutePath().normalize()));
        return build(timings, named);
    }

    /** Builds the site once. */
    public BuildOutcome build(Timings timings) throws IOException {
        return build(timings, null);
    }

    /**
     * True while a {@link #rehearse} build runs: it does every step an edit of an entity's YAML
     * file sets off, although nothing changed.
     */
    private boolean rehearsing;

    /**
     * For {@code serve}'s builder, after a build that succeeded: builds again as if the YAML file
     * of the first model had been edited without changing it. The file is read and checked again (a
     * new entity equal to the old), the lineage graph, the plan, the index and the data exports are
     * made again from what is kept, every page is found unchanged; the site ends as it was, but for
     * files written again with the same bytes. {@code serve} runs a few of these while no edit
     * comes, so that the compiler has compiled what an edit runs before the first edit. Returns
     * false when it did not build the site (no build planned pages yet, there is no model, the
     * content has errors).
     */
    public boolean rehearse() throws IOException {
        synchronized (busy) {
            Planned was = lastPlan;
            if (swap == null || was == null || was.kb().models().isEmpty()) {
                return false;
            }
            org.lineage.model.Model first = was.kb().models().values().iterator().next();
            String rel = relative(first.pos().path());
            checker.forget(rel);
            rehearsing = true;
            try {
                return buildAlone(
                                new Timings(),
                                Set.of(options.content().resolve(rel).toAbsolutePath().normalize()))
                        instanceof BuildOutcome.Built;
            } finally {
                rehearsing = false;
            }
        }
    }

    /**
     * @param changed what the watcher saw change (absolute, normalised), or null when unknown: then
     *     every file is read
     */
    private BuildOutcome build(Timings timings, Set<Path> changed) throws IOException {
        synchronized (busy) {
            return buildAlone(timings, changed);
        }
    }

    /** One build, holding {@link #busy}. */
    private BuildOutcome buildAlone(Timings timings, Set<Path> changed) throws IOException {
        long start = System.nanoTime();
        builds++;
        sweeping.join();
        walking.handle((m, e) -> m).join();
        structures.endRound();
        wholes.endRound();
        fieldDigests.endRound();
        bodyDigests.endRound();
        Optional<String> refused = SiteWriter.refusal(options.out());
        if (refused.isPresent()) {
            return new BuildOutcome.OutputRefused(refused.get());
        }
        Stages stages = new Stages(timings);
        Map<String, BuildCache.FileStamp> trustedAtStart = trusted;
        BuildCache.Manifest trustedForAtStart = trustedFor;
        if (trusted != null) {
            // serve's builder knows what its last build left; files changed by hand since are
            // found by outputChangedByHand
            walking = java.util.concurrent.CompletableFuture.completedFuture(trusted);
        } else if (cache.isPresent()) {
            // the output's stamps (to find files edited by hand) are read on a thread of their
            // own, beside the reading and checking of the content: it is mostly waiting on the disk
            walking =
                    java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> stamps(options.out()),
                            r -> daemon("lineage-stamp-output", r).start());
        }
        Inputs inputs = cache.isPresent() ? stages.run("read inputs", () -> inputs(changed)) : null;
        Optional<BuildCache.Manifest> last = Optional.empty();
        Map<String, BuildCache.FileStamp> present = Map.of();
        boolean compared = false;
        if (cache.isPresent()) {
            // serve's last build, when its cache is not saved yet
            last =
                    unsaved != null
                            ? Optional.of(unsaved.manifest())
                            : cache.get().manifest(new ArrayList<>());
            if (last.isPresent() && last.get().inputs().equals(inputs.all())) {
                present = stages.run("compare output", this::walked);
                compared = true;
            }
            if (!rehearsing
                    && last.isPresent()
                    && last.get().inputs().equals(inputs.all())
                    && last.get().files().equals(present)) {
                BuildCache.Manifest m = last.get();
                return new BuildOutcome.Unchanged(
                        m.diagnostics(),
                        m.pages(),
                        m.files().size(),
                        m.bytes(),
                        Duration.ofNanos(System.nanoTime() - start));
            }
        }
        loadLayouts();
        layouts.startRound();
        CheckResult checked =
                checker.run(
                        options.content(),
                        options.displayRoot(),
                        timings,
                        inputs == null ? null : inputs.files(),
                        inputs != null && inputs.sameListing());
        if (!checked.passes(options.strict())) {
            return new BuildOutcome.ContentFailed(checked);
        }
        Reuse reuse = Reuse.NONE;
        if (inputs != null) {
            if (!compared) {
                present = stages.run("compare output", this::walked);
            }
            String shared = stages.run("digest shared", () -> shared(inputs, checked));
            ReadDigests readDigests =
                    new ReadDigests(checked, wholes, fieldDigests, bodyDigests, kindDigests);
            Optional<BuildCache.Manifest> lastBuilt = last;
            Set<String> changedReads =
                    stages.run(
                            "reads changed",
                            () -> changedReads(lastBuilt.orElse(null), readDigests));
            reuse =
                    new Reuse(
                            shared,
                            dataKey(inputs),
                            last.orElse(null),
                            present,
                            readDigests,
                            // the output is as the last build left it: no file of it need be
                            // compared with that build's record
                            trustedAtStart != null
                                    && present == trustedAtStart
                                    && last.isPresent()
                                    && last.get() == trustedForAtStart,
                            changedReads);
        }
        List<PlannedPage> plan = stages.run("plan pages", () -> plan(checked));
        List<PastEditions.Built> past = List.of();
        if (options.pastEditions() && !checked.kb().site().editions().isEmpty()) {
            Optional<PastEditions.Kept> kept =
                    cache.map(
                            c ->
                                    new PastEditions.Kept(
                                            c.editions(), inputs.settings(), editionsRead));
            PastEditions.Result r =
                    stages.run(
                            "past editions",
                            () ->
                                    PastEditions.build(
                                            options,
                                            checked,
                                            kept,
                                            eo -> new SiteBuilder(eo, this),
                                            timings));
            if (!r.problems().isEmpty()) {
                List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
                all.addAll(r.problems());
                all.sort(null);
                return new BuildOutcome.ContentFailed(
                        new CheckResult(checked.kb(), checked.graph(), all, checked.bodies()));
            }
            past = r.built();
        }
        List<PastEdition> pastEditions =
                past.stream().map(b -> new PastEdition(b.edition(), b.files().keySet())).toList();
        Views views =
                stages.run(
                        "index",
                        () ->
                                new Views(
                                        Catalog.of(checked),
                                        options.templates(),
                                        layouts,
                                        options.readerViews(),
                                        options.edition(),
                                        pastEditions));
        boolean inPlace = swap != null && last.isPresent() && Files.isDirectory(options.out());
        // from here the output changes: its stamps are known again once it is written
        trusted = null;
        trustedFor = null;
        try (SiteWriter out =
                inPlace
                        ? SiteWriter.openInPlace(options.out(), present.keySet())
                        : SiteWriter.open(options.out())) {
            List<PastEditions.Built> built = past;
            Reuse r0 = reuse;
            Map<String, String> digests = new ConcurrentHashMap<>();
            Set<String> files =
                    stages.run(
                            "write data",
                            () ->
                                    writeData(
                                            checked,
                                            views,
                                            plan,
                                            built,
                                            new DataFiles(
                                                    out,
                                                    r0,
                                                    digests,
                                                    options.out(),
                                                    swap != null,
                                                    knownBytes)));
            LinkCheck links = new LinkCheck(outputName(), files, checked.kb().site().baseUrl());
            Reuse r = reuse;
            boolean nothingGone = r.last() != null && files.containsAll(r.last().files().keySet());
            Rendered rendered =
                    stages.run(
                            "render pages",
                            () -> renderPages(views, plan, out, links, r, nothingGone, timings));
            if (!rendered.failures().isEmpty()) {
                return new BuildOutcome.TemplatesFailed(checked, rendered.failures());
            }
            Path old = options.out().toAbsolutePath().normalize();
            List<Diagnostic> broken =
                    stages.run("check links", () -> links.finish(f -> readPage(old, f)));
            if (!broken.isEmpty()) {
                return new BuildOutcome.LinksBroken(checked, broken);
            }
            timings.note(
                    "pages: "
                            + rendered.count()
                            + " rendered, "
                            + (plan.size() - rendered.count())
                            + " kept; layouts: "
                            + layouts.used()
                            + " used, "
                            + layouts.made()
                            + " made in "
                            + layouts.makingNanos() / 1_000_000
                            + " ms");
            int fileCount = out.fileCount();
            long bytes = out.bytes();
            stages.run(
                    "swap in",
                    () -> {
                        try {
                            if (!out.inPlace() || !out.commitInPlace(swap)) {
                                if (out.inPlace()) {
                                    out.stageWhole();
                                }
                                out.commitKeepingOld().ifPresent(this::sweep);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            if (madeParts != null) {
                madeParts.end();
            }
            if (cache.isPresent()) {
                // the stamps are taken now: a file edited by hand from here on is found
                Map<String, BuildCache.FileStamp> after =
                        stages.run("stamp output", () -> stampsAfter(out, r.present()));
                Unsaved made =
                        new Unsaved(
                                new BuildCache.Manifest(
                                        inputs.all(),
                                        r.shared(),
                                        r.data(),
                                        plan.size(),
                                        bytes,
                                        checked.diagnostics(),
                                        after,
                                        rendered.records(),
                                        digests),
                                // a build that drew every tree keeps only the layouts it used
                                rendered.count() == plan.size() ? layouts.usedNow() : null);
                if (swap == null) {
                    stages.run("save cache", () -> saveCache(made));
                } else {
                    // serve's builder: the cache is saved once the edits pause, not between two
                    // quick ones; the next build reads this one's manifest from memory
                    unsaved = made;
                    trusted = after;
                    trustedFor = made.manifest();
                    readsFor = made.manifest();
                    readsThen = reuse.digests() == null ? null : reuse.digests().made();
                    scheduleSave();
                    timings.note("the cache is saved once edits pause");
                }
            }
            return new BuildOutcome.Built(
                    checked,
                    plan.size(),
                    fileCount,
                    bytes,
                    Duration.ofNanos(System.nanoTime() - start),
                    rendered.count());
        }
    }

    /** The last plan and what it was made from. */
    private record Planned(
            KnowledgeBase kb, org.lineage.graph.LineageGraph graph, List<PlannedPage> plan) {}

    private Planned lastPlan;

    /**
     * Which pages the site has. The plan is made of the settings and the entities alone (never of a
     * body's text), so while the checker hands back the very same entities, as {@code serve}'s does
     * for files that did not change, the last plan stands.
     */
    private List<PlannedPage> plan(CheckResult checked) {
        KnowledgeBase kb = checked.kb();
        Planned was = lastPlan;
        if (was != null
                && was.graph() == checked.graph()
                && was.kb().site().equals(kb.site())
                && was.kb().sameEntities(kb, Kind.values())) {
            return was.plan();
        }
        List<PlannedPage> plan = PagePlan.of(kb, checked.graph(), options.readerViews());
        if (was != null && plan.equals(was.plan())) {
            // the same pages (an entity's prose or facts changed): the same objects, whose names
            // are hashed already, and which the kept data files are recorded with
            plan = was.plan();
        }
        lastPlan = new Planned(kb, checked.graph(), plan);
        return plan;
    }

    /**
     * Deletes {@code old}, the site a build replaced, on a thread of its own: the build returns
     * (and {@code serve} reloads its pages) without waiting for thousands of files to go.
     */
    private void sweep(Path old) {
        sweeping =
                background(
                        () -> {
                            try {
                                SiteWriter.deleteTree(old);
                            } catch (IOException e) {
                                // a folder left behind is only disk space; the next build tries
                            }
                        },
                        "lineage-sweep");
    }

    private static java.util.concurrent.CompletableFuture<Void> background(
            Runnable work, String name) {
        return java.util.concurrent.CompletableFuture.runAsync(work, r -> daemon(name, r).start());
    }

    /** A thread for {@code work} that does not keep the JVM running. */
    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Waits until the site the last build replaced is deleted and, for {@code serve}'s builder,
     * saves the last build's cache now if it is not saved yet ({@code serve} calls this as it
     * stops).
     */
    public void finishSweeping() {
        sweeping.join();
        walking.handle((m, e) -> m).join();
        java.util.concurrent.ScheduledThreadPoolExecutor s;
        synchronized (busy) {
            if (saveTimer != null) {
                saveTimer.cancel(false);
            }
            s = saver;
        }
        if (s != null) {
            // on the saver's thread, after any save already running there
            try {
                s.submit(() -> saveUnsaved(-1)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("saving the build cache failed", e.getCause());
            }
        }
    }

    /**
     * For {@code serve}'s builder: the stamps of the output as its last build left it, which the
     * next build takes instead of reading every file's again (at 1,000 models that read is most of
     * an edit's rebuild); null when unknown. Guarded by {@link #busy}.
     */
    private Map<String, BuildCache.FileStamp> trusted;

    /** The manifest of the build that left {@link #trusted}; null when unknown. */
    private BuildCache.Manifest trustedFor;

    /**
     * For {@code serve}'s builder: every read named by a page record of {@link #readsFor} (and
     * perhaps more), with its digest in the build that made that manifest; null when unknown.
     */
    private ConcurrentHashMap<String, ReadDigests.Read> readsThen;

    /** The manifest {@link #readsThen} describes. */
    private BuildCache.Manifest readsFor;

    /**
     * The reads whose digest changed since the build that made {@code last}, when that build was
     * this builder's and noted the digest of every read its pages record (each page it kept, it
     * checked; each it rendered, it recorded); null when unknown. A page of {@code last} that reads
     * none of them may then be kept without checking each of its reads again: at 1,000 models an
     * edit's pages name about 500,000 reads, but 12,000 different ones.
     *
     * <p>Asking each of them of {@code now} also puts it in {@code now}'s reads, so the next build
     * may do the same: its manifest's kept pages name reads from this list, its rendered pages
     * reads it notes as it records them.
     */
    private Set<String> changedReads(BuildCache.Manifest last, ReadDigests now) {
        ConcurrentHashMap<String, ReadDigests.Read> then = readsThen;
        if (last == null || then == null || last != readsFor) {
            return null;
        }
        Set<String> changed = ConcurrentHashMap.newKeySet();
        // on every processor: each read's digest may have to be made again
        then.forEach(
                1024,
                (name, read) -> {
                    if (!read.digest().equals(now.of(name))) {
                        changed.add(name);
                    }
                });
        return changed;
    }

    /**
     * Whether files in the output were changed, added or deleted by hand (or by anything else)
     * since {@code serve}'s builder last wrote it. When so, the next build finds them and puts them
     * right; {@code serve} asks this while it is idle and then rebuilds.
     */
    public boolean outputChangedByHand() {
        long round;
        synchronized (busy) {
            if (trusted == null) {
                return false;
            }
            round = builds;
        }
        // read without holding up a build; thrown away if one began meanwhile
        Map<String, BuildCache.FileStamp> now = stamps(options.out());
        synchronized (busy) {
            if (builds != round || trusted == null || now.equals(trusted)) {
                return false;
            }
            trusted = now;
            trustedFor = null;
            return true;
        }
    }

    /** How many builds have begun; guarded by {@link #busy}. */
    private long builds;

    /**
     * What a build left to save: its manifest, and the layouts to keep (those it used, when it drew
     * every tree; null: all).
     */
    private record Unsaved(BuildCache.Manifest manifest, Set<String> layoutsKept) {}

    /**
     * How long {@code serve}'s builder waits after a build, with no other build beginning, before
     * it saves the cache: a save costs a few hundred milliseconds of CPU at 1,000 models, which
     * quick edits would otherwise wait for.
     */
    static final long SAVE_AFTER_MILLIS = 1000;

    /** Held by a build, and briefly by a save of the cache to take what it saves. */
    private final Object busy = new Object();

    /** Serve's last build, not saved yet; guarded by {@link #busy}. */
    private Unsaved unsaved;

    private java.util.concurrent.ScheduledThreadPoolExecutor saver;

    private java.util.concurrent.ScheduledFuture<?> saveTimer;

    /** Which scheduled save is the current one; guarded by {@link #busy}. */
    private long saveRound;

    /** Saves {@link #unsaved} after {@link #SAVE_AFTER_MILLIS}, unless a build comes first. */
    private void scheduleSave() {
        if (saver == null) {
            java.util.concurrent.ScheduledThreadPoolExecutor e =
                    new java.util.concurrent.ScheduledThreadPoolExecutor(
                            1, r -> daemon("lineage-save-cache", r));
            // no thread is kept while there is nothing to save
            e.setKeepAliveTime(5, java.util.concurrent.TimeUnit.SECONDS);
            e.allowCoreThreadTimeOut(true);
            e.setRemoveOnCancelPolicy(true);
            saver = e;
        }
        if (saveTimer != null) {
            saveTimer.cancel(false);
        }
        // a timer that fired while this build ran finds itself outdated
        long round = ++saveRound;
        saveTimer =
                saver.schedule(
                        () -> saveUnsaved(round),
                        SAVE_AFTER_MILLIS,
                        java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * On the saver's thread: saves what serve's last build left unsaved, if anything, when {@code
     * round} is still the current one (any round: -1). The files are written without holding {@link
     * #busy}, so that a build never waits for a save (at 10,000 models one takes seconds);
     * meanwhile that build reads the manifest from memory.
     */
    private void saveUnsaved(long round) {
        Unsaved u;
        synchronized (busy) {
            if (round >= 0 && round != saveRound) {
                return;
            }
            u = unsaved;
        }
        if (u == null) {
            return;
        }
        saveCache(u);
        synchronized (busy) {
            if (unsaved == u) {
                unsaved = null;
            }
        }
    }

    /** The output's stamps, read on a thread of their own since the build began. */
    private Map<String, BuildCache.FileStamp> walked() {
        try {
            return walking.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** How many tree layouts the last build drew. */
    int layoutsUsed() {
        return layouts.used();
    }

    /** How many tree layouts the last build had to make (not found in the cache). */
    int layoutsMade() {
        return layouts.made();
    }

    /** Reads the saved layouts once, on the first build that uses the cache. */
    private void loadLayouts() {
        if (!layoutsLoaded && cache.isPresent()) {
            layouts.load(cache.get().layouts());
        }
        layoutsLoaded = true;
    }

    /**
     * Saves the manifest and the layouts; when every page was rendered ({@code complete}), the
     * layouts no page used are dropped.
     */
    private void saveCache(Unsaved u) {
        try {
            cache.get().save(u.manifest());
            layouts.save(cache.get().layouts(), u.layoutsKept());
        } catch (IOException | UncheckedIOException e) {
            // the site is built; a cache that cannot be written only makes the next build slower
            try {
                cache.get().forget();
            } catch (IOException ignored) {
                // nothing more to do: an unreadable manifest is ignored by the next build
            }
        }
    }

    /**
     * The stamps of the site just swapped in: a file kept as a hard link is the previous site's
     * file, whose stamp was read before the build; only the files written anew are asked for.
     */
    private Map<String, BuildCache.FileStamp> stampsAfter(
            SiteWriter written, Map<String, BuildCache.FileStamp> before) {
        Path root = options.out();
        Set<String> linked = written.linked();
        Set<String> files = written.files();
        Map<String, BuildCache.FileStamp> after = new HashMap<>(2 * files.size());
        List<String> fresh = new ArrayList<>();
        for (String f : files) {
            BuildCache.FileStamp was = linked.contains(f) ? before.get(f) : null;
            if (was != null) {
                after.put(f, was);
            } else {
                fresh.add(f);
            }
        }
        Map<String, BuildCache.FileStamp> read = new ConcurrentHashMap<>();
        Workers.each(
                fresh,
                f -> BuildCache.FileStamp.of(root.resolve(f)).ifPresent(s -> read.put(f, s)));
        after.putAll(read);
        return after;
    }

    private static Map<String, BuildCache.FileStamp> stamps(Path out) {
        try {
            return BuildCache.stamps(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The digests of the build's inputs.
     *
     * @param all every input: the content's files, the templates, the options, Lineage itself
     * @param settings the templates, the options and Lineage itself
     * @param files each content file's digest, by path relative to the content folder
     * @param sameListing the watcher told of changes to files that were there before and still are,
     *     and of nothing else: no file or folder came or went
     */
    private record Inputs(
            String all, String settings, Map<String, String> files, boolean sameListing) {}

    private Inputs inputs(Set<Path> changed) {
        try {
            MessageDigest all = BuildCache.digest();
            String settings =
                    BuildCache.FORMAT
                            + "\0"
                            + BuildCache.codeId()
                            + "\0"
                            + options.strict()
                            + "\0"
                            + options.displayRoot()
                            + "\0"
                            + options.readerViews()
                            + "\0"
                            + options.pastEditions()
                            + "\0"
                            + BuildCache.templatesId(options.templates());
            all.update(settings.getBytes(StandardCharsets.UTF_8));
            // absolute and normalised, as the watcher names changed files
            Path root = options.content().toAbsolutePath().normalize();
            Map<String, String> before = listed;
            Map<String, String> told = changed == null ? null : fromWatcher(root, changed);
            if (told != null) {
                listed = told;
                return new Inputs(
                        digestOf(all, told),
                        settings,
                        told,
                        sameListing(root, changed, before, told));
            }
            // by name relative to the root: hashed, and sorted once, as strings
            Map<String, Path> found = new HashMap<>();
            Map<Path, BasicFileAttributes> attributes = new HashMap<>();
            BuildCache.eachFile(
                    root,
                    (p, a) -> {
                        if (a.isRegularFile() || (a.isSymbolicLink() && Files.isRegularFile(p))) {
                            found.put(root.relativize(p).toString().replace('\\', '/'), p);
                            attributes.put(p, a);
                        }
                    });
            List<String> names = new ArrayList<>(found.keySet());
            names.sort(null);
            if (changed == null) {
                known.clear();
            }
            known.keySet().retainAll(attributes.keySet());
            Map<String, String> files = new TreeMap<>();
            for (String name : names) {
                Path p = found.get(name);
                BasicFileAttributes a = attributes.get(p);
                Known k = known.get(p);
                String digest;
                if (k != null
                        && changed != null
                        && !changed.contains(p)
                        && java.util.Objects.equals(k.key(), a.fileKey())
                        && k.size() == a.size()
                        && k.time().equals(a.lastModifiedTime())) {
                    digest = k.digest();
                } else {
                    digest = digestAnew(p, a);
                }
                files.put(name, digest);
            }
            listed = files;
            return new Inputs(digestOf(all, files), settings, files, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and digests content file {@code p}, and notes its identity with the digest. */
    private String digestAnew(Path p, BasicFileAttributes a) throws IOException {
        String digest = HexFormat.of().formatHex(BuildCache.sha256(Files.readAllBytes(p)));
        known.put(p, new Known(a.fileKey(), a.size(), a.lastModifiedTime(), digest));
        return digest;
    }

    /** {@code all}, given the settings, completed with each file's name and digest, in order. */
    private static String digestOf(MessageDigest all, Map<String, String> files) {
        files.forEach(
                (name, digest) -> {
                    all.update(name.getBytes(StandardCharsets.UTF_8));
                    all.update((byte) 0);
                    all.update(digest.getBytes(StandardCharsets.UTF_8));
                    all.update((byte) 0);
                });
        return HexFormat.of().formatHex(all.digest());
    }

    /**
     * The content files of the last build (name, digest), sorted by name; null before the first.
     */
    private Map<String, String> listed;

    /**
     * The content files and their digests, from the last build's list and what the watcher saw
     * change, without listing the folders again; null when a folder itself changed (created,
     * deleted, or named for everything in it when the system lost track of single events), and the
     * content is then listed afresh.
     */
    private Map<String, String> fromWatcher(Path root, Set<Path> changed) throws IOException {
        if (listed == null) {
            return null;
        }
        TreeMap<String, String> files = new TreeMap<>(listed);
        for (Path p : changed) {
            if (!p.startsWith(root)) {
                // a template: in the settings
                continue;
            }
            if (p.equals(root)) {
                return null;
            }
            String name = root.relativize(p).toString().replace('\\', '/');
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException e) {
                String below = files.ceilingKey(name + "/");
                if (below != null && below.startsWith(name + "/")) {
                    // a folder went
                    return null;
                }
                files.remove(name);
                known.remove(p);
                continue;
            }
            if (a.isDirectory()) {
                return null;
            }
            if (a.isRegularFile() || (a.isSymbolicLink() && Files.isRegularFile(p))) {
                files.put(name, digestAnew(p, a));
            } else {
                files.remove(name);
                known.remove(p);
            }
        }
        return files;
    }

    /**
     * Whether every path the watcher named under the content folder was a content file before and
     * still is one, or was none and is gone (an editor's temporary file): then the content's files
     * and folders are the very ones of the last build, and its walk of the tree may be taken again.
     */
    private static boolean sameListing(
            Path root, Set<Path> changed, Map<String, String> before, Map<String, String> after) {
        for (Path p : changed) {
            if (!p.startsWith(root)) {
                continue;
            }
            String name = root.relativize(p).toString().replace('\\', '/');
            boolean was = before.containsKey(name);
            if (was != after.containsKey(name)) {
                return false;
            }
            // neither before nor now a content file: an editor's temporary file, come and gone
            if (!was && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The settings and each content file's name with what {@code part} makes of its name and digest
     * (null: the file is left out), as a digest.
     */
    private static String inputsDigest(
            Inputs inputs, java.util.function.BinaryOperator<String> part) {
        MessageDigest md = BuildCache.digest();
        md.update(inputs.settings().getBytes(StandardCharsets.UTF_8));
        inputs.files()
                .forEach(
                        (name, digest) -> {
                            String counted = part.apply(name, digest);
                            if (counted != null) {
                                md.update(
                                        (name + "=" + counted + "\n")
                                                .getBytes(StandardCharsets.UTF_8));
                            }
                        });
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * What the files that are not pages (the data exports, the sitemap, the search indexes, the
     * past editions) are made from, as a digest: the settings and every content file, except that
     * of a body only its name counts (the exports show no body's text; a standalone page's body
     * counts whole, since it holds the page's title).
     */
    private static String dataKey(Inputs inputs) {
        return inputsDigest(
                inputs,
                (name, digest) ->
                        name.endsWith(".md") && !name.startsWith(Kind.PAGE.dir() + "/")
                                ? ""
                                : digest);
    }

    /**
     * What every page may show, as a digest: the settings, the content files that hold no entity
     * and no body ({@code site.yaml}), the structure of every entity (all but its own prose, which
     * pages that show it read, see {@link Reads}), and of each body what other pages learn from it
     * (that it exists, what it links to and cites, which version it translates).
     */
    private String shared(Inputs inputs, CheckResult checked) {
        MessageDigest md = BuildCache.digest();
        md.update(inputs.settings().getBytes(StandardCharsets.UTF_8));
        KnowledgeBase kb = checked.kb();
        java.util.Set<String> entityFiles = new HashSet<>();
        // digested a line at a time: the whole text is megabytes at 1,000 models
        StringBuilder b = new StringBuilder(256);
        kb.all()
                .forEach(
                        e -> {
                            entityFiles.add(relative(e.pos().path()));
                            b.append(e.kind().dir())
                                    .append('/')
                                    .append(e.id())
                                    .append('=')
                                    .append(structures.get(e))
                                    .append('\n');
                            flush(md, b);
                        });
        inputs.files()
                .forEach(
                        (name, digest) -> {
                            if (!name.endsWith(".md") && !entityFiles.contains(name)) {
                                b.append(name).append('=').append(digest).append('\n');
                                flush(md, b);
                            }
                        });
        checked.bodies()
                .forEach(
                        (key, byLang) ->
                                byLang.forEach(
                                        (lang, doc) -> {
                                            b.append(Reads.body(key, lang)).append('\0');
                                            doc.scan()
                                                    .entityLinks()
                                                    .forEach(l -> b.append(l.value()).append(' '));
                                            b.append('\0');
                                            doc.scan()
                                                    .citations()
                                                    .forEach(c -> b.append(c.value()).append(' '));
                                            b.append('\0');
                                            kb.bodiesOf(key.kind(), key.id())
                                                    .get(lang)
                                                    .translatedFrom()
                                                    .ifPresent(
                                                            t ->
                                                                    b.append(t.lang())
                                                                            .append(t.digest()));
                                            b.append('\n');
                                            flush(md, b);
                                        }));
        return HexFormat.of().formatHex(md.digest());
    }

    /** Digests {@code b}'s text and empties it. */
    private static void flush(MessageDigest md, StringBuilder b) {
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        b.setLength(0);
    }

    /** A position's file, relative to the content folder. */
    private String relative(String path) {
        String root = options.displayRoot();
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    /**
     * What the last build left that this one may keep: its pages, when what all pages share is
     * unchanged, each page's own reads are unchanged and its files are as that build wrote them.
     */
    private record Reuse(
            String shared,
            String data,
            BuildCache.Manifest last,
            Map<String, BuildCache.FileStamp> present,
            ReadDigests digests,
            boolean asLeft,
            Set<String> changed) {
        static final Reuse NONE = new Reuse("", "", null, Map.of(), null, false, null);

        /**
         * Whether the files that are not pages may all be kept from the last build: what they are
         * made from is unchanged, and each is still as that build left it.
         */
        boolean keepsData() {
            if (last == null || data.isEmpty() || !last.data().equals(data)) {
                return false;
            }
            for (String f : last.digests().keySet()) {
                if (!asWritten(f)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether output file {@code f} is still as the last build wrote it. */
        boolean asWritten(String f) {
            BuildCache.FileStamp was = last.files().get(f);
            return was != null && was.equals(present.get(f));
        }

        /** The files of {@code page} from the last build, if they may be kept as they are. */
        Optional<BuildCache.PageRecord> keep(PlannedPage page) {
            if (last == null || !last.shared().equals(shared)) {
                return Optional.empty();
            }
            BuildCache.PageRecord r = last.pageRecords().get(page.file());
            if (r == null || r.reads().containsKey(Reads.ALL_BODIES)) {
                return Optional.empty();
            }
            if (!asLeft) {
                for (String f : r.files()) {
                    if (!asWritten(f)) {
                        return Optional.empty();
                    }
                }
            }
            return ReadDigests.unchanged(r.reads(), changed, digests::of)
                    ? Optional.of(r)
                    : Optional.empty();
        }
    }

    /**
     * The digest of each thing a page may read ({@link Reads}' names): an entity whole, every
     * entity of a kind, a body's text. Each is made once per build, on first use.
     */
    static final class ReadDigests {
        private final CheckResult checked;
        private final ConcurrentHashMap<String, Read> made = new ConcurrentHashMap<>(1 << 12);

        /** A read and its digest; pages that read the same thing share one instance of each. */
        record Read(String name, String digest) {}

        private final IdentityMemo<Entity, String> wholes;
        private final IdentityMemo<Entity, Map<String, String>> fields;
        private final IdentityMemo<Body, String> bodies;

        /**
         * The digest of every entity of a kind (or of a prose field of each), with the knowledge
         * base it was made from: kept from build to build while the kind's entities are the very
         * same objects.
         */
        record KindDigest(KnowledgeBase kb, String digest) {}

        private final Map<String, KindDigest> kinds;

        ReadDigests(
                CheckResult checked,
                IdentityMemo<Entity, String> wholes,
                IdentityMemo<Entity, Map<String, String>> fields,
                IdentityMemo<Body, String> bodies,
                Map<String, KindDigest> kinds) {
            this.checked = checked;
            this.kinds = kinds;
            this.wholes = wholes;
            this.fields = fields;
            this.bodies = bodies;
        }

        /**
         * Whether each of {@code reads} (a name and its digest when it was recorded) has that
         * digest still. Told {@code changed}, the reads whose digest changed since the build that
         * recorded them (every read of its pages and parts had the digest it records then), it
         * looks for them among the names; otherwise (null) it asks {@code digests} for each.
         */
        static boolean unchanged(
                Map<String, String> reads,
                Set<String> changed,
                java.util.function.Function<String, String> digests) {
            if (changed != null) {
                if (!changed.isEmpty()) {
                    for (String name : reads.keySet()) {
                        if (changed.contains(name)) {
                            return false;
                        }
                    }
                }
                return true;
            }
            for (Map.Entry<String, String> e : reads.entrySet()) {
                if (!e.getValue().equals(digests.apply(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        /** Every read asked of this so far, by name. */
        ConcurrentHashMap<String, Read> made() {
            return made;
        }

        String of(String name) {
            return read(name).digest();
        }

        Read read(String name) {
            Read r = made.get(name);
            if (r == null) {
                r = new Read(name, make(name));
                Read was = made.putIfAbsent(name, r);
                if (was != null) {
                    r = was;
                }
            }
            return r;
        }

        private String make(String name) {
            if (name.equals(Reads.ALL_BODIES)) {
                return "";
            }
            // e:<dir>/<id>, f:<dir>/<field>/<id> or b:<dir>/<id>/<lang>, read without a pattern:
            // thousands a build
            int slash = name.indexOf('/', 2);
            Kind kind = slash < 0 ? null : BY_DIR.get(name.substring(2, slash));
            if (kind == null) {
                return "?";
            }
            KnowledgeBase kb = checked.kb();
            if (name.startsWith("b:")) {
                int lang = name.indexOf('/', slash + 1);
                if (lang < 0) {
                    return "";
                }
                Body b =
                        kb.bodiesOf(kind, name.substring(slash + 1, lang))
                                .get(name.substring(lang + 1));
                return b == null ? "" : bodies.get(b);
            }
            String field = null;
            if (name.startsWith("f:")) {
                int end = name.indexOf('/', slash + 1);
                if (end < 0) {
                    return "?";
                }
                field = name.substring(slash + 1, end);
                slash = end;
            }
            String id = name.substring(slash + 1);
            if (id.equals("*")) {
                KindDigest was = kinds.get(name);
                if (was != null && was.kb().sameEntities(kb, kind)) {
                    return was.digest();
                }
                StringBuilder all = new StringBuilder();
                // not through the tracked map's reads: nothing is being recorded here
                for (String each : kb.entities(kind).keySet()) {
                    String one =
                            field == null
                                    ? Reads.entity(kind, each)
                                    : Reads.field(kind, field, each);
                    all.append(each).append('=').append(of(one)).append('\n');
                }
                String digest = hash(all.toString());
                kinds.put(name, new KindDigest(kb, digest));
                return digest;
            }
            if (field == null) {
                return kb.find(kind, id).map(wholes::get).orElse("");
            }
            String f = field;
            return kb.find(kind, id)
                    .map(
                            e ->
                                    fields.get(e)
                                            .computeIfAbsent(
                                                    f,
                                                    x -> {
                                                        String v = Structure.field(e, x);
                                                        return v == null ? "?" : hash(v);
                                                    }))
                    .orElse("");
        }

        private static final Map<String, Kind> BY_DIR = new HashMap<>();

        static {
            for (Kind k : Kind.values()) {
                BY_DIR.put(k.dir(), k);
            }
        }

        static String hash(String s) {
            return HexFormat.of().formatHex(BuildCache.sha256(s.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** How diagnostics name the output folder. */
    private String outputName() {
        String name = options.out().toString();
        return name.endsWith("/") ? name : name + "/";
    }

    /**
     * Where the files that are not pages go: a file made again with the bytes it had in the last
     * build (by digest), and still as that build left it, is kept rather than written; every file's
     * digest is noted for the next build.
     */
    private record DataFiles(
            SiteWriter out,
            Reuse reuse,
            Map<String, String> digests,
            Path site,
            boolean compare,
            Map<String, KnownBytes> known) {
        /** The digest noted for a file written without taking one (a staged site's). */
        static final String UNKNOWN = "-";

        /**
         * Writes {@code name}, or keeps it when {@code compare} ({@code serve}'s builder, which
         * updates its site in place, where a file kept is a file not renamed) and its bytes are
         * unchanged. A site staged whole writes every data file: a link costs about what a write
         * does, and the digests do not pay.
         */
        void write(String name, byte[] bytes) {
            if (!compare) {
                digests.put(name, UNKNOWN);
                out.write(name, bytes);
                return;
            }
            // bytes kept from the last build (a part of the exports) have the digest they had
            KnownBytes k = known.get(name);
            String digest;
            if (k != null && k.bytes() == bytes) {
                digest = k.digest();
            } else {
                digest = HexFormat.of().formatHex(BuildCache.sha256(bytes));
                known.put(name, new KnownBytes(bytes, digest));
            }
            if (unchanged(name, digest)) {
                out.keepFrom(site.toAbsolutePath().normalize(), name, bytes.length);
            } else {
                out.write(name, bytes);
            }
        }

        /**
         * As above, for a file written as it is made: always written, without a digest. It is the
         * whole knowledge base (lineage.json), which any change of an entity changes, and a digest
         * of its megabytes costs more than writing them.
         */
        void write(String name, Streamed content) {
            digests.put(name, UNKNOWN);
            out.write(name, content);
        }

        /**
         * Notes {@code name}'s digest; true when the last build wrote the same bytes there and the
         * file is still as that build left it.
         */
        private boolean unchanged(String name, String digest) {
            digests.put(name, digest);
            BuildCache.Manifest last = reuse.last();
            if (last == null || !digest.equals(last.digests().get(name))) {
                return false;
            }
            return reuse.asWritten(name);
        }

        /**
         * Keeps {@code name} as the last build wrote it, with the digest noted then, when that
         * build wrote it and it is still as that build left it; false otherwise.
         */
        boolean keep(String name) {
            BuildCache.Manifest last = reuse.last();
            if (!compare
                    || last == null
                    || !last.digests().containsKey(name)
                    || !reuse.asWritten(name)) {
                return false;
            }
            digests.put(name, last.digests().get(name));
            out.keepFrom(site.toAbsolutePath().normalize(), name, last.files().get(name).size());
            return true;
        }

        /** Keeps every file the last build wrote here, with its digest. */
        void keepAll() {
            Path root = site.toAbsolutePath().normalize();
            BuildCache.Manifest last = reuse.last();
            last.digests()
                    .forEach(
                            (name, digest) -> {
                                digests.put(name, digest);
                                out.keepFrom(root, name, last.files().get(name).size());
                            });
        }

        /** This as the exports' sink. */
        DataExports.Sink sink() {
            return new DataExports.Sink() {
                @Override
                public void accept(String name, byte[] bytes) {
                    write(name, bytes);
                }

                @Override
                public void accept(String name, Streamed content) {
                    write(name, content);
                }

                @Override
                public boolean keep(String name) {
                    return DataFiles.this.keep(name);
                }
            };
        }
    }

    /**
     * The files of a build that kept every data file: the plan it had and the digest of what the
     * data files are made from. The next build with the same plan (the very list: the entities did
     * not change) and the same digest has the same files.
     */
    private record DataKept(List<PlannedPage> plan, String data, Set<String> files) {}

    private DataKept lastDataKept;

    /** A data file's bytes as last written by {@code serve}'s builder, with their digest. */
    private record KnownBytes(byte[] bytes, String digest) {}

    /** By file name: a part of the exports kept from the last build is not digested again. */
    private final Map<String, KnownBytes> knownBytes = new ConcurrentHashMap<>();

    /**
     * The parts this build made or took, kept for the next once the site they were written into is
     * in place: a build that fails later (a broken link) leaves the parts of the site that is still
     * there, from which the next build may keep lineage.json whole.
     */
    private KeptParts.Round madeParts;

    /** The parts of the exports {@code serve}'s builder keeps between builds. */
    private final KeptParts parts = new KeptParts();

    /**
     * Writes every file that is not a page (the {@code /data/} exports, the CSL-JSON of cited pages
     * that are no entity's, the assets, the sitemap) and returns the name of every file the site
     * will have, pages included.
     */
    private Set<String> writeData(
            CheckResult checked,
            Views views,
            List<PlannedPage> plan,
            List<PastEditions.Built> past,
            DataFiles out) {
        // a rehearsal makes the data files as an edit of an entity would
        madeParts = null;
        boolean keepsData = !rehearsing && out.reuse().keepsData();
        DataKept was = lastDataKept;
        lastDataKept = null;
        if (keepsData
                && was != null
                && was.plan() == plan
                && was.data().equals(out.reuse().data())) {
            // the same pages and the same data files as the last build, which kept them too
            out.keepAll();
            lastDataKept = was;
            return was.files();
        }
        Set<String> files = new HashSet<>(1 << 15);
        DataExports.names(checked.kb(), files);
        for (PlannedPage p : plan) {
            files.add(p.file());
            views.cslPath(p.key(), p.lang()).ifPresent(files::add);
        }
        if (keepsData) {
            // a body's text changed at most: every file that is not a page is as it was
            out.keepAll();
            files.addAll(out.reuse().last().digests().keySet());
            Set<String> all = java.util.Collections.unmodifiableSet(files);
            lastDataKept = new DataKept(plan, out.reuse().data(), all);
            return all;
        }
        List<String> editionHomes = new ArrayList<>();
        for (PastEditions.Built b : past) {
            String root = b.edition().root();
            Banners banners = new Banners(b, editionRecord(b), checked, views, files, spliced);
            b.files()
                    .forEach(
                            (name, bytes) -> {
                                // the site's own sitemap and robots.txt speak for the editions
                                if (!name.equals("sitemap.xml") && !name.equals("robots.txt")) {
                                    out.write(root + name, banners.put(name, bytes));
                                    files.add(root + name);
                                }
                            });
            String data = "data/editions/" + b.edition().version() + "/lineage.json";
            out.write(data, b.files().get("data/lineage.json"));
            files.add(data);
            for (String lang : checked.kb().site().languages()) {
                editionHomes.add(root + lang + "/");
            }
        }
        // serve's builder (which compares what it writes) keeps parts of the exports in memory
        KeptParts.Round round =
                out.compare() && out.reuse().digests() != null
                        ? parts.round(
                                out.reuse().shared(),
                                out.reuse().digests()::of,
                                MANY_READS,
                                out.reuse().digests().made(),
                                readsThen,
                                out.reuse().changed())
                        : null;
        // the pages write their own CSL-JSON, from the citation they show
        DataExports.write(
                checked.kb(),
                checked.graph(),
                out.sink(),
                false,
                lang -> searchExtras(checked, plan, past, lang),
                round == null ? DataExports.Parts.NONE : round);
        for (String asset : ASSETS) {
            byte[] b =
                    options.templates()
                            .read("assets/" + asset)
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "missing template asset assets/" + asset));
            out.write("assets/" + asset, b);
            files.add("assets/" + asset);
        }
        // the sitemap is the plan's (kept as long as what every page shares is unchanged)
        out.write(
                "sitemap.xml",
                (round == null ? DataExports.Parts.NONE : round)
                        .get(
                                "sitemap.xml",
                                () ->
                                        Sitemap.xml(
                                                        plan,
                                                        editionHomes,
                                                        checked.kb().site(),
                                                        l -> views.ui(l).get("lang.tag"))
                                                .getBytes(StandardCharsets.UTF_8)));
        out.write(
                "robots.txt", Sitemap.robots(checked.kb().site()).getBytes(StandardCharsets.UTF_8));
        files.add("sitemap.xml");
        files.add("robots.txt");
        // kept for the next build once this one's site is in place (see buildAlone)
        madeParts = round;
        return java.util.Collections.unmodifiableSet(files);
    }

    /** The comparisons and past editions search finds, in {@code lang}. */
    private static List<SearchIndex.Extra> searchExtras(
            CheckResult checked,
            List<PlannedPage> plan,
            List<PastEditions.Built> past,
            String lang) {
        KnowledgeBase kb = checked.kb();
        String def = kb.site().defaultLanguage();
        List<SearchIndex.Extra> out = new ArrayList<>();
        for (PlannedPage p : plan) {
            if (p.lang().equals(lang) && p.key() instanceof PageKey.Compare c) {
                out.add(
                        new SearchIndex.Extra(
                                "compare",
                                kb.models().get(c.a()).title(lang, def)
                                        + " · "
                                        + kb.models().get(c.b()).title(lang, def),
                                p.path()));
            }
        }
        for (PastEditions.Built b : past) {
            out.add(
                    new SearchIndex.Extra(
                            "edition",
                            b.edition().version() + " (" + b.edition().released() + ")",
                            b.edition().root() + lang + "/"));
        }
        return out;
    }

    private static String readPage(Path root, String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The digest of a page's ids, for its record. */
    private static String idsDigest(LinkCheck.PageLinks p) {
        return ReadDigests.hash(String.join("\n", p.ids()));
    }

    /**
     * What rendering the pages gave: the template failures, how many pages were rendered (not
     * kept), and every page's record for the cache.
     */
    private record Rendered(
            List<Diagnostic> failures, int count, Map<String, BuildCache.PageRecord> records) {}

    /**
     * Renders, writes and link-checks every page, in parallel, or keeps it from the previous site
     * when its inputs are unchanged; returns the template failures. Every page is attempted, so
     * that all failures are reported together and no thread is still writing when a failed build
     * removes its folder.
     *
     * <p>A kept page's links were good in the last build. They still are when no file of that build
     * is gone ({@code nothingGone}) and every page written anew declares the same ids as before:
     * then kept pages are not read again. Otherwise every kept page is read and checked.
     */
    private Rendered renderPages(
            Views views,
            List<PlannedPage> plan,
            SiteWriter out,
            LinkCheck links,
            Reuse reuse,
            boolean nothingGone,
            Timings timings) {
        Queue<Diagnostic> failures = new ConcurrentLinkedQueue<>();
        Queue<RuntimeException> bugs = new ConcurrentLinkedQueue<>();
        Map<String, BuildCache.PageRecord> records = new ConcurrentHashMap<>(2 * plan.size());
        AtomicInteger count = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean idsChanged =
                new java.util.concurrent.atomic.AtomicBoolean();
        Queue<String> keptPages = new ConcurrentLinkedQueue<>();
        Map<String, PageTime> byKind = new ConcurrentHashMap<>();
        Path old = options.out().toAbsolutePath().normalize();
        Consumer<PlannedPage> one =
                p -> {
                    try {
                        Optional<BuildCache.PageRecord> kept = reuse.keep(p);
                        if (kept.isPresent()) {
                            for (String f : kept.get().files()) {
                                out.keepFrom(old, f, reuse.present().get(f).size());
                            }
                            keptPages.add(p.file());
                            records.put(p.file(), kept.get());
                            return;
                        }
                        long start = System.nanoTime();
                        Reads.Recorded<PageRender.Page> r =
                                Reads.record(() -> PageRender.render(views, templates, p));
                        PageRender.Page page = r.value();
                        out.write(p.file(), page.html().getBytes(StandardCharsets.UTF_8));
                        List<String> written = new ArrayList<>(List.of(p.file()));
                        page.csl()
                                .ifPresent(
                                        c -> {
                                            out.write(c.getKey(), c.getValue());
                                            written.add(c.getKey());
                                        });
                        String ids = idsDigest(links.page(p.file(), page.html()));
                        BuildCache.PageRecord was =
                                reuse.last() == null
                                        ? null
                                        : reuse.last().pageRecords().get(p.file());
                        if (was != null && !was.ids().equals(ids)) {
                            idsChanged.set(true);
                        }
                        count.incrementAndGet();
                        byKind.computeIfAbsent(label(p.key()), k -> new PageTime())
                                .add(System.nanoTime() - start);
                        if (reuse.digests() != null) {
                            Map<String, String> bodies = new TreeMap<>();
                            for (String b : Reads.collapse(r.reads(), MANY_READS)) {
                                ReadDigests.Read x = reuse.digests().read(b);
                                bodies.put(x.name(), x.digest());
                            }
                            records.put(p.file(), new BuildCache.PageRecord(written, bodies, ids));
                        }
                    } catch (TemplateFailure e) {
                        failures.add(e.diagnostic());
                    } catch (RuntimeException e) {
                        bugs.add(new IllegalStateException(p.file() + ": " + e, e));
                    }
                };
        // a page's languages on one worker, one after the other: what they share (a comparison,
        // the knowledge base of a year) is made once and then used at once, never awaited
        Workers.each(PagePlan.byKey(plan), pages -> pages.forEach(one));
        if (!bugs.isEmpty()) {
            throw bugs.peek();
        }
        if (!nothingGone || idsChanged.get()) {
            Workers.each(List.copyOf(keptPages), f -> links.page(f, readPage(old, f)));
        } else {
            links.kept(keptPages);
        }
        List<Diagnostic> sorted = new ArrayList<>(new HashSet<>(failures));
        sorted.sort(null);
        if (!byKind.isEmpty()) {
            timings.note("rendering by kind of page (time summed over the workers):");
            byKind.entrySet().stream()
                    .sorted(
                            Map.Entry.<String, PageTime>comparingByValue(
                                            java.util.Comparator.comparingLong(PageTime::nanos))
                                    .reversed())
                    .forEach(
                            e ->
                                    timings.note(
                                            String.format(
                                                    java.util.Locale.ROOT,
                                                    "  %-14s %8d ms %7d pages",
                                                    e.getKey(),
                                                    e.getValue().nanos() / 1_000_000,
                                                    e.getValue().pages())));
        }
        return new Rendered(sorted, count.get(), records);
    }

    /** The time spent rendering and writing the pages of one kind, and how many there were. */
    private static final class PageTime {
        private final java.util.concurrent.atomic.LongAdder nanos =
                new java.util.concurrent.atomic.LongAdder();
        private final java.util.concurrent.atomic.LongAdder pages =
                new java.util.concurrent.atomic.LongAdder();

        void add(long n) {
            nanos.add(n);
            pages.increment();
        }

        long nanos() {
            return nanos.sum();
        }

        long pages() {
            return pages.sum();
        }
    }

    /** A page's kind as {@code --timings} names it: an entity's folder, or the page's own kind. */
    private static String label(PageKey key) {
        if (key instanceof PageKey.Entity e) {
            return e.kind().dir();
        }
        String name = key.getClass().getSimpleName();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                b.append('-');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * Puts the banner into each page of a past edition ({@link EditionBanner}): what it says of the
     * present, made by this build. {@code nowFiles} holds the current site's files, its pages among
     * them.
     */
    private static final class Banners {
        private final PastEditions.Built edition;
        private final Views views;
        private final Set<String> nowFiles;
        private final org.lineage.export.EditionDiff.Editions diff;
        private final Map<String, Spliced> spliced;

        /**
         * @param record the edition's {@code data/lineage.json}, read
         */
        Banners(
                PastEditions.Built edition,
                JsonNode record,
                CheckResult now,
                Views views,
                Set<String> nowFiles,
                Map<String, Spliced> spliced) {
            this.edition = edition;
            this.views = views;
            this.nowFiles = nowFiles;
            this.spliced = spliced;
            this.diff = new org.lineage.export.EditionDiff.Editions(record, now.kb(), now.graph());
        }

        /** {@code bytes}, the file {@code name} of the edition, with its banner in. */
        byte[] put(String name, byte[] bytes) {
            if (!name.endsWith(".html")) {
                return bytes;
            }
            String key = edition.edition().root() + name;
            Spliced was = spliced.get(key);
            if (was == null || was.page() != bytes) {
                // a page read anew: its placeholder is found once, not after every edit
                int[] at = new int[2];
                Optional<org.lineage.render.EditionBanner.Slot> slot =
                        org.lineage.render.EditionBanner.find(bytes, at);
                was = new Spliced(bytes, slot.orElse(null), at[0], at[1], null, bytes);
                spliced.put(key, was);
            }
            if (was.slot() == null) {
                return bytes;
            }
            String banner = views.editionBanner(edition.edition(), diff, nowFiles, was.slot());
            if (banner.equals(was.banner())) {
                // the very bytes written last time: serve's builder knows their digest
                return was.result();
            }
            byte[] text = banner.getBytes(StandardCharsets.UTF_8);
            byte[] result = new byte[bytes.length - (was.end() - was.start()) + text.length];
            System.arraycopy(bytes, 0, result, 0, was.start());
            System.arraycopy(text, 0, result, was.start(), text.length);
            System.arraycopy(
                    bytes, was.end(), result, was.start() + text.length, bytes.length - was.end());
            spliced.put(
                    key, new Spliced(bytes, was.slot(), was.start(), was.end(), banner, result));
            return result;
        }
    }

    /**
     * A past edition's page as read, its placeholder (null if it has none) and where it stands, the
     * banner last put in (null before the first), and the page with it.
     */
    private record Spliced(
            byte[] page,
            org.lineage.render.EditionBanner.Slot slot,
            int start,
            int end,
            String banner,
            byte[] result) {}

    /**
     * A past edition's {@code data/lineage.json}, read once for as long as the edition's files are
     * the same (in {@code serve}, from edit to edit).
     */
    private JsonNode editionRecord(PastEditions.Built b) {
        byte[] bytes = b.files().get("data/lineage.json");
        EditionRecord was = editionRecords.get(b.edition().root());
        if (was != null && was.bytes() == bytes) {
            return was.read();
        }
        try {
            JsonNode read = org.lineage.export.Json.read(bytes);
            editionRecords.put(b.edition().root(), new EditionRecord(bytes, read));
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record EditionRecord(byte[] bytes, JsonNode read) {}

    /** By the root of each past edition: its record as last read. */
    private final Map<String, EditionRecord> editionRecords = new ConcurrentHashMap<>();

    /** By file: each past edition's page as last bannered. */
    private final Map<String, Spliced> spliced = new ConcurrentHashMap<>();

    /** The files of the past editions this builder read or wrote, by their folder in the cache. */
    private final Map<Path, java.util.SortedMap<String, byte[]>> editionsRead =
            new ConcurrentHashMap<>();
}
