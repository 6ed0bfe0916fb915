package org.guidepost.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.yaml.YamlNode;
import org.guidepost.yaml.YamlSyntaxException;

/** Reads content/sources.yaml, the bibliography, into sources keyed by their short key. */
final class SourceCatalogReader {

    static final Set<String> TYPES = Set.of("guideline", "web page", "blog post", "article", "book");

    Map<String, Source> read(Path file, String text, Diagnostics diagnostics) {
        Map<String, Source> sources = new TreeMap<>();
        YamlNode root;
        try {
            root = YamlNode.parse(text, 0);
        } catch (YamlSyntaxException e) {
            diagnostics.add(Diagnostic.error("yaml-syntax", file, e.line(), e.column(), "sources.yaml is not valid YAML: " + e.getMessage(),
                    "check indentation: each source is a key at the start of a line, its fields indented below it"));
            return sources;
        }
        if (!root.isMap()) {
            diagnostics.add(Diagnostic.error("bad-type", file, root.line(), root.column(), "sources.yaml should map source keys to their fields",
                    "write e.g. 'moh-2015:' then indented 'type: guideline', 'title: …'"));
            return sources;
        }
        for (String key : root.keys()) {
            YamlNode entry = root.get(key).orElseThrow();
            int line = root.keyNode(key).orElseThrow().line();
            if (!entry.isMap()) {
                diagnostics.add(Diagnostic.error("bad-type", file, line, 1, "source '" + key + "' should have fields (type, title…)",
                        "indent its fields under '" + key + ":'"));
                continue;
            }
            readSource(file, key, line, entry, diagnostics).ifPresent(source -> sources.put(key, source));
        }
        return sources;
    }

    private static Optional<Source> readSource(Path file, String key, int line, YamlNode entry, Diagnostics diagnostics) {
        FieldReader fields = new FieldReader(file, entry, diagnostics);
        String title = fields.requiredText("title", "The source's title");
        String type = fields.text("type");
        if (type == null) {
            diagnostics.add(Diagnostic.error("missing-field", file, line, 1, "source '" + key + "' has no type",
                    "add 'type:' with one of: " + String.join(", ", new java.util.TreeSet<>(TYPES))));
        } else if (!TYPES.contains(type)) {
            YamlNode node = entry.get("type").orElseThrow();
            diagnostics.add(Diagnostic.error("bad-source-type", file, node.line(), node.column(), "unknown source type '" + type + "'",
                    "use one of: " + String.join(", ", new java.util.TreeSet<>(TYPES))));
        }
        if (title == null) {
            return Optional.empty();
        }
        return Optional.of(new Source(key, type, title, fields.list("authors"), fields.text("issuer"), fields.date("date"),
                fields.text("identifier"), fields.text("url"), fields.date("accessed"), fields.text("language"),
                fields.text("note"), file, line));
    }
}
