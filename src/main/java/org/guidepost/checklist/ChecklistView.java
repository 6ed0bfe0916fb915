package org.guidepost.checklist;

import java.util.List;

/**
 * What a checklist page, its print layout and its PDF show, for one language; every href is relative to the page
 * the view was made for.
 */
public record ChecklistView(String name, String lang, String title, String intro, String siteTitle, String storageKey,
                            String pdfHref, String countText, List<Section> sections, List<Reference> references,
                            List<ArticleNote> articles) {

    /** A group of items; title and anchor are null for a checklist without sections. */
    public record Section(String title, String anchor, List<Item> items) {
    }

    /**
     * One action: html is its text with numbered citations; extraRefs are its article's sources when the item cites
     * none itself; sources are all its source numbers (for plain text); articleHref leads to its paragraph in its article.
     */
    public record Item(String id, String anchor, String checkboxId, String html, String text, List<RefMark> extraRefs, List<Integer> sources,
                       String articleHref, String articleTitle, String frequency, String frequencyLabel, String topic, String topicLabel) {
    }

    /** A citation mark pointing at the page's reference list. */
    public record RefMark(int number, String href) {
    }

    /** A short source reference ("Ministry of Health (Viet Nam). Nurturing young children. 2015.") with its sources-page link. */
    public record Reference(int number, String anchor, String text, String sourcesHref) {
    }

    /** An article items come from: its title, link, printable address, absolute URL (null without a base_url) and review state. */
    public record ArticleNote(String title, String href, String address, String url, String review) {
    }
}
