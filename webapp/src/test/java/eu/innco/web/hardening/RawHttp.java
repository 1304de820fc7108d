package eu.innco.web.hardening;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 spoken over a plain socket, for what Java's client will not send: a forged Host
 * header, a raw UTF-8 file name, a client that goes away in the middle of an answer.
 */
final class RawHttp {
    private RawHttp() {}

    /** Sends the request bytes as given and reads the whole answer (the server closes: Connection: close). */
    static String exchange(URI server, byte[] request) throws Exception {
        try (Socket s = new Socket(server.getHost(), server.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    /** A GET with the given Host header and extra header lines ({@code "Accept: text/html"}). */
    static String get(URI server, String path, String host, String... headerLines) throws Exception {
        StringBuilder r = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        for (String h : headerLines) r.append(h).append("\r\n");
        r.append("\r\n");
        return exchange(server, r.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String head(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    static String body(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? "" : answer.substring(end + 4);
    }
}
