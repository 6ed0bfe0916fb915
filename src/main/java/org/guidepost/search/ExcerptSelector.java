package org.guidepost.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the few body sentences stored for offline snippets: greedily those covering the most rare terms not yet
 * covered, within a character budget, kept in reading order. Not thread-safe: it reuses its sentence iterator.
 */
final class ExcerptSelector {

    static final int BUDGET_CHARS = 240;
    static final int MAX_SENTENCE_CHARS = 160;

    private final BreakIterator sentenceIterator;
    private final TermIds terms;
    private final double[] termWeights;
    /** Terms covered by the sentences chosen so far for the current page. */
    private final boolean[] covered;

    /** {@code termWeights}: the weight of each term of {@code terms}. */
    ExcerptSelector(Locale locale, TermIds terms, double[] termWeights) {
        this.sentenceIterator = BreakIterator.getSentenceInstance(locale);
        this.terms = terms;
        this.termWeights = termWeights;
        this.covered = new boolean[termWeights.length];
    }

    /** The excerpts of a body whose tokens have the given terms and start offsets, in order. */
    List<String> select(String body, int[] tokenTerms, int[] tokenStarts) {
        List<int[]> sentences = sentenceBounds(body);
        int[][] termsBySentence = termsBySentence(sentences, tokenTerms, tokenStarts);
        boolean[] chosen = new boolean[sentences.size()];
        int used = 0;
        while (true) {
            int best = -1;
            double bestGain = 0;
            for (int i = 0; i < sentences.size(); i++) {
                int length = length(sentences.get(i));
                if (chosen[i] || used + length > BUDGET_CHARS) {
                    continue;
                }
                double gain = 0;
                for (int term : termsBySentence[i]) {
                    if (!covered[term]) {
                        gain += termWeights[term];
                    }
                }
                gain /= Math.sqrt(length + 20);
                if (gain > bestGain) {
                    best = i;
                    bestGain = gain;
                }
            }
            if (best < 0) {
                break;
            }
            chosen[best] = true;
            for (int term : termsBySentence[best]) {
                covered[term] = true;
            }
            used += length(sentences.get(best));
        }
        List<String> excerpts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (chosen[i]) {
                excerpts.add(trim(body.substring(sentences.get(i)[0], sentences.get(i)[1]).strip()));
                for (int term : termsBySentence[i]) {
                    covered[term] = false;
                }
            }
        }
        return excerpts;
    }

    /**
     * The distinct terms of each sentence. They are gathered in a map keyed by the term so that the gains add up in the
     * order they always have (floating-point sums depend on it): the same pages keep the same excerpts.
     */
    private int[][] termsBySentence(List<int[]> sentences, int[] tokenTerms, int[] tokenStarts) {
        List<Map<String, Integer>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new HashMap<>());
        }
        int sentence = 0;
        for (int token = 0; token < tokenTerms.length && !sentences.isEmpty(); token++) {
            while (sentence < sentences.size() - 1 && tokenStarts[token] >= sentences.get(sentence)[1]) {
                sentence++;
            }
            bySentence.get(sentence).put(terms.term(tokenTerms[token]), tokenTerms[token]);
        }
        int[][] termsBySentence = new int[sentences.size()][];
        for (int i = 0; i < termsBySentence.length; i++) {
            termsBySentence[i] = new int[bySentence.get(i).size()];
            int next = 0;
            for (int term : bySentence.get(i).values()) {
                termsBySentence[i][next++] = term;
            }
        }
        return termsBySentence;
    }

    private static int length(int[] sentence) {
        return Math.min(MAX_SENTENCE_CHARS, sentence[1] - sentence[0]);
    }

    private List<int[]> sentenceBounds(String body) {
        sentenceIterator.setText(body);
        List<int[]> bounds = new ArrayList<>();
        for (int start = sentenceIterator.first(), end = sentenceIterator.next(); end != BreakIterator.DONE;
                start = end, end = sentenceIterator.next()) {
            if (!isBlank(body, start, end)) {
                bounds.add(new int[] {start, end});
            }
        }
        return bounds;
    }

    /** {@code body.substring(start, end).isBlank()} without the copy. */
    private static boolean isBlank(String body, int start, int end) {
        for (int i = start; i < end; ) {
            int codePoint = body.codePointAt(i);
            if (!Character.isWhitespace(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static String trim(String sentence) {
        if (sentence.length() <= MAX_SENTENCE_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SENTENCE_CHARS - 1);
        return sentence.substring(0, cut > MAX_SENTENCE_CHARS / 2 ? cut : MAX_SENTENCE_CHARS - 1) + "…";
    }
}
