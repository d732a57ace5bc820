package io.verbatim.simulator.oai;

/** An OAI-PMH error condition, answered as {@code <error code="…">} in a 200 response. */
public final class OaiError extends Exception {

    private final String code;

    OaiError(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** After badVerb and badArgument the response must not echo the request's arguments. */
    boolean echoesNoArguments() {
        return code.equals("badVerb") || code.equals("badArgument");
    }

    static OaiError badArgument(String message) {
        return new OaiError("badArgument", message);
    }
}
