/**
 * Members getting in touch through the platform. A member writes to another member
 * organisation; the message goes by mail to that organisation's contact person, in their language,
 * without the sender's address. The recipient answers through the platform (a signed link); only
 * then are the two addresses given to each other. Senders have a daily limit; recipients may block
 * a sender organisation or report the message.
 *
 * <p>What is kept: the text of a message or a reply only in the mail outbox until it is delivered
 * (the outbox drops a sent mail); a conversation record without any text (who wrote to whom, when,
 * the reply link's hash) for {@link ContactMessages#KEPT}, which is how long the reply link works
 * and the window of the sending limit. Texts are never logged.
 */
package eu.innco.exchange.contact;
