package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.contenttype.ContentTypeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split of a delivery path into its endpoint and the rest: the longest endpoint path that is
 * the whole path or ends before a slash or an at sign, never one that only begins a longer name.
 */
class EndpointSplitTest {
    @TempDir
    Path modules;

    @Test
    void the_longest_endpoint_ending_at_a_slash_an_at_sign_or_the_end() throws Exception {
        for (String file : new String[] {"events.yaml", "events_v2.yaml"}) {
            Path f = modules.resolve("site/restEndpoints/delivery/" + file);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "workspace: events\n");
        }
        EndpointRegistry r = EndpointLoader.load(modules, ContentTypeLoader.load(TestModule.lightModules()));
        assertArrayEquals(new String[] {"events", ""}, r.split("events").orElseThrow());
        assertArrayEquals(new String[] {"events", "/x"}, r.split("events/x").orElseThrow());
        assertArrayEquals(new String[] {"events", "@abc"}, r.split("events@abc").orElseThrow());
        assertArrayEquals(new String[] {"events/v2", ""}, r.split("events/v2").orElseThrow());
        assertArrayEquals(new String[] {"events/v2", "/x/y"}, r.split("events/v2/x/y").orElseThrow());
        assertArrayEquals(new String[] {"events", "/v2x"}, r.split("events/v2x").orElseThrow());
        assertTrue(r.split("eventsX/y").isEmpty());
        assertTrue(r.split("event").isEmpty());
    }
}
