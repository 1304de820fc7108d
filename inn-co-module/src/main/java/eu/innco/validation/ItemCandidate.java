package eu.innco.validation;

import eu.innco.content.ItemValues;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Violation;
import java.util.List;

/**
 * Values about to be written, with what is needed to judge them. The class-level constraint runs
 * every rule of the content type through Hibernate Validator, so the API, the editor and imports
 * get the same verdict and messages in the reader's language.
 */
@ValidItem
public record ItemCandidate(ContentTypeDefinition type, ItemValues values, List<Violation> readViolations,
                            ReferenceLookup references) {
    public ItemCandidate {
        readViolations = List.copyOf(readViolations);
    }
}
