package eu.innco.web.portal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A GET over a plain socket with any Host header (Java's client refuses to forge one); the body as bytes, chunked or not. */
final class RawBytes {
    private RawBytes() {}

    static byte[] get(URI server, String path, String host) throws Exception {
        return body(exchange(server, path, host));
    }

    static byte[] exchange(URI server, String path, String host, String... headerLines) throws Exception {
        try (Socket s = new Socket(server.getHost(), server.getPort())) {
            s.setSoTimeout(60_000);
            StringBuilder r = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            for (String h : headerLines) r.append(h).append("\r\n");
            s.getOutputStream().write(r.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return in.readAllBytes();
        }
    }

    static String head(byte[] answer) {
        return new String(answer, 0, headEnd(answer), StandardCharsets.ISO_8859_1);
    }

    static byte[] body(byte[] answer) {
        int start = headEnd(answer) + 4;
        byte[] rest = java.util.Arrays.copyOfRange(answer, start, answer.length);
        if (!head(answer).toLowerCase().contains("transfer-encoding: chunked")) return rest;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < rest.length) {
            int lineEnd = i;
            while (rest[lineEnd] != '\r') lineEnd++;
            int size = Integer.parseInt(new String(rest, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) break;
            out.write(rest, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int headEnd(byte[] a) {
        for (int i = 0; i + 3 < a.length; i++) {
            if (a[i] == '\r' && a[i + 1] == '\n' && a[i + 2] == '\r' && a[i + 3] == '\n') return i;
        }
        return a.length;
    }
}
