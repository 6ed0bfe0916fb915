package org.guidepost.content.check;

import java.time.LocalDate;

import org.guidepost.content.Article;
import org.guidepost.content.ContentDate;
import org.guidepost.content.Site;
import org.guidepost.diagnostic.Diagnostic;
import org.guidepost.diagnostic.Diagnostics;

/** Health guidance needs sources, a reviewer and a review that is not overdue: warnings, not errors. */
final class ReviewCheck implements ContentCheck {

    private final LocalDate today;

    ReviewCheck(LocalDate today) {
        this.today = today;
    }

    @Override
    public void check(Site site, Diagnostics diagnostics) {
        for (Article article : site.articles()) {
            if (article.isTranslation()) {
                continue; // metadata is inherited: reported once, on the source article
            }
            if (article.sourceKeys().isEmpty() && article.markdown().citations().isEmpty()) {
                diagnostics.add(Diagnostic.warning("no-source", article.file(), article.lineOf("title"), 1,
                        "this health article cites no source",
                        "add 'sources: [key]' to the front matter or cite with [@key] where a claim comes from"));
            }
            if (article.reviewedBy() == null) {
                diagnostics.add(Diagnostic.warning("no-reviewer", article.file(), article.lineOf("title"), 1,
                        "this health article has no reviewer; its page says it has not been reviewed",
                        "add 'reviewed_by: {name: …, credential: …}' and 'last_reviewed: YYYY-MM-DD' once a health professional has reviewed it"));
            }
            ContentDate next = article.nextReview();
            if (next != null && next.toLocalDate().map(today::isAfter).orElse(false)) {
                diagnostics.add(Diagnostic.warning("review-overdue", article.file(), article.lineOf("next_review"), 1,
                        "review overdue since " + next.iso(),
                        "have the article reviewed, then update 'last_reviewed' and 'next_review'"));
            }
            ContentDate last = article.lastReviewed();
            if (next != null && last != null && next.compareTo(last) < 0) {
                diagnostics.add(Diagnostic.warning("review-dates", article.file(), article.lineOf("next_review"), 1,
                        "next_review " + next.iso() + " is before last_reviewed " + last.iso(), "check the two dates"));
            }
        }
    }
}
