package eu.innco.newsletter;

import java.util.List;

/**
 * An issue in one language: subject, introduction and the promoted items, each with its share
 * link in that language (clicks are counted there, not in the mail: no pixel, no tracking query).
 */
public record IssueText(String subject, String intro, List<Item> items) {
    public IssueText {
        subject = subject == null ? "" : subject.strip();
        intro = intro == null ? "" : intro.strip();
        items = List.copyOf(items);
    }

    /** One promoted item: title, a short summary (may be empty) and its share link. */
    public record Item(String title, String summary, String url) {}

    /** True when this language has what a mail needs (a subject); otherwise the fallback language's text is sent. */
    public boolean complete() {
        return !subject.isEmpty();
    }
}
