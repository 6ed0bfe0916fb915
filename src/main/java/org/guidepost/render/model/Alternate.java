package org.guidepost.render.model;

/** A {@code <link rel="alternate" hreflang>} of a page (hreflang "x-default" for the default language). */
public record Alternate(String hreflang, String href) {
}
