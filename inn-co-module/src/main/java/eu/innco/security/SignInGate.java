package eu.innco.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where password sign-ins wait after failures (API and editor alike). The delays grow per client
 * address and user name together, so that a stranger guessing from elsewhere never slows the user
 * down; one address guessing many user names is slowed by a second, more generous count, which a
 * user name that already signed in from that address passes by. Per server, in memory.
 */
public final class SignInGate {
    private static final int MAX_KNOWN = 20_000;

    private final LoginThrottle pairs;
    private final LoginThrottle addresses;
    /** Address and user pairs that gave the right password since the start (most recent last). */
    private final Map<String, Boolean> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_KNOWN;
        }
    };

    public SignInGate(Clock clock) {
        // three failures free, then 2 s, 4 s, 8 s ... up to 15 minutes; forgotten after a quiet day
        this.pairs = new LoginThrottle(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(24), clock);
        // colleagues share an office address: thirty failures an hour are free there
        this.addresses = new LoginThrottle(30, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1), clock);
    }

    /** How long this address must wait before trying this user name again; empty: it may try now. */
    public Optional<Duration> waitFor(String address, String user) {
        Optional<Duration> pair = pairs.waitFor(pair(address, user));
        if (pair.isPresent() || isKnown(address, user)) return pair;
        return addresses.waitFor(address);
    }

    /** A wrong password (or an unknown user name); returns the delay now imposed on the pair. */
    public Duration failed(String address, String user) {
        addresses.failed(address);
        return pairs.failed(pair(address, user));
    }

    public void succeeded(String address, String user) {
        pairs.succeeded(pair(address, user));
        synchronized (known) {
            known.put(pair(address, user), Boolean.TRUE);
        }
    }

    private boolean isKnown(String address, String user) {
        synchronized (known) {
            return known.containsKey(pair(address, user));
        }
    }

    private static String pair(String address, String user) {
        return address + "\u0000" + user;
    }
}
