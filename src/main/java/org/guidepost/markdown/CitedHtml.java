package org.guidepost.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** Sanitized HTML whose citations are numbered only when rendered, with the numbering the caller chooses. */
public final class CitedHtml {

    /** Room for one citation's link, locator included in most cases. */
    private static final int CITATION_MARKUP_CHARS = 80;

    private final List<String> literals;
    private final List<CitationRef> citations;
    /** The length of the rendered HTML but for its citations' markup: sizes the buffer so that it seldom grows. */
    private final int literalLength;

    private CitedHtml(List<String> literals, List<CitationRef> citations) {
        this.literals = List.copyOf(literals);
        this.citations = List.copyOf(citations);
        this.literalLength = literals.stream().mapToInt(String::length).sum();
    }

    /** Splits sanitized HTML at its citation placeholders; each placeholder indexes the document's citations. */
    static CitedHtml of(String sanitizedHtml, List<CitationRef> documentCitations) {
        List<String> literals = new ArrayList<>();
        List<CitationRef> slots = new ArrayList<>();
        int literalStart = 0;
        for (CitationPlaceholder.Found placeholder = CitationPlaceholder.find(sanitizedHtml, 0); placeholder != null;
             placeholder = CitationPlaceholder.find(sanitizedHtml, placeholder.end())) {
            literals.add(sanitizedHtml.substring(literalStart, placeholder.start()));
            slots.add(documentCitations.get(placeholder.citationIndex()));
            literalStart = placeholder.end();
        }
        literals.add(sanitizedHtml.substring(literalStart));
        return new CitedHtml(literals, slots);
    }

    /** Whether the HTML outside its citations contains the text: the citations' own markup is left out. */
    public boolean containsOutsideCitations(String text) {
        return literals.stream().anyMatch(literal -> literal.contains(text));
    }

    /** The HTML with each citation rendered as a numbered link, or as an "unknown source" marker when unnumbered. */
    public String render(CitationNumbers numbers) {
        StringBuilder html = new StringBuilder(literalLength + CITATION_MARKUP_CHARS * citations.size()).append(literals.get(0));
        for (int i = 0; i < citations.size(); i++) {
            appendCitation(html, citations.get(i), numbers);
            html.append(literals.get(i + 1));
        }
        return html.toString();
    }

    private static void appendCitation(StringBuilder html, CitationRef citation, CitationNumbers numbers) {
        OptionalInt number = numbers.numberOf(citation.key());
        if (number.isEmpty()) {
            html.append("<span class=\"citation citation-unknown\">[?")
                    .append(SerializedHtml.text(citation.key())).append("]</span>");
            return;
        }
        html.append("<a class=\"citation\" href=\"#ref-").append(number.getAsInt())
                .append("\" role=\"doc-noteref\">[").append(number.getAsInt());
        if (citation.locator() != null) {
            html.append(", ").append(SerializedHtml.text(citation.locator()));
        }
        html.append("]</a>");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitedHtml that && literals.equals(that.literals) && citations.equals(that.citations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(literals, citations);
    }

    @Override
    public String toString() {
        return render(key -> OptionalInt.empty());
    }
}
