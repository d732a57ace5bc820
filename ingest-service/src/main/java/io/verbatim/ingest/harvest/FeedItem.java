package io.verbatim.ingest.harvest;

import java.time.Instant;
import java.util.List;

/**
 * One item of an RSS 2.0 or Atom feed.
 *
 * @param id        RSS {@code guid} (else {@code link}), Atom {@code id}
 * @param published RSS {@code pubDate}, Atom {@code updated} (else {@code published}); null when absent or unreadable
 * @param links     enclosures and alternate links, enclosures first, in feed order
 */
public record FeedItem(String id, Instant published, String title, List<Link> links) {

    /** @param type the MIME type the feed gives, or null */
    public record Link(String url, String type) {
    }

    public FeedItem {
        links = List.copyOf(links);
    }
}
