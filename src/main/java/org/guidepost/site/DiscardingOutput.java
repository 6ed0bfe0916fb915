package org.guidepost.site;

import java.nio.file.Path;

import org.guidepost.render.OutputSink;

/** An output that keeps nothing: `check` renders every page through it to find template errors. */
final class DiscardingOutput implements OutputSink {

    @Override
    public void write(String path, byte[] content) {
        // checked, not kept
    }

    @Override
    public void copy(String path, Path source) {
        // checked, not kept
    }
}
