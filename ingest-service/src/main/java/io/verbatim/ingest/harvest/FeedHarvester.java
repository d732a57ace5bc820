package io.verbatim.ingest.harvest;

import io.verbatim.contracts.SourceMetadata;
import io.verbatim.ingest.fetch.FetchException;
import io.verbatim.ingest.fetch.FetchResult;
import io.verbatim.ingest.service.IncomingRecord;
import io.verbatim.ingest.source.SourceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Harvests an RSS 2.0 or Atom feed: each item's enclosures and links that point to a document (PDF or text)
 * are fetched if they changed. A feed only shows its latest items, so the dedupe by content, not a datestamp,
 * decides what is new; an unchanged feed is answered 304 and costs nothing more.
 */
@ApplicationScoped
public class FeedHarvester implements Harvester {

    private final FeedReader feeds = new FeedReader();

    @Override
    public SourceType type() {
        return SourceType.FEED;
    }

    @Override
    public void harvest(HarvestRun run) throws IOException, FetchException, HarvestException, InterruptedException {
        URI feedUri = URI.create(run.source().setting("url"));
        FetchResult feed = run.fetchIfChanged(feedUri);
        if (feed.outcome() == FetchResult.Outcome.NOT_MODIFIED) {
            run.advance(checkpoint -> checkpoint);
            return;
        }
        if (!feed.fetched()) {
            throw new HarvestException(feedUri + " answered " + feed.status() + " (" + feed.outcome() + ")");
        }
        for (FeedItem item : readFeed(feedUri, feed.body()).reversed()) {
            for (FeedItem.Link link : item.links()) {
                if (isDocument(link)) {
                    take(run, item, link);
                }
            }
        }
        run.advance(checkpoint -> checkpoint);
    }

    private java.util.List<FeedItem> readFeed(URI uri, byte[] body) throws HarvestException {
        try {
            return feeds.read(body);
        } catch (MalformedResponseException e) {
            throw new HarvestException(uri + ": " + e.getMessage(), e);
        }
    }

    private static void take(HarvestRun run, FeedItem item, FeedItem.Link link) throws IOException, FetchException, InterruptedException {
        String language = UndlLanguages.of(null, link.url());
        if (language != null && !run.languages().contains(language)) {
            return;
        }
        FetchResult file = run.fetchIfChanged(URI.create(link.url()));
        switch (file.outcome()) {
            case FETCHED -> run.offer(new IncomingRecord(run.source().id(), item.id(), OaiPmhHarvester.fileName(link.url()),
                    file.mediaType().orElse(link.type()), language,
                    new SourceMetadata(null, language, null, null, null, null, item.published())), file);
            case NOT_MODIFIED -> run.unchanged();
            case GONE -> run.withdraw(item.id(), language);
            case NOT_FOUND -> run.missing(item.id(), link.url());
        }
    }

    private static boolean isDocument(FeedItem.Link link) {
        String type = link.type() == null ? "" : link.type().toLowerCase(Locale.ROOT);
        String path = URI.create(link.url()).getPath().toLowerCase(Locale.ROOT);
        return type.startsWith("application/pdf") || type.startsWith("text/plain") || path.endsWith(".pdf") || path.endsWith(".txt");
    }
}
