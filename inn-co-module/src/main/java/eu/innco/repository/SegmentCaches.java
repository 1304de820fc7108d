package eu.innco.repository;

import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;

/**
 * How much of the Java heap the segment store's read caches may take, in MB. Oak's defaults
 * (segments 256, strings 256, templates 64: 576 MB) are sized for a large heap: with {@code -Xmx512m}
 * a walk of 100,000 items (the delivery index rebuild) filled them until the heap ran out (issue 18,
 * measured: 90 MB of segment reference tables and 250 MB of cached strings after a minute). Sized
 * from the heap instead, a fifth of it at most, and Oak's defaults once the heap is large enough.
 */
record SegmentCaches(int segmentsMb, int stringsMb, int templatesMb) {
    /** Oak's defaults, the most these ever take. */
    static final SegmentCaches OAK_DEFAULTS = new SegmentCaches(256, 256, 64);

    /** A share of {@code maxHeapBytes} (Runtime.maxMemory()): an eighth for segments, a sixteenth for strings, a 128th for templates. */
    static SegmentCaches forHeap(long maxHeapBytes) {
        long mb = Math.max(1, maxHeapBytes / (1024 * 1024));
        return new SegmentCaches(share(mb / 8, 8, OAK_DEFAULTS.segmentsMb), share(mb / 16, 4, OAK_DEFAULTS.stringsMb),
                share(mb / 128, 2, OAK_DEFAULTS.templatesMb));
    }

    /** For this JVM's heap. */
    static SegmentCaches forThisHeap() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    int totalMb() { return segmentsMb + stringsMb + templatesMb; }

    FileStoreBuilder applyTo(FileStoreBuilder b) {
        return b.withSegmentCacheSize(segmentsMb).withStringCacheSize(stringsMb).withTemplateCacheSize(templatesMb);
    }

    private static int share(long mb, int least, int most) {
        return (int) Math.min(most, Math.max(least, mb));
    }
}
