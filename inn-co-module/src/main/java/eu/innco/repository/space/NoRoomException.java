package eu.innco.repository.space;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;

/** A store write refused before any byte of it was written: the disk has no room, or the store is fenced. */
public final class NoRoomException extends IOException {
    public NoRoomException(String message) {
        super(message);
    }

    InncoException asProblem() {
        return new InncoException(ErrorCode.STORAGE_002, "Storage failed", getMessage(), java.util.List.of(), this);
    }
}
