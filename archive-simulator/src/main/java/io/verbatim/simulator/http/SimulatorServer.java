package io.verbatim.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's HTTP server around the routes: it turns each exchange into a {@link SimulatorRequest}, asks
 * the routes, applies the due faults to the answer, sends it and logs it. One virtual thread per request,
 * so an injected delay holds no platform thread.
 */
public final class SimulatorServer {

    private final Routes routes;
    private final FaultInjector faults;
    private final RequestLog log;
    private final Clock clock;
    private final String configuredBaseUrl;
    private HttpServer server;
    private ExecutorService executor;
    private long startedNanos;

    public SimulatorServer(Routes routes, FaultInjector faults, RequestLog log, Clock clock, String configuredBaseUrl) {
        this.routes = routes;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
        this.configuredBaseUrl = configuredBaseUrl;
    }

    /** @return the bound port, the ephemeral one when port is 0 */
    public synchronized int start(String bindAddress, int port) {
        if (server != null) {
            return port();
        }
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        startedNanos = System.nanoTime();
        server.start();
        return port();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return server.getAddress().getPort();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant received = clock.instant();
        Duration sinceStart = Duration.ofNanos(System.nanoTime() - startedNanos);
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        SimulatorResponse response;
        try {
            response = faults.takeFailure().orElseGet(() -> routes.answer(request(exchange)));
            response = faults.malformIfDue(response);
        } catch (RuntimeException e) {
            response = SimulatorResponse.text(500, "the simulator failed on " + target + ": " + e + "\n");
        }
        pause(faults.delay());
        boolean truncate = response.body().length > 1 && response.status() == 200 && faults.takeTruncation();
        log.add(new LoggedRequest(received, sinceStart, exchange.getRequestMethod(), target, response.status(), response.headers()));
        send(exchange, response, truncate);
    }

    private SimulatorRequest request(HttpExchange exchange) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        parseForm(exchange.getRequestURI().getRawQuery(), query);
        if (exchange.getRequestMethod().equals("POST")) {
            try {
                parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SimulatorRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query,
                exchange.getRequestHeaders(), baseUrl(exchange));
    }

    private String baseUrl(HttpExchange exchange) {
        if (configuredBaseUrl != null) {
            return configuredBaseUrl;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        return "http://" + (host != null ? host : "localhost:" + exchange.getLocalAddress().getPort());
    }

    private static void parseForm(String form, Map<String, List<String>> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    /** The slow-response fault: this request's own virtual thread waits, nothing else does. */
    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Sends the response. A truncated one announces its full length and sends half of it; the server then
     * closes the connection, as a dropped transfer looks to the client.
     */
    private static void send(HttpExchange exchange, SimulatorResponse response, boolean truncate) throws IOException {
        response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || response.status() == 304;
        byte[] body = response.body();
        try (exchange) {
            if (noBody) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, truncate ? body.length / 2 : body.length);
            out.flush();
        } catch (IOException e) {
            if (!truncate) {
                throw e;
            }
            // Closing an exchange short of its Content-Length fails by design: that is the truncation.
        }
    }
}
