package org.guidepost.content.checklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How often a checklist action is done: the frequency class of its task item ({@code .once}, {@code .daily}...). */
public enum Frequency {
    ONCE, EVERY_FEED, DAILY, EVERY_NIGHT, AS_NEEDED;

    /** The class name and definition value: "once", "every-feed", "daily", "every-night", "as-needed". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Frequency> parse(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** The frequency an item's classes name (the first one, in this enum's order), if any. */
    public static Optional<Frequency> ofClasses(Set<String> classes) {
        return Arrays.stream(values()).filter(f -> classes.contains(f.key())).findFirst();
    }

    public static String allKeys() {
        return String.join(", ", Arrays.stream(values()).map(Frequency::key).toList());
    }
}
