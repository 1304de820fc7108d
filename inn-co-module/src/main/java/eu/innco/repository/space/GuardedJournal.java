package eu.innco.repository.space;

import java.io.IOException;
import java.util.List;
import org.apache.jackrabbit.oak.segment.spi.persistence.JournalFile;
import org.apache.jackrabbit.oak.segment.spi.persistence.JournalFileReader;
import org.apache.jackrabbit.oak.segment.spi.persistence.JournalFileWriter;

/**
 * The journal, whose lines name the store's head. Once the store is fenced no line is added: the
 * last one names a head whose segments are all on disk, which is where the next start resumes.
 */
final class GuardedJournal implements JournalFile {
    private final JournalFile delegate;
    private final DiskSpace space;

    GuardedJournal(JournalFile delegate, DiskSpace space) {
        this.delegate = delegate;
        this.space = space;
    }

    @Override public JournalFileReader openJournalReader() throws IOException { return delegate.openJournalReader(); }

    @Override
    public JournalFileWriter openJournalWriter() throws IOException {
        JournalFileWriter w = delegate.openJournalWriter();
        return new JournalFileWriter() {
            @Override public void truncate() throws IOException { w.truncate(); }

            @Override
            public void writeLine(String line) throws IOException {
                batchWriteLines(List.of(line));
            }

            @Override
            public void batchWriteLines(List<String> lines) throws IOException {
                space.requireNotFenced(); // a line is tiny: the kept room holds it
                try {
                    w.batchWriteLines(lines);
                } catch (IOException e) {
                    throw space.afterStoreFailure(e);
                }
            }

            @Override public void close() throws IOException { w.close(); }
        };
    }

    @Override public String getName() { return delegate.getName(); }

    @Override public boolean exists() { return delegate.exists(); }
}
