/**
 * Newsletters: subscribers who opted in twice (per locale and topic), one-click unsubscribe
 * (RFC 8058), export and erasure through the subscriber's own link, and issues sent in batches at
 * a set rate, each recipient's state kept in the repository so that a restart resumes the sending
 * and never sends anyone the same issue twice. Addresses never go to the log: logs and audit
 * entries name an issue or a subscriber's id, never a person.
 */
package eu.innco.newsletter;
