package org.guidepost.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/** The text a reader sees in a piece of the AST (a heading, a task item): no markup, no citations, no attribute blocks. */
final class VisibleText {

    private VisibleText() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        appendChildren(node, text);
        return collapseWhiteSpace(text).trim();
    }

    /** Each run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return) as one space. */
    static String collapseWhiteSpace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = c == ' ' || c >= '\t' && c <= '\r';
            if (!white) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = white;
        }
        return out.toString();
    }

    private static void appendChildren(Node parent, StringBuilder text) {
        for (Node child : parent.getChildren()) {
            append(child, text);
        }
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof CitationNode) {
            stripTrailingWhitespace(text);
        } else if (node instanceof Text) {
            text.append(node.getChars().unescape());
        } else if (node instanceof Code code) {
            text.append(code.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (!isInvisible(node)) {
            appendChildren(node, text);
            if (node instanceof Block) {
                text.append(' ');
            }
        }
    }

    private static boolean isInvisible(Node node) {
        return node instanceof AttributesNode || node instanceof HtmlInline || node instanceof HtmlInlineComment
                || node instanceof Footnote || node instanceof Image || node instanceof ImageRef;
    }

    private static void stripTrailingWhitespace(StringBuilder text) {
        while (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.setLength(text.length() - 1);
        }
    }
}
