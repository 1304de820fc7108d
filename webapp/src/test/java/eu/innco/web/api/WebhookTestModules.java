package eu.innco.web.api;

import java.io.IOException;
import java.nio.file.Path;

/** A copy of the checkout's light modules where a test may add webhook definitions. */
public final class WebhookTestModules {
    private WebhookTestModules() {}

    public static Path copy(Path dir) throws IOException {
        return WebhookEndToEndTest.copyOfLightModules(dir);
    }
}
