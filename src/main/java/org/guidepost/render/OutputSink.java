package org.guidepost.render;

import java.nio.file.Path;

/** Receives the built site's files as they are produced; implementations must accept calls from several threads. */
public interface OutputSink {

    void write(String path, byte[] content);

    /** Copies a file as it is (assets, images). */
    void copy(String path, Path source);
}
