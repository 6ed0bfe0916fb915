package org.guidepost.render.model;

/** A link as templates show it: an already relative href and its label. */
public record Link(String href, String label) {
}
