package eu.innco.web.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The guide's XHTML as a document for the PDF, each image that is not one of the product's own
 * files replaced by its alternative text: a reader of the PDF learns what the picture was, and the
 * renderer has nothing to fetch.
 */
final class PdfImages {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private PdfImages() {}

    static Document parse(String xhtml, PdfResources resources, String baseUri) {
        Document doc = read(xhtml);
        NodeList images = doc.getElementsByTagNameNS(XHTML, "img");
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) all.add((Element) images.item(i));
        for (Element img : all) {
            if (resources.resolve(baseUri, img.getAttribute("src")) != null) continue;
            String alt = img.getAttribute("alt").strip();
            if (alt.isEmpty()) {
                img.getParentNode().removeChild(img);
            } else {
                Element text = doc.createElementNS(XHTML, "span");
                text.setAttribute("class", "image-alt");
                text.setTextContent("[" + alt + "]");
                img.getParentNode().replaceChild(text, img);
            }
        }
        return doc;
    }

    private static Document read(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("the guide's XHTML is not well-formed: " + e.getMessage(), e);
        }
    }
}
