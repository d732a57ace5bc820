package io.verbatim.ingest.source;

/** Records a harvest saw and published that no saved checkpoint counts yet. */
public record HarvestCounts(long seen, long published) {

    public static final HarvestCounts NONE = new HarvestCounts(0, 0);

    public HarvestCounts plus(HarvestCounts other) {
        return new HarvestCounts(seen + other.seen, published + other.published);
    }

    public boolean isEmpty() {
        return seen == 0 && published == 0;
    }
}
