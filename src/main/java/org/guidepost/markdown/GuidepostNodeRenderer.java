package org.guidepost.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

/** Renders Guidepost's nodes: citation placeholders, alerts, checklist-ready task items and the table of contents. */
final class GuidepostNodeRenderer implements NodeRenderer {

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
        html.raw(alertTag(alert) + "\n" + alertTitle(alert) + "\n");
        context.renderChildren(alert);
        html.raw("</div>\n");
    }

    /** The alert's opening tag; a line break, {@link #alertTitle}, a line break, its content and {@code </div>} follow. */
    static String alertTag(AlertNode alert) {
        return "<div class=\"alert alert-" + alert.kind() + "\" role=\"note\">";
    }

    static String alertTitle(AlertNode alert) {
        return "<p class=\"alert-title\">" + SerializedHtml.text(alert.title()) + "</p>";
    }

    private static void renderTaskItem(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
        TaskItemMarkup markup = RenderData.TASK_ITEM_MARKUP.get(context.getDocument()).getOrDefault(item, TaskItemMarkup.NONE);
        html.line();
        html.raw(taskItemTag(markup) + checkbox(item, markup) + " ");
        context.renderChildren(item);
        html.raw("</li>\n");
    }

    /** The item's opening tag; its {@link #checkbox}, a space, its content and {@code </li>} follow. */
    static String taskItemTag(TaskItemMarkup markup) {
        StringBuilder tag = new StringBuilder("<li class=\"task-item");
        markup.classes().forEach(className -> tag.append(' ').append(SerializedHtml.attributeValue(className)));
        tag.append('"');
        if (markup.id() != null) {
            tag.append(" id=\"").append(SerializedHtml.attributeValue(markup.id())).append('"');
        }
        for (String key : ChecklistDataAttributes.KEYS) {
            String value = markup.attributes().get(key);
            if (value != null) {
                tag.append(' ').append(ChecklistDataAttributes.htmlName(key)).append("=\"")
                        .append(SerializedHtml.attributeValue(value)).append('"');
            }
        }
        return tag.append('>').toString();
    }

    static String checkbox(TaskListItem item, TaskItemMarkup markup) {
        // the box is named by its item's text (the item itself), or hidden from screen readers when the item has no id to point at
        return "<input type=\"checkbox\" disabled" + (item.isItemDoneMarker() ? " checked" : "")
                + (markup.id() != null ? " aria-labelledby=\"" + SerializedHtml.attributeValue(markup.id()) + "\"" : " aria-hidden=\"true\"") + ">";
    }

    private static void renderTableOfContents(TocBlock toc, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(TableOfContentsHtml.of(RenderData.HEADINGS.get(context.getDocument())));
        html.line();
    }
}
