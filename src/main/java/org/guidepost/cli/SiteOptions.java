package org.guidepost.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --site option shared by every command that reads a site. */
final class SiteOptions {

    @Option(names = "--site", paramLabel = "DIR", description = "Site folder (with content/ and site-templates/). Default: the current folder.")
    Path site = Path.of(".");

    Path siteDir() {
        return site.toAbsolutePath().normalize();
    }
}
