package org.guidepost.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Copies the browser side of the search (engine and search-page script) from the theme's assets into the site. */
public final class SearchAssets {

    /** The files under the theme's {@code assets/} folder that the offline search needs. */
    public static final List<String> FILES = List.of("search.js", "search-ui.js");

    /** Copies {@link #FILES} from {@code themeAssets} to {@code out/assets/}. */
    public void install(Path themeAssets, Path out) throws IOException {
        Path target = out.resolve("assets");
        Files.createDirectories(target);
        for (String file : FILES) {
            Files.copy(themeAssets.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
