package eu.innco.web;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * FreeMarker over {@code light-modules/inn-co/templates}: {@code .ftlh} files escape every
 * interpolation as HTML, templates cannot instantiate classes or reach Java APIs, and a changed
 * template shows within two seconds, without a build.
 */
public final class Templates {
    private final Configuration config;

    public Templates(Path lightModules) {
        config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setTemplateLoader(new FileTemplateLoader(lightModules.resolve("inn-co/templates").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("the templates folder cannot be read", e);
        }
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setRegisteredCustomOutputFormats(java.util.List.of(Utf8Html.INSTANCE)); // .ftlh: HTML escaped straight into UTF-8
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setTemplateUpdateDelayMilliseconds(2000);
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
    }

    /** {@link #render}, as UTF-8 bytes written as the template goes (pages that are sent, not read again). */
    public byte[] renderUtf8(String name, Map<String, Object> model) {
        try {
            Template t = config.getTemplate(name);
            Utf8Output out = new Utf8Output(16384);
            t.process(model, out);
            return out.bytes();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Which version of a template is in use: the identity of FreeMarker's template object, which it makes anew when it reads a changed file. */
    public int version(String name) {
        try {
            return System.identityHashCode(config.getTemplate(name));
        } catch (IOException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }

    public String render(String name, Map<String, Object> model) {
        try {
            Template t = config.getTemplate(name);
            StringWriter out = new StringWriter(8192);
            t.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
