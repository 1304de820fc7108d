package eu.innco.web.exchange;

import eu.innco.content.ContentItem;
import eu.innco.exchange.Kind;
import eu.innco.web.network.SignedInMember;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The member's exchange pages: its items with the form for a new one and the digest's choice; one item's forms. */
final class PostingView {
    private final ExchangeWeb web;

    PostingView(ExchangeWeb web) {
        this.web = web;
    }

    Response overview(String locale, UriInfo uri, SignedInMember.Found m, int status, Map<String, String> errors,
                      Map<String, Object> values, String notice) {
        Map<String, Object> model = common(locale, m, errors, values, notice);
        for (Kind k : Kind.values()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (String id : web.exchange.postings.ofMember(m.member(), k)) {
                ContentItem item = web.exchange.postings.mine(m.member(), k, id);
                Map<String, Object> v = PostingForm.values(item, locale);
                items.add(Map.of("id", id, "title", v.get("title"), "validUntil", v.get("validUntil"),
                        "published", web.exchange.index.get(id).isPresent(), "edit", "/" + locale + "/account/exchange/" + k.plural + "/" + id));
            }
            model.put(k.plural, items);
        }
        model.put("digestOn", web.exchange.digest.subscriptions().find(m.member().username()).isPresent());
        if (!values.containsKey("validUntil")) model.put("values", defaults(locale));
        return page(locale, uri, status, "exchange-account.ftlh", "exchange.account.title", errors, model);
    }

    Response edit(String locale, UriInfo uri, SignedInMember.Found m, ContentItem item, int status, Map<String, String> errors,
                  Map<String, Object> values, String notice) {
        Map<String, Object> model = common(locale, m, errors, values, notice);
        Kind kind = Kind.of(item.type()).orElseThrow();
        model.put("kind", kind.type);
        model.put("action", "/" + locale + "/account/exchange/" + kind.plural + "/" + item.id());
        model.put("publicHref", "/" + locale + "/exchange/" + kind.plural + "/" + item.id());
        List<Map<String, String>> translations = new ArrayList<>();
        for (String l : web.frame.locales()) {
            if (!l.equals(locale)) translations.add(Map.of("code", l, "name", web.frame.t(locale, "language." + l)));
        }
        model.put("translations", translations);
        return page(locale, uri, status, "exchange-edit.ftlh", "exchange.account.edit." + kind.type, errors, model);
    }

    /** The posting limit is reached: how many posts a day, and in about how many hours the next may go. */
    Response limited(String locale, UriInfo uri, int perDay, long hours) {
        Map<String, Object> model = new HashMap<>();
        model.put("text", web.frame.t(locale, "exchange.note.postLimited.text", "count", perDay, "hours", hours));
        return web.html(429, locale, uri, "exchange-message.ftlh", web.frame.t(locale, "exchange.note.postLimited.title"), model, false);
    }

    Response message(String locale, UriInfo uri, int status, String key) {
        Map<String, Object> model = new HashMap<>();
        model.put("text", web.frame.t(locale, key));
        return web.html(status, locale, uri, "exchange-message.ftlh", web.frame.t(locale, key), model, false);
    }

    private Map<String, Object> common(String locale, SignedInMember.Found m, Map<String, String> errors, Map<String, Object> values,
                                       String notice) {
        Map<String, Object> model = new LinkedHashMap<>(web.choices(locale));
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach((f, key) -> texts.put(f, web.frame.t(locale, key)));
        model.put("errors", texts);
        model.put("values", values);
        model.put("csrf", m.csrf());
        model.put("maxDate", web.today().plusDays(eu.innco.exchange.PostingRules.MAX_DAYS).toString());
        model.put("minDate", web.today().toString());
        if (notice != null) model.put("notice", notice);
        return model;
    }

    private Map<String, Object> defaults(String locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("validUntil", web.today().plusMonths(3).toString());
        v.put("languages", List.of(locale));
        return v;
    }

    private Response page(String locale, UriInfo uri, int status, String template, String titleKey, Map<String, String> errors,
                          Map<String, Object> model) {
        String title = web.frame.t(locale, titleKey);
        if (!errors.isEmpty()) title = web.frame.t(locale, "exchange.form.errorsTitle") + " · " + title;
        return web.html(status, locale, uri, template, title, model, false);
    }
}
