package dev.strata.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Strata itself, as built. */
public final class StrataVersion {

    private static final String VERSION = load();

    private StrataVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = StrataVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
