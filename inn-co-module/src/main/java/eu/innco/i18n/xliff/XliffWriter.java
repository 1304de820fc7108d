package eu.innco.i18n.xliff;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XLIFF 2.0 document with StAX, which escapes all text and attribute values. Characters
 * that XML 1.0 cannot carry are written as {@code <cp hex="..."/>} as XLIFF prescribes, and a
 * carriage return as a character reference, so no value is changed by a parser's line-end handling.
 */
final class XliffWriter {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamWriter w;

    private XliffWriter(XMLStreamWriter w) {
        this.w = w;
    }

    static void write(OutputStream out, String srcLang, String trgLang, List<ExportFile> files) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        new XliffWriter(w).document(srcLang, trgLang, files);
        w.flush();
        w.close();
    }

    private void document(String srcLang, String trgLang, List<ExportFile> files) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("xliff");
        w.writeDefaultNamespace(NS);
        w.writeAttribute("version", "2.0");
        w.writeAttribute("srcLang", srcLang);
        w.writeAttribute("trgLang", trgLang);
        for (ExportFile f : files) file(f);
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private void file(ExportFile f) throws XMLStreamException {
        nl(1);
        w.writeStartElement("file");
        w.writeAttribute("id", "f-" + f.itemId());
        w.writeAttribute("original", f.original());
        // one segment per value: segments are how we find values again, so tools must not split them
        w.writeAttribute("canResegment", "no");
        nl(2);
        w.writeStartElement("notes");
        note("innco:item", f.label());
        w.writeEndElement();
        for (ExportUnit u : f.units()) unit(u);
        nl(1);
        w.writeEndElement();
    }

    private void unit(ExportUnit u) throws XMLStreamException {
        nl(2);
        w.writeStartElement("unit");
        w.writeAttribute("id", u.id());
        w.writeAttribute("name", u.id());
        if (u.maxLength() != null) {
            nl(3);
            w.writeStartElement("notes");
            note("innco:maxLength", u.maxLength().toString());
            w.writeEndElement();
        }
        if (!u.data().isEmpty()) {
            nl(3);
            w.writeStartElement("originalData");
            for (Map.Entry<String, String> d : u.data().entrySet()) {
                w.writeStartElement("data");
                w.writeAttribute("id", d.getKey());
                text(d.getValue());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        nl(3);
        w.writeStartElement("segment");
        w.writeAttribute("id", "s1");
        w.writeAttribute("state", u.state());
        if (u.subState() != null) w.writeAttribute("subState", u.subState());
        w.writeStartElement("source");
        w.writeAttribute("xml", XML_NS, "space", "preserve");
        inline(u.source());
        w.writeEndElement();
        if (u.target() != null) {
            w.writeStartElement("target");
            w.writeAttribute("xml", XML_NS, "space", "preserve");
            inline(u.target());
            w.writeEndElement();
        }
        w.writeEndElement();
        nl(2);
        w.writeEndElement();
    }

    private void note(String category, String text) throws XMLStreamException {
        w.writeStartElement("note");
        w.writeAttribute("category", category);
        // a note is plain text in XLIFF: characters XML cannot carry are left out rather than coded
        w.writeCharacters(text.codePoints().filter(c -> c != '\r' && allowed(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        w.writeEndElement();
    }

    private void inline(List<Inline> content) throws XMLStreamException {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                text(t.text());
            } else if (i instanceof Inline.Pc pc) {
                w.writeStartElement("pc");
                w.writeAttribute("id", pc.id());
                w.writeAttribute("dataRefStart", pc.dataRefStart());
                w.writeAttribute("dataRefEnd", pc.dataRefEnd());
                inline(pc.content());
                w.writeEndElement();
            } else if (i instanceof Inline.Ph ph) {
                w.writeEmptyElement("ph");
                w.writeAttribute("id", ph.id());
                w.writeAttribute("dataRef", ph.dataRef());
            }
        }
    }

    private void text(String s) throws XMLStreamException {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' || !allowed(cp)) {
                if (run.length() > 0) w.writeCharacters(run.toString());
                run.setLength(0);
                if (cp == '\r') {
                    w.writeEntityRef("#13");
                } else {
                    w.writeEmptyElement("cp");
                    w.writeAttribute("hex", String.format("%04X", cp));
                }
            } else {
                run.appendCodePoint(cp);
            }
        }
        if (run.length() > 0) w.writeCharacters(run.toString());
    }

    /** XML 1.0's Char production. */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private void nl(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
