package eu.innco.reach;

/**
 * A share link {@code /s/<code>}: it leads to one item's page (the campaign's own page, or an item
 * it promotes) in one locale, and its clicks are counted under the campaign's code.
 */
public record ShareLink(String code, String campaignId, String campaignCode, String type, String itemId, String locale) {}
