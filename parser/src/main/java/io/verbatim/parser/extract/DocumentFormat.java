package io.verbatim.parser.extract;

/** The container formats the parser reads. */
public enum DocumentFormat {
    PDF, TEXT, HTML, XML
}
