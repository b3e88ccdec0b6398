package dossier.model;

/**
 * A roster row whose 执法证号 an earlier roster row already has: the reader counts the first only.
 *
 * @param at    the repeated row's certificate cell
 * @param first the officer of the earlier row
 */
public record RepeatedCertificate(String certificate, String name, Location at, Officer first) {
}
