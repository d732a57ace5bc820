package io.verbatim.ingest.harvest;

/** The error codes of OAI-PMH 2.0, section 3.6; {@link #UNKNOWN} for a code outside the protocol. */
public enum OaiErrorCode {
    BAD_ARGUMENT("badArgument"),
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    BAD_VERB("badVerb"),
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    NO_RECORDS_MATCH("noRecordsMatch"),
    NO_METADATA_FORMATS("noMetadataFormats"),
    NO_SET_HIERARCHY("noSetHierarchy"),
    UNKNOWN("");

    private final String code;

    OaiErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static OaiErrorCode fromProtocol(String code) {
        for (OaiErrorCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
