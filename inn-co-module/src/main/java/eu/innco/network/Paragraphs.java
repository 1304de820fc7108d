package eu.innco.network;

/** Plain text as the paragraphs of rich text: blank lines separate paragraphs, everything escaped. */
final class Paragraphs {
    private Paragraphs() {}

    static String html(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.strip().split("\\R\\s*\\R")) {
            if (para.isBlank()) continue;
            b.append("<p>").append(NetworkMails.esc(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return b.toString();
    }

    /** Rich text back to plain text for a form: paragraphs become blank lines, tags go. */
    static String text(String html) {
        if (html == null) return "";
        String t = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p>", "\n\n").replaceAll("<[^>]*>", "");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
