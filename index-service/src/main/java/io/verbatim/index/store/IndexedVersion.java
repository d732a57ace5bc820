package io.verbatim.index.store;

/** What is indexed of a record now: its version and how many speech turns it has. */
public record IndexedVersion(long recordVersion, int speechCount) {
}
