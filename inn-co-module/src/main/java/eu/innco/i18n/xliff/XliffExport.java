package eu.innco.i18n.xliff;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** A translators' file ready to be written: the selection it answers and the units per item. */
public final class XliffExport {
    private final XliffSelection selection;
    private final List<ExportFile> files;

    XliffExport(XliffSelection selection, List<ExportFile> files) {
        this.selection = selection;
        this.files = List.copyOf(files);
    }

    public XliffSelection selection() { return selection; }

    public int items() { return files.size(); }

    public int units() { return files.stream().mapToInt(f -> f.units().size()).sum(); }

    /** True when nothing matched: XLIFF has no valid document without a unit, so there is no file to write. */
    public boolean isEmpty() { return files.isEmpty(); }

    /** Writes the XLIFF 2.0 document (UTF-8); not for an empty export. */
    public void writeTo(OutputStream out) {
        if (files.isEmpty()) throw new IllegalStateException("an XLIFF document needs at least one unit; check isEmpty() first");
        try {
            XliffWriter.write(out, selection.source(), selection.target(), files);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof java.io.IOException io) throw new UncheckedIOException(io);
            throw new IllegalStateException("writing XLIFF failed", e);
        }
    }

    /** The document as bytes, for tests and the command line. */
    public byte[] toBytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }
}
