package org.guidepost.markdown;

import java.util.Arrays;

/** Converts offsets in a Markdown body to 1-based file lines and columns (columns count code points). */
final class SourcePositions {

    private final String body;
    private final int firstLine;
    private final int[] lineStarts;

    SourcePositions(String body, int firstLine) {
        this.body = body;
        this.firstLine = firstLine;
        this.lineStarts = body.indexOf('\r') < 0 ? lineFeedLineStarts(body) : anyLineStarts(body);
    }

    /** The line starts of a body whose lines all end in a line feed: found by String's own search, a run at a time. */
    private static int[] lineFeedLineStarts(String body) {
        int[] starts = new int[64];
        int count = 1;
        for (int end = body.indexOf('\n'); end >= 0; end = body.indexOf('\n', end + 1)) {
            starts = room(starts, count);
            starts[count++] = end + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** The line starts where lines may also end in a carriage return, alone or before a line feed. */
    private static int[] anyLineStarts(String body) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n'))) {
                starts = room(starts, count);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] room(int[] starts, int count) {
        return count < starts.length ? starts : Arrays.copyOf(starts, 2 * count);
    }

    int line(int offset) {
        return firstLine + lineIndex(offset);
    }

    int column(int offset) {
        int start = lineStarts[lineIndex(offset)];
        return body.codePointCount(start, Math.min(offset, body.length())) + 1;
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
