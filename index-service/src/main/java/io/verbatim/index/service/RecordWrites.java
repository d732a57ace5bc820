package io.verbatim.index.service;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.verbatim.contracts.ParsedEvent;
import io.verbatim.contracts.RecordIds;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.index.store.DocumentSource;
import io.verbatim.index.store.SpeechSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulk operations that bring one record's documents to a version: the record and each turn written with
 * the record's version as an external version, and the turns an earlier version had beyond the new count
 * deleted; or, for a withdrawal, the record and every turn deleted.
 */
final class RecordWrites {

    private RecordWrites() {
    }

    static List<BulkOperation> of(ParsedEvent event, long version, int previousSpeechCount, Instant now, IndexTargets targets) {
        List<BulkOperation> operations = new ArrayList<>();
        if (event.deleted()) {
            operations.add(BulkOperation.of(op -> op.delete(delete -> delete.index(targets.documents()).id(event.recordId())
                    .version(version).versionType(VersionType.ExternalGte))));
            deleteSpeeches(operations, targets.speeches(), event.recordId(), 1, previousSpeechCount, version);
            return operations;
        }
        operations.add(BulkOperation.of(op -> op.index(doc -> doc.index(targets.documents()).id(event.recordId())
                .version(version).versionType(VersionType.ExternalGte)
                .document(DocumentSource.of(event, version, now)))));
        List<SpeechTurn> speeches = event.record().speeches();
        for (SpeechTurn turn : speeches) {
            operations.add(BulkOperation.of(op -> op.index(doc -> doc.index(targets.speeches())
                    .id(RecordIds.speechId(event.recordId(), turn.seq()))
                    .version(version).versionType(VersionType.ExternalGte)
                    .document(SpeechSource.of(event, turn, version, now)))));
        }
        deleteSpeeches(operations, targets.speeches(), event.recordId(), speeches.size() + 1, previousSpeechCount, version);
        return operations;
    }

    private static void deleteSpeeches(List<BulkOperation> operations, String index, String recordId, int fromSeq, int toSeq,
            long version) {
        for (int seq = fromSeq; seq <= toSeq; seq++) {
            String speechId = RecordIds.speechId(recordId, seq);
            operations.add(BulkOperation.of(op -> op.delete(delete -> delete.index(index).id(speechId)
                    .version(version).versionType(VersionType.ExternalGte))));
        }
    }
}
