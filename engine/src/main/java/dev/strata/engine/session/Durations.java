package dev.strata.engine.session;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Strata's options and files spell them: {@code 30} (seconds), {@code 30s}, {@code 500ms}, {@code 2m},
 * {@code 1h}, {@code 7d}. The one reader of them, for the command line, strata.toml and fleet.toml alike.
 */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    private Durations() {
    }

    /**
     * The duration {@code text} spells, or null when it spells none; {@link ArithmeticException} when its number is
     * too large for a {@link Duration}.
     */
    public static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new ArithmeticException("too large: " + matcher.group(1));
        }
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
