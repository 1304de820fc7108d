package eu.innco.content;

import java.util.List;

/** One page of a list, with the total number of matching items. */
public record ItemPage(int offset, int limit, int total, List<ContentItem> items) {
    public ItemPage {
        items = List.copyOf(items);
    }
}
