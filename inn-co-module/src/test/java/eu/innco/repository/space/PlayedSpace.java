package eu.innco.repository.space;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/** A disk whose free space the test decides, for tests outside this package. */
public final class PlayedSpace {
    private PlayedSpace() {}

    public static DiskSpace of(Path home, LongSupplier usableBytes, long minFreeBytes) {
        return new DiskSpace(home, usableBytes, minFreeBytes);
    }
}
