package org.guidepost.site;

import java.nio.file.Path;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.render.OutputSink;
import org.guidepost.render.Theme;

/**
 * A part of the build that writes output beside the pages (search index, checklists...). Steps run at the same time
 * as the page rendering and each other: a step only reads the site and writes files no other part writes.
 */
public interface OutputStep {

    String name();

    /** Writes through {@code sink}, or straight into {@code directory} (the staging folder) for bulk output. */
    void write(Site site, Theme theme, OutputSink sink, Path directory, Diagnostics diagnostics);
}
