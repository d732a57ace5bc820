package io.verbatim.parser;

/**
 * The input cannot be read as a document at all. The message is meant for an operator and says why,
 * e.g. {@code empty file}, {@code PDF is encrypted}, {@code not a PDF: damaged header}.
 */
public class UnparseableDocumentException extends Exception {

    public UnparseableDocumentException(String reason) {
        super(reason);
    }

    public UnparseableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
