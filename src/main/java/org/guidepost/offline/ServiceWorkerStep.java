package org.guidepost.offline;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.text.Json;
import org.guidepost.render.OutputSink;
import org.guidepost.render.RelativeUrls;
import org.guidepost.render.TemplateRenderer;
import org.guidepost.render.Theme;
import org.guidepost.site.BuiltFiles;
import org.guidepost.site.ClosingStep;

/**
 * Writes sw.js at the site root: a service worker whose cache is named after a hash of the built files
 * and that precaches pages, assets and search data (images and other media are cached when first seen).
 * With service_worker: false it writes a worker that removes itself and its caches from readers' browsers.
 */
public final class ServiceWorkerStep implements ClosingStep {

    public static final String PATH = "sw.js";
    static final String TEMPLATE = "service-worker.ftl";

    /** Files readers fetch only when they open them, often large: cached on first view, not on install. */
    private static final Set<String> ON_DEMAND = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "pdf",
            "mp3", "mp4", "webm", "ogg", "zip");
    /** Files for machines, not readers. */
    private static final Set<String> NOT_FOR_READERS = Set.of("sitemap.xml", "robots.txt");

    @Override
    public String name() {
        return "service worker";
    }

    @Override
    public void write(Site site, Theme theme, BuiltFiles files, OutputSink sink, Diagnostics diagnostics) {
        Map<String, Object> model = new HashMap<>();
        model.put("enabled", site.config().serviceWorker());
        model.put("version", files.version());
        model.put("files", Json.write(precached(files.paths())));
        sink.write(PATH, new TemplateRenderer(theme.templates()).render(TEMPLATE, model).getBytes(StandardCharsets.UTF_8));
    }

    /** Relative URLs (from the site root, where sw.js lives) of the files cached when the worker installs. */
    static List<String> precached(List<String> paths) {
        return paths.stream()
                .filter(ServiceWorkerStep::isPrecached)
                .map(path -> RelativeUrls.between(PATH, path))
                .toList();
    }

    private static boolean isPrecached(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return !ON_DEMAND.contains(extension) && !NOT_FOR_READERS.contains(path) && !name.equals("feed.xml")
                && !path.startsWith("editors/");
    }
}
