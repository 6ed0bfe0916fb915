package org.guidepost.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML node that remembers where it stands in its file. Scalars stay text: callers decide what a
 * value means (so "2024-04-28" is not silently turned into a java.util.Date).
 */
public final class YamlNode {

    /** Only read once built (its patterns and tables), so one serves every document and thread. */
    private static final Resolver RESOLVER = new Resolver();

    private final Node node;
    private final int lineOffset;

    private YamlNode(Node node, int lineOffset) {
        this.node = node;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses one YAML document. {@code lineOffset} is the number of file lines before the text
     * (e.g. 1 for front matter after its opening "---"), so positions point into the real file.
     * An empty document gives an empty map.
     */
    public static YamlNode parse(String text, int lineOffset) throws YamlSyntaxException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        try {
            // composing is all that is needed: straight to the composer, without a Yaml object's constructors and representers
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options).getSingleNode();
            if (root == null) {
                root = new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, new ArrayList<>(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
            }
            rejectDuplicateKeys(root, lineOffset);
            return new YamlNode(root, lineOffset);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw new YamlSyntaxException(context + problem, line, column);
        } catch (YAMLException e) {
            throw new YamlSyntaxException(e.getMessage(), lineOffset + 1, 0);
        }
    }

    // composing does not apply LoaderOptions.allowDuplicateKeys (only constructing does), so check here
    private static void rejectDuplicateKeys(Node node, int lineOffset) throws YamlSyntaxException {
        if (node instanceof MappingNode map) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                    Mark mark = key.getStartMark();
                    throw new YamlSyntaxException("the key '" + key.getValue() + "' appears twice", mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
                }
                rejectDuplicateKeys(tuple.getValueNode(), lineOffset);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                rejectDuplicateKeys(item, lineOffset);
            }
        }
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** 1-based line of this node in its file. */
    public int line() {
        return node.getStartMark() == null ? lineOffset + 1 : node.getStartMark().getLine() + 1 + lineOffset;
    }

    /** 1-based column of this node in its line. */
    public int column() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    /** The scalar text, or null for a YAML null (~, null, empty) or a non-scalar. */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            return null;
        }
        String tag = scalar.getTag().getValue();
        if (tag.endsWith(":null")) {
            return null;
        }
        return scalar.getValue();
    }

    public String kind() {
        return isMap() ? "a mapping" : isList() ? "a list" : "a single value";
    }

    /** Keys of a mapping in file order; empty for other nodes. */
    public List<String> keys() {
        if (!(node instanceof MappingNode map)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                keys.add(key.getValue());
            }
        }
        return keys;
    }

    public Optional<YamlNode> get(String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(new YamlNode(tuple.getValueNode(), lineOffset));
                }
            }
        }
        return Optional.empty();
    }

    /** The node of a mapping's key itself (to point at "sources:" rather than its value). */
    public Optional<YamlNode> keyNode(String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(new YamlNode(k, lineOffset));
                }
            }
        }
        return Optional.empty();
    }

    /** Text of a key's scalar value, or null when absent or null. */
    public String text(String key) {
        return get(key).map(YamlNode::text).orElse(null);
    }

    /** Items of a list; a single scalar counts as a one-item list; empty otherwise. */
    public List<YamlNode> items() {
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(new YamlNode(item, lineOffset));
            }
            return items;
        }
        if (node instanceof ScalarNode && text() != null) {
            return List.of(this);
        }
        return List.of();
    }

    /** Plain Java value (Map / List / String / null) for templates. */
    public Object toPlain() {
        if (node instanceof MappingNode) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : keys()) {
                map.put(key, get(key).map(YamlNode::toPlain).orElse(null));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof SequenceNode) {
            return items().stream().map(YamlNode::toPlain).toList();
        }
        return text();
    }
}
