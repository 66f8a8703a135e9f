package dev.strata.engine.session;

import dev.strata.plan.StrataVersion;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who runs Strata: the operating-system user, the host, the tool version and the process id. Written into every
 * history row and shown to other sessions as the connection's {@code application_name}, so a waiting runner can
 * name its holder, and an attempt whose runner died can be traced to the process.
 */
public record RunnerIdentity(String osUser, String host, String toolVersion, long pid) {

    public static RunnerIdentity current() {
        return new RunnerIdentity(System.getProperty("user.name", "unknown"), hostName(), currentToolVersion(),
                ProcessHandle.current().pid());
    }

    /** {@code strata 0.1.0 (alice@build-7)}, cut to PostgreSQL's 63-byte limit for application names. */
    public String applicationName() {
        String name = "strata " + toolVersion + " (" + osUser + "@" + host + ")";
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    public static String currentToolVersion() {
        return StrataVersion.get();
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
