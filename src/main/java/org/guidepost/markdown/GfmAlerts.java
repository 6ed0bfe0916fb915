package org.guidepost.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns block quotes that open with {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} into alerts. */
final class GfmAlerts {

    /** The alert kinds, lower case, with their English titles. */
    static final Map<String, String> ENGLISH_TITLES = Map.of(
            "note", "Note", "tip", "Tip", "important", "Important", "warning", "Warning", "caution", "Caution");

    private static final Pattern MARKER = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*(?:\\r?\\n|$)",
            Pattern.CASE_INSENSITIVE);

    private GfmAlerts() {
    }

    static void convert(Document document, Map<String, String> titles) {
        List<BlockQuote> quotes = new ArrayList<>();
        document.getDescendants().forEach(node -> {
            if (node instanceof BlockQuote quote) {
                quotes.add(quote);
            }
        });
        for (BlockQuote quote : quotes) {
            if (quote.getFirstChild() instanceof Paragraph first) {
                Matcher marker = MARKER.matcher(first.getChars());
                if (marker.lookingAt()) {
                    String kind = marker.group(1).toLowerCase(Locale.ROOT);
                    removeFirstLine(first);
                    AlertNode alert = new AlertNode(quote.getChars(), kind, titles.get(kind));
                    alert.takeChildren(quote);
                    quote.insertBefore(alert);
                    quote.unlink();
                }
            }
        }
    }

    private static void removeFirstLine(Paragraph paragraph) {
        Node node = paragraph.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            boolean lineEnd = node instanceof SoftLineBreak || node instanceof HardLineBreak;
            node.unlink();
            if (lineEnd) {
                break;
            }
            node = next;
        }
        if (!paragraph.hasChildren()) {
            paragraph.unlink();
        }
    }
}
