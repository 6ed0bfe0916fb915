package org.guidepost.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.yaml.YamlNode;
import org.guidepost.yaml.YamlSyntaxException;

/** Reads content/site.yaml into a {@link SiteConfig}, reporting every problem with its line. */
public final class SiteConfigReader {

    private static final Set<String> KNOWN = Set.of("title", "base_url", "default_language", "languages", "service_worker");

    public Optional<SiteConfig> read(Path file, String text, Diagnostics diagnostics) {
        YamlNode root;
        try {
            root = YamlNode.parse(text, 0);
        } catch (YamlSyntaxException e) {
            diagnostics.add(Diagnostic.error("yaml-syntax", file, e.line(), e.column(), "site.yaml is not valid YAML: " + e.getMessage(),
                    "check indentation and quoting"));
            return Optional.empty();
        }
        String title = root.text("title");
        if (title == null || title.isBlank()) {
            diagnostics.add(Diagnostic.error("missing-field", file, 1, 1, "site.yaml has no 'title'", "add 'title: Your site name'"));
        }
        List<LanguageConfig> languages = readLanguages(file, root, diagnostics);
        String defaultLanguage = root.text("default_language");
        if (defaultLanguage == null && !languages.isEmpty()) {
            defaultLanguage = languages.get(0).code();
        }
        String defaultCode = defaultLanguage;
        if (defaultCode != null && languages.stream().noneMatch(l -> l.code().equals(defaultCode))) {
            int line = root.get("default_language").map(YamlNode::line).orElse(1);
            diagnostics.add(Diagnostic.error("unknown-language", file, line, 1,
                    "default_language '" + defaultCode + "' is not one of the languages",
                    "add it under 'languages:' or pick one of the declared codes"));
        }
        String serviceWorker = root.text("service_worker");
        if (serviceWorker != null && !serviceWorker.equals("true") && !serviceWorker.equals("false")) {
            int line = root.get("service_worker").map(YamlNode::line).orElse(1);
            diagnostics.add(Diagnostic.error("bad-type", file, line, 1, "service_worker should be true or false", "write service_worker: false to turn it off"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (String key : root.keys()) {
            if (!KNOWN.contains(key)) {
                params.put(key, root.get(key).map(YamlNode::toPlain).orElse(null));
            }
        }
        if (title == null || title.isBlank() || languages.isEmpty() || defaultCode == null || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.strip(), baseUrl(root.text("base_url")), defaultCode, List.copyOf(languages),
                !"false".equals(serviceWorker), java.util.Collections.unmodifiableMap(params)));
    }

    private static String baseUrl(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String url = text.strip();
        return url.endsWith("/") ? url : url + "/";
    }

    private static List<LanguageConfig> readLanguages(Path file, YamlNode root, Diagnostics diagnostics) {
        Optional<YamlNode> node = root.get("languages");
        if (node.isEmpty() || !node.get().isList() || node.get().items().isEmpty()) {
            diagnostics.add(Diagnostic.error("missing-field", file, node.map(YamlNode::line).orElse(1), 1, "site.yaml declares no languages",
                    "add 'languages:' with items like '- {code: en, name: English}'"));
            return List.of();
        }
        List<LanguageConfig> languages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : node.get().items()) {
            String code = item.isMap() ? item.text("code") : item.text();
            if (code == null || !code.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                diagnostics.add(Diagnostic.error("bad-language", file, item.line(), item.column(),
                        "a language needs a BCP 47 'code' such as en, vi or pt-BR", "write '- {code: en, name: English}'"));
                continue;
            }
            if (!seen.add(code)) {
                diagnostics.add(Diagnostic.error("duplicate-language", file, item.line(), item.column(), "language '" + code + "' is declared twice",
                        "remove one of the two entries"));
                continue;
            }
            String name = item.isMap() && item.text("name") != null ? item.text("name") : Locale.forLanguageTag(code).getDisplayName(Locale.forLanguageTag(code));
            TextDirection direction = TextDirection.LTR;
            String dir = item.isMap() ? item.text("direction") : null;
            if (dir != null) {
                if (dir.equalsIgnoreCase("rtl")) {
                    direction = TextDirection.RTL;
                } else if (!dir.equalsIgnoreCase("ltr")) {
                    diagnostics.add(Diagnostic.error("bad-direction", file, item.line(), item.column(),
                            "direction of '" + code + "' must be ltr or rtl, not '" + dir + "'", "write direction: rtl for Arabic, Hebrew, Persian, Urdu…"));
                }
            }
            String localeTag = item.isMap() && item.text("locale") != null ? item.text("locale") : code;
            languages.add(new LanguageConfig(code, name, direction, Locale.forLanguageTag(localeTag),
                    item.isMap() ? item.text("analyzer") : null, item.isMap() ? item.text("title") : null, item.line()));
        }
        return languages;
    }
}
