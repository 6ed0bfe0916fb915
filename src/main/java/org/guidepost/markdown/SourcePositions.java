package org.guidepost.markdown;

import java.util.ArrayList;
import java.util.List;

/** Converts offsets in a Markdown body to 1-based file lines and columns (columns count code points). */
final class SourcePositions {

    private final String body;
    private final int firstLine;
    private final int[] lineStarts;

    SourcePositions(String body, int firstLine) {
        this.body = body;
        this.firstLine = firstLine;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
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
