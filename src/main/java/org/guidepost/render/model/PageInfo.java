package org.guidepost.render.model;

import java.util.List;

/**
 * What the base layout needs for every page; every href is relative to the page itself.
 * {@code serviceWorker}: the page loads the script that registers the site's service worker over HTTP(S).
 */
public record PageInfo(
        String path,
        String type,
        String lang,
        String dir,
        String title,
        String description,
        String siteTitle,
        String root,
        String canonical,
        List<Alternate> alternates,
        List<LanguageChoice> languages,
        List<Link> breadcrumbs,
        Link home,
        Link search,
        Link topics,
        Link sources,
        Link checklists,
        String feedHref,
        boolean serviceWorker) {
}
