package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.web.TestServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) in this JVM, offline: its schemas
 * travel in its jar. It runs in a class loader of its own over {@code webapp/target/nu-validator}
 * (copied there by the build) because it needs Jetty 9 and ICU4J 58, which the product's Jetty 12
 * and ICU4J 77 replace on the test class path. Returns a document's errors; warnings are not errors.
 */
final class HtmlChecker implements AutoCloseable {
    private final URLClassLoader loader;
    private final Object validator;

    HtmlChecker() throws Exception {
        Path folder = TestServer.checkout().resolve("webapp/target/nu-validator");
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) jars.add(p.toUri().toURL());
        }
        loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> type = loader.loadClass("nu.validator.client.EmbeddedValidator");
        Class<?> format = loader.loadClass("nu.validator.client.EmbeddedValidator$OutputFormat");
        validator = type.getConstructor().newInstance();
        type.getMethod("setOutputFormat", format).invoke(validator, format.getMethod("valueOf", String.class).invoke(null, "JSON"));
    }

    List<String> errors(String html) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        String out;
        try {
            out = (String) validator.getClass().getMethod("validate", InputStream.class)
                    .invoke(validator, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } finally {
            t.setContextClassLoader(previous);
        }
        List<String> errors = new ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(out).path("messages")) {
            String type = m.path("type").asText();
            if (type.equals("error") || type.equals("non-document-error") || m.path("subType").asText().equals("fatal")) {
                errors.add("line " + m.path("lastLine").asText() + ": " + m.path("message").asText() + " [" + m.path("extract").asText() + "]");
            }
        }
        return errors;
    }

    @Override
    public void close() throws Exception {
        loader.close();
    }
}
