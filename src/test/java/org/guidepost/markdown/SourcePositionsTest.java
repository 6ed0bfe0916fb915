package org.guidepost.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePositionsTest {

    @Test
    void linesEndInLineFeedsCarriageReturnsOrBoth() {
        assertEquals(List.of(5, 5, 6, 7, 8, 8), lines("ab\nc\n\nd", 5, 0, 2, 3, 5, 6, 7));
        assertEquals(List.of(1, 2, 3, 4, 5), lines("a\r\nb\rc\n\rd", 1, 0, 3, 5, 7, 8));
    }

    @Test
    void columnsCountCodePointsFromTheLineStart() {
        SourcePositions positions = new SourcePositions("x\n\uD83D\uDE00y", 1);
        assertEquals(1, positions.column(0));
        assertEquals(1, positions.column(2));
        assertEquals(2, positions.column(4));
    }

    private static List<Integer> lines(String body, int firstLine, int... offsets) {
        SourcePositions positions = new SourcePositions(body, firstLine);
        List<Integer> lines = new ArrayList<>();
        for (int offset : offsets) {
            lines.add(positions.line(offset));
        }
        return lines;
    }
}
