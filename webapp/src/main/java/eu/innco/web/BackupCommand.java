package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.StoreKind;
import eu.innco.web.progress.FolderBytes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backup DIR}: a consistent copy of the segment store into a new or empty folder. With the
 * server running it asks the server (see {@link BackupSocket}), which goes on serving; with the
 * server stopped it opens the repository itself.
 */
@Command(name = "backup", description = "Copy the segment store, consistent, into a new or empty folder (while the server runs, the server makes it and goes on serving).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Parameters(paramLabel = "DIR", description = "a new or empty folder") Path dir;

    @Override
    public Integer call() throws IOException {
        Settings settings = cli.settings;
        PrintStream out = cli.out;
        PrintStream err = cli.err;
        Path target = dir.toAbsolutePath().normalize();
        RepositoryConfig config = RepositoryConfig.from(settings);
        if (config.store() != StoreKind.SEGMENT) {
            err.println("inn-co: 'backup' copies the embedded segment store; with INNCO_STORE=" + config.store().label()
                    + " back up the database with pg_dump (see README).");
            return Cli.USAGE;
        }
        Path socket = config.home().toAbsolutePath().normalize().resolve(BackupSocket.FILE);
        if (Files.exists(socket)) {
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(socket));
                new PrintWriter(Channels.newOutputStream(channel), true, StandardCharsets.UTF_8).println("backup " + target);
                String answer;
                try (var progress = eu.innco.web.progress.ProgressReporter.start("backup", err, settings)) {
                    progress.poll("bytes copied", FolderBytes.of(config.segmentFolder()), () -> FolderBytes.of(target));
                    answer = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8)).readLine();
                }
                if (answer != null && answer.startsWith("ok ")) {
                    out.println(answer.substring(3));
                    return 0;
                }
                err.println("inn-co: " + (answer == null ? "the server closed the connection" : answer.replaceFirst("^error ", "")));
                return 1;
            } catch (IOException e) {
                // a socket left by a server that was killed: nobody listens, so the repository is free to open here
            }
        }
        long start = System.nanoTime();
        try (ContentRepository repository = ContentRepository.start(config);
             var progress = eu.innco.web.progress.ProgressReporter.start("backup", err, settings)) {
            progress.poll("bytes copied", FolderBytes.of(config.segmentFolder()), () -> FolderBytes.of(target));
            repository.backup(target);
        }
        out.println("backed up into " + target + " in " + (System.nanoTime() - start) / 1_000_000 + " ms (server stopped)");
        return 0;
    }
}
