package io.verbatim.parse.service;

import io.verbatim.parser.MeetingRecordParser;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class ParserProducer {

    /** One parser for the service: it is thread-safe and its language models are expensive to load. */
    @Produces
    @Singleton
    MeetingRecordParser meetingRecordParser() {
        return new MeetingRecordParser();
    }
}
