package org.guidepost.search;

/**
 * Quantizes a term's per-document scores to one character: a geometric scale from the term's lowest to its highest
 * score (written before its postings, in thousandths), with {@link CompactCodec#LEVELS} levels.
 */
record ImpactScale(int lowMilli, int highMilli, double logOfRange) {

    /** The scale from {@code low} to {@code high}; the logarithm of its range is computed once for all the term's postings. */
    static ImpactScale of(double low, double high) {
        int lowMilli = Math.max(1, (int) Math.round(low * 1000));
        int highMilli = Math.max(lowMilli, (int) Math.round(high * 1000));
        return new ImpactScale(lowMilli, highMilli, Math.log((double) highMilli / lowMilli));
    }

    void appendHeader(StringBuilder out) {
        CompactCodec.append(out, lowMilli);
        CompactCodec.append(out, highMilli - lowMilli);
    }

    int level(double score) {
        if (highMilli == lowMilli) {
            return 0;
        }
        double ratio = Math.log(score * 1000 / lowMilli) / logOfRange;
        return (int) Math.max(0, Math.min(CompactCodec.LEVELS - 1, Math.round(ratio * (CompactCodec.LEVELS - 1))));
    }
}
