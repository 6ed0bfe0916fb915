package org.guidepost.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.guidepost.config.SiteConfig;
import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.content.Source;
import org.guidepost.content.checklist.ChecklistItem;
import org.guidepost.content.checklist.ResolvedChecklist;
import org.guidepost.render.Labels;
import org.guidepost.render.RelativeUrls;
import org.guidepost.render.SitePaths;
import org.guidepost.text.Slugifier;

/** Turns resolved checklists (or any sections of items) into page views for one language, with links relative to a page. */
final class ChecklistViewFactory {

    private final Site site;
    private final Labels labels;

    ChecklistViewFactory(Site site, Labels labels) {
        this.site = site;
        this.labels = labels;
    }

    ChecklistView create(ResolvedChecklist checklist, String pagePath, String pdfPath) {
        return create(checklist.name(), checklist.title(), checklist.intro(), checklist.sections(), pagePath, pdfPath);
    }

    /** A view of any sections of items (the builder's catalogue groups them by article); pdfPath may be null. */
    ChecklistView create(String name, String title, String intro, List<ResolvedChecklist.Section> sections, String pagePath, String pdfPath) {
        List<ChecklistItem> items = sections.stream().flatMap(s -> s.items().stream()).toList();
        ChecklistNumbering numbering = new ChecklistNumbering(items, site.sources().keySet());
        List<ChecklistView.Section> sectionViews = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            ResolvedChecklist.Section section = sections.get(i);
            sectionViews.add(new ChecklistView.Section(section.title(), section.title() == null ? null : "gp-section-" + (i + 1),
                    section.items().stream().map(item -> item(item, numbering, pagePath)).toList()));
        }
        List<ChecklistView.Reference> references = new ArrayList<>();
        for (String key : numbering.keys()) {
            Source source = site.sources().get(key);
            int number = numbering.numberOf(key).orElseThrow();
            references.add(new ChecklistView.Reference(number, "ref-" + number, ShortReferences.format(source),
                    RelativeUrls.between(pagePath, SitePaths.sources(labels.lang())) + "#source-" + key));
        }
        Map<String, Article> articles = new LinkedHashMap<>(); // by page path, not by the record's hash of all its content
        items.forEach(item -> articles.putIfAbsent(item.article().path(), item.article()));
        List<ChecklistView.ArticleNote> notes = articles.values().stream().map(article -> note(article, pagePath)).toList();
        return new ChecklistView(name, labels.lang(), title, intro, site.config().titleIn(labels.lang()), storageKey(site.config(), labels.lang(), name),
                pdfPath == null ? null : RelativeUrls.between(pagePath, pdfPath),
                labels.text("checklist.count").replace("{count}", String.valueOf(items.size())),
                List.copyOf(sectionViews), List.copyOf(references), notes);
    }

    /** The localStorage key of a checklist's ticks: per site, per language, per checklist. */
    static String storageKey(SiteConfig config, String lang, String name) {
        return "guidepost:" + Slugifier.slugify(config.title()) + ":checklist:" + lang + ":" + name;
    }

    private ChecklistView.Item item(ChecklistItem item, ChecklistNumbering numbering, String pagePath) {
        List<ChecklistView.RefMark> extra = new ArrayList<>();
        Set<Integer> sources = new LinkedHashSet<>();
        // an item without citations of its own is marked with its article's sources after its text
        boolean marked = item.item().citations().isEmpty();
        for (String key : item.sourceKeys()) {
            OptionalInt number = numbering.numberOf(key);
            if (number.isPresent()) {
                sources.add(number.getAsInt());
                if (marked) {
                    extra.add(new ChecklistView.RefMark(number.getAsInt(), "#ref-" + number.getAsInt()));
                }
            }
        }
        String frequency = item.frequency().map(f -> f.key()).orElse(null);
        return new ChecklistView.Item(item.id(), "item-" + item.id(), "check-" + item.id(), ItemHtml.render(item, numbering), item.item().text(),
                List.copyOf(extra), List.copyOf(sources), RelativeUrls.between(pagePath, item.article().path()) + "#" + item.id(), item.article().title(),
                frequency, frequency == null ? null : labels.text("frequency." + frequency),
                item.topic(), item.topic() == null ? null : labels.topic(item.topic()));
    }

    private ChecklistView.ArticleNote note(Article article, String pagePath) {
        String folder = article.path().substring(0, article.path().length() - "index.html".length());
        SiteConfig config = site.config();
        String url = config.hasBaseUrl() ? config.baseUrl() + folder : null;
        return new ChecklistView.ArticleNote(article.title(), RelativeUrls.between(pagePath, article.path()), url != null ? url : folder, url, review(article));
    }

    private String review(Article article) {
        if (article.reviewedBy() == null || article.lastReviewed() == null) {
            return labels.text("checklist.not_reviewed");
        }
        String text = labels.text("checklist.reviewed").replace("{date}", labels.date(article.lastReviewed()).text());
        if (article.nextReview() != null) {
            text += " · " + labels.text("checklist.next_review").replace("{date}", labels.date(article.nextReview()).text());
        }
        return text;
    }
}
