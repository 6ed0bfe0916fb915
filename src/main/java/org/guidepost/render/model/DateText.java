package org.guidepost.render.model;

/** A date for {@code <time datetime="iso">text</time>}: HTML machine form and the page locale's form. */
public record DateText(String iso, String text) {
}
