package org.guidepost.site;

import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses output folders whose replacement would destroy the site or the user's files. */
final class OutputGuard {

    private OutputGuard() {
    }

    static void check(Path siteDir, Path outDir) {
        Path site = real(siteDir);
        Path out = real(outDir);
        Path home = real(Path.of(System.getProperty("user.home")));
        if (out.getParent() == null) {
            throw new UnsafeOutputException("refusing to write the site to " + out + ": it is the root of the file system");
        }
        if (out.equals(home)) {
            throw new UnsafeOutputException("refusing to write the site to " + out + ": it is your home folder");
        }
        if (site.startsWith(out)) {
            throw new UnsafeOutputException("refusing to write the site to " + out + ": it contains the site folder " + site
                    + " and would be replaced; use a folder of its own, e.g. --out public");
        }
        for (String precious : new String[] {"content", "site-templates", "src", ".git"}) {
            if (out.startsWith(site.resolve(precious))) {
                throw new UnsafeOutputException("refusing to write the site into " + out + ": it is inside the site's " + precious + "/ folder");
            }
        }
        if (Files.isRegularFile(out)) {
            throw new UnsafeOutputException("refusing to write the site to " + out + ": it is a file");
        }
    }

    /** The absolute path with symbolic links resolved as far as the path exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (java.io.IOException e) {
            return absolute;
        }
    }
}
