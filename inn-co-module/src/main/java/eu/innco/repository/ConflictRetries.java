package eu.innco.repository;

import eu.innco.InncoException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a write does when another writer saved the same nodes first: run the work again on fresh
 * state after a short random wait, a few times, then tell the caller (409) rather than retry for
 * ever. Shared by the session writes and the node-level ones ({@link NodeLevelCommit}).
 */
final class ConflictRetries {
    /** Attempts in all before a conflict is reported. */
    static final int ATTEMPTS = 8;

    private ConflictRetries() {}

    /** Waits a little, more each time and at random, so that writers who collided do not collide again. */
    static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The refusal once every attempt met a conflict. */
    static InncoException gaveUp(Exception last) {
        return new InncoException(eu.innco.ErrorCode.REPOSITORY_010, "Concurrent change",
                "Someone else changed the same content at the same moment; try again.", List.of(), last);
    }
}
