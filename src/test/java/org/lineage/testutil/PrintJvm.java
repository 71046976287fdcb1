package org.lineage.testutil;

import java.lang.management.ManagementFactory;

/** Stands in for Lineage behind the launcher: prints the JVM's options, then its arguments. */
public final class PrintJvm {
    private PrintJvm() {}

    public static void main(String[] args) {
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("jvm " + a);
        }
        for (String a : args) {
            System.out.println("arg " + a);
        }
    }
}
