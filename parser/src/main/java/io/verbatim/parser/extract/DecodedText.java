package io.verbatim.parser.extract;

import java.util.List;

/** The text of a file and what was doubtful about reading it, in plain words for the record's warnings. */
record DecodedText(String text, List<String> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }
}
