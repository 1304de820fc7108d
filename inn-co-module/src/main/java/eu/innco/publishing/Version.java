package eu.innco.publishing;

import eu.innco.content.ItemValues;

/** A version with the values of the working copy as they were when it was made. */
public record Version(VersionInfo info, String name, ItemValues values) {}
