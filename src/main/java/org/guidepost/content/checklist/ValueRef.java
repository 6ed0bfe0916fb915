package org.guidepost.content.checklist;

/** A value written in a checklist definition, with where it was written (for diagnostics). */
public record ValueRef(String value, int line, int column) {
}
