package io.verbatim.ingest.rest;

import io.smallrye.common.annotation.Blocking;
import io.verbatim.ingest.service.IncomingRecord;
import io.verbatim.ingest.service.IngestReceipt;
import io.verbatim.ingest.service.RecordIngestor;
import io.verbatim.ingest.service.RejectedRecordException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Uploads: {@code POST /api/ingest} as multipart ({@code file}) or as a raw body with {@code ?fileName=}. */
@Path("/api/ingest")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class IngestResource {

    static final String SOURCE_ID = "upload";
    private final RecordIngestor ingestor;

    public IngestResource(RecordIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public IngestReceipt upload(@RestForm("file") FileUpload file, @RestForm("language") String language)
            throws RejectedRecordException, IOException {
        if (file == null) {
            throw new BadRequestException("a multipart upload needs a part named 'file'");
        }
        var incoming = new IncomingRecord(SOURCE_ID, file.fileName(), file.fileName(), file.contentType(), language);
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return ingestor.ingest(incoming, content);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public IngestReceipt uploadRaw(InputStream body, @QueryParam("fileName") String fileName,
                                   @QueryParam("language") String language,
                                   @RestHeader("Content-Type") String contentType)
            throws RejectedRecordException, IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new BadRequestException("a raw upload needs ?fileName=NAME (or use multipart with a 'file' part)");
        }
        return ingestor.ingest(new IncomingRecord(SOURCE_ID, fileName, fileName, contentType, language), body);
    }
}
