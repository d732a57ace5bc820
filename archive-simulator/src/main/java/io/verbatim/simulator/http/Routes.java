package io.verbatim.simulator.http;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.feed.AtomFeedWriter;
import io.verbatim.simulator.feed.RssFeedWriter;
import io.verbatim.simulator.oai.OaiPmhResponder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which endpoint answers which address. */
public final class Routes {

    public static final String OAI_PATH = OaiPmhResponder.PATH;
    private static final Pattern FILE = Pattern.compile("/record/(\\d{1,12})/files/([^/]+)");
    private static final Pattern EXPORT = Pattern.compile("/record/(\\d{1,12})/export/xm");
    private static final Pattern PAGE = Pattern.compile("/record/(\\d{1,12})/?");
    private static final int DEFAULT_FEED_SIZE = 25;

    private final OaiPmhResponder oai;
    private final RssFeedWriter rss;
    private final AtomFeedWriter atom;
    private final FileEndpoint files;
    private final RecordPageEndpoint pages;
    private final int crawlDelaySeconds;

    public Routes(Archive archive, RecordFiles recordFiles, OaiPmhResponder oai, FaultInjector faults, int crawlDelaySeconds) {
        this.oai = oai;
        this.rss = new RssFeedWriter(archive, recordFiles);
        this.atom = new AtomFeedWriter(archive, recordFiles);
        this.files = new FileEndpoint(archive, recordFiles, faults);
        this.pages = new RecordPageEndpoint(archive, recordFiles);
        this.crawlDelaySeconds = crawlDelaySeconds;
    }

    SimulatorResponse answer(SimulatorRequest request) {
        String path = request.path();
        boolean post = request.method().equals("POST");
        if (!request.method().equals("GET") && !request.isHead() && !(post && path.equals(OAI_PATH))) {
            return SimulatorResponse.text(405, request.method() + " is not allowed on " + path + "\n").withHeader("Allow", "GET, HEAD");
        }
        Matcher m;
        if (path.equals(OAI_PATH)) {
            return SimulatorResponse.xml(oai.respond(request.query(), request.baseUrl()));
        } else if (path.equals("/rss")) {
            return SimulatorResponse.xml(rss.write(request.baseUrl(), feedSize(request)), "application/rss+xml; charset=UTF-8");
        } else if (path.equals("/atom")) {
            return SimulatorResponse.xml(atom.write(request.baseUrl(), feedSize(request)), "application/atom+xml; charset=UTF-8");
        } else if ((m = FILE.matcher(path)).matches()) {
            return files.byUrl(request, Long.parseLong(m.group(1)), m.group(2));
        } else if ((m = EXPORT.matcher(path)).matches()) {
            return pages.marcExport(request, Long.parseLong(m.group(1)));
        } else if ((m = PAGE.matcher(path)).matches()) {
            return pages.page(request, Long.parseLong(m.group(1)));
        } else if (path.equals("/ods")) {
            return files.bySymbol(request);
        } else if (path.equals("/robots.txt")) {
            return SimulatorResponse.text(200, "User-agent: *\nCrawl-delay: " + crawlDelaySeconds + "\nDisallow: /search\n");
        } else if (path.equals("/")) {
            return SimulatorResponse.text(200, "Verbatim archive simulator: " + OAI_PATH + "?verb=Identify, /rss, /atom, "
                    + "/record/<recid>, /record/<recid>/files/<name>, /record/<recid>/export/xm, /ods?symbol=&lang=, /robots.txt\n");
        }
        return SimulatorResponse.text(404, "nothing at " + path + "\n");
    }

    private static int feedSize(SimulatorRequest request) {
        try {
            return request.argument("rg").map(Integer::parseInt).orElse(DEFAULT_FEED_SIZE);
        } catch (NumberFormatException e) {
            return DEFAULT_FEED_SIZE;
        }
    }
}
