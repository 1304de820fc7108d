package eu.innco.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} the server believes ({@code INNCO_TRUSTED_PROXIES}: addresses
 * or CIDR ranges, comma-separated; none by default). Behind nginx every connection comes from the
 * proxy: without this, rate limits and sign-in delays would count all visitors as one. The client is
 * the right-most address of the header that is not itself a trusted proxy; a header from anyone else
 * is ignored, so a visitor cannot choose the address the limits count.
 */
public final class TrustedProxies {
    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] a) {
            if (a.length != network.length) return false;
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) return false;
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Reads {@code 10.0.0.5, 192.168.0.0/16, ::1}; a word that is not an address or a range stops the start with its reason. */
    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String word : setting == null ? new String[0] : setting.split(",")) {
            String w = word.trim();
            if (w.isEmpty()) continue;
            String[] parts = w.split("/", 2);
            byte[] address = literal(parts[0].trim());
            if (address == null) throw new IllegalArgumentException("INNCO_TRUSTED_PROXIES: '" + w + "' is not an IP address or CIDR range");
            int bits = address.length * 8;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1].trim());
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) throw new IllegalArgumentException("INNCO_TRUSTED_PROXIES: bad prefix length in '" + w + "'");
            }
            ranges.add(new Range(address, bits));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    /** The client's address for a connection from {@code remote} that sent {@code forwardedFor} (null: no header). */
    public String client(String remote, String forwardedFor) {
        if (ranges.isEmpty() || forwardedFor == null || !trusted(remote)) return remote;
        String[] hops = forwardedFor.split(",");
        String client = remote;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop) == null) return client; // garbage before a trusted hop: keep the last address a proxy vouched for
            client = hop;
            if (!trusted(hop)) return hop;
        }
        return client;
    }

    private boolean trusted(String address) {
        byte[] a = literal(address);
        return a != null && ranges.stream().anyMatch(r -> r.contains(a));
    }

    /** The bytes of an IP literal, never looked up in DNS; null for anything else. */
    private static byte[] literal(String s) {
        if (s == null || s.length() > 45 || !LITERAL.matcher(s).matches()) return null;
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
