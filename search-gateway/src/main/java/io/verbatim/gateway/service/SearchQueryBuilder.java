package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import io.verbatim.contracts.Indices;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link SearchRequest} into an Elasticsearch search. The text goes through
 * {@code simple_query_string}, which never fails on malformed input (quotes for phrases, {@code -} to exclude);
 * an exact phrase match of the whole text ranks first. Meeting records are found through their speech
 * turns; documents are found as such only when they have no speeches, so a record is not listed twice.
 */
@ApplicationScoped
public class SearchQueryBuilder {

    static final List<String> FACETS = List.of("language", "country", "spokenLanguage", "body", "role");
    private static final int FACET_SIZE = 30;
    private static final int SNIPPET_CHARS = 220;

    public co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest request) {
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(search -> {
            search.index(indicesOf(request.scope()))
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .query(queryOf(request))
                    .from(request.from())
                    .size(request.size())
                    .trackTotalHits(total -> total.enabled(true))
                    .source(source -> source.filter(filter -> filter.excludes("text")))
                    .highlight(highlight -> highlightQueryOf(request.text(), highlight).encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields(NamedValue.of("text", HighlightField.of(field -> field.fragmentSize(SNIPPET_CHARS)
                                    .numberOfFragments(1).noMatchSize(SNIPPET_CHARS)))))
                    .aggregations(facetAggregations());
            if (request.text().isEmpty()) {
                search.sort(sort -> sort.field(field -> field.field("date").order(SortOrder.Desc).missing("_last")))
                        .sort(sort -> sort.field(field -> field.field("seq").order(SortOrder.Asc).unmappedType(FieldType.Integer)));
            }
            return search;
        });
    }

    private static List<String> indicesOf(SearchRequest.Scope scope) {
        return switch (scope) {
            case ALL -> List.of(Indices.SPEECHES.alias(), Indices.DOCUMENTS.alias());
            case SPEECHES -> List.of(Indices.SPEECHES.alias());
            case DOCUMENTS -> List.of(Indices.DOCUMENTS.alias());
        };
    }

    private static Query queryOf(SearchRequest request) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (request.text().isEmpty()) {
            bool.must(must -> must.matchAll(all -> all));
        } else {
            bool.must(must -> must.simpleQueryString(text -> text.query(request.text())
                    .fields("text", "speaker", "title", "symbol^3")
                    .defaultOperator(Operator.And)
                    .flags(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                            SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
                            SimpleQueryStringFlag.Whitespace)));
            bool.should(should -> should.matchPhrase(phrase -> phrase.field("text").query(request.text()).boost(3f)));
        }
        request.filters().forEach((field, value) -> bool.filter(filter -> filter.term(term -> term.field(field)
                .value(FieldValue.of(value)))));
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
     * Chinese and Japanese are indexed a character a token, so highlighting every matching token would mark
     * single characters all over a speech; for such queries only the whole phrase is marked.
     */
    private static Highlight.Builder highlightQueryOf(String text, Highlight.Builder highlight) {
        if (text.codePoints().anyMatch(SearchQueryBuilder::isIndexedByCharacter)) {
            highlight.highlightQuery(query -> query.matchPhrase(phrase -> phrase.field("text").query(text)));
        }
        return highlight;
    }

    private static boolean isIndexedByCharacter(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static Map<String, Aggregation> facetAggregations() {
        return FACETS.stream().collect(Collectors.toMap(Function.identity(),
                field -> Aggregation.of(aggregation -> aggregation.terms(terms -> terms.field(field).size(FACET_SIZE)))));
    }
}
