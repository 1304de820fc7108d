package eu.innco.web.editor;

import java.time.Instant;

/** A signed-in editor's session: who, its CSRF token, and a one-shot message kept with the session. */
final class EditorSession {
    final String id;
    final String username;
    final String csrf;
    final Instant created;
    private final EditorSessions store;

    EditorSession(String id, String username, String csrf, Instant created, EditorSessions store) {
        this.id = id;
        this.username = username;
        this.csrf = csrf;
        this.created = created;
        this.store = store;
    }

    /** A message for the next page, whichever server shows it. */
    void flash(String message) {
        store.setFlash(id, message);
    }

    /** The message to show once, then forget. */
    String takeFlash() {
        return store.takeFlash(id);
    }
}
