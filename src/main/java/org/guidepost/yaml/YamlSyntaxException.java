package org.guidepost.yaml;

/** A YAML text that does not parse; line and column are 1-based and already shifted to the file. */
public final class YamlSyntaxException extends Exception {

    private final int line;
    private final int column;

    public YamlSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
