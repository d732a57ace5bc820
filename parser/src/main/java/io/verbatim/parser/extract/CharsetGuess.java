package io.verbatim.parser.extract;

import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;

/**
 * One reading the detector proposes for a sample.
 *
 * @param confidence the detector's 0 to 100
 * @param script     the script a text in this charset is written in, to check the decoded sample against
 */
record CharsetGuess(Charset charset, int confidence, UnicodeScript script) {
}
