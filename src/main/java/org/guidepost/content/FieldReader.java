package org.guidepost.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;
import org.guidepost.yaml.YamlNode;

/** Reads typed fields out of a YAML mapping, reporting each bad value at its own line. */
final class FieldReader {

    private final Path file;
    private final YamlNode map;
    private final Diagnostics diagnostics;

    FieldReader(Path file, YamlNode map, Diagnostics diagnostics) {
        this.file = file;
        this.map = map;
        this.diagnostics = diagnostics;
    }

    String text(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() || node.get().text() == null && node.get().isScalar()) {
            return null;
        }
        if (!node.get().isScalar()) {
            error(node.get(), "bad-type", "'" + key + "' should be a single value, not " + node.get().kind(),
                    "write it on one line, e.g. " + key + ": some text");
            return null;
        }
        String value = node.get().text().strip();
        return value.isEmpty() ? null : value;
    }

    String requiredText(String key, String example) {
        String value = text(key);
        if (value == null && map.get(key).map(YamlNode::isScalar).orElse(true)) {
            diagnostics.add(Diagnostic.error("missing-field", file, map.line(), 1, "required field '" + key + "' is missing",
                    "add a line '" + key + ": " + example + "' to the front matter"));
        }
        return value;
    }

    ContentDate date(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        Optional<ContentDate> date = ContentDate.parse(value);
        if (date.isEmpty()) {
            error(map.get(key).orElseThrow(), "bad-date", "'" + key + "' is not a valid date: '" + value + "'",
                    "use an ISO date such as 2024-04-28, a year (2015), a month (2015-06) or a month and day without year (--09-02)");
        }
        return date.orElse(null);
    }

    List<String> list(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get().isMap()) {
            error(node.get(), "bad-type", "'" + key + "' should be a list, not a mapping", "write it as " + key + ": [a, b]");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : node.get().items()) {
            if (item.isScalar() && item.text() != null && !item.text().isBlank()) {
                values.add(item.text().strip());
            } else if (!item.isScalar()) {
                error(item, "bad-type", "each item of '" + key + "' should be a single value", "write it as " + key + ": [a, b]");
            }
        }
        return List.copyOf(values);
    }

    /** A person written as "Name" or as {name, credential}. */
    Person person(YamlNode node, String key) {
        if (node.isScalar()) {
            return node.text() == null ? null : new Person(node.text().strip(), null);
        }
        if (node.isMap()) {
            String name = node.text("name");
            if (name == null || name.isBlank()) {
                error(node, "missing-field", "'" + key + "' needs a name", "write it as " + key + ": {name: …, credential: …}");
                return null;
            }
            String credential = node.text("credential");
            return new Person(name.strip(), credential == null ? null : credential.strip());
        }
        error(node, "bad-type", "'" + key + "' should be a name or {name, credential}", "write it as " + key + ": {name: …, credential: …}");
        return null;
    }

    Person person(String key) {
        return map.get(key).map(node -> person(node, key)).orElse(null);
    }

    List<Person> people(String key) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get().isMap()) {
            Person single = person(node.get(), key);
            return single == null ? List.of() : List.of(single);
        }
        List<Person> people = new ArrayList<>();
        for (YamlNode item : node.get().items()) {
            Person person = person(item, key);
            if (person != null) {
                people.add(person);
            }
        }
        return List.copyOf(people);
    }

    private void error(YamlNode node, String code, String message, String hint) {
        diagnostics.add(Diagnostic.error(code, file, node.line(), node.column(), message, hint));
    }
}
