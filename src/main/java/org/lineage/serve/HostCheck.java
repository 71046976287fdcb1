package org.lineage.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the server answers, against DNS rebinding: a page on another site
 * whose name an attacker points at 127.0.0.1 sends its own name as the host, so only the loopback
 * names are accepted, with the server's port. When the server listens on a non-loopback address,
 * any IP address with that port is accepted too: rebinding needs a name, never a bare address.
 */
record HostCheck(int port, boolean loopbackOnly) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+\\]");

    boolean allows(String host) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        String name;
        if (h.endsWith(":" + port)) {
            name = h.substring(0, h.length() - (":" + port).length());
        } else if (port == 80 && !h.matches(".*:\\d*")) {
            name = h;
        } else {
            return false;
        }
        if (name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]")) {
            return true;
        }
        return !loopbackOnly && (IPV4.matcher(name).matches() || IPV6.matcher(name).matches());
    }
}
