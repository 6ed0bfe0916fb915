package org.guidepost.site;

import java.util.List;

/** Wires the site builder with every output step the tool has (the one place to add a step). */
public final class SiteBuilders {

    private SiteBuilders() {
    }

    public static SiteBuilder standard() {
        return new SiteBuilder(List.of(new ChecklistOutput()));
    }
}
