package io.verbatim.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One result: a speech turn, or a document without speeches. {@code snippet} is HTML with {@code <mark>}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(String type, String documentId, String speechId, Integer seq, String symbol,
                        String language, String date, String body, Integer meetingNumber, String speaker, String role,
                        String country, String countryName, String spokenLanguage, Integer page, String title,
                        String snippet, Double score) {

    public static final String SPEECH = "speech";
    public static final String DOCUMENT = "document";
}
