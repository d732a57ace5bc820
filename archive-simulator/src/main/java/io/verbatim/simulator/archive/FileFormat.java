package io.verbatim.simulator.archive;

import java.util.Arrays;
import java.util.Optional;

/** The forms a record's file is served in. */
public enum FileFormat {
    PDF("pdf", "application/pdf"),
    TEXT("txt", "text/plain; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    FileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileFormat> fromExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
