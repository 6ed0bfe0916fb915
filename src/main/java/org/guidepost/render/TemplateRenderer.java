package org.guidepost.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/** Runs one Freemarker template on a model; template mistakes become {@link TemplateFailure}s with file and line. */
public final class TemplateRenderer {

    private final Configuration configuration;
    /** Per template, the size of the last page it made: the next one's buffer starts a little larger, and rarely grows. */
    private final Map<String, Integer> lastSizes = new ConcurrentHashMap<>();

    public TemplateRenderer(Configuration configuration) {
        this.configuration = configuration;
    }

    public String render(String templateName, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        process(templateName, model, out);
        return out.toString();
    }

    /** The output as UTF-8, encoded as it is produced: no intermediate string (a page may be tens of megabytes). */
    public byte[] renderUtf8(String templateName, Map<String, Object> model) {
        Utf8Bytes out = new Utf8Bytes(lastSizes.getOrDefault(templateName, 8 * 1024) * 9 / 8);
        process(templateName, model, out);
        byte[] page = out.toByteArray();
        lastSizes.put(templateName, page.length);
        return page;
    }

    private void process(String templateName, Map<String, Object> model, Writer out) {
        try {
            configuration.getTemplate(templateName).process(model, out);
        } catch (ParseException e) {
            throw new TemplateFailure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
        } catch (TemplateException e) {
            throw new TemplateFailure(e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new TemplateFailure(templateName, 0, 0, "cannot read the template: " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
