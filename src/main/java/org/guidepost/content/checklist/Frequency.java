package org.guidepost.content.checklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How often a checklist action is done: the frequency class of its task item ({@code .once}, {@code .daily}...). */
public enum Frequency {
    ONCE, EVERY_FEED, DAILY, EVERY_NIGHT, AS_NEEDED;

    /** In declaration order, made once: every checklist asks every item for its frequency. */
    private static final Frequency[] ALL = values();

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The class name and definition value: "once", "every-feed", "daily", "every-night", "as-needed". */
    public String key() {
        return key;
    }

    public static Optional<Frequency> parse(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** The frequency an item's classes name (the first one, in this enum's order), if any. */
    public static Optional<Frequency> ofClasses(Set<String> classes) {
        for (Frequency frequency : ALL) {
            if (classes.contains(frequency.key)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }

    public static String allKeys() {
        return String.join(", ", Arrays.stream(values()).map(Frequency::key).toList());
    }
}
