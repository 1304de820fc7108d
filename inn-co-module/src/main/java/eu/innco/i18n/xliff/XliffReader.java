package eu.innco.i18n.xliff;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a translators' file with a parser that refuses DTDs, entity declarations and any external
 * resource (no XXE, no entity expansion), so that an uploaded file can only ever be data. A file
 * that is not well-formed, or not XLIFF 2, is refused as a whole.
 */
final class XliffReader {
    private XliffReader() {}

    static ImportDocument read(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        if (!XliffWriter.NS.equals(root.getNamespaceURI()) || !"xliff".equals(root.getLocalName())
                || !root.getAttribute("version").startsWith("2.")) {
            throw InncoException.badRequest(ErrorCode.XLIFF_004, "This is not an XLIFF 2 document: the root must be <xliff version=\"2.x\">"
                    + " in the namespace " + XliffWriter.NS + ".");
        }
        if (root.getAttribute("srcLang").isBlank() || root.getAttribute("trgLang").isBlank()) {
            throw InncoException.badRequest(ErrorCode.XLIFF_004, "The <xliff> element needs srcLang and trgLang.");
        }
        List<ImportDocument.File> files = new ArrayList<>();
        List<eu.innco.FieldError> forbidden = new ArrayList<>();
        for (Element f : children(root, "file")) {
            List<ImportUnit> units = new ArrayList<>();
            for (Element u : descendants(f, "unit")) {
                try {
                    units.add(unit(u));
                } catch (ForbiddenCharacter e) {
                    forbidden.add(new eu.innco.FieldError(u.getAttribute("id"), e.getMessage()));
                }
            }
            files.add(new ImportDocument.File(f.getAttribute("id"), f.getAttribute("original"), units));
        }
        // XML 1.1 character references and <cp/> can carry characters that no feed or page may hold: the whole file is refused
        if (!forbidden.isEmpty()) {
            throw InncoException.invalid(ErrorCode.XLIFF_006, "The unit " + forbidden.get(0).path() + " " + forbidden.get(0).message()
                    + ". Nothing was imported.", forbidden);
        }
        return new ImportDocument(root.getAttribute("srcLang"), root.getAttribute("trgLang"), files);
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are refused");
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (declaresDoctype(xml) || String.valueOf(e.getMessage()).contains("DOCTYPE")) throw refusedDtd();
            throw InncoException.badRequest(ErrorCode.XLIFF_002, "The file is not well-formed XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage() + " Nothing was imported.");
        } catch (SAXException e) {
            if (declaresDoctype(xml)) throw refusedDtd();
            throw InncoException.badRequest(ErrorCode.XLIFF_002, "The file could not be read as XML: " + e.getMessage() + " Nothing was imported.");
        } catch (IOException e) {
            // the bytes are in memory, so this is the file's fault: an unknown encoding, or bytes that are not in the one declared
            throw InncoException.badRequest(ErrorCode.XLIFF_002, "The file could not be decoded (" + e.getMessage()
                    + "); save it as UTF-8. Nothing was imported.");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser", e);
        }
    }

    private static boolean declaresDoctype(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 64 * 1024), StandardCharsets.UTF_8);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }

    private static InncoException refusedDtd() {
        return InncoException.badRequest(ErrorCode.XLIFF_003, "The file declares a DTD or entities; they are refused (no external"
                + " entities, no entity expansion). Export a new file and translate that. Nothing was imported.");
    }

    private static ImportUnit unit(Element u) {
        String id = u.getAttribute("id");
        Map<String, String> data = new LinkedHashMap<>();
        List<Inline> source = new ArrayList<>();
        List<Inline> target = null;
        String state = null;
        try {
            // inside the try: a <data> holding something that is not text makes the unit broken, as in a segment
            for (Element od : children(u, "originalData")) {
                for (Element d : children(od, "data")) data.put(d.getAttribute("id"), plain(d));
            }
            for (Element part : childElements(u)) {
                if (!part.getLocalName().equals("segment") && !part.getLocalName().equals("ignorable")) continue;
                if (state == null && part.getLocalName().equals("segment")) state = part.getAttribute("state");
                for (Element s : children(part, "source")) source.addAll(content(s));
                for (Element t : children(part, "target")) {
                    if (target == null) target = new ArrayList<>();
                    target.addAll(content(t));
                }
            }
        } catch (IllegalArgumentException e) {
            return ImportUnit.broken(id, e.getMessage());
        }
        return new ImportUnit(id, source, target, state == null || state.isBlank() ? "initial" : state, data, null);
    }

    /** Inline content: text, paired and placeholder codes; markers keep their text; anything else is a problem. */
    private static List<Inline> content(Element e) {
        List<Inline> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.add(new Inline.Text(allowed(n.getNodeValue())));
            } else if (n instanceof Element c && XliffWriter.NS.equals(c.getNamespaceURI())) {
                switch (c.getLocalName()) {
                    case "pc" -> out.add(new Inline.Pc(c.getAttribute("id"), c.getAttribute("dataRefStart"), c.getAttribute("dataRefEnd"), content(c)));
                    case "ph", "sc", "ec" -> out.add(new Inline.Ph(c.getAttribute("id"), c.getAttribute("dataRef")));
                    case "cp" -> out.add(new Inline.Text(allowed(codePoint(c.getAttribute("hex")))));
                    case "mrk" -> out.addAll(content(c));
                    case "sm", "em" -> { }
                    default -> throw new IllegalArgumentException("<" + c.getLocalName() + "> is not an inline element of XLIFF 2");
                }
            } else if (n instanceof Element c) {
                throw new IllegalArgumentException("<" + c.getTagName() + "> is not an XLIFF inline element");
            }
        }
        return out;
    }

    private static String allowed(String text) {
        int bad = eu.innco.validation.XmlCharacters.firstForbidden(text);
        if (bad >= 0) throw new ForbiddenCharacter("holds a character that text may not hold (" + eu.innco.validation.XmlCharacters.name(text, bad) + ")");
        return text;
    }

    /** A text with a character XML 1.0 forbids: refuses the file, not only the unit. */
    private static final class ForbiddenCharacter extends RuntimeException {
        ForbiddenCharacter(String message) {
            super(message, null, false, false);
        }
    }

    private static String codePoint(String hex) {
        try {
            return new String(Character.toChars(Integer.parseInt(hex, 16)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<cp hex=\"" + hex + "\"> is not a character");
        }
    }

    /** The text of a {@code <data>} element, with its {@code <cp>} characters. */
    private static String plain(Element e) {
        StringBuilder out = new StringBuilder();
        for (Inline i : content(e)) if (i instanceof Inline.Text t) out.append(t.text());
        return out.toString();
    }

    private static List<Element> childElements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && XliffWriter.NS.equals(c.getNamespaceURI())) out.add(c);
        }
        return out;
    }

    private static List<Element> children(Element e, String name) {
        return childElements(e).stream().filter(c -> c.getLocalName().equals(name)).toList();
    }

    /** Units directly in a file or inside groups. */
    private static List<Element> descendants(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Element c : childElements(e)) {
            if (c.getLocalName().equals(name)) out.add(c);
            else if (c.getLocalName().equals("group")) out.addAll(descendants(c, name));
        }
        return out;
    }
}
