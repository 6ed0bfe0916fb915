package org.guidepost.config;

/** Writing direction of a language, as used in the HTML dir attribute. */
public enum TextDirection {
    LTR, RTL;

    public String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
