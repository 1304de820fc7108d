package eu.innco.exchange.initiatives;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.content.ContentService;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A done initiative turned into a draft case study by a partner editor, so that the network feeds
 * the case studies: the titles and goals in every language it has, its organisations, its
 * proposer's country, and a reference back to the initiative. The draft is the editor's, unpublished.
 */
public final class CaseStudyDrafts {
    private static final int SUMMARY_MAX = 600;
    private final ContentService content;
    private final Initiatives initiatives;
    private final AuditLog audit;
    private final UnaryOperator<String> countryOfOrganisation;
    private final eu.innco.repository.ContentRepository repository;

    public CaseStudyDrafts(eu.innco.repository.ContentRepository repository, ContentService content, Initiatives initiatives, AuditLog audit,
                           UnaryOperator<String> countryOfOrganisation) {
        this.repository = repository;
        this.content = content;
        this.initiatives = initiatives;
        this.audit = audit;
        this.countryOfOrganisation = countryOfOrganisation;
    }

    /** Makes the draft; {@code scope} is the editor's country (empty: every country). Returns the case study's id. */
    public String draft(Actor editor, Optional<String> scope, String initiativeId) {
        if (editor.has(Role.MEMBER) || !(editor.isAdmin() || editor.has(Role.PUBLISHER) || editor.has(Role.EDITOR))) {
            throw InncoException.forbidden("Only partner editors turn initiatives into case studies.");
        }
        ObjectNode json = initiatives.json(initiativeId);
        JsonNode p = json.path("properties");
        String country = countryOfOrganisation.apply(p.path("organisation").asText());
        if (scope.isPresent() && !scope.get().equals(country)) {
            throw InncoException.forbidden("User '" + editor.username() + "' may not draft case studies from " + country + ".");
        }
        if (!"done".equals(p.path("status").asText())) {
            throw InncoException.conflict(ErrorCode.EXCHANGE_410, "Only a done initiative can become a case study.");
        }
        Optional<String> made = existing(initiativeId);
        if (made.isPresent()) {
            // one case study per initiative: a second click would leave two drafts for editors to reconcile
            throw InncoException.conflict(ErrorCode.EXCHANGE_411, "A case study was already drafted from this initiative: " + made.get() + ".");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("sourceLocale", json.path("sourceLocale").asText("en"));
        ObjectNode c = body.putObject("properties");
        c.set("title", p.path("title").deepCopy());
        ObjectNode summary = c.putObject("summary");
        p.path("goal").fields().forEachRemaining(e -> summary.put(e.getKey(), cut(e.getValue().asText())));
        ArrayNode orgs = c.putArray("organisations");
        orgs.add(p.path("organisation").asText());
        p.path("partners").forEach(x -> orgs.add(x.asText()));
        if (!country.isEmpty()) c.put("country", country);
        c.put("initiative", initiativeId);
        String id = content.create(editor, "caseStudy", body).id();
        audit.recordNow(AuditEntry.of(editor.username(), "exchange.initiative.caseStudy", "caseStudy", id, "", List.of(), null,
                "from initiative " + initiativeId));
        return id;
    }

    /** The case study already drafted from an initiative, if any (published or not). */
    public Optional<String> existing(String initiativeId) {
        return Ids.withValue(repository, content, "caseStudy", "initiative", initiativeId).stream().findFirst();
    }

    private static String cut(String s) {
        return s.length() <= SUMMARY_MAX ? s : s.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
