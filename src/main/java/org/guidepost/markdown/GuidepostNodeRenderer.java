package org.guidepost.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import com.vladsch.flexmark.util.ast.Node;

import java.util.Map;
import java.util.Set;

/** Renders Guidepost's nodes: citation placeholders, alerts, checklist-ready task items and the table of contents. */
final class GuidepostNodeRenderer implements NodeRenderer {

    static final String ALERT_CLOSING = "</div>\n";
    static final String TASK_ITEM_CLOSING = "</li>\n";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(CitationNode.class, GuidepostNodeRenderer::renderCitation),
                new NodeRenderingHandler<>(AlertNode.class, GuidepostNodeRenderer::renderAlert),
                new NodeRenderingHandler<>(TaskListItem.class, GuidepostNodeRenderer::renderTaskItem),
                new NodeRenderingHandler<>(TocBlock.class, GuidepostNodeRenderer::renderTableOfContents));
    }

    private static void renderCitation(CitationNode citation, NodeRendererContext context, HtmlWriter html) {
        html.raw(placeholders(citation));
    }

    /** A placeholder per cited key, numbered later: CitedHtml replaces them. */
    static String placeholders(CitationNode citation) {
        StringBuilder placeholders = new StringBuilder();
        for (int i = 0; i < citation.keys().size(); i++) {
            placeholders.append(CitationPlaceholder.of(citation.firstCitationIndex() + i));
        }
        return placeholders.toString();
    }

    private static void renderAlert(AlertNode alert, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(alertOpening(alert));
        context.renderChildren(alert);
        html.raw(ALERT_CLOSING);
    }

    /** The alert's opening markup, its title included; its content and {@link #ALERT_CLOSING} follow. */
    static String alertOpening(AlertNode alert) {
        return "<div class=\"alert alert-" + alert.kind() + "\" role=\"note\">\n<p class=\"alert-title\">"
                + HtmlEscaper.escape(alert.title()) + "</p>\n";
    }

    private static void renderTaskItem(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(taskItemOpening(item, RenderData.TASK_ITEM_MARKUP.get(context.getDocument())));
        context.renderChildren(item);
        html.raw(TASK_ITEM_CLOSING);
    }

    /** The item's opening markup, its checkbox included; its content and {@link #TASK_ITEM_CLOSING} follow. */
    static String taskItemOpening(TaskListItem item, Map<Node, TaskItemMarkup> markupByItem) {
        TaskItemMarkup markup = markupByItem.getOrDefault(item, TaskItemMarkup.NONE);
        StringBuilder tag = new StringBuilder("<li class=\"task-item");
        markup.classes().forEach(className -> tag.append(' ').append(HtmlEscaper.escape(className)));
        tag.append('"');
        if (markup.id() != null) {
            tag.append(" id=\"").append(HtmlEscaper.escape(markup.id())).append('"');
        }
        for (String key : ChecklistDataAttributes.KEYS) {
            String value = markup.attributes().get(key);
            if (value != null) {
                tag.append(' ').append(ChecklistDataAttributes.htmlName(key)).append("=\"")
                        .append(HtmlEscaper.escape(value)).append('"');
            }
        }
        tag.append("><input type=\"checkbox\" disabled").append(item.isItemDoneMarker() ? " checked" : "");
        // the box is named by its item's text (the item itself), or hidden from screen readers when the item has no id to point at
        tag.append(markup.id() != null ? " aria-labelledby=\"" + HtmlEscaper.escape(markup.id()) + "\"" : " aria-hidden=\"true\"").append("> ");
        return tag.toString();
    }

    private static void renderTableOfContents(TocBlock toc, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(TableOfContentsHtml.of(RenderData.HEADINGS.get(context.getDocument())));
    }
}
