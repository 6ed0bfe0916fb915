package org.guidepost.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.guidepost.io.AtomicFiles;
import org.guidepost.io.FileTrees;
import org.guidepost.site.BuildOptions;
import org.guidepost.site.BuildResult;
import org.guidepost.site.Progress;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.SiteBuilders;
import org.guidepost.site.UnsafeOutputException;

/**
 * Makes an offline copy: builds the site afresh (only the chosen languages, with a README in each) into
 * a temporary folder, then zips it deterministically. The site's public/ folder is not touched.
 */
public final class SiteBundler {

    private final SiteBuilder builder = SiteBuilders.forBundle();

    public BundleResult bundle(BundleOptions options, Progress progress) {
        long start = System.nanoTime();
        Path zipFile = options.zipFile().toAbsolutePath().normalize();
        if (Files.isDirectory(zipFile)) {
            throw new UnsafeOutputException("refusing to write the bundle to " + zipFile + ": it is a folder; name the zip file, e.g. -o guide.zip");
        }
        Path work = temporaryFolder();
        try {
            Path built = work.resolve("site");
            BuildResult result = builder.build(new BuildOptions(options.siteDir(), built, false, options.today(), options.languages()), progress);
            if (!result.published()) {
                return new BundleResult(false, result.diagnostics(), zipFile, 0, 0, elapsed(start));
            }
            progress.stage("zipping", 0);
            Files.createDirectories(zipFile.getParent());
            Path partial = Files.createTempFile(zipFile.getParent(), "." + zipFile.getFileName(), ".partial");
            int entries;
            try (OutputStream out = Files.newOutputStream(partial)) {
                entries = DeterministicZip.write(built, out);
            }
            AtomicFiles.move(partial, zipFile);
            progress.finish();
            return new BundleResult(true, result.diagnostics(), zipFile, entries, Files.size(zipFile), elapsed(start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zipFile, e);
        } finally {
            delete(work);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("guidepost-bundle-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the bundle", e);
        }
    }

    private static void delete(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + folder, e);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
