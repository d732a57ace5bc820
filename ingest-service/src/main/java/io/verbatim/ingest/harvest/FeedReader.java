package io.verbatim.ingest.harvest;

import io.verbatim.ingest.harvest.FeedItem.Link;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the items of an RSS 2.0 or Atom feed, told apart by the root element. Only what a watcher needs to
 * decide whether an item is new and where its document is: id, date, title and the enclosure or alternate
 * links. Elements of extensions (Dublin Core, Media RSS) are skipped.
 */
public final class FeedReader {

    public List<FeedItem> read(byte[] feed) {
        ElementCursor cursor = ElementCursor.openRoot(feed, "feed");
        List<FeedItem> items = switch (cursor.localName()) {
            case "rss" -> rssItems(cursor);
            case "feed" -> atomEntries(cursor);
            default -> throw new MalformedResponseException("feed: expected an RSS 2.0 rss or an Atom feed element but found " + cursor.localName());
        };
        cursor.close();
        return items;
    }

    private static List<FeedItem> rssItems(ElementCursor cursor) {
        List<FeedItem> items = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.localName().equals("channel")) {
                cursor.skip();
                continue;
            }
            while (cursor.nextChild()) {
                if (cursor.localName().equals("item")) {
                    items.add(rssItem(cursor));
                } else {
                    cursor.skip();
                }
            }
        }
        return items;
    }

    private static FeedItem rssItem(ElementCursor cursor) {
        String guid = null;
        String link = null;
        String title = null;
        Instant published = null;
        List<Link> enclosures = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "guid" -> guid = cursor.text();
                case "link" -> link = cursor.text();
                case "title" -> title = cursor.text();
                case "pubDate" -> published = Rfc822Dates.parse(cursor.text());
                case "enclosure" -> {
                    addIfLinked(enclosures, cursor.attribute("url"), cursor.attribute("type"));
                    cursor.skip();
                }
                default -> cursor.skip();
            }
        }
        List<Link> links = new ArrayList<>(enclosures);
        addIfLinked(links, link, null);
        return new FeedItem(guid != null && !guid.isEmpty() ? guid : link, published, title, links);
    }

    private static List<FeedItem> atomEntries(ElementCursor cursor) {
        List<FeedItem> entries = new ArrayList<>();
        while (cursor.nextChild()) {
            if (cursor.localName().equals("entry")) {
                entries.add(atomEntry(cursor));
            } else {
                cursor.skip();
            }
        }
        return entries;
    }

    private static FeedItem atomEntry(ElementCursor cursor) {
        String id = null;
        String title = null;
        Instant updated = null;
        Instant published = null;
        List<Link> enclosures = new ArrayList<>();
        List<Link> alternates = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "id" -> id = cursor.text();
                case "title" -> title = cursor.text();
                case "updated" -> updated = rfc3339(cursor.text());
                case "published" -> published = rfc3339(cursor.text());
                case "link" -> {
                    String rel = cursor.attribute("rel");
                    if ("enclosure".equals(rel)) {
                        addIfLinked(enclosures, cursor.attribute("href"), cursor.attribute("type"));
                    } else if (rel == null || "alternate".equals(rel)) {
                        addIfLinked(alternates, cursor.attribute("href"), cursor.attribute("type"));
                    }
                    cursor.skip();
                }
                default -> cursor.skip();
            }
        }
        enclosures.addAll(alternates);
        return new FeedItem(id, updated != null ? updated : published, title, enclosures);
    }

    private static void addIfLinked(List<Link> links, String url, String type) {
        if (url != null && !url.isBlank()) {
            links.add(new Link(url.strip(), type));
        }
    }

    private static Instant rfc3339(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
