package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.TextFields;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a {@link SearchRequest} into an Elasticsearch search. The text is analysed for its language (the
 * {@code language} filter, else its script; see {@link QueryLanguages}) on the subfield of that language, and a turn
 * is matched on the subfield of its own language only. Words combine by OR with {@value #MINIMUM_SHOULD_MATCH}, so a
 * turn holding most of them in any form is found and one holding all of them ranks higher; the whole query as
 * printed ({@code text.exact}) ranks first. Quoted phrases keep their words in order (in any form), Chinese runs are
 * phrases of words or of bigrams; a long Chinese run (a sentence rather than a term) also matches by most of its
 * words. {@code simple_query_string} never fails on malformed input. Meeting records are
 * found through their speech turns; documents are found as such only when they have no speeches.
 */
@ApplicationScoped
public class SearchQueryBuilder {

    /** Each facet's name in the API, and the field its values are counted on: a speaker as printed, as the filter takes it. */
    static final Map<String, String> FACETS = orderedFacets("language", "language", "country", "country",
            "spokenLanguage", "spokenLanguage", "body", "body", "role", "role", "speaker", "speaker.raw",
            "agendaItem", "agendaItem", "symbol", "symbol");
    /** Up to two words all must match; of more, three in four. */
    static final String MINIMUM_SHOULD_MATCH = "2<75%";
    /**
     * Arabic attaches particles the light stemmer leaves on (ب، ك، ل before a noun: ببرنامج), so one word of a short
     * Arabic query may miss its form in the record: of two or three words all but one must match, of more three in
     * four. Turns holding all of them still rank first.
     */
    static final String ARABIC_MINIMUM_SHOULD_MATCH = "1<-1 3<75%";
    private static final List<SimpleQueryStringFlag> FLAGS = List.of(SimpleQueryStringFlag.And,
            SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
            SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace);
    private static final List<String> OTHER_FIELDS = List.of("speaker", "title", "symbol^3");
    private static final int FACET_SIZE = 30;
    /**
     * What a hit shows ({@code SearchService} reads these and no more): asking for them alone keeps a record's text,
     * agenda and events out of every answer, which the gateway would otherwise receive and parse for nothing.
     */
    static final List<String> HIT_FIELDS = List.of("recordId", "seq", "symbol", "language", "date", "body", "meetingNumber",
            "speaker", "role", "country", "countryName", "spokenLanguage", "page", "title");
    private static final int SNIPPET_CHARS = 220;
    /** How long a point in time stays open after its last page: a reader takes longer than that over a page rarely. */
    static final String PIT_KEEP_ALIVE = "2m";

    public co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest request) {
        return build(request, null, List.of());
    }

    /**
     * The search in a point in time, after the sort values where the last page ended (none for the first page);
     * the point in time adds its own tiebreaker, so the order is total and pages neither overlap nor skip.
     */
    public co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest request, String pitId, List<FieldValue> after) {
        return build(request, pitId, after, false);
    }

    /** @param forExport hits with their whole text, no highlight and no facets */
    public co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest request, String pitId, List<FieldValue> after,
            boolean forExport) {
        List<String> languages = QueryLanguages.of(request);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(search -> {
            if (pitId == null) {
                search.index(indicesOf(request.scope())).ignoreUnavailable(true).allowNoIndices(true).from(request.from());
            } else {
                search.pit(pit -> pit.id(pitId).keepAlive(keep -> keep.time(PIT_KEEP_ALIVE)));
                if (!after.isEmpty()) {
                    search.searchAfter(after);
                }
            }
            search.query(queryOf(request, languages))
                    .size(request.size())
                    .trackTotalHits(total -> total.enabled(true));
            if (!forExport) {
                search.source(source -> source.filter(filter -> filter.includes(HIT_FIELDS)))
                        .highlight(highlight -> highlight.encoder(HighlighterEncoder.Html).preTags("<mark>")
                                .postTags("</mark>").fields(highlightFields(languages)))
                        .aggregations(facetAggregations());
            }
            boolean byDate = request.sort() != SearchRequest.Sort.RELEVANCE || request.text().isEmpty();
            if (byDate) {
                SortOrder order = request.sort() == SearchRequest.Sort.DATE ? SortOrder.Asc : SortOrder.Desc;
                search.sort(sort -> sort.field(field -> field.field("date").order(order).missing("_last")))
                        .sort(sort -> sort.field(field -> field.field("seq").order(SortOrder.Asc).unmappedType(FieldType.Integer)));
            } else if (pitId != null) {
                search.sort(sort -> sort.score(score -> score.order(SortOrder.Desc)));
            }
            return search;
        });
    }

    /**
     * The fields whose fragments make the snippet, best first: the analysed fields of the query's languages, then
     * the text as printed, which also gives the start of a turn that matched on its speaker only.
     */
    static List<String> snippetFields(List<String> languages) {
        List<String> fields = new ArrayList<>();
        languages.forEach(language -> fields.add(TextFields.of(language)));
        if (languages.contains("zh")) {
            fields.add(TextFields.ZH_BIGRAM);
        }
        fields.add(TextFields.EXACT);
        languages.forEach(language -> fields.add(TextFields.procedureOf(language)));
        return fields;
    }

    private static List<NamedValue<HighlightField>> highlightFields(List<String> languages) {
        return snippetFields(languages).stream().map(field -> NamedValue.of(field, HighlightField.of(highlight -> {
            highlight.fragmentSize(SNIPPET_CHARS).numberOfFragments(1);
            return field.equals(TextFields.EXACT) ? highlight.noMatchSize(SNIPPET_CHARS) : highlight;
        }))).toList();
    }

    static List<String> indicesOf(SearchRequest.Scope scope) {
        return switch (scope) {
            case ALL -> List.of(Indices.SPEECHES.alias(), Indices.DOCUMENTS.alias());
            case SPEECHES -> List.of(Indices.SPEECHES.alias());
            case DOCUMENTS -> List.of(Indices.DOCUMENTS.alias());
        };
    }

    private static Query queryOf(SearchRequest request, List<String> languages) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        UserQuery query = UserQuery.of(request.text());
        if (query.positive().isEmpty()) {
            bool.must(must -> must.matchAll(all -> all));
        } else {
            bool.must(must -> must.bool(anyLanguage -> {
                languages.forEach(language -> anyLanguage.should(inLanguage(language, query)));
                return anyLanguage.minimumShouldMatch("1");
            }));
        }
        if (!query.excluded().isEmpty()) {
            List<String> fields = new ArrayList<>(snippetFields(TextFields.LANGUAGES));
            fields.addAll(OTHER_FIELDS);
            bool.mustNot(not -> not.simpleQueryString(text -> text.query(String.join(" | ", query.excluded()))
                    .fields(fields).defaultOperator(Operator.Or).flags(SimpleQueryStringFlag.Phrase)));
        }
        request.filters().forEach((field, value) -> bool.filter(filterOf(field, value)));
        if (request.dateFrom() != null || request.dateTo() != null) {
            bool.filter(filter -> filter.range(range -> range.date(date -> {
                date.field("date");
                if (request.dateFrom() != null) {
                    date.gte(request.dateFrom().toString());
                }
                if (request.dateTo() != null) {
                    date.lte(request.dateTo().toString());
                }
                return date;
            })));
        }
        if (request.scope() == SearchRequest.Scope.ALL) {
            bool.filter(filter -> filter.bool(oneOf -> oneOf
                    .should(speech -> speech.exists(exists -> exists.field("seq")))
                    .should(noSpeeches -> noSpeeches.term(term -> term.field("speechCount").value(0)))
                    .minimumShouldMatch("1")));
        }
        return bool.build()._toQuery();
    }

    /**
     * An exact value, or for a symbol ending with {@code *} every symbol that begins so ({@code S/PV.*}); a speaker
     * as printed, or by the words of a {@code speaker:} qualifier.
     */
    private static Query filterOf(String field, String value) {
        if (field.equals("symbol") && value.endsWith("*") && value.length() > 1) {
            return Query.of(q -> q.prefix(prefix -> prefix.field(field).value(value.substring(0, value.length() - 1))));
        }
        if (field.equals(FieldQualifiers.SPEAKER_WORDS)) {
            return Query.of(q -> q.match(match -> match.field("speaker").query(value).operator(Operator.And)));
        }
        if (field.equals("speaker")) {
            return Query.of(q -> q.term(term -> term.field("speaker.raw").value(FieldValue.of(value))));
        }
        return Query.of(q -> q.term(term -> term.field(field).value(FieldValue.of(value))));
    }

    /** The query analysed for one language, on the turns of that language. */
    private static Query inLanguage(String language, UserQuery query) {
        boolean chinese = language.equals("zh");
        String analysed = TextFields.of(language);
        List<String> fields = new ArrayList<>(List.of(analysed, TextFields.procedureOf(language)));
        if (chinese) {
            fields.addAll(List.of(TextFields.ZH_BIGRAM, TextFields.PROCEDURE_ZH_BIGRAM));
        }
        fields.addAll(OTHER_FIELDS);
        String text = chinese ? query.withChineseAsPhrases() : query.positive();
        String plain = query.plainText();
        return Query.of(q -> q.bool(bool -> bool
                .filter(filter -> filter.term(term -> term.field("language").value(language)))
                .must(must -> must.bool(words -> {
                    words.should(asTyped -> asTyped.simpleQueryString(sqs -> sqs.query(text).fields(fields)
                            .defaultOperator(Operator.Or).minimumShouldMatch(minimumShouldMatch(language)).flags(FLAGS)));
                    if (chinese && query.hasLongChineseRun()) {
                        words.should(byWords -> byWords.match(match -> match.field(analysed).query(plain)
                                .minimumShouldMatch(MINIMUM_SHOULD_MATCH)));
                    }
                    return words.minimumShouldMatch("1");
                }))
                .should(all -> all.simpleQueryString(words -> words.query(text).fields(fields)
                        .defaultOperator(Operator.And).flags(FLAGS)))
                .should(phrase -> phrase.matchPhrase(p -> p.field(analysed).query(plain).boost(2f)))
                .should(printed -> printed.matchPhrase(p -> p.field(TextFields.EXACT).query(plain).boost(4f)))
                .should(reported -> reported.matchPhrase(p -> p.field(TextFields.PROCEDURE_EXACT).query(plain).boost(4f)))));
    }

    private static String minimumShouldMatch(String language) {
        return language.equals("ar") ? ARABIC_MINIMUM_SHOULD_MATCH : MINIMUM_SHOULD_MATCH;
    }

    private static Map<String, Aggregation> facetAggregations() {
        return FACETS.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, facet -> Aggregation.of(
                aggregation -> aggregation.terms(terms -> terms.field(facet.getValue()).size(FACET_SIZE)))));
    }

    private static Map<String, String> orderedFacets(String... namesAndFields) {
        Map<String, String> facets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFields.length; i += 2) {
            facets.put(namesAndFields[i], namesAndFields[i + 1]);
        }
        return Collections.unmodifiableMap(facets);
    }
}
