package io.triangulate.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What looks like a figure or a date and cannot be one is said out loud, at its place in the report; the controls are silent. */
class ReadingWarningTest {
    private static final ExtractionFixture ENGLISH = ExtractionFixture.of("en", "Title");
    private static final ExtractionFixture FRENCH = ExtractionFixture.of("fr", "Titre");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Gunmen killed 99999999999 civilians in Gao.|99999999999|a figure of 11 digits",
            "en|A total of 12,345,678 people were killed, the post said.|12,345,678|a figure of 8 digits",
            "en|Two soldiers were killed in Gao on 31 February.|31 February|no month has this day",
            "en|Two soldiers were killed in Gao on February 30, 2024.|February 30|no month has this day",
            "en|Two soldiers were killed in Gao on 31 April.|31 April|no month has this day",
            "fr|Deux soldats ont été tués le 30 février à Gao.|30 février|no month has this day",
            "fr|Au moins 123456789 civils ont été tués à Gao.|123456789|a figure of 9 digits",
            // controls: nothing to say
            "en|Two soldiers were killed in Gao on 29 February 2024.||",
            "en|Call the hotline on 08001234567 for news of the 12 wounded.||",
            "en|The attack on 31 March killed 1,234,567 people, the post said.||"})
    void aFigureOrDateThatCannotBeIsSaid(String language, String sentence, String text, String warning) {
        ExtractionFixture f = language.equals("fr") ? FRENCH : ENGLISH;
        ReportClaims read = f.read(sentence, "2024-05-14");
        List<ReadingWarning> ws = read.warnings();
        if (text == null) {
            assertEquals(List.of(), ws);
            return;
        }
        assertEquals(1, ws.size(), ws::toString);
        ReadingWarning w = ws.get(0);
        assertEquals(text, w.text());
        // The offsets point at those words in the report.
        assertEquals(text, read.report().text().substring(w.start(), w.end()));
        assertEquals(true, w.warning().startsWith(warning), w::warning);
    }
}
