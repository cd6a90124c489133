package org.canticle.mail;

/**
 * One message to one person, both parts rendered: the HTML part escaped by its template,
 * the text part plain.
 */
public record Email(String recipient, String subject, String text, String html) {
}
