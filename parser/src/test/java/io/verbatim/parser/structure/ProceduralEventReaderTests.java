package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.ProceduralEvent;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProceduralEventReaderTests {

    /** The pattern the chair-change test replaced for speed; the reader must still agree with it. */
    private static final Pattern CHAIR_AS_PATTERN = Pattern.compile(
            "(?iu).{0,160}(took the chair|assume la présidence|prend la présidence|ocupa la presidencia"
                    + "|asume la presidencia|занимает место председателя|занял место председателя|заняла место председателя"
                    + "|主持会议|تولى الرئاسة|تولت الرئاسة|تولّى الرئاسة|تولّت الرئاسة)\\.?。?");

    @ParameterizedTest
    @ValueSource(strings = {
            "Mr. Hassan (Egypt), Vice-President, took the chair.",
            "MR. HASSAN (EGYPT), VICE-PRESIDENT, TOOK THE CHAIR",
            "Mr. Hassan took the chair.。",
            "The President took the chair and said",
            "M. Dupont (France), Vice-Président, assume la présidence.",
            "Г-н Иванов (Российская Федерация), заместитель Председателя, занимает место Председателя.",
            "副主席王先生（中国）主持会议。",
            "تولى الرئاسة السيد حسن (مصر)، نائب الرئيس تولّى الرئاسة.",
            "took the chair",
            "chair.",
            "。",
            "line one\nMr. X took the chair.",
            "Mr. X took the chair.\n",
            "𠀀𠀀𠀀 Mr. X (with a supplementary-plane name) took the chair.",
            "A paragraph that runs on well past one hundred and sixty characters before it comes to the words that"
                    + " would make it an event, which is why it should not count: the Vice-President took the chair."})
    void recognisesAChangeOfChairExactlyAsThePatternDid(String text) {
        Optional<String> type = new ProceduralEventReader().typeOf(text);
        boolean byPattern = CHAIR_AS_PATTERN.matcher(text.strip()).matches();
        assertThat(type.filter(ProceduralEvent.CHANGE_OF_CHAIR::equals).isPresent()).as(text).isEqualTo(byPattern);
    }
}
