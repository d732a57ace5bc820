package io.verbatim.gateway.rest;

import io.verbatim.contracts.Indices;
import io.verbatim.testsupport.ElasticsearchTestClient;

/**
 * A small archive written straight into Elasticsearch with the production index definitions: two meeting
 * records (Chinese and English) with their speech turns, and a report without speeches.
 */
public final class SearchArchive {

    static final String ZH_RECORD = "rec-zh-1511";
    static final String EN_RECORD = "rec-en-1512";
    static final String REPORT = "rec-en-report";

    private SearchArchive() {
    }

    public static synchronized void load(ElasticsearchTestClient elasticsearch) {
        for (Indices index : Indices.values()) {
            elasticsearch.send("DELETE", "/" + index.index(), null, false);
            elasticsearch.createIndex(index.index(), index.definition());
            elasticsearch.send("PUT", "/" + index.index() + "/_alias/" + index.alias(), null, true);
        }
        StringBuilder bulk = new StringBuilder();
        document(bulk, ZH_RECORD, "CD/PV.1511", "zh", "2019-06-28", "meeting-record", 3, "主席宣布会议开始。");
        document(bulk, EN_RECORD, "CD/PV.1512", "en", "2019-07-02", "meeting-record", 3, "The President opened the 1512th plenary meeting.");
        document(bulk, REPORT, "CD/2119", "en", "2019-09-10", "document", 0,
                "Report of the Conference on Disarmament on negative security assurances and its 2019 session.");
        speech(bulk, ZH_RECORD, 1, "CD/PV.1511", "zh", "2019-06-28", "主席", "president", null, "en",
                "我宣布裁军谈判会议第一五一一次全体会议开始。");
        speech(bulk, ZH_RECORD, 2, "CD/PV.1511", "zh", "2019-06-28", "比尔韦特先生", "speaker", "DEU", "en",
                "谢谢主席先生。全体代表团都保持积极态度，我们应该以此作为出发点，未来就消极安全保证进行谈判。");
        speech(bulk, ZH_RECORD, 3, "CD/PV.1511", "zh", "2019-06-28", "李松先生", "speaker", "CHN", "zh",
                "中国一贯支持无核武器国家关于消极安全保证的合理诉求。");
        speech(bulk, EN_RECORD, 1, "CD/PV.1512", "en", "2019-07-02", "The President", "president", null, "en",
                "I call to order the 1512th plenary meeting.");
        speech(bulk, EN_RECORD, 2, "CD/PV.1512", "en", "2019-07-02", "Mr. Martin", "speaker", "FRA", "fr",
                "France recalls the negative security assurances it gave in 1995 and reaffirmed since.");
        speech(bulk, EN_RECORD, 3, "CD/PV.1512", "en", "2019-07-02", "Ms. Smith", "speaker", "CAN", "en",
                "Assurances that are negative in form are security assurances all the same, said my delegation.");
        elasticsearch.send("POST", "/_bulk?refresh=true", bulk.toString(), true);
    }

    private static void document(StringBuilder bulk, String id, String symbol, String language, String date,
                                 String type, int speechCount, String text) {
        bulk.append("{\"index\":{\"_index\":\"").append(Indices.DOCUMENTS.alias()).append("\",\"_id\":\"").append(id)
                .append("\"}}\n");
        bulk.append("{\"recordId\":\"%s\",\"symbol\":\"%s\",\"language\":\"%s\",\"date\":\"%s\",\"documentType\":\"%s\",\"speechCount\":%d,\"body\":\"Conference on Disarmament\",\"text\":\"%s\"}\n"
                .formatted(id, symbol, language, date, type, speechCount, text));
    }

    private static void speech(StringBuilder bulk, String recordId, int seq, String symbol, String language,
                               String date, String speaker, String role, String country, String spokenLanguage,
                               String text) {
        bulk.append("{\"index\":{\"_index\":\"").append(Indices.SPEECHES.alias()).append("\",\"_id\":\"")
                .append(recordId).append(':').append(seq).append("\"}}\n");
        bulk.append("{\"recordId\":\"%s\",\"seq\":%d,\"symbol\":\"%s\",\"language\":\"%s\",\"date\":\"%s\",\"speaker\":\"%s\",\"role\":\"%s\",%s\"spokenLanguage\":\"%s\",\"body\":\"Conference on Disarmament\",\"page\":2,\"agendaItem\":\"%s\",\"text\":\"%s\"}\n"
                .formatted(recordId, seq, symbol, language, date, speaker, role,
                        country == null ? "" : "\"country\":\"" + country + "\",", spokenLanguage, agendaItemOf(recordId), text));
    }

    /** The agenda item every turn of a record is under: the Chinese record's is item 4, the English record's item 2. */
    static String agendaItemOf(String recordId) {
        return recordId.equals(ZH_RECORD) ? "4" : "2";
    }
}
