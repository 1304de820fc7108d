package eu.innco.web;

import eu.innco.InncoException;
import eu.innco.repository.ContentRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code backup} reaches a running server: a Unix socket in {@code INNCO_HOME}, readable and
 * writable by the server's own user only, so that whoever may use it may read the data folder
 * anyway. No HTTP door, no password: a backup lands in a folder of the server's machine, which is
 * the business of that machine's users, not of web clients. One request per connection:
 * {@code backup <absolute folder>}, answered {@code ok <text>} or {@code error <text>}.
 */
final class BackupSocket implements AutoCloseable {
    static final String FILE = "control.sock";
    private static final Logger LOG = LoggerFactory.getLogger(BackupSocket.class);

    private final Path path;
    private final ServerSocketChannel channel;
    private final ContentRepository repository;

    private BackupSocket(Path path, ServerSocketChannel channel, ContentRepository repository) {
        this.path = path;
        this.channel = channel;
        this.repository = repository;
    }

    /** Listens in {@code home}; empty (and said in the log) where the socket cannot be made, e.g. a path too long for one. */
    static Optional<BackupSocket> open(Path home, ContentRepository repository) {
        Path path = home.toAbsolutePath().normalize().resolve(FILE);
        try {
            Files.deleteIfExists(path); // left by a killed server: this one holds the repository lock, so it is the only one
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path));
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            BackupSocket socket = new BackupSocket(path, channel, repository);
            Thread t = new Thread(socket::serve, "innco-backup-socket");
            t.setDaemon(true);
            t.start();
            return Optional.of(socket);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            LOG.warn("No online backup: cannot listen on {} ({}); 'backup' then needs the server stopped", path, e.toString());
            return Optional.empty();
        }
    }

    private void serve() {
        while (channel.isOpen()) {
            try {
                SocketChannel client = channel.accept();
                // one thread per connection: a client that connects and says nothing holds up nobody else
                Thread t = new Thread(() -> handle(client), "innco-backup-request");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (channel.isOpen()) LOG.warn("Backup socket: {}", e.toString());
            }
        }
    }

    private void handle(SocketChannel client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(Channels.newOutputStream(client), true, StandardCharsets.UTF_8);
            out.println(answer(in.readLine()));
        } catch (IOException e) {
            LOG.warn("Backup request: {}", e.toString());
        }
    }

    /** One backup at a time: a second request waits for the first. */
    private synchronized String answer(String request) {
        if (request == null || !request.startsWith("backup ")) return "error unknown request; send: backup <absolute folder>";
        Path target = Path.of(request.substring("backup ".length()).trim());
        if (!target.isAbsolute()) return "error the backup folder must be an absolute path";
        long start = System.nanoTime();
        try {
            repository.backup(target);
            String done = "backed up into " + target + " in " + (System.nanoTime() - start) / 1_000_000 + " ms while serving";
            LOG.info("{}", done);
            return "ok " + done;
        } catch (InncoException e) {
            return "error " + e.detail();
        } catch (RuntimeException e) {
            LOG.warn("Backup into {} failed", target, e);
            return "error " + e;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Backup socket not removed: {}", e.toString());
        }
    }
}
