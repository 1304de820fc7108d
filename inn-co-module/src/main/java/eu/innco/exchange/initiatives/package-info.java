/**
 * Joint initiatives: a member proposes one (goal, expected social impact, partners sought,
 * timeline) in its language, published at once; other members express interest with a short
 * message; the proposer accepts partners, who are listed on the initiative; the status goes from
 * open to under way to done; a partner editor turns a done initiative into a draft case study that
 * links back to it. Initiatives are {@code initiative} content items; interest lives apart, under
 * {@code /innco:system/initiativeInterest}, and never reaches the public.
 */
package eu.innco.exchange.initiatives;
