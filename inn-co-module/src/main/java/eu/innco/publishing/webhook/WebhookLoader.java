package eu.innco.publishing.webhook;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.config.Settings;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the webhook definitions. The secret is best given by name ({@code secretEnv}: an
 * environment variable or setting) so that it is never in the repository; an inline {@code secret}
 * is accepted for development. Every mistake of every file is reported with file and line.
 */
public final class WebhookLoader {
    private static final Set<String> KEYS = Set.of("url", "events", "contentTypes", "secret", "secretEnv", "enabled", "maxAttempts", "description");
    private static final Set<String> EVENTS = Set.of("published", "unpublished");

    private WebhookLoader() {}

    public static List<WebhookDefinition> load(Path lightModules, Settings settings) {
        Path folder = lightModules.resolve("inn-co/webhooks");
        List<WebhookDefinition> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        List<FieldError> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String label = "inn-co/webhooks/" + f.getFileName();
                try {
                    read(YamlReader.read(f, label), f.getFileName().toString().replaceAll("\\.yaml$", ""), settings, errors)
                            .ifPresent(out::add);
                } catch (InncoException e) {
                    errors.addAll(e.errors());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        if (!errors.isEmpty()) {
            throw InncoException.invalid(ErrorCode.DEFINITION_004, errors.size() + " error(s) in the webhook definitions: "
                    + errors.get(0).path() + " " + errors.get(0).message(), errors);
        }
        return out;
    }

    private static java.util.Optional<WebhookDefinition> read(YamlNode root, String name, Settings settings, List<FieldError> errors) {
        if (!root.isMapping()) {
            errors.add(new FieldError(root.location(), "a webhook is a mapping with url, events and secretEnv"));
            return java.util.Optional.empty();
        }
        root.entries().forEach((k, v) -> { if (!KEYS.contains(k)) errors.add(new FieldError(v.location(), "unknown key '" + k + "'; expected one of " + KEYS)); });
        URI url = null;
        String u = root.text("url").orElse("");
        try {
            url = URI.create(u);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(root.location(), "url must be an http or https address, got '" + u + "'"));
        }
        Set<String> events = new LinkedHashSet<>();
        for (YamlNode e : root.list("events")) {
            if (e.isScalar() && EVENTS.contains(e.text())) events.add(e.text());
            else errors.add(new FieldError(e.location(), "events are " + EVENTS));
        }
        if (events.isEmpty()) events.addAll(EVENTS);
        Set<String> types = new LinkedHashSet<>();
        root.list("contentTypes").forEach(t -> { if (t.isScalar()) types.add(t.text()); });
        boolean enabled = !"false".equals(root.text("enabled").orElse("true"));
        String secret = root.text("secret").orElse(null);
        String secretEnv = root.text("secretEnv").orElse(null);
        if (secretEnv != null) secret = settings.get(secretEnv).orElse(null);
        if (enabled && (secret == null || secret.length() < 16)) {
            errors.add(new FieldError(root.location(), "an enabled webhook needs a secret of at least 16 characters: set the variable named by secretEnv"
                    + (secretEnv == null ? "" : " (" + secretEnv + ")")));
        }
        int attempts;
        try {
            attempts = Integer.parseInt(root.text("maxAttempts").orElse("6"));
        } catch (NumberFormatException e) {
            attempts = 6;
            errors.add(new FieldError(root.location(), "maxAttempts must be a whole number"));
        }
        if (url == null) return java.util.Optional.empty();
        return java.util.Optional.of(new WebhookDefinition(name, url, events, types, secret == null ? "" : secret, enabled,
                Math.max(1, Math.min(attempts, 20)), root.source()));
    }
}
