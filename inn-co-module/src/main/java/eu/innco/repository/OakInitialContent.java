package eu.innco.repository;

import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.OakVersion;
import org.apache.jackrabbit.oak.api.CommitFailedException;
import org.apache.jackrabbit.oak.jcr.Jcr;
import org.apache.jackrabbit.oak.spi.commit.CommitInfo;
import org.apache.jackrabbit.oak.spi.commit.EmptyHook;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Oak's initial content (the system tree, its default indexes, the built-in node types) written
 * once per Oak version rather than at every start. Oak checks it all again at each start, parsing
 * and comparing every built-in node type: a fifth of opening a 10,000-item repository, on a thread
 * the start waits for. A hidden property of the root records the Oak version that wrote it; a
 * store without it (new, or written before this record existed) or from another version gets the
 * whole initialisation, as before.
 */
final class OakInitialContent {
    private static final Logger LOG = LoggerFactory.getLogger(OakInitialContent.class);
    /** Hidden (the leading colon): JCR sessions, exports and the delivery API never see it. */
    static final String MARK = ":innco-oak-initial-content";

    private OakInitialContent() {}

    /** True when this Oak version's initial content is known to be in {@code store}. */
    static boolean present(NodeStore store) {
        String version = version();
        return version != null && version.equals(store.getRoot().getString(MARK));
    }

    /** Oak's default JCR set-up; without its initial content when {@code present}. */
    static Jcr jcr(Oak oak, boolean present) {
        if (!present) return new Jcr(oak);
        Jcr jcr = new Jcr(oak, false);
        Oak.OakDefaultComponents defaults = new Oak.OakDefaultComponents(); // fresh, as Jcr makes them: repositories share no component
        defaults.commitHooks().forEach(jcr::with);
        defaults.editorProviders().forEach(jcr::with);
        defaults.indexEditorProviders().forEach(jcr::with);
        defaults.queryIndexProviders().forEach(jcr::with);
        return jcr.with(defaults.securityProvider());
    }

    /**
     * Records that the initial content is written. Best effort: on a shared store another server may
     * record it at the same moment, and a start that finds no record only initialises again.
     */
    static void mark(NodeStore store) {
        String version = version();
        if (version == null) return;
        try {
            NodeBuilder root = store.getRoot().builder();
            root.setProperty(MARK, version);
            store.merge(root, EmptyHook.INSTANCE, CommitInfo.EMPTY);
        } catch (CommitFailedException | RuntimeException e) {
            LOG.debug("Oak's initial content not recorded yet: {}", e.toString());
        }
    }

    /** Oak's version, or null when the jar does not say it (then nothing is skipped). */
    private static String version() {
        String v = OakVersion.getVersion();
        return v != null && v.matches("\\d+\\.\\d+.*") ? v : null;
    }
}
