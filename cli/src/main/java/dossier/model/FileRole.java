package dossier.model;

/**
 * What a file is by its name (SPEC §2.3): one of the special notes, recognised by a keyword
 * anywhere in the name whatever the extension, or NONE, an ordinary file that is evidence if it counts.
 */
public enum FileRole { REQUIREMENTS, NOT_APPLICABLE, EXPLANATION, ONSITE, LINKS, SUMMARY, HIGHLIGHTS, NONE }
