package eu.innco.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.jcr.Node;
import javax.jcr.Repository;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.plugins.memory.MemoryNodeStore;
import org.apache.jackrabbit.oak.spi.commit.CommitInfo;
import org.apache.jackrabbit.oak.spi.commit.EmptyHook;
import org.apache.jackrabbit.oak.spi.security.OpenSecurityProvider;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;
import org.junit.jupiter.api.Test;

/** Oak's initial content is written and checked once per Oak version, not at every start. */
class OakInitialContentTest {
    static final String FOLDER_TYPE = "/jcr:system/jcr:nodeTypes/nt:folder";

    @Test
    void a_new_store_is_initialised_and_recorded_and_a_later_start_skips_the_check() throws Exception {
        MemoryNodeStore store = new MemoryNodeStore();
        assertFalse(OakInitialContent.present(store));
        use(open(store));
        assertTrue(OakInitialContent.present(store), "recorded after the first start");
        assertTrue(hasType(store), "Oak's built-in types are in the store");

        removeType(store); // what only a skipped check leaves as it is
        assertTrue(OakInitialContent.present(store));
        use(open(store));
        assertFalse(hasType(store), "a start on a recorded store does not run Oak's initial content");
    }

    @Test
    void a_store_recorded_by_another_oak_version_is_initialised_again() throws Exception {
        MemoryNodeStore store = new MemoryNodeStore();
        use(open(store));
        removeType(store);
        NodeBuilder root = store.getRoot().builder();
        root.setProperty(OakInitialContent.MARK, "1.0.0");
        store.merge(root, EmptyHook.INSTANCE, CommitInfo.EMPTY);
        assertFalse(OakInitialContent.present(store));
        use(open(store));
        assertTrue(hasType(store), "the whole initialisation ran again");
        assertTrue(OakInitialContent.present(store), "and the record names this version");
        assertFalse("1.0.0".equals(store.getRoot().getString(OakInitialContent.MARK)));
    }

    /** As {@link Backend} opens a repository. */
    private static Repository open(MemoryNodeStore store) {
        boolean present = OakInitialContent.present(store);
        Repository r = OakInitialContent.jcr(new Oak(store), present).with(new OpenSecurityProvider()).createRepository();
        if (!present) OakInitialContent.mark(store);
        return r;
    }

    /** Writes and reads back a node of a built-in type, through JCR with its validators, then shuts the repository down. */
    private static void use(Repository r) throws Exception {
        try {
            Session s = r.login(new SimpleCredentials("admin", "admin".toCharArray()));
            try {
                Node n = s.getRootNode().addNode("probe" + System.nanoTime(), "nt:unstructured");
                n.setProperty("title", "written");
                s.save();
                assertEquals("written", s.getNode(n.getPath()).getProperty("title").getString());
                assertFalse(s.getRootNode().hasProperty(OakInitialContent.MARK.substring(1)), "the record is hidden from JCR");
            } finally {
                s.logout();
            }
        } finally {
            ((JackrabbitRepository) r).shutdown();
        }
    }

    private static boolean hasType(MemoryNodeStore store) {
        return store.getRoot().getChildNode("jcr:system").getChildNode("jcr:nodeTypes").hasChildNode("nt:folder");
    }

    private static void removeType(MemoryNodeStore store) throws Exception {
        NodeBuilder root = store.getRoot().builder();
        root.child("jcr:system").child("jcr:nodeTypes").getChildNode("nt:folder").remove();
        store.merge(root, EmptyHook.INSTANCE, CommitInfo.EMPTY);
    }
}
