package eu.innco.exports;

import eu.innco.TestModule;
import eu.innco.content.ItemNodes;
import eu.innco.contenttype.field.Dates;
import eu.innco.security.AccessPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.jcr.Node;

/** Fixture folders of {@code src/test/resources/exports/<scenario>}, and importers and exporters on a test module. */
final class ExportsFixtures {
    static final String LA_RUCHE = "6f1f8a3c-2b4d-4e5f-8a9b-0c1d2e3f4a01";
    static final String WAREHOUSE = "6f1f8a3c-2b4d-4e5f-8a9b-0c1d2e3f4a03";
    static final String LOGO = "6f1f8a3c-2b4d-4e5f-8a9b-0c1d2e3f4a04";

    private ExportsFixtures() {}

    static Path scenario(String name) {
        try {
            return Path.of(ExportsFixtures.class.getResource("/exports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a scenario that a test may change. */
    static Path copy(String name, Path target) {
        Path source = scenario(name);
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Importer importer(TestModule m, ImportPublisher publisher) {
        return new Importer(m.repository, m.types, m.locales, m.validator, new AccessPolicy(), Clock.systemUTC(), publisher);
    }

    static Exporter exporter(TestModule m) {
        return new Exporter(m.repository, m.types, m.locales, new AccessPolicy());
    }

    /** Every file of a folder by name, as bytes, for comparisons. */
    static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) out.put(p.getFileName().toString(), Files.readAllBytes(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real publication, recording each request as "type id [locales]". */
    static final class RecordingPublisher implements ImportPublisher {
        final List<String> calls = new ArrayList<>();
        private final ImportPublisher real;

        RecordingPublisher(TestModule module) {
            this.real = new eu.innco.exports.ImportPublication(module.publication);
        }

        @Override
        public void publish(eu.innco.security.Actor actor, List<Request> requests) {
            requests.forEach(r -> calls.add(r.type() + " " + r.id() + " " + r.locales()));
            real.publish(actor, requests);
        }
    }
}
