package eu.innco.web.portal;

import eu.innco.InncoException;
import eu.innco.checkup.Checkup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant's answers ({@code POST /<locale>/check-up/p/<key>}) saved in front of Jersey, as
 * {@link CheckupPages#save} does: the same checks, the same save, the same 303. Two hundred people
 * answering at once are two hundred of these on two cores, and Jersey's routing, form reading and
 * response writing were a fifth of an answer's CPU (docs/benchmarks.md). Only the common case is
 * answered here: whatever is refused (a bad form, a replay, a closed check-up, a cross-site post)
 * goes on to Jersey with the same body, which refuses it with its page or problem+json as before;
 * refusals change nothing, so running them twice does not matter.
 */
final class CheckupAnswerFastPath {
    private static final Pattern PATH = Pattern.compile("/([a-z]{2}(?:-[A-Za-z0-9]{2,8})?)/check-up/p/([A-Za-z0-9_.-]{1,200})");
    /** A form of a hundred statements is a few kilobytes; anything larger is left to Jersey and its limits. */
    private static final int MAX_BODY = 32 * 1024;
    private final Portal portal;
    private final Map<String, String> security;

    CheckupAnswerFastPath(Portal portal, Map<String, String> security) {
        this.portal = portal;
        this.security = security;
    }

    /** True when the request was answered here (saved, or handed to Jersey with its body). */
    boolean serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getQueryString() != null) return false;
        Matcher m = PATH.matcher(request.getRequestURI());
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (!m.matches() || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || length <= 0 || length > MAX_BODY || !portal.site.contains(m.group(1))) return false;
        byte[] body = request.getInputStream().readNBytes((int) length);
        String location;
        try {
            location = save(request, m.group(1), m.group(2), body);
        } catch (InncoException | IllegalArgumentException refused) {
            chain.doFilter(new ReplayedBody(request, body), response); // Jersey answers the refusal, page or problem+json
            return true;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        security.forEach(response::setHeader);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setContentLength(0);
        return true;
    }

    /** The checks and save of CheckupPages.save; returns where the participant is sent, or throws the refusal. */
    private String save(HttpServletRequest request, String locale, String key, byte[] body) {
        if (body.length != request.getContentLengthLong()) throw new IllegalArgumentException("the body ended early");
        String own = request.getScheme() + "://" + request.getHeader("Host");
        CheckupForm.sameSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Referer"), own, portal);
        MultivaluedMap<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        PortalCall call = new PortalCall(portal, locale, null, portal.delivery.generation(), false); // no UriInfo: nothing below reads the address
        Checkup c = portal.checkups.open(key, Checkup.Role.PARTICIPANT);
        String token = form.getFirst("respondent");
        long revision = CheckupForm.revision(form);
        var answers = CheckupForm.answers(form, CheckupContent.read(call));
        portal.checkups.answer(c, token, revision, locale, answers);
        return call.abs(CheckupPages.participant(call, key) + "/r/" + token + "?saved=1");
    }

    /** An url-encoded form as Jersey reads it (UTF-8, '+' a space); a malformed escape throws, and Jersey then answers. */
    static MultivaluedMap<String, String> form(String body) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            form.add(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
