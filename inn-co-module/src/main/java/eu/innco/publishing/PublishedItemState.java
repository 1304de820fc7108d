package eu.innco.publishing;

import java.util.List;

/** What a publication did to one item: the locales it published now, all its public locales, the version made. */
public record PublishedItemState(String type, String id, String path, List<String> locales, List<String> publicLocales,
                                 Long version, boolean requested) {
    public PublishedItemState {
        locales = List.copyOf(locales);
        publicLocales = List.copyOf(publicLocales);
    }
}
