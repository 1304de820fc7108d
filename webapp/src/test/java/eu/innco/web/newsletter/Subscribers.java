package eu.innco.web.newsletter;

import eu.innco.contenttype.field.Dates;
import eu.innco.web.InncoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.jcr.Node;

/**
 * Confirmed subscribers written straight into the repository, as the double opt-in leaves them
 * (see NewsletterSignUpTest for the opt-in itself): thousands of confirmation mails through the
 * outbox would make the sending tests slow without testing anything more.
 */
final class Subscribers {
    static final String FOLDER = "/innco:system/newsletter/subscribers";

    private Subscribers() {}

    /** {@code n} subscribers to events, spread over the seven languages; fills {@code localeOf} (address to language). */
    static void confirmed(InncoServer server, int n, Map<String, String> localeOf) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int from = 0; from < n; from += 1000) {
            int start = from;
            server.services().repository.write(s -> {
                Node root = s.getRootNode().getNode("innco:system");
                Node nl = root.hasNode("newsletter") ? root.getNode("newsletter") : root.addNode("newsletter", "innco:folder");
                Node folder = nl.hasNode("subscribers") ? nl.getNode("subscribers") : nl.addNode("subscribers", "innco:folder");
                for (int i = start; i < Math.min(n, start + 1000); i++) {
                    String locale = NewsletterSendTest.LOCALES.get(i % 7);
                    String address = "reader" + i + "@" + locale + ".example.org";
                    localeOf.put(address, locale);
                    String id = HexFormat.of().formatHex(sha.digest(address.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
                    Node b = folder.hasNode(id.substring(0, 2)) ? folder.getNode(id.substring(0, 2)) : folder.addNode(id.substring(0, 2), "innco:folder");
                    Node x = b.addNode(id, "mgnl:contentNode");
                    x.setProperty("email", address);
                    x.setProperty("locale", locale);
                    x.setProperty("topics", new String[] {"events"});
                    x.setProperty("state", "confirmed");
                    x.setProperty("consentVersion", "2026-12-06");
                    x.setProperty("consentAt", Dates.calendar(Instant.now()));
                    x.setProperty("confirmedAt", Dates.calendar(Instant.now()));
                }
                return null;
            });
        }
    }

    /** Changes a subscriber's stored address (as an old record with a broken one would be). */
    static void setAddress(InncoServer server, String from, String to) {
        server.services().repository.write(s -> {
            for (var b = s.getNode(FOLDER).getNodes(); b.hasNext(); ) {
                for (var it = b.nextNode().getNodes(); it.hasNext(); ) {
                    Node x = it.nextNode();
                    if (x.getProperty("email").getString().equals(from)) x.setProperty("email", to);
                }
            }
            return null;
        });
    }

    /** The subscribers left in the repository. */
    static long count(InncoServer server) {
        return server.services().repository.read(s -> {
            long c = 0;
            for (var b = s.getNode(FOLDER).getNodes(); b.hasNext(); ) for (var it = b.nextNode().getNodes(); it.hasNext(); it.nextNode()) c++;
            return c;
        });
    }

    static void delete(Path home) throws java.io.IOException {
        try (var files = Files.walk(home)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A data folder in memory when the machine has one: the test is about what is sent, not about the disk's speed. */
    static Path home() throws java.io.IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "innco-newsletter")
                : Files.createTempDirectory("innco-newsletter");
    }
}
