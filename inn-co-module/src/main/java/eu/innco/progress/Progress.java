package eu.innco.progress;

/**
 * What long work (a rebuild, an import, an export, a backup) tells whoever watches it: the stage it
 * is in with its number of steps, and each step done. The command line shows it; everything else
 * passes {@link #NONE}. Implementations take steps from several threads at once.
 */
public interface Progress {
    /** Watches nothing. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String what, long total) {}

        @Override
        public void advance(long steps) {}
    };

    /** A new stage of the work: what is counted ("items", "files") and how many there are, {@code -1} when unknown. */
    void stage(String what, long total);

    /** {@code steps} more steps of the current stage are done. */
    void advance(long steps);

    default void step() {
        advance(1);
    }
}
