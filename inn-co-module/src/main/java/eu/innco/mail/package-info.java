/**
 * Outgoing e-mail: one durable outbox in the repository, sent over SMTP.
 *
 * <p>The whole API a feature needs is three types:
 * <ul>
 *   <li>{@link eu.innco.mail.MailMessage}: one message to one recipient, plain text and HTML, with
 *       extra headers (for example {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} of
 *       RFC 8058);</li>
 *   <li>{@link eu.innco.mail.Outbox#enqueue}: stores the message durably and returns its id; once it
 *       returns, the message is sent even if the server stops first (retried with doubling delays,
 *       also after a restart; one server of a cluster sends, holding a lease);</li>
 *   <li>{@link eu.innco.mail.MailSettings}: the {@code INNCO_SMTP_*} settings, printed masked.</li>
 * </ul>
 * Without {@code INNCO_SMTP_HOST} messages wait in the outbox until a server with SMTP starts.
 * Addresses and bodies never go to the log; a sent message leaves the outbox.
 */
package eu.innco.mail;
