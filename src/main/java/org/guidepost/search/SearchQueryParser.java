package org.guidepost.search;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene query syntax over all search fields with their boosts, every word required; the folded and exact
 * forms of a word (sua, sữa) add up, so exact matches rank higher, as the offline engine scores them.
 */
final class SearchQueryParser extends MultiFieldQueryParser {

    SearchQueryParser(Analyzer analyzer) {
        super(fieldNames(), analyzer, boosts());
        setDefaultOperator(QueryParser.Operator.AND);
    }

    /** Parses the query; text that is not valid query syntax is searched as plain words. */
    Query parseLenient(String text) {
        String normalized = SearchIndexBuilder.normalize(text).strip();
        if (normalized.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        try {
            return parse(normalized);
        } catch (ParseException | IllegalArgumentException invalidSyntax) {
            try {
                return parse(QueryParser.escape(normalized));
            } catch (ParseException stillInvalid) {
                return new MatchNoDocsQuery();
            }
        }
    }

    @Override
    protected Query newSynonymQuery(String field, QueryBuilder.TermAndBoost[] terms) {
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        for (QueryBuilder.TermAndBoost term : terms) {
            Query query = new TermQuery(new Term(field, term.term));
            forms.add(term.boost == 1f ? query : new BoostQuery(query, term.boost), BooleanClause.Occur.SHOULD);
        }
        return forms.build();
    }

    private static String[] fieldNames() {
        return Arrays.stream(SearchField.values()).map(SearchField::fieldName).toArray(String[]::new);
    }

    private static Map<String, Float> boosts() {
        return Arrays.stream(SearchField.values()).collect(Collectors.toMap(SearchField::fieldName, SearchField::boost));
    }
}
