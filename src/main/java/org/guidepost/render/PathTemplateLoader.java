package org.guidepost.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import freemarker.cache.TemplateLoader;

/** Loads Freemarker templates from a java.nio folder, which may live inside the tool's jar. */
final class PathTemplateLoader implements TemplateLoader {

    private final Path root;

    PathTemplateLoader(Path root) {
        this.root = root.normalize();
    }

    @Override
    public Object findTemplateSource(String name) {
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open between calls
    }
}
