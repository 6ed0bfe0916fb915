package org.guidepost.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.guidepost.config.LanguageConfig;
import org.guidepost.config.SiteConfig;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.yaml.YamlNode;
import org.guidepost.yaml.YamlSyntaxException;

import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The theme a site is built with: the default theme overlaid by the site's own site-templates/
 * (templates, assets and i18n strings of the same name win).
 */
public final class Theme {

    private final Configuration templates;
    private final UiStrings strings;
    private final Map<String, Path> assets;
    private final Path siteThemeDir;

    private Theme(Configuration templates, UiStrings strings, Map<String, Path> assets, Path siteThemeDir) {
        this.templates = templates;
        this.strings = strings;
        this.assets = assets;
        this.siteThemeDir = siteThemeDir;
    }

    public static Theme load(Path siteDir, SiteConfig config, Diagnostics diagnostics) {
        Path bundled = BundledTheme.root();
        Path own = siteDir.resolve("site-templates");
        try {
            Configuration configuration = templateConfiguration(bundled, own);
            UiStrings strings = loadStrings(bundled, own, config, diagnostics);
            Map<String, Path> assets = new TreeMap<>();
            collectAssets(bundled.resolve("assets"), assets);
            collectAssets(own.resolve("assets"), assets);
            return new Theme(configuration, strings, Map.copyOf(assets), own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Configuration templates() {
        return templates;
    }

    public UiStrings strings() {
        return strings;
    }

    /** Asset files by their path under assets/ (e.g. "style.css"), sorted. */
    public Map<String, Path> assets() {
        return new TreeMap<>(assets);
    }

    public Path siteThemeDir() {
        return siteThemeDir;
    }

    private static Configuration templateConfiguration(Path bundled, Path own) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
        configuration.setTemplateLoader(Files.isDirectory(own)
                ? new MultiTemplateLoader(new TemplateLoader[] {new PathTemplateLoader(own), new PathTemplateLoader(bundled)})
                : new PathTemplateLoader(bundled));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setObjectWrapper(new RecordObjectWrapper());
        configuration.setLocale(java.util.Locale.ROOT);
        configuration.setNumberFormat("computer");
        return configuration;
    }

    private static UiStrings loadStrings(Path bundled, Path own, SiteConfig config, Diagnostics diagnostics) throws IOException {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (LanguageConfig language : config.languages()) {
            Map<String, String> strings = new HashMap<>();
            readStrings(bundled.resolve("i18n").resolve(language.code() + ".yaml"), strings, diagnostics);
            readStrings(own.resolve("i18n").resolve(language.code() + ".yaml"), strings, diagnostics);
            if (!strings.isEmpty()) {
                byLanguage.put(language.code(), strings);
            }
        }
        return new UiStrings(byLanguage, config.defaultLanguage());
    }

    private static void readStrings(Path file, Map<String, String> into, Diagnostics diagnostics) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            flatten("", YamlNode.parse(Files.readString(file, StandardCharsets.UTF_8), 0), into);
        } catch (YamlSyntaxException e) {
            diagnostics.add(Diagnostic.error("yaml-syntax", file, e.line(), e.column(), "i18n file is not valid YAML: " + e.getMessage(),
                    "write one 'key: text' per line; quote texts that contain ': '"));
        }
    }

    private static void flatten(String prefix, YamlNode node, Map<String, String> into) {
        for (String key : node.keys()) {
            YamlNode value = node.get(key).orElseThrow();
            if (value.isMap()) {
                flatten(prefix + key + ".", value, into);
            } else if (value.text() != null) {
                into.put(prefix + key, value.text());
            }
        }
    }

    private static void collectAssets(Path dir, Map<String, Path> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                into.put(dir.relativize(file).toString().replace('\\', '/'), file);
            }
        }
    }
}
