/**
 * What may be said about the person, in one place: the kinds of private detail and the owner's
 * choice to disclose them ({@link dev.profilebot.privacy.PrivateDetail}, the {@code
 * PRIVACY_DISCLOSE} setting), recognising a question that asks for one ({@link
 * dev.profilebot.privacy.PrivateRequests}), removing them from the documents as they are read
 * ({@link dev.profilebot.privacy.PrivateDetailRedactor}), and the last check on every outgoing
 * answer, whole or streamed ({@link dev.profilebot.privacy.PrivacyGuard}, {@link
 * dev.profilebot.privacy.GuardedStream}). Ingestion uses the redactor, the answer stage the rest.
 * Imports nothing of the other packages.
 */
package dev.profilebot.privacy;
