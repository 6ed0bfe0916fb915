package org.guidepost.content.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.guidepost.config.SiteConfig;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.yaml.YamlNode;
import org.guidepost.yaml.YamlSyntaxException;

/** Reads {@code content/checklists/*.yaml} into definitions, reporting every mistake at its file line. */
public final class ChecklistDefinitionReader {

    public static final String FOLDER = "checklists";
    /** The folder of the "make my checklist" page beside the checklists, so no checklist may take this name. */
    public static final String BUILDER_NAME = "builder";
    private static final String NAME = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final List<String> TOP_KEYS = List.of("title", "intro", "weight", "sections", "items", "articles", "topics", "frequencies", "who");
    private static final List<String> SECTION_KEYS = List.of("title", "items", "articles", "topics", "frequencies", "who");

    private final SiteConfig config;

    public ChecklistDefinitionReader(SiteConfig config) {
        this.config = config;
    }

    /** The definitions of a content folder, sorted by weight then name; broken ones are reported and left out. */
    public List<ChecklistDefinition> read(Path contentDir, Diagnostics diagnostics) {
        Path folder = contentDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ChecklistDefinition> definitions = new ArrayList<>();
        for (Path file : yamlFiles(folder)) {
            readFile(file, diagnostics).ifPresent(definitions::add);
        }
        definitions.sort(java.util.Comparator.comparingInt(ChecklistDefinition::weight).thenComparing(ChecklistDefinition::name));
        return List.copyOf(definitions);
    }

    private Optional<ChecklistDefinition> readFile(Path file, Diagnostics diagnostics) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        if (!name.matches(NAME)) {
            diagnostics.add(Diagnostic.error("checklist-definition", file, 0, 0,
                    "checklist file name '" + fileName + "' is not a valid checklist name (it becomes the page address)",
                    "name it with lowercase letters, digits and dashes, e.g. milk-supply.yaml"));
            return Optional.empty();
        }
        if (name.equals(BUILDER_NAME)) {
            diagnostics.add(Diagnostic.error("checklist-definition", file, 0, 0,
                    "a checklist cannot be named '" + BUILDER_NAME + "': that address is the \"make my checklist\" page",
                    "rename the file, e.g. to my-" + BUILDER_NAME + ".yaml"));
            return Optional.empty();
        }
        YamlNode root;
        try {
            root = YamlNode.parse(Files.readString(file, StandardCharsets.UTF_8), 0);
        } catch (YamlSyntaxException e) {
            diagnostics.add(Diagnostic.error("yaml-syntax", file, e.line(), e.column(), "checklist definition is not valid YAML: " + e.getMessage(),
                    "check the indentation and quote texts that contain ': '"));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!root.isMap()) {
            diagnostics.add(error(file, root, "a checklist definition must be a mapping (title:, sections:…), not " + root.kind(),
                    "start from the example in docs/content-format.md"));
            return Optional.empty();
        }
        int errorsBefore = (int) diagnostics.errorCount();
        rejectUnknownKeys(file, root, TOP_KEYS, diagnostics);
        Map<String, String> titles = texts(file, root, "title", true, diagnostics);
        Map<String, String> intros = texts(file, root, "intro", false, diagnostics);
        int weight = weight(file, root, diagnostics);
        ItemSelection scope = selection(file, root, diagnostics);
        List<SectionDefinition> sections = new ArrayList<>();
        root.get("sections").ifPresent(list -> {
            if (!list.isList()) {
                diagnostics.add(error(file, list, "'sections' must be a list of sections, not " + list.kind(),
                        "write each section as '- title: {en: …}' followed by the items it takes"));
                return;
            }
            for (YamlNode section : list.items()) {
                if (!section.isMap()) {
                    diagnostics.add(error(file, section, "a section must be a mapping (title:, frequencies:…), not " + section.kind(),
                            "write '- title: {en: …}' and on the next lines what the section takes"));
                    continue;
                }
                rejectUnknownKeys(file, section, SECTION_KEYS, diagnostics);
                sections.add(new SectionDefinition(texts(file, section, "title", false, diagnostics), selection(file, section, diagnostics), section.line()));
            }
        });
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistDefinition(name, file, weight, titles, intros, scope, List.copyOf(sections)));
    }

    /** A text per language: a mapping {en: …, vi: …}, or one text for the default language. */
    private Map<String, String> texts(Path file, YamlNode parent, String key, boolean required, Diagnostics diagnostics) {
        Optional<YamlNode> node = parent.get(key);
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isEmpty() || (node.get().isScalar() && node.get().text() == null)) {
            if (required) {
                diagnostics.add(error(file, parent, "the checklist has no '" + key + "'",
                        "add '" + key + ":' with one line per language, e.g. '  " + config.defaultLanguage() + ": …'"));
            }
            return texts;
        }
        YamlNode value = node.get();
        if (value.isScalar()) {
            texts.put(config.defaultLanguage(), value.text());
        } else if (value.isMap()) {
            for (String lang : value.keys()) {
                YamlNode text = value.get(lang).orElseThrow();
                if (config.language(lang).isEmpty()) {
                    diagnostics.add(error(file, parent.keyNode(key).orElse(value), "'" + key + "' has a text for '" + lang + "', which is not a language of this site",
                            "use the language codes of content/site.yaml: " + String.join(", ", config.languages().stream().map(l -> l.code()).toList())));
                } else if (!text.isScalar() || text.text() == null || text.text().isBlank()) {
                    diagnostics.add(error(file, text, "the " + lang + " '" + key + "' must be a text", "write '" + lang + ": the text'"));
                } else {
                    texts.put(lang, text.text().strip());
                }
            }
        } else {
            diagnostics.add(error(file, value, "'" + key + "' must be a text per language, not " + value.kind(),
                    "write '" + key + ":' and below it one line per language, e.g. '  " + config.defaultLanguage() + ": …'"));
            return texts;
        }
        if (!texts.isEmpty() && !texts.containsKey(config.defaultLanguage())) {
            diagnostics.add(error(file, value, "'" + key + "' has no text in the default language '" + config.defaultLanguage() + "'",
                    "add '" + config.defaultLanguage() + ": …' (other languages fall back to it)"));
        }
        return texts;
    }

    private int weight(Path file, YamlNode root, Diagnostics diagnostics) {
        Optional<YamlNode> weight = root.get("weight");
        if (weight.isEmpty()) {
            return 0;
        }
        String text = weight.get().text();
        if (text == null || !text.matches("-?\\d{1,6}")) {
            diagnostics.add(error(file, weight.get(), "'weight' must be a whole number", "write e.g. 'weight: 10' (lower numbers are listed first)"));
            return 0;
        }
        return Integer.parseInt(text);
    }

    private ItemSelection selection(Path file, YamlNode node, Diagnostics diagnostics) {
        List<ValueRef> frequencyRefs = values(file, node, "frequencies", diagnostics);
        Set<Frequency> frequencies = EnumSet.noneOf(Frequency.class);
        for (ValueRef ref : frequencyRefs) {
            Optional<Frequency> frequency = Frequency.parse(ref.value());
            if (frequency.isPresent()) {
                frequencies.add(frequency.get());
            } else {
                diagnostics.add(Diagnostic.error("unknown-frequency", file, ref.line(), ref.column(), "unknown frequency '" + ref.value() + "'",
                        "use one of: " + Frequency.allKeys()));
            }
        }
        return new ItemSelection(values(file, node, "items", diagnostics), values(file, node, "articles", diagnostics),
                values(file, node, "topics", diagnostics), Set.copyOf(frequencies), values(file, node, "who", diagnostics));
    }

    private static List<ValueRef> values(Path file, YamlNode node, String key, Diagnostics diagnostics) {
        Optional<YamlNode> list = node.get(key);
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.get().isMap()) {
            diagnostics.add(error(file, list.get(), "'" + key + "' must be a list, not a mapping", "write '" + key + ": [a, b]'"));
            return List.of();
        }
        List<ValueRef> refs = new ArrayList<>();
        for (YamlNode item : list.get().items()) {
            if (!item.isScalar() || item.text() == null) {
                diagnostics.add(error(file, item, "each entry of '" + key + "' must be a single value, not " + item.kind(), "write '" + key + ": [a, b]'"));
            } else {
                refs.add(new ValueRef(item.text().trim(), item.line(), item.column()));
            }
        }
        return List.copyOf(refs);
    }

    private static void rejectUnknownKeys(Path file, YamlNode map, List<String> known, Diagnostics diagnostics) {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                YamlNode at = map.keyNode(key).orElse(map);
                diagnostics.add(error(file, at, "unknown key '" + key + "' in a checklist " + (known == SECTION_KEYS ? "section" : "definition"),
                        "use one of: " + String.join(", ", known) + known.stream().filter(k -> !k.equals(key) && k.startsWith(key.replaceAll("(y|s)$", "")))
                                .findFirst().map(k -> " (did you mean '" + k + "'?)").orElse("")));
            }
        }
    }

    private static Diagnostic error(Path file, YamlNode at, String message, String hint) {
        return Diagnostic.error("checklist-definition", file, at.line(), at.column(), message, hint);
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
