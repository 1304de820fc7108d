package eu.innco.web.metrics;

/**
 * What a cache tells the metrics: each lookup found a fresh entry or did not. Caches (or the code
 * that asks them) call it, whatever they are built on.
 */
public interface CacheMeter {
    void hit();

    void miss();

    /** Counts the outcome of a lookup and hands the lookup's result back. */
    default <T> java.util.Optional<T> counted(java.util.Optional<T> found) {
        if (found.isPresent()) hit();
        else miss();
        return found;
    }
}
