package org.guidepost.cli;

/** The site could not be loaded at all; its diagnostics were printed already. */
final class SiteNotLoaded extends RuntimeException {

    SiteNotLoaded() {
        super("the site could not be loaded", null, false, false);
    }
}
