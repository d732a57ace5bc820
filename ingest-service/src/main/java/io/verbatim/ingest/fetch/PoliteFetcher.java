package io.verbatim.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * Fetches over HTTP the way an archive wants to be fetched: per host a minimum delay between requests (the
 * host's robots.txt {@code Crawl-delay} unless configured), a bound on requests in flight, timeouts, and
 * retries with exponential backoff and jitter that honour {@code Retry-After}. While a host has asked us to
 * wait, no request of any caller goes to it. Conditional GET avoids downloading an unchanged file again; a
 * body over the size limit is refused before it is read whole.
 */
public final class PoliteFetcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PoliteFetcher.class);
    private static final Set<Integer> RETRYABLE = Set.of(408, 425, 429, 500, 502, 503, 504);

    private final FetchSettings settings;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;
    private final RetryDelays delays;
    private final ValidatorCache validators = new ValidatorCache();
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public PoliteFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).executor(executor).build();
        this.delays = new RetryDelays(settings.initialBackoff(), settings.maxBackoff(), RandomGenerator.getDefault());
    }

    public FetchSettings settings() {
        return settings;
    }

    /** GET, retried as needed. The body is returned for 2xx; 404 and 410 are outcomes, not failures. */
    public FetchResult fetch(URI uri) throws FetchException, InterruptedException {
        return fetch(uri, false);
    }

    /**
     * GET with the validators of the last fetch of this URL that was {@linkplain #taken taken}:
     * {@link FetchResult.Outcome#NOT_MODIFIED} if unchanged.
     */
    public FetchResult fetchIfChanged(URI uri) throws FetchException, InterruptedException {
        return fetch(uri, true);
    }

    /**
     * The caller has kept what this fetch brought (stored, published): from now on the file is asked for only if it
     * changed. Until then a fetch asks for it in full again, so a record whose ingest failed after the download (a full
     * disk, the broker away) is not answered 304 and lost on the retry.
     */
    public void taken(URI uri, FetchResult.Validators fetched) {
        if (fetched != null) {
            validators.remember(uri, fetched);
        } else {
            validators.forget(uri);
        }
    }

    /** The delay between two requests to this URL's host, as decided (robots.txt read if not yet). */
    public Duration minDelayFor(URI uri) throws InterruptedException {
        return host(uri).gate.minDelay();
    }

    /** How long the host of this URL is still closed to us (Retry-After or backoff); zero when open. */
    public Duration waitingFor(URI uri) {
        Host host = hosts.get(hostKey(uri));
        return host == null ? Duration.ZERO : host.gate.closedFor();
    }

    private FetchResult fetch(URI uri, boolean conditional) throws FetchException, InterruptedException {
        Host host = host(uri);
        if (!host.robots.allows(pathOf(uri))) {
            throw new FetchException(uri, 0, "robots.txt of " + uri.getHost() + " disallows " + pathOf(uri) + "; not fetched", null);
        }
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(host, uri, conditional);
            if (result.done() != null) {
                return new FetchResult(uri, result.done().outcome(), result.done().status(), result.done().body(),
                        result.done().contentType(), result.done().sniffedType(), attempt, result.done().validators());
            }
            if (attempt >= settings.maxAttempts()) {
                throw new FetchException(uri, result.status(), "cannot fetch " + uri + " after " + attempt + " attempts: "
                        + result.reason(), result.cause());
            }
            Duration wait = delays.after(attempt, result.retryAfter());
            LOG.infof("%s: %s; attempt %d of %d in %d ms%s", uri, result.reason(), attempt + 1, settings.maxAttempts(),
                    wait.toMillis(), result.retryAfter().map(r -> " (Retry-After " + r.toSeconds() + " s)").orElse(""));
            host.gate.closeFor(wait);
        }
    }

    private Attempt attempt(Host host, URI uri, boolean conditional) throws InterruptedException, FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent());
        if (conditional) {
            validators.addConditions(uri, request);
        }
        host.gate.enter();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            return answer(uri, response);
        } catch (IOException e) {
            return Attempt.retry(0, "no answer (" + e + ")", Optional.empty(), e);
        } finally {
            host.gate.leave();
        }
    }

    private Attempt answer(URI uri, HttpResponse<InputStream> response) throws IOException, FetchException {
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status / 100 == 2) {
                byte[] bytes = readLimited(uri, body, status, response.headers().firstValueAsLong("Content-Length"));
                String declared = response.headers().firstValue("Content-Type").orElse(null);
                return Attempt.done(new FetchResult(uri, FetchResult.Outcome.FETCHED, status, bytes, declared,
                        ContentSniffer.sniff(bytes), 0, ValidatorCache.validatorsOf(response.headers())));
            }
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (TruncatedBodyException e) {
            return Attempt.retry(status, e.getMessage(), Optional.empty(), e);
        }
        return switch (status) {
            case 304 -> Attempt.done(outcome(uri, FetchResult.Outcome.NOT_MODIFIED, status));
            case 404 -> Attempt.done(outcome(uri, FetchResult.Outcome.NOT_FOUND, status));
            case 410 -> {
                validators.forget(uri);
                yield Attempt.done(outcome(uri, FetchResult.Outcome.GONE, status));
            }
            default -> {
                if (!RETRYABLE.contains(status)) {
                    throw new FetchException(uri, status, "cannot fetch " + uri + ": HTTP " + status + " (not retried)", null);
                }
                yield Attempt.retry(status, "HTTP " + status, RetryDelays.retryAfter(response.headers(), clock.instant()), null);
            }
        };
    }

    private byte[] readLimited(URI uri, InputStream body, int status, OptionalLong declaredLength) throws IOException, FetchException {
        long limit = settings.maxBodyBytes();
        if (declaredLength.isPresent() && declaredLength.getAsLong() > limit) {
            throw new FetchException(uri, status, "cannot fetch " + uri + ": " + declaredLength.getAsLong()
                    + " bytes is larger than the limit of " + limit, null);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new TruncatedBodyException("body cut off (" + e.getMessage() + ")");
        }
        if (bytes.length > limit) {
            throw new FetchException(uri, status, "cannot fetch " + uri + ": body is larger than the limit of " + limit + " bytes", null);
        }
        if (declaredLength.isPresent() && bytes.length < declaredLength.getAsLong()) {
            throw new TruncatedBodyException("body cut off after " + bytes.length + " of " + declaredLength.getAsLong() + " bytes");
        }
        return bytes;
    }

    private static FetchResult outcome(URI uri, FetchResult.Outcome outcome, int status) {
        return new FetchResult(uri, outcome, status, new byte[0], null, null, 0, null);
    }

    private Host host(URI uri) throws InterruptedException {
        Host host = hosts.computeIfAbsent(hostKey(uri), key -> new Host(new HostGate(
                settings.minDelay().orElse(settings.defaultDelay()), settings.maxInFlightPerHost(), System::nanoTime)));
        host.readRobotsOnce(this, uri);
        return host;
    }

    private RobotsRules readRobots(Host host, URI uri) throws InterruptedException {
        if (!settings.honourRobots()) {
            return RobotsRules.NONE;
        }
        URI robots = uri.resolve("/robots.txt");
        try {
            Attempt answer = attempt(host, robots, false);
            if (answer.done() != null && answer.done().fetched()) {
                return RobotsRules.parse(new String(answer.done().body(), StandardCharsets.UTF_8), settings.userAgent());
            }
        } catch (FetchException e) {
            LOG.debugf("no usable robots.txt at %s: %s", robots, e.getMessage());
        }
        return RobotsRules.NONE;
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String pathOf(URI uri) {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }

    private static final class Host {
        final HostGate gate;
        volatile RobotsRules robots;

        Host(HostGate gate) {
            this.gate = gate;
        }

        void readRobotsOnce(PoliteFetcher fetcher, URI uri) throws InterruptedException {
            if (robots != null) {
                return;
            }
            synchronized (this) {
                if (robots == null) {
                    RobotsRules rules = fetcher.readRobots(this, uri);
                    if (fetcher.settings.minDelay().isEmpty()) {
                        rules.crawlDelay().ifPresent(gate::minDelay);
                    }
                    robots = rules;
                }
            }
        }
    }

    private record Attempt(FetchResult done, int status, String reason, Optional<Duration> retryAfter, Throwable cause) {
        static Attempt done(FetchResult result) {
            return new Attempt(result, result.status(), null, Optional.empty(), null);
        }

        static Attempt retry(int status, String reason, Optional<Duration> retryAfter, Throwable cause) {
            return new Attempt(null, status, reason, retryAfter, cause);
        }
    }

    private static final class TruncatedBodyException extends IOException {
        TruncatedBodyException(String message) {
            super(message);
        }
    }
}
