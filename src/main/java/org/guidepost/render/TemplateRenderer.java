package org.guidepost.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/** Runs one Freemarker template on a model; template mistakes become {@link TemplateFailure}s with file and line. */
public final class TemplateRenderer {

    private final Configuration configuration;

    public TemplateRenderer(Configuration configuration) {
        this.configuration = configuration;
    }

    public String render(String templateName, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
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
