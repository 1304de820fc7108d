package eu.innco.repository;

/** Makes a repository's store stop accepting writes, as a full or failing disk does, for fault tests elsewhere. */
public final class StoreFaults {
    private StoreFaults() {}

    /** From now on every write of {@code repository} is refused with a 503 (INNCO-STORAGE-002), reads go on. */
    public static void stopWrites(ContentRepository repository, String why) {
        repository.space().fence(why);
    }
}
