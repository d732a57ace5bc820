package io.verbatim.index.service;

import io.verbatim.contracts.Indices;

/** Where a record's writes go: the aliases (live indexing) or a generation being built (a reindex). */
public record IndexTargets(String documents, String speeches) {

    public static IndexTargets aliases() {
        return new IndexTargets(Indices.DOCUMENTS.alias(), Indices.SPEECHES.alias());
    }

    public String of(Indices index) {
        return index == Indices.DOCUMENTS ? documents : speeches;
    }
}
