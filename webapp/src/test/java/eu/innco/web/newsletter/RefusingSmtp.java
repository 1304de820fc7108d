package eu.innco.web.newsletter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server on loopback that answers {@code 550} to {@code RCPT TO} for the addresses it is
 * told to refuse, as a mail server does for a mailbox that does not exist, and accepts the rest.
 * GreenMail accepts every recipient, so the permanent refusal needs a server of its own; it speaks
 * the protocol for real (greeting, EHLO, MAIL, RCPT, DATA up to the lone dot, RSET, QUIT).
 */
final class RefusingSmtp implements AutoCloseable {
    private final ServerSocket socket;
    private final Set<String> refused;
    /** Every {@code RCPT TO} address asked for, in order, refused or not. */
    final List<String> asked = new CopyOnWriteArrayList<>();
    /** The recipient of every message accepted (one entry per message and recipient). */
    final List<String> delivered = new CopyOnWriteArrayList<>();

    RefusingSmtp(Set<String> refused) throws IOException {
        this.refused = refused;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "refusing-smtp");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> converse(s), "refusing-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void converse(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = s.getOutputStream()) {
            say(out, "220 loopback ESMTP test server");
            List<String> recipients = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO", "HELO" -> say(out, "250 loopback");
                    case "MAIL", "RSET" -> {
                        recipients.clear();
                        say(out, "250 2.0.0 OK");
                    }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase(Locale.ROOT);
                        asked.add(address);
                        if (refused.contains(address)) {
                            // worded as common servers word it, quoting the address (which must not reach a log)
                            say(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                        } else {
                            recipients.add(address);
                            say(out, "250 2.1.5 OK");
                        }
                    }
                    case "DATA" -> {
                        say(out, "354 end with <CRLF>.<CRLF>");
                        for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                            // the message itself is not kept: who received one is what the tests look at
                        }
                        delivered.addAll(recipients);
                        recipients.clear();
                        say(out, "250 2.0.0 queued");
                    }
                    case "NOOP" -> say(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        say(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
