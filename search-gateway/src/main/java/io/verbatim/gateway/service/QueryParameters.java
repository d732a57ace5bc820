package io.verbatim.gateway.service;

/** Reads the API's query parameters as the user typed them, so that a wrong one is a 400 that names it. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number, or null when the parameter is absent. */
    public static Integer wholeNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
