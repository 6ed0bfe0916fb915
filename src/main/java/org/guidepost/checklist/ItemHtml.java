package org.guidepost.checklist;

import org.guidepost.content.checklist.ChecklistItem;
import org.guidepost.markdown.CitationNumbers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An item's inner HTML for a checklist page: citations numbered for the checklist; other links are unwrapped to
 * their text, since they were written relative to the article (the item links to its article instead).
 */
final class ItemHtml {

    private ItemHtml() {
    }

    static String render(ChecklistItem item, CitationNumbers numbers) {
        String html = item.item().html().render(numbers);
        // most items link only to their sources: their citations need no unwrapping, nor a parse to find them
        if (!item.item().html().containsOutsideCitations("<a ")) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false).charset("UTF-8");
        for (Element link : fragment.select("a:not(.citation)")) {
            link.unwrap();
        }
        return fragment.body().html();
    }
}
