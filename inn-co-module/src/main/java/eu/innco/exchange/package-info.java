/**
 * The network's exchange: members' offers and needs (content items of the {@code offer} and
 * {@code need} types, posted from the member's account, published at once, withdrawn when they
 * expire), the matching of needs with offers across languages, and the weekly digest of new matches.
 */
package eu.innco.exchange;
