package org.guidepost.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Locates the default theme (the repository's site-templates/, packaged on the classpath) as a readable folder. */
public final class BundledTheme {

    private BundledTheme() {
    }

    public static Path root() {
        URL url = BundledTheme.class.getResource("/site-templates/layout.ftlh");
        if (url == null) {
            throw new IllegalStateException("the default theme is missing from the classpath (site-templates/)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: reuse it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
