/**
 * The INN-CO network's joining side: applications from the portal, e-mail verification,
 * moderation into member organisations, and what members may do with their own profile.
 *
 * <p>Applications and members' contact details are personal data: they live under
 * {@code /innco:system/applications} and {@code /innco:system/members}, apart from public content,
 * and never reach the delivery index.
 */
package eu.innco.network;
