package org.guidepost.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.guidepost.search.SearchHit;
import org.guidepost.site.SiteBuilder;
import org.guidepost.site.SiteSearch;
import org.guidepost.text.Json;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `guidepost search "query"`: ranked results with highlighted snippets from the site's Lucene index. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the site with Lucene (the index is rebuilt when the content changed).",
                "Query syntax: words (all required), \"a phrase\", OR, NOT or -word, title:word."})
final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    SiteOptions site;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--lang", description = "Language to search. Default: the site's default language.")
    String lang;

    @Option(names = "--limit", defaultValue = "10", description = "Number of results. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}. Default: text.")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteBuilder.Checked checked = site.load(spec, false);
        String language = lang == null ? checked.site().get().config().defaultLanguage() : lang;
        if (checked.site().get().config().language(language).isEmpty()) {
            spec.commandLine().getErr().println("error: '" + language + "' is not a language of this site");
            return ExitCodes.USAGE;
        }
        List<SearchHit> hits = new SiteSearch(site.siteDir()).search(checked.site().get(), checked.theme().orElseThrow(), language, query, limit);
        spec.commandLine().getOut().println(format == Format.json ? json(hits) : text(hits));
        return ExitCodes.OK;
    }

    private String text(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return "no results for \"" + query + "\"";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            out.append(String.format(Locale.ROOT, "%d. %s  (%.2f)%n   %s%n   %s%n", i + 1, hit.title(), hit.score(), hit.url(), hit.snippet()));
        }
        return out.toString().stripTrailing();
    }

    private static String json(List<SearchHit> hits) {
        List<Object> items = new ArrayList<>();
        for (SearchHit hit : hits) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("url", hit.url());
            item.put("title", hit.title());
            item.put("snippet", hit.snippet());
            item.put("score", hit.score());
            items.add(item);
        }
        return Json.write(Map.of("results", items));
    }
}
