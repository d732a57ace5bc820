package io.verbatim.bench;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import io.verbatim.gateway.service.SearchQueryBuilder;
import io.verbatim.gateway.service.SearchRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One search of the mix, as the search page asks it ({@code GET /api/search} with every parameter spelled out, from
 * included, so the gateway runs one search and no point in time) and as the gateway then asks Elasticsearch: the body its
 * own {@link SearchQueryBuilder} makes, on the path and with the parameters and content type its client sends.
 *
 * @param params the API's parameters in the order the page writes them
 */
record LatencyQuery(String name, Map<String, String> params) {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    HttpRequest toGateway(String gatewayUrl) {
        String query = params.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/search?" + query)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
    }

    HttpRequest toElasticsearch(String elasticsearchUrl, SearchQueryBuilder builder, JsonpMapper mapper) {
        co.elastic.clients.elasticsearch.core.SearchRequest search = builder.build(searchRequest());
        var endpoint = co.elastic.clients.elasticsearch.core.SearchRequest._ENDPOINT;
        String query = endpoint.queryParameters(search).entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .sorted().collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(elasticsearchUrl + endpoint.requestUrl(search) + (query.isEmpty() ? "" : "?" + query)))
                .timeout(TIMEOUT)
                .header("Content-Type", ElasticsearchTransportBase.JSON_CONTENT_TYPE)
                .header("Accept", ElasticsearchTransportBase.JSON_CONTENT_TYPE)
                .method(endpoint.method(search), HttpRequest.BodyPublishers.ofString(JsonpUtils.toJsonString(search, mapper)))
                .build();
    }

    /** The gateway's own reading of the parameters ({@code SearchParameters.requestOf}): every filter field, null when absent. */
    SearchRequest searchRequest() {
        Map<String, String> filters = new HashMap<>();
        SearchRequest.FILTER_FIELDS.forEach(field -> filters.put(field, params.get(field)));
        return SearchRequest.of(params.get("q"), params.get("type"), filters, params.get("dateFrom"), params.get("dateTo"),
                params.get("from"), params.get("size"), params.get("sort"));
    }
}
