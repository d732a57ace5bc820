package io.verbatim.parser.align;

/** Two records given as language versions of one meeting are records of different meetings. */
public final class DifferentMeetingsException extends IllegalArgumentException {

    public DifferentMeetingsException(String message) {
        super(message);
    }
}
