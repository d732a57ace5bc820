package io.verbatim.ingest.harvest;

import io.verbatim.contracts.SourceMetadata;
import io.verbatim.ingest.fetch.FetchException;
import io.verbatim.ingest.fetch.FetchResult;
import io.verbatim.ingest.service.IncomingRecord;
import io.verbatim.ingest.source.InvalidSourceException;
import io.verbatim.ingest.source.SourceDefinition;
import io.verbatim.ingest.source.SourceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Watches a numbered series of symbols ({@code S/PV.{n}}) in the manner of the Official Document System:
 * probes the next number in each language, treats "not found" as "not yet", and moves on once a number
 * appears in any language. A language published later than the others is picked up on a later harvest only
 * if it appears before the next number does; the feed or OAI source covers the rest.
 */
@ApplicationScoped
public class SymbolHarvester implements Harvester {

    /** How many numbers past the last one found are probed, for a number the archive skipped. */
    private static final int LOOKAHEAD = 3;

    @Override
    public SourceType type() {
        return SourceType.SYMBOLS;
    }

    @Override
    public void harvest(HarvestRun run) throws IOException, FetchException, HarvestException, InterruptedException {
        SourceDefinition source = run.source();
        String pattern = source.setting("pattern");
        if (!pattern.contains("{n}")) {
            throw new InvalidSourceException("source " + source.id() + ": the pattern must hold {n}, as in S/PV.{n}");
        }
        long next = run.checkpoint().nextNumber() != null ? run.checkpoint().nextNumber() : Long.parseLong(source.setting("start"));
        for (long probe = next; probe < next + LOOKAHEAD; probe++) {
            if (takeNumber(run, pattern.replace("{n}", Long.toString(probe)))) {
                long following = probe + 1;
                run.advance(checkpoint -> checkpoint.numberTaken(following));
                next = following;
            }
        }
        run.advance(checkpoint -> checkpoint);
    }

    /** Whether the symbol exists in any language; each language found is offered. */
    private static boolean takeNumber(HarvestRun run, String symbol) throws IOException, FetchException, InterruptedException {
        boolean found = false;
        for (String language : run.languages()) {
            URI uri = URI.create(run.source().setting("url-template")
                    .replace("{symbol}", URLEncoder.encode(symbol, StandardCharsets.UTF_8))
                    .replace("{lang}", language));
            FetchResult file = run.fetchIfChanged(uri);
            switch (file.outcome()) {
                case FETCHED -> {
                    found = true;
                    String fileName = symbol.replace('/', '_') + "-" + language.toUpperCase(java.util.Locale.ROOT)
                            + (file.mediaType().orElse("").contains("pdf") ? ".pdf" : ".txt");
                    run.offer(new IncomingRecord(run.source().id(), symbol, fileName, file.mediaType().orElse(null), language,
                            new SourceMetadata(symbol, language, null, null, null, null)), file);
                }
                case NOT_MODIFIED -> {
                    found = true;
                    run.unchanged();
                }
                case GONE -> {
                    found = true;
                    run.withdraw(symbol, language);
                }
                case NOT_FOUND -> {
                }
            }
        }
        return found;
    }
}
