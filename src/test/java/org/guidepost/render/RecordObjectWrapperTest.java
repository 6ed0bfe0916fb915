package org.guidepost.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;

class RecordObjectWrapperTest {

    public record Page(String title, int count, String missing, List<String> tags) {
        public String shout() {
            return title.toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Test
    void readsComponentsAndLeavesEverythingElseToFreemarker() throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
        configuration.setObjectWrapper(new RecordObjectWrapper());
        Template template = new Template("t", "${page.title} ${page.count + 1} ${page.missing!'none'} <#list page.tags as tag>${tag}</#list> ${page.shout()} ${page.title()} ${page.shout} ${page.tags?size}",
                configuration);
        StringWriter out = new StringWriter();
        template.process(Map.of("page", new Page("Feeding", 2, null, List.of("a", "b"))), out);
        assertEquals("Feeding 3 none ab FEEDING Feeding FEEDING 2", out.toString());
    }
}
