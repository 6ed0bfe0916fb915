package org.guidepost.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's first-query budget on a generated corpus of 4,000 ~5 KB pages: the bytes a first query loads (both theme
 * scripts unminified, plus every index part the engine asks for) stay within 100 KB. Bytes, not time: deterministic.
 */
class QueryBudgetTest {

    static final long BUDGET = 100_000;

    @Test
    void aFirstQueryLoadsAtMostOneHundredKilobytes(@TempDir Path site) throws Exception {
        new OfflineIndexExporter().export(OfflineSearchTest.LANGUAGES, GeneratedCorpus.documents(2000, 20240428), site);
        long ui = Files.size(Path.of("site-templates/assets/search-ui.js"));
        for (NodeEngine.Query query : List.of(new NodeEngine.Query("vi", "typing", "sữa mẹ"), new NodeEngine.Query("en", "typing", "milk supply"))) {
            NodeEngine.Result result = NodeEngine.run(site, List.of(query)).get(0);
            assertTrue(result.total() > 0, query + " finds pages");
            long loaded = result.bytesLoaded() + ui;
            assertTrue(loaded <= BUDGET, query + " loaded " + loaded + " bytes");
        }
    }

}
