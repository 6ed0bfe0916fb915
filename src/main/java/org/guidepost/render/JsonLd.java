package org.guidepost.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guidepost.content.Article;
import org.guidepost.content.ContentDate;
import org.guidepost.content.Person;
import org.guidepost.content.Source;
import org.guidepost.text.Json;

/** schema.org MedicalWebPage data for an article page (name, inLanguage, lastReviewed, reviewedBy, citation, about). */
final class JsonLd {

    private JsonLd() {
    }

    /** The page's data; {@code citations}: the {@link #creativeWork} of each source it cites, in reference order. */
    static String medicalWebPage(Article article, List<Json.Raw> citations, Labels labels, String canonical) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", "MedicalWebPage");
        page.put("name", article.title());
        page.put("inLanguage", article.lang());
        if (article.summary() != null) {
            page.put("description", article.summary());
        }
        if (canonical != null) {
            page.put("url", canonical);
        }
        putDate(page, "datePublished", article.published());
        putDate(page, "dateModified", article.updated());
        putDate(page, "lastReviewed", article.lastReviewed());
        if (!article.authors().isEmpty()) {
            page.put("author", article.authors().stream().map(JsonLd::person).toList());
        }
        if (article.reviewedBy() != null) {
            page.put("reviewedBy", person(article.reviewedBy()));
        }
        if (!citations.isEmpty()) {
            page.put("citation", citations);
        }
        if (!article.topics().isEmpty()) {
            List<Object> about = new ArrayList<>();
            for (String topic : article.topics()) {
                about.add(typed("Thing", labels.topic(topic)));
            }
            page.put("about", about);
        }
        return Json.write(page);
    }

    // schema.org dates must be full ISO dates; a day without a year is left out rather than guessed
    private static void putDate(Map<String, Object> page, String key, ContentDate date) {
        if (date != null && date.year() != null) {
            page.put(key, date.iso());
        }
    }

    private static Map<String, Object> person(Person person) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", "Person");
        map.put("name", person.name());
        if (person.credential() != null) {
            map.put("jobTitle", person.credential());
        }
        return map;
    }

    /** A cited source as schema.org data, written once for all the pages that cite it. */
    static Json.Raw creativeWork(Source source) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", "web page".equals(source.type()) ? "WebPage" : "blog post".equals(source.type()) ? "BlogPosting" : "CreativeWork");
        map.put("name", source.title());
        if (source.issuer() != null) {
            map.put("publisher", typed("Organization", source.issuer()));
        }
        if (!source.authors().isEmpty()) {
            map.put("author", source.authors().stream().map(name -> typed("Person", name)).toList());
        }
        if (source.date() != null && source.date().year() != null) {
            map.put("datePublished", source.date().iso());
        }
        if (source.url() != null) {
            map.put("url", source.url());
        }
        return Json.prewritten(map);
    }

    /** {"@type": type, "name": name} in that order (Map.of would not keep an order across runs). */
    private static Map<String, Object> typed(String type, String name) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", type);
        map.put("name", name);
        return map;
    }
}
