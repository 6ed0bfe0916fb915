package org.guidepost.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void collapsesWhiteSpaceAsTheRegexSlashSDoes() {
        String text = " a\t\tb\n\u000B\f\rc  \u00A0d\u2003e\u0085f\u001Fg ";
        assertEquals(Pattern.compile("\\s+").matcher(text).replaceAll(" "), VisibleText.collapseWhiteSpace(text));
        assertEquals(" a b c \u00A0d\u2003e\u0085f\u001Fg ", VisibleText.collapseWhiteSpace(text));
    }
}
