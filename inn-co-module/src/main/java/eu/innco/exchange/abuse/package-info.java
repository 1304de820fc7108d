/**
 * Abuse reports on what members publish and send: anyone may report an item (an initiative, an
 * offer, a need, any published item of the configured types) or a member's message. The item is
 * hidden for everyone at once, in the one place the public reads from (it leaves the delivery
 * index, so the portal, the delivery API, feeds, search and the map lose it together), and waits
 * for a partner editor of its country, who restores or removes it with a reason. Reporters are
 * not recorded: no address, no account.
 */
package eu.innco.exchange.abuse;
