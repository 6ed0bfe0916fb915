package org.guidepost.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the few body sentences stored for offline snippets: greedily those covering the most rare terms not yet
 * covered, within a character budget, kept in reading order.
 */
final class ExcerptSelector {

    static final int BUDGET_CHARS = 240;
    static final int MAX_SENTENCE_CHARS = 160;

    private final Locale locale;

    ExcerptSelector(Locale locale) {
        this.locale = locale;
    }

    /** A body token: its indexed term and where it starts in the body. */
    record Token(String term, int start) {
    }

    List<String> select(String body, List<Token> tokens, Map<String, Double> termWeights) {
        List<int[]> sentences = sentenceBounds(body);
        List<Set<String>> termsBySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            termsBySentence.add(new HashSet<>());
        }
        int sentence = 0;
        for (Token token : tokens) {
            while (sentence < sentences.size() - 1 && token.start() >= sentences.get(sentence)[1]) {
                sentence++;
            }
            if (!sentences.isEmpty()) {
                termsBySentence.get(sentence).add(token.term());
            }
        }
        Set<String> covered = new HashSet<>();
        boolean[] chosen = new boolean[sentences.size()];
        int used = 0;
        while (true) {
            int best = -1;
            double bestGain = 0;
            for (int i = 0; i < sentences.size(); i++) {
                int length = Math.min(MAX_SENTENCE_CHARS, sentences.get(i)[1] - sentences.get(i)[0]);
                if (chosen[i] || used + length > BUDGET_CHARS) {
                    continue;
                }
                double gain = 0;
                for (String term : termsBySentence.get(i)) {
                    if (!covered.contains(term)) {
                        gain += termWeights.getOrDefault(term, 0d);
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
            covered.addAll(termsBySentence.get(best));
            used += Math.min(MAX_SENTENCE_CHARS, sentences.get(best)[1] - sentences.get(best)[0]);
        }
        List<String> excerpts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (chosen[i]) {
                excerpts.add(trim(body.substring(sentences.get(i)[0], sentences.get(i)[1]).strip()));
            }
        }
        return excerpts;
    }

    private List<int[]> sentenceBounds(String body) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
        iterator.setText(body);
        List<int[]> bounds = new ArrayList<>();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (!body.substring(start, end).isBlank()) {
                bounds.add(new int[] {start, end});
            }
        }
        return bounds;
    }

    private static String trim(String sentence) {
        if (sentence.length() <= MAX_SENTENCE_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SENTENCE_CHARS - 1);
        return sentence.substring(0, cut > MAX_SENTENCE_CHARS / 2 ? cut : MAX_SENTENCE_CHARS - 1) + "…";
    }
}
