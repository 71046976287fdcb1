package org.lineage.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./lineage}, run on a stand-in jar that prints the JVM options and the
 * arguments it was given.
 */
class LauncherTest {
    @TempDir Path tmp;

    private record Run(int exit, List<String> lines) {
        /** What the stand-in jar printed after {@code tag} ("jvm": its JVM options, "arg"). */
        List<String> tagged(String tag) {
            return lines.stream()
                    .filter(l -> l.startsWith(tag + " "))
                    .map(l -> l.substring(tag.length() + 1))
                    .toList();
        }
    }

    private Run run(String javaOpts, String... args) throws Exception {
        Path script = tmp.resolve("lineage");
        Files.copy(Path.of("lineage"), script);
        List<String> command = new java.util.ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaOpts != null) {
            pb.environment().put("LINEAGE_JAVA_OPTS", javaOpts);
        } else {
            pb.environment().remove("LINEAGE_JAVA_OPTS");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out.lines().toList());
    }

    /** A jar whose main class is {@link org.lineage.testutil.PrintJvm}, from the test classes. */
    private void standInJar() throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.lineage.testutil.PrintJvm");
        m.getMainAttributes()
                .put(
                        Attributes.Name.CLASS_PATH,
                        Path.of("target/test-classes").toAbsolutePath().toUri().toString());
        Files.createDirectories(tmp.resolve("target"));
        try (OutputStream f = Files.newOutputStream(tmp.resolve("target/lineage.jar"));
                JarOutputStream jar = new JarOutputStream(f, m)) {
            jar.flush();
        }
    }

    /** Runs the launcher on the stand-in jar, which must exit 0. */
    private Run onStandIn(String javaOpts, String... args) throws Exception {
        standInJar();
        Run r = run(javaOpts, args);
        assertEquals(0, r.exit(), r.lines().toString());
        return r;
    }

    @Test
    void passesTheArgumentsAndPutsTheUsersOptionsAfterItsOwn() throws Exception {
        Run r = onStandIn("-XX:MinHeapFreeRatio=20 -Xmx300m", "build", "two words", "--no-cache");
        List<String> jvm = r.tagged("jvm");
        List<String> args = r.tagged("arg");
        assertEquals(List.of("build", "two words", "--no-cache"), args);
        for (String own :
                List.of(
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmn128m",
                        "-XX:MinHeapFreeRatio=10",
                        "-XX:MaxHeapFreeRatio=30")) {
            assertTrue(jvm.contains(own), own + " in " + jvm);
        }
        // the JVM takes the last of two values: the user's
        assertTrue(
                jvm.indexOf("-XX:MinHeapFreeRatio=20") > jvm.indexOf("-XX:MinHeapFreeRatio=10"),
                jvm.toString());
        assertTrue(jvm.contains("-Xmx300m"), jvm.toString());
        assertTrue(jvm.stream().noneMatch(o -> o.startsWith("-Xmx") && !o.equals("-Xmx300m")));
    }

    @Test
    void leavesTheCompilerAndHeapToTheJvmForServe() throws Exception {
        Run r = onStandIn("-Xmx300m", "serve", "--port", "0");
        List<String> jvm = r.tagged("jvm");
        assertTrue(
                jvm.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), jvm.toString());
        assertTrue(jvm.stream().noneMatch(o -> o.startsWith("-Xmn")), jvm.toString());
        assertTrue(jvm.contains("-Xmx300m"), jvm.toString());
        assertEquals(List.of("serve", "--port", "0"), r.tagged("arg"));
    }

    @Test
    void mapsTheClassDataArchiveBesideTheJarWhereItWasMade() throws Exception {
        standInJar();
        // not an archive this JVM can use: it starts without one, as it would with a stale one
        Files.writeString(tmp.resolve("target/lineage.jsa"), "not an archive");
        Run r = run(null, "build");
        assertEquals(0, r.exit(), r.lines().toString());
        List<String> jvm = r.tagged("jvm");
        assertTrue(
                jvm.contains("-XX:SharedArchiveFile=" + tmp.resolve("target/lineage.jsa")),
                jvm.toString());
        assertTrue(jvm.contains("-XX:ArchiveRelocationMode=0"), jvm.toString());
        assertTrue(
                jvm.indexOf("-XX:+UnlockDiagnosticVMOptions")
                        < jvm.indexOf("-XX:ArchiveRelocationMode=0"),
                jvm.toString());
        assertEquals(List.of("build"), r.tagged("arg"));
    }

    @Test
    void withoutTheJarSaysHowToBuildIt() throws Exception {
        Run r = run(null, "build");
        assertEquals(2, r.exit());
        assertTrue(
                String.join("\n", r.lines()).contains("mvn -B -q package -DskipTests"),
                r.lines().toString());
    }
}
