import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/** Checks a generated corpus with SnakeYAML: every YAML file and front matter parses, citations resolve, translations align. */
public final class CorpusCheck {

    private static final Pattern CITATION = Pattern.compile("\\[@([a-z0-9-]+)");
    private static final Pattern ITEM_ID = Pattern.compile("\\{#(item-[0-9-]+) ");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Set<String>> itemsById = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp snakeyaml.jar bench/CorpusCheck.java CORPUS_DIR");
            System.exit(2);
        }
        CorpusCheck check = new CorpusCheck();
        int articles = check.run(Path.of(args[0]));
        check.problems.stream().limit(20).forEach(System.err::println);
        System.out.printf("%d articles checked, %d problems%n", articles, check.problems.size());
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    private int run(Path corpus) throws IOException {
        Path content = corpus.resolve("guidepost/content");
        Map<String, Object> site = yamlMap(Files.readString(content.resolve("site.yaml")), "site.yaml");
        Set<String> sourceKeys = yamlMap(Files.readString(content.resolve("sources.yaml")), "sources.yaml").keySet();
        require(site.containsKey("languages"), "site.yaml: no languages");
        int count = 0;
        for (String language : List.of("en", "vi")) {
            for (Path file : markdownFiles(content.resolve(language))) {
                checkGuidepostArticle(file, language, sourceKeys);
                count++;
            }
        }
        for (Path file : markdownFiles(corpus.resolve("hugo/content"))) {
            Map<String, Object> front = yamlMap(frontMatter(Files.readString(file), file), file.toString());
            require(front.containsKey("title") && front.containsKey("translationKey"), file + ": Hugo front matter incomplete");
        }
        return count;
    }

    private void checkGuidepostArticle(Path file, String language, Set<String> sourceKeys) throws IOException {
        String text = Files.readString(file);
        Map<String, Object> front = yamlMap(frontMatter(text, file), file.toString());
        for (String key : List.of("id", "title", "summary")) {
            require(front.get(key) instanceof String, file + ": missing or non-text " + key);
        }
        if (!(front.get("id") instanceof String id)) {
            return;
        }
        if (language.equals("en")) {
            for (String key : List.of("authors", "topics", "sources")) {
                require(front.get(key) instanceof List, file + ": " + key + " is not a list");
            }
            require(front.containsKey("published"), file + ": no published date");
        } else {
            Object translation = front.get("translation");
            require(translation instanceof Map && "en".equals(((Map<?, ?>) translation).get("from")),
                    file + ": translation block missing or not from en");
        }
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            require(sourceKeys.contains(citation.group(1)), file + ": unknown source " + citation.group(1));
        }
        Set<String> items = new TreeSet<>();
        Matcher item = ITEM_ID.matcher(text);
        while (item.find()) {
            items.add(item.group(1));
        }
        Set<String> previous = itemsById.putIfAbsent(id, items);
        if (language.equals("vi")) {
            require(items.equals(previous), file + ": checklist items differ from the English article " + id);
        } else {
            require(previous == null, file + ": duplicate id " + id);
        }
    }

    private static List<Path> markdownFiles(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private String frontMatter(String text, Path file) {
        int end = text.indexOf("\n---\n", 4);
        require(text.startsWith("---\n") && end > 0, file + ": no front matter");
        return end > 0 ? text.substring(4, end + 1) : "";
    }

    /** Parses YAML that must be a mapping; records a problem and returns an empty map otherwise. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> yamlMap(String yaml, String where) {
        try {
            Object value = new Yaml(new LoaderOptions()).load(yaml);
            require(value instanceof Map, where + ": not a YAML mapping");
            return value instanceof Map ? (Map<String, Object>) value : Map.of();
        } catch (YAMLException e) {
            problems.add(where + ": invalid YAML: " + e.getMessage().replace('\n', ' '));
            return Map.of();
        }
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
