package eu.innco.web.portal;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.checkup.Response;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading a check-up form: the answers (one value per statement: 1 to 5 or "dk"), the revision the
 * form was based on, and the cross-site check. The forms carry no token of their own: the link
 * secret in the address already is one an attacker does not know, and a browser's
 * {@code Sec-Fetch-Site}/{@code Origin} must say the post came from this site. (The pages send
 * their address as referrer to this site only, so that {@code Origin} is sent on their forms and the
 * secret never reaches another site.)
 */
final class CheckupForm {
    static final String PREFIX = "s-";
    private static final int MAX_FIELDS = 200;

    private CheckupForm() {}

    /** The answers of a form; every problem (unknown statement, value out of range, twice) is listed. */
    static Map<String, Integer> answers(MultivaluedMap<String, String> form, CheckupContent content) {
        Map<String, Integer> out = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (form.size() > MAX_FIELDS) throw InncoException.badRequest(ErrorCode.CHECKUP_002, "Too many fields in the form.");
        form.forEach((name, values) -> {
            if (!name.startsWith(PREFIX)) return;
            String id = name.substring(PREFIX.length());
            if (!content.statements().containsKey(id)) {
                errors.add(new FieldError(name, "not a statement of this check-up"));
                return;
            }
            if (values.size() != 1) {
                errors.add(new FieldError(name, "one answer per statement"));
                return;
            }
            String v = values.get(0).trim();
            if (v.isEmpty()) return;
            if (v.equals("dk")) out.put(id, Response.DONT_KNOW);
            else if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '5') out.put(id, v.charAt(0) - '0');
            else errors.add(new FieldError(name, "must be 1 to 5 or dk"));
        });
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.CHECKUP_002, "Some answers are not valid.", errors);
        if (out.isEmpty()) throw InncoException.badRequest(ErrorCode.CHECKUP_007, "No statement was answered.");
        return out;
    }

    static long revision(MultivaluedMap<String, String> form) {
        try {
            long r = Long.parseLong(String.valueOf(form.getFirst("revision")).trim());
            if (r >= 0) return r;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InncoException.badRequest(ErrorCode.CHECKUP_002, "The form's revision is missing or not a number.");
    }

    /** Refuses a post that a browser says came from another site ({@link eu.innco.web.SameSite}). */
    static void sameSite(HttpHeaders headers, UriInfo uri, Portal portal) {
        if (!eu.innco.web.SameSite.sent(headers, uri, portal.base())) throw crossSite();
    }

    /** The same for the answer's fast path, from the three headers and the address the request was sent to. */
    static void sameSite(String site, String origin, String referer, String own, Portal portal) {
        if (!eu.innco.web.SameSite.sent(site, origin, referer, own, portal.base())) throw crossSite();
    }

    private static InncoException crossSite() {
        return new InncoException(ErrorCode.CHECKUP_006, "Cross-site form",
                "This form was sent from another site; nothing was changed.");
    }
}
