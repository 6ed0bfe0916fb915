package org.guidepost.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.CharArrayMap;

/** Numbers the distinct terms of a language's pages in order of first occurrence; looks terms up straight from an analyzer's buffer. */
final class TermIds {

    private final CharArrayMap<Integer> ids = new CharArrayMap<>(1 << 14, false);
    private final List<String> terms = new ArrayList<>();

    /** The id of the term in {@code buffer[0, length)}, numbering it when new. */
    int idOf(char[] buffer, int length) {
        Integer id = ids.get(buffer, 0, length);
        if (id == null) {
            String term = new String(buffer, 0, length);
            id = terms.size();
            ids.put(term, id);
            terms.add(term);
        }
        return id;
    }

    boolean contains(String term) {
        return ids.containsKey(term);
    }

    /** Every id, ordered by its term. */
    int[] inTermOrder() {
        return IntStream.range(0, terms.size()).boxed().sorted(Comparator.comparing(terms::get)).mapToInt(Integer::intValue).toArray();
    }

    String term(int id) {
        return terms.get(id);
    }

    int size() {
        return terms.size();
    }
}
