package io.verbatim.parse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParseSlotsTests {

    private static final long ALONE_ABOVE = 1_000;
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void smallRecordsAreParsedTogetherUpToTheConcurrency() throws Exception {
        ParseSlots slots = new ParseSlots(2, ALONE_ABOVE);
        CountDownLatch bothInside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> slots.parse(10, () -> hold(bothInside, release)), threads);
        var second = CompletableFuture.supplyAsync(() -> slots.parse(10, () -> hold(bothInside, release)), threads);

        assertThat(bothInside.await(10, TimeUnit.SECONDS)).as("two small records inside at once").isTrue();
        assertThat(slots.available()).isZero();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("parsed");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("parsed");
        assertThat(slots.available()).isEqualTo(2);
    }

    @Test
    void aLargeRecordWaitsForTheSmallOneAndThenHasTheSlotsToItself() throws Exception {
        ParseSlots slots = new ParseSlots(2, ALONE_ABOVE);
        CountDownLatch smallInside = new CountDownLatch(1);
        CountDownLatch releaseSmall = new CountDownLatch(1);
        var small = CompletableFuture.supplyAsync(() -> slots.parse(10, () -> hold(smallInside, releaseSmall)), threads);
        assertThat(smallInside.await(10, TimeUnit.SECONDS)).isTrue();

        CountDownLatch largeInside = new CountDownLatch(1);
        CountDownLatch releaseLarge = new CountDownLatch(1);
        var large = CompletableFuture.supplyAsync(() -> slots.parse(ALONE_ABOVE + 1, () -> hold(largeInside, releaseLarge)), threads);
        assertThat(largeInside.await(1, TimeUnit.SECONDS)).as("the large record waits while a small one is parsed").isFalse();

        releaseSmall.countDown();
        small.get(10, TimeUnit.SECONDS);
        assertThat(largeInside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slots.available()).as("no other record while the large one is parsed").isZero();
        releaseLarge.countDown();
        large.get(10, TimeUnit.SECONDS);
        assertThat(slots.available()).isEqualTo(2);
    }

    @Test
    void aFailedParseGivesItsSlotsBack() {
        ParseSlots slots = new ParseSlots(2, ALONE_ABOVE);

        assertThatThrownBy(() -> slots.parse(ALONE_ABOVE * 2, () -> {
            throw new IllegalStateException("corrupt");
        })).hasMessage("corrupt");
        assertThat(slots.available()).isEqualTo(2);
    }

    @Test
    void aConcurrencyBelowOneIsRefused() {
        assertThatThrownBy(() -> new ParseSlots(0, ALONE_ABOVE)).hasMessageContaining("verbatim.parse.concurrency");
    }

    private static String hold(CountDownLatch inside, CountDownLatch release) {
        inside.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "parsed";
    }
}
