package org.guidepost.render;

/** A theme template that does not parse or fails while rendering; reported to editors like a content error. */
public final class TemplateFailure extends RuntimeException {

    private final String template;
    private final int line;
    private final int column;

    public TemplateFailure(String template, int line, int column, String message) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
