package org.lineage.content;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The content folder as it was in a commit of the repository that holds it, read from git's objects
 * (no checkout, no {@code git} executable) and written to a folder of its own.
 */
public final class GitContent {
    private GitContent() {}

    /** Why a commit's content cannot be read; the message says what and how to go on. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }

    /** The repository around {@code content}, if there is one. */
    static Optional<Repository> repository(Path content) throws IOException {
        FileRepositoryBuilder b =
                new FileRepositoryBuilder()
                        .readEnvironment()
                        .findGitDir(content.toAbsolutePath().normalize().toFile());
        if (b.getGitDir() == null) {
            return Optional.empty();
        }
        return Optional.of(b.setMustExist(true).build());
    }

    /** True when the repository around {@code content} holds {@code commit}. */
    public static boolean has(Path content, String commit) {
        try {
            Optional<Repository> repo = repository(content);
            if (repo.isEmpty()) {
                return false;
            }
            try (Repository r = repo.get();
                    RevWalk walk = new RevWalk(r)) {
                ObjectId id = r.resolve(commit + "^{commit}");
                if (id == null) {
                    return false;
                }
                walk.parseCommit(id);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes the files of {@code content} as they were in {@code commit} under {@code into} (which
     * must not exist yet) and returns it.
     */
    public static Path extract(Path content, String commit, Path into) throws Unavailable {
        try {
            Optional<Repository> found = repository(content);
            if (found.isEmpty()) {
                throw new Unavailable(
                        "no git repository holds "
                                + content
                                + ", so commit "
                                + commit
                                + " cannot be read");
            }
            try (Repository repo = found.get();
                    RevWalk walk = new RevWalk(repo)) {
                ObjectId id;
                RevCommit c;
                try {
                    id = repo.resolve(commit + "^{commit}");
                    if (id == null) {
                        throw new Unavailable(missing(commit));
                    }
                    c = walk.parseCommit(id);
                } catch (MissingObjectException
                        | org.eclipse.jgit.errors.RevisionSyntaxException e) {
                    throw new Unavailable(missing(commit));
                }
                File work = repo.getWorkTree();
                String prefix =
                        work.toPath()
                                .toAbsolutePath()
                                .normalize()
                                .relativize(content.toAbsolutePath().normalize())
                                .toString()
                                .replace(File.separatorChar, '/');
                Files.createDirectories(into);
                int files = 0;
                try (TreeWalk tw = new TreeWalk(repo)) {
                    tw.addTree(c.getTree());
                    tw.setRecursive(true);
                    String under = prefix.isEmpty() ? "" : prefix + "/";
                    while (tw.next()) {
                        String path = tw.getPathString();
                        if (!path.startsWith(under)) {
                            continue;
                        }
                        Path target = into.resolve(path.substring(under.length())).normalize();
                        if (!target.startsWith(into)) {
                            continue;
                        }
                        Files.createDirectories(target.getParent());
                        Files.write(target, repo.open(tw.getObjectId(0)).getBytes());
                        files++;
                    }
                }
                if (files == 0) {
                    throw new Unavailable(
                            "commit " + commit + " has no files under " + prefix + "/");
                }
                return into;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String missing(String commit) {
        return "commit " + commit + " is not in this clone (a shallow clone lacks older history)";
    }
}
