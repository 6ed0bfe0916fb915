package org.guidepost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme-script minifier: literals untouched, comments and spare whitespace gone, the theme's scripts still valid. */
class ScriptMinifierTest {

    @Test
    void keepsLiteralsAndDropsCommentsAndSpareWhitespace() {
        String source = "/* head */\nvar a = 'x // y /* z */';  // tail\nvar r = /[/\\]]+\\//g, d = a / 2 / b;\n"
                + "  if (a) { return  - -a + +b; }\nvar t = `q  w`;";
        assertEquals("var a='x // y /* z */';\nvar r=/[/\\]]+\\//g,d=a/2/b;\nif(a){return- -a+ +b;}\nvar t=`q  w`;\n",
                ScriptMinifier.minify(source));
    }

    @Test
    void theThemeScriptsStayValidAndShrink(@TempDir Path temp) throws IOException, InterruptedException {
        for (String name : new String[] {"search.js", "search-ui.js"}) {
            String source = Files.readString(Path.of("site-templates/assets", name), StandardCharsets.UTF_8);
            String minified = ScriptMinifier.minify(source);
            assertTrue(minified.length() < source.length() * 0.85, name + ": " + minified.length() + " of " + source.length());
            Path file = temp.resolve(name);
            Files.writeString(file, minified, StandardCharsets.UTF_8);
            Process check = new ProcessBuilder("node", "--check", file.toString()).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, check.waitFor(), name + " does not parse once minified:\n" + output);
        }
    }
}
