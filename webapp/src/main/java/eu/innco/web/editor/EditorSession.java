package eu.innco.web.editor;

import java.time.Instant;

/** A signed-in editor's session: who, its CSRF token, its interface language, a one-shot message. */
final class EditorSession {
    final String id;
    final String username;
    final String csrf;
    final Instant created;
    volatile Instant lastSeen;
    volatile String flash;

    EditorSession(String id, String username, String csrf, Instant now) {
        this.id = id;
        this.username = username;
        this.csrf = csrf;
        this.created = now;
        this.lastSeen = now;
    }

    /** The message to show once, then forget. */
    String takeFlash() {
        String f = flash;
        flash = null;
        return f;
    }
}
