package eu.innco.reach;

import java.time.LocalDate;

/** The count of one key on one day, summed over every server. */
public record ReachRow(LocalDate day, ReachKey key, long count) {}
