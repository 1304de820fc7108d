package eu.innco.web.reach;

import eu.innco.reach.ReachCounter;
import eu.innco.reach.ReachKey;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts public reads after they are answered: portal pages, downloads (the guide's PDF, files),
 * feeds and calendars, and delivery API reads; a 200 or a 304 (a reader who already had the page).
 * A page or feed read's locale is the one in its path; an API read's is the language it was answered
 * in (its {@code Content-Language}), so that API reads can be told apart by language too.
 * The work on the request is a few string tests and one in-memory increment; nothing is written
 * here. Share links count their own clicks ({@code /s/<code>}).
 */
public final class ReachFilter implements Filter {
    private static final Pattern LOCALE_PATH = Pattern.compile("/([a-z]{2}(?:-[A-Za-z0-9]{2,8})?)(/.*)?");
    private final ReachCounter counter;

    public ReachFilter(ReachCounter counter) {
        this.counter = counter;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, res);
        HttpServletRequest request = (HttpServletRequest) req;
        int status = ((HttpServletResponse) res).getStatus();
        if ((status != 200 && status != 304) || !"GET".equals(request.getMethod())) return;
        String path = request.getRequestURI();
        String kind;
        String locale = "";
        if (path.startsWith("/.rest/delivery/")) {
            countApi(path, ((HttpServletResponse) res).getHeader("Content-Language"), request.getHeader("User-Agent"),
                    request.getHeader("Sec-GPC"), request.getHeader("Referer"), request.getServerName());
            return;
        } else if (path.startsWith("/dam/")) {
            // a rendition (named, or ?w= from a srcset) is an image shown in a page, counted with the page, not a download
            if (path.contains("/renditions/") || String.valueOf(request.getQueryString()).matches("(.*&)?w=.*")) return;
            kind = ReachKey.DOWNLOAD;
        } else {
            Matcher m = LOCALE_PATH.matcher(path);
            if (!m.matches()) return;
            locale = m.group(1);
            String rest = m.group(2) == null ? "/" : m.group(2);
            if (rest.equals("/guide.pdf")) kind = ReachKey.DOWNLOAD;
            else if (rest.startsWith("/feeds/") || rest.endsWith(".ics")) kind = ReachKey.FEED;
            else if (rest.startsWith("/share-images/")) return;
            else if (isHtml(res.getContentType()) || status == 304) kind = ReachKey.PAGE;
            else return;
        }
        if (!Visitors.counted(request.getHeader("User-Agent"), request.getHeader("Sec-GPC"))) return;
        counter.count(new ReachKey(kind, path, locale, "", Visitors.referrer(request.getHeader("Referer"), request.getServerName())));
    }

    /**
     * Counts a delivery API read answered 200 or 304, here or by a door in front of the servlets
     * (Jetty's core handler for single nodes), under the language it was answered in.
     */
    public void countApi(String path, String contentLanguage, String userAgent, String secGpc, String referer, String serverName) {
        if (!Visitors.counted(userAgent, secGpc)) return;
        counter.count(new ReachKey(ReachKey.API, path, ApiLanguage.of(contentLanguage), "", Visitors.referrer(referer, serverName)));
    }

    private static boolean isHtml(String type) {
        return type != null && type.startsWith("text/html");
    }
}
