package org.guidepost.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guidepost.config.LanguageConfig;
import org.guidepost.content.Article;
import org.guidepost.content.Site;
import org.guidepost.content.Source;
import org.guidepost.content.TranslationMatrix;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.markdown.TaskItem;
import org.guidepost.render.model.DashboardView;
import org.guidepost.render.model.Link;
import org.guidepost.render.model.PageInfo;

/**
 * Renders the editors' dashboard (a static page left out of the reader navigation and the sitemap):
 * translations, reviews due, sources, articles lacking sources or reviewer, checklist items, warnings.
 */
public final class DashboardRenderer {

    /** Reviews due within this many days are listed beside the overdue ones. */
    static final int DUE_WITHIN_DAYS = 90;

    private final Site site;
    private final Theme theme;
    private final PageInfoFactory pageInfos;

    public DashboardRenderer(Site site, Theme theme, boolean hasChecklists) {
        this.site = site;
        this.theme = theme;
        this.pageInfos = new PageInfoFactory(site.config(), theme.strings(), hasChecklists);
    }

    /** Writes the dashboard; {@code today} decides which reviews are overdue or due. */
    public void render(List<Diagnostic> diagnostics, LocalDate today, OutputSink sink) {
        String lang = site.config().defaultLanguage();
        Labels labels = new Labels(theme.strings(), lang, site.config().language(lang).orElseThrow().locale());
        PageInfo page = pageInfos.create(SitePaths.DASHBOARD, "dashboard", lang, labels.text("dashboard.title"), null, Map.of(), List.of());
        List<String> languages = site.config().languages().stream().map(LanguageConfig::code).toList();
        DashboardView view = new DashboardView(today.toString(), languages, translations(labels), reviews(today), sources(),
                gaps(), checklistItems(languages), warnings(diagnostics));
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("t", theme.strings().forLanguage(lang));
        model.put("dashboard", view);
        model.put("languageNames", site.config().languages());
        sink.write(SitePaths.DASHBOARD, new TemplateRenderer(theme.templates()).renderUtf8("dashboard.ftlh", model));
    }

    private List<DashboardView.TranslationRow> translations(Labels labels) {
        List<DashboardView.TranslationRow> rows = new ArrayList<>();
        for (TranslationMatrix.Row row : TranslationMatrix.of(site).rows()) {
            List<DashboardView.TranslationCell> cells = new ArrayList<>();
            row.states().forEach((code, state) -> cells.add(new DashboardView.TranslationCell(state.key(), labels.text("status." + state.key()),
                    site.article(row.id(), code).map(a -> href(a)).orElse(null))));
            rows.add(new DashboardView.TranslationRow(row.id(), row.title(), List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }

    private List<DashboardView.ReviewRow> reviews(LocalDate today) {
        List<DashboardView.ReviewRow> rows = new ArrayList<>();
        for (Article article : originals()) {
            if (article.nextReview() == null || article.nextReview().toLocalDate().isEmpty()) {
                continue;
            }
            LocalDate due = article.nextReview().toLocalDate().get();
            long days = ChronoUnit.DAYS.between(today, due);
            if (days <= DUE_WITHIN_DAYS) {
                rows.add(new DashboardView.ReviewRow(article.title(), href(article), article.lang(), due.toString(), days, days < 0));
            }
        }
        rows.sort(Comparator.comparing(DashboardView.ReviewRow::date).thenComparing(DashboardView.ReviewRow::title));
        return List.copyOf(rows);
    }

    private List<DashboardView.SourceRow> sources() {
        Map<Article, Set<String>> cited = new IdentityHashMap<>(); // an article record's own hash code would hash all its content
        site.articles().forEach(a -> cited.put(a, Set.copyOf(new ReferenceNumbering(a).keys())));
        List<DashboardView.SourceRow> rows = new ArrayList<>();
        for (Source source : site.sources().values()) {
            List<Link> citedBy = site.articles().stream().filter(a -> cited.get(a).contains(source.key()))
                    .map(a -> new Link(href(a), a.title() + " (" + a.lang() + ")")).toList();
            rows.add(new DashboardView.SourceRow(source.key(), source.title(), source.type(),
                    source.accessed() == null ? null : source.accessed().iso(), citedBy));
        }
        return List.copyOf(rows);
    }

    private List<DashboardView.GapRow> gaps() {
        List<DashboardView.GapRow> rows = new ArrayList<>();
        for (Article article : originals()) {
            boolean noSources = article.sourceKeys().isEmpty() && article.markdown().citations().isEmpty();
            boolean noReviewer = article.reviewedBy() == null;
            if (noSources || noReviewer) {
                rows.add(new DashboardView.GapRow(article.title(), href(article), article.lang(), noSources, noReviewer));
            }
        }
        return List.copyOf(rows);
    }

    private List<DashboardView.ChecklistRow> checklistItems(List<String> languages) {
        List<DashboardView.ChecklistRow> rows = new ArrayList<>();
        for (TranslationMatrix.Row row : TranslationMatrix.of(site).rows()) {
            List<Integer> counts = languages.stream()
                    .map(lang -> site.article(row.id(), lang).map(DashboardRenderer::checklistItemCount).orElse(-1)).toList();
            if (counts.stream().anyMatch(count -> count > 0)) {
                rows.add(new DashboardView.ChecklistRow(row.id(), row.title(), counts));
            }
        }
        return List.copyOf(rows);
    }

    private List<DashboardView.WarningRow> warnings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> !d.isError()).sorted(Diagnostic.REPORT_ORDER)
                .map(d -> new DashboardView.WarningRow(location(d), d.code(), d.message(), d.hint())).toList();
    }

    private String location(Diagnostic diagnostic) {
        if (diagnostic.file() == null) {
            return "";
        }
        Path file = diagnostic.file();
        Path shown = file.isAbsolute() && file.startsWith(site.siteDir()) ? site.siteDir().relativize(file) : file;
        return shown.toString().replace('\\', '/') + (diagnostic.line() > 0 ? ":" + diagnostic.line() : "");
    }

    /** Articles in their original language: translations inherit review data and sources, reported once on the original. */
    private List<Article> originals() {
        return site.articles().stream().filter(a -> !a.isTranslation()).toList();
    }

    private static int checklistItemCount(Article article) {
        return (int) article.markdown().taskItems().stream().map(TaskItem::id).filter(id -> id != null && !id.isBlank()).count();
    }

    private static String href(Article article) {
        return RelativeUrls.between(SitePaths.DASHBOARD, article.path());
    }
}
