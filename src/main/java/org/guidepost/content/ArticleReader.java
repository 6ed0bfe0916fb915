package org.guidepost.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.markdown.MarkdownPipeline;
import org.guidepost.markdown.ParsedMarkdown;
import org.guidepost.yaml.YamlNode;
import org.guidepost.yaml.YamlSyntaxException;

/** Turns one article file (front matter + Markdown) into an {@link Article}, reporting what is wrong. */
final class ArticleReader {

    private static final Set<String> KNOWN_FIELDS = Set.of("id", "title", "summary", "authors", "reviewed_by",
            "last_reviewed", "next_review", "published", "updated", "status", "topics", "audience", "sources", "translation");

    private final MarkdownPipeline markdown;

    ArticleReader(MarkdownPipeline markdown) {
        this.markdown = markdown;
    }

    Optional<Article> read(ArticleLocation location, String text, Diagnostics diagnostics) {
        Path file = location.file();
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            String message = FrontMatter.opensWithoutClosing(text)
                    ? "the front matter is never closed" : "the file has no front matter";
            diagnostics.add(Diagnostic.error("front-matter", file, 1, 1, message,
                    "start the file with a line '---', then at least 'id: …' and 'title: …', then a closing line '---'"));
            return Optional.empty();
        }
        FrontMatter parts = split.get();
        YamlNode yaml;
        try {
            yaml = YamlNode.parse(parts.yaml(), parts.yamlFirstLine() - 1);
        } catch (YamlSyntaxException e) {
            diagnostics.add(Diagnostic.error("yaml-syntax", file, e.line(), e.column(), "front matter is not valid YAML: " + e.getMessage(),
                    "check indentation and quote values that contain ': ' or start with a special character"));
            return Optional.empty();
        }
        if (!yaml.isMap()) {
            diagnostics.add(Diagnostic.error("front-matter", file, parts.yamlFirstLine(), 1, "front matter should be a set of 'key: value' lines",
                    "write e.g. 'id: my-article' and 'title: My article'"));
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(file, yaml, diagnostics);
        String id = fields.requiredText("id", location.slug());
        String title = fields.requiredText("title", "The article's title");
        ArticleStatus status = readStatus(yaml, fields, file, diagnostics);
        TranslationInfo translation = readTranslation(yaml, fields, file, diagnostics);
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String key : yaml.keys()) {
            lines.put(key, yaml.keyNode(key).orElseThrow().line());
            if (!KNOWN_FIELDS.contains(key)) {
                params.put(key, yaml.get(key).map(YamlNode::toPlain).orElse(null));
            }
        }
        ParsedMarkdown parsed = markdown.parse(parts.body(), parts.bodyFirstLine());
        if (id == null || title == null) {
            return Optional.empty();
        }
        return Optional.of(new Article(id, location.lang(), location.section(), location.slug(), file, location.bundleDir(),
                title, fields.text("summary"), fields.people("authors"), fields.person("reviewed_by"),
                fields.date("last_reviewed"), fields.date("next_review"), fields.date("published"), fields.date("updated"),
                status, fields.list("topics"), fields.list("audience"), fields.list("sources"), translation,
                java.util.Collections.unmodifiableMap(params), parts.body(), parsed, Map.copyOf(lines)));
    }

    private static ArticleStatus readStatus(YamlNode yaml, FieldReader fields, Path file, Diagnostics diagnostics) {
        String text = fields.text("status");
        if (text == null) {
            return ArticleStatus.PUBLISHED;
        }
        Optional<ArticleStatus> status = ArticleStatus.parse(text);
        if (status.isEmpty()) {
            YamlNode node = yaml.get("status").orElseThrow();
            diagnostics.add(Diagnostic.error("bad-status", file, node.line(), node.column(), "unknown status '" + text + "'",
                    "use one of: draft, review, published"));
        }
        return status.orElse(ArticleStatus.PUBLISHED);
    }

    private static TranslationInfo readTranslation(YamlNode yaml, FieldReader fields, Path file, Diagnostics diagnostics) {
        Optional<YamlNode> node = yaml.get("translation");
        if (node.isEmpty()) {
            return null;
        }
        if (!node.get().isMap() || node.get().text("from") == null) {
            diagnostics.add(Diagnostic.error("bad-translation", file, node.get().line(), node.get().column(),
                    "'translation' must name the source language with 'from'",
                    "write translation: {from: en, source_hash: …} (guidepost new translation fills it in)"));
            return null;
        }
        Person reviewer = node.get().get("reviewed_by").map(n -> fields.person(n, "translation.reviewed_by")).orElse(null);
        return new TranslationInfo(node.get().text("from").strip(), node.get().text("source_hash"), reviewer);
    }
}
