package org.xinyu.audit;

/**
 * The answer of a chain check: whether every entry is as it was written, how many entries were read, and
 * the id of the first entry that is not (changed, missing, or out of order), or null. {@code firstId} is
 * the oldest entry kept (greater than 1 after old entries were purged) and {@code lastId} the chain's tip.
 */
public record ChainVerification(boolean valid, long entries, Long firstBroken, Long firstId, Long lastId,
                                long millis) {
}
