package org.guidepost.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the few body sentences stored for offline snippets: greedily those covering the most rare terms not yet
 * covered, within a character budget, kept in reading order. Not thread-safe: it reuses its bookkeeping arrays.
 */
final class ExcerptSelector {

    static final int BUDGET_CHARS = 240;
    static final int MAX_SENTENCE_CHARS = 160;

    private final double[] termWeights;
    /** Terms covered by the sentences chosen so far for the current page. */
    private final boolean[] covered;
    /** For each term, the stamp of the last sentence it was seen in: finds a sentence's distinct terms without a set. */
    private final int[] seenInSentence;
    private int sentenceStamp;

    /** {@code termWeights}: the weight of each term, by term id. */
    ExcerptSelector(double[] termWeights) {
        this.termWeights = termWeights;
        this.covered = new boolean[termWeights.length];
        this.seenInSentence = new int[termWeights.length];
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

    /** The distinct terms of each sentence, in the order they first occur in it. */
    private int[][] termsBySentence(List<int[]> sentences, int[] tokenTerms, int[] tokenStarts) {
        int[][] termsBySentence = new int[sentences.size()][];
        int[] distinct = new int[tokenTerms.length];
        int token = 0;
        for (int i = 0; i < sentences.size(); i++) {
            sentenceStamp++;
            int count = 0;
            boolean last = i == sentences.size() - 1;
            for (; token < tokenTerms.length && (last || tokenStarts[token] < sentences.get(i)[1]); token++) {
                int term = tokenTerms[token];
                if (seenInSentence[term] != sentenceStamp) {
                    seenInSentence[term] = sentenceStamp;
                    distinct[count++] = term;
                }
            }
            termsBySentence[i] = Arrays.copyOf(distinct, count);
        }
        return termsBySentence;
    }

    private static int length(int[] sentence) {
        return Math.min(MAX_SENTENCE_CHARS, sentence[1] - sentence[0]);
    }

    /**
     * The sentences of a body: a line ends one, and so does a full stop, question or exclamation mark (Latin, CJK,
     * Arabic, Devanagari) followed by a space and then anything but a lower-case letter ("e.g. this" stays whole).
     * Blank stretches are left out.
     */
    static List<int[]> sentenceBounds(String body) {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int end;
            if (c == '\n') {
                end = i + 1;
            } else if (isSentenceEnd(c) && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)) || isWideSentenceEnd(c))) {
                int next = i + 1;
                while (next < body.length() && Character.isWhitespace(body.charAt(next)) && body.charAt(next) != '\n') {
                    next++;
                }
                if (next < body.length() && Character.isLowerCase(body.charAt(next))) {
                    continue;
                }
                end = next;
            } else {
                continue;
            }
            addUnlessBlank(bounds, body, start, end);
            start = end;
            i = end - 1;
        }
        addUnlessBlank(bounds, body, start, body.length());
        return bounds;
    }

    private static boolean isSentenceEnd(char c) {
        // two comparisons for the letters between '?' and U+061F, most of the text of Latin-script languages
        if (c <= '?') {
            return c == '.' || c == '!' || c == '?';
        }
        return c >= '\u061f' && (c == '\u061f' || c == '\u0964' || c == '\u2026' || isWideSentenceEnd(c));
    }

    /** Sentence ends of scripts written without spaces (Chinese, Japanese): no space needs to follow them. */
    private static boolean isWideSentenceEnd(char c) {
        return c == '\u3002' || c == '\uff01' || c == '\uff1f';
    }

    private static void addUnlessBlank(List<int[]> bounds, String body, int start, int end) {
        if (start < end && !isBlank(body, start, end)) {
            bounds.add(new int[] {start, end});
        }
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
