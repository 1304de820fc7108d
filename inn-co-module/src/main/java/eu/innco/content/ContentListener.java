package eu.innco.content;

/** Hears about saved changes of working copies (the audit log, caches). Must not throw. */
@FunctionalInterface
public interface ContentListener {
    void changed(ContentEvent event);
}
