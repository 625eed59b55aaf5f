package io.triangulate.extract;

import io.triangulate.ingest.Report;
import io.triangulate.lexicon.Lexicon;
import io.triangulate.text.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction on sentences written for the project, one row per case. */
class ClaimExtractorTest {
    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        Lexicon lex = Lexicon.load(Path.of("rules"));
        extractor = new ClaimExtractor(lex, Gazetteer.withCurated(lex));
    }

    static ReportClaims read(String text, String published) {
        Report r = new Report("r", "g", "r.txt", null, null, published, null, null, "Title\n" + text + "\n");
        return extractor.extract(r, SentenceSplitter.split(r.text()));
    }

    static List<CasualtyClaim> casualties(String text) {
        return read(text, null).claims().stream().filter(c -> c instanceof CasualtyClaim).map(c -> (CasualtyClaim) c).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            More than 30 soldiers were killed in the raid.                 | killed            | 31   | null | military        | more_than
            At least 12 civilians were killed, officials said.             | killed            | 12   | null | civilians       | at_least
            Two police officers were wounded.                              | injured           | 2    | 2    | police          | exact
            Several officers had been killed or injured.                   | killed_or_injured | 3    | 9    | security_forces | vague
            No casualties were reported.                                   | killed_or_injured | 0    | 0    | unknown         | negated
            Between 20 and 30 villagers died in the attack.                | killed            | 20   | 30   | civilians       | range
            Thirty-two soldiers were killed.                               | killed            | 32   | 32   | military        | exact
            Gunmen killed at least ten peacekeepers near the camp.         | killed            | 10   | null | peacekeepers    | at_least
            The footage showed roughly 20 prisoners with their hands tied. | captured          | 20   | 20   | attackers       | about
            Reporters saw three unmoving bodies on the ground.             | killed            | 3    | 3    | unknown         | exact
            The group said it inflicted heavy human and material losses.   | killed            | null | null | unknown         | qualitative
            """)
    void casualtyFigures(String sentence, String kind, Integer low, Integer high, String victims, String qualifier) {
        List<CasualtyClaim> found = casualties(sentence);
        assertEquals(1, found.size(), () -> "claims: " + found);
        CasualtyClaim c = found.get(0);
        assertEquals(kind, c.kind());
        assertEquals(low, c.low());
        assertEquals(high, c.high());
        assertEquals(victims, c.victims());
        assertEquals(qualifier, c.qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A dozen ambulances carried the wounded to hospital.
            The attack began at around 4am near the airport.
            The country has seen two putschs since 2020.
            Explosions were heard more than 5 km away.
            A 23-year-old student was among the crowd.
            """)
    void numbersThatAreNotCasualties(String sentence) {
        assertEquals(List.of(), casualties(sentence));
    }

    @Test
    void speakerKindAndHedgeFollowTheSentence() {
        CasualtyClaim c = casualties("More than 30 soldiers were killed, according to sources quoted by the Reuters news agency, "
                + "however that figure has not been confirmed by the authorities.").get(0);
        assertEquals("Reuters sources", c.source().attributedTo());
        assertEquals("media", c.source().sourceKind());
        assertTrue(c.source().hedged());
        CasualtyClaim army = casualties("Two soldiers were injured, the army said.").get(0);
        assertEquals("army", army.source().attributedTo());
        assertEquals("official", army.source().sourceKind());
    }

    @Test
    void aHedgeAboutThisClaimHedgesTheSentenceBefore() {
        ReportClaims rc = read("The group said five soldiers were killed. The agency has not been able to verify this claim.", null);
        CasualtyClaim c = (CasualtyClaim) rc.claims().stream().filter(x -> x instanceof CasualtyClaim).findFirst().orElseThrow();
        assertTrue(c.source().hedged());
    }

    @Test
    void aliasesAndCoreferenceNameTheClaimant() {
        ReportClaims rc = read("An al-Qaeda linked group says it carried out an attack on the town of Boulikessi. "
                + "On Monday the same group, Jama'at Nusrat al-Islam wal-Muslimin, attacked Timbuktu.", null);
        ResponsibilityClaim r = rc.claims().stream().filter(x -> x instanceof ResponsibilityClaim).map(x -> (ResponsibilityClaim) x).findFirst().orElseThrow();
        assertEquals("JNIM", r.actor());
        assertEquals("claimed", r.stance());
        assertEquals("perpetrator", r.source().sourceKind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gunmen attacked the Faladié gendarmerie school.    | Faladie   | neighbourhood | Bamako
            The base at Boulikessi was overrun.                 | Boulkessi | city          | Mopti
            Gunfire was heard in Tombouctou overnight.          | Timbuktu  | city          | Tombouctou
            """)
    void curatedAndGazetteerPlaces(String sentence, String name, String precision, String admin1) {
        Place p = read(sentence, null).sentences().get(1).places().get(0);
        assertEquals(name, p.name());
        assertEquals(precision, p.precision());
        assertEquals(admin1, p.admin1());
        assertEquals("ML", p.countryCode());
    }

    @ParameterizedTest(name = "{0} published {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Gunmen attacked the camp on Tuesday.           | 2024-09-18 | 2024-09-17 | TUESDAY
            Gunmen attacked the camp on Tuesday.           | null       | null       | TUESDAY
            Gunmen attacked the camp yesterday.            | 2024-09-18 | 2024-09-17 | TUESDAY
            Gunmen attacked the camp on 17 September 2024. | null       | 2024-09-17 | TUESDAY
            Gunmen attacked the camp on 2016-02-25.        | null       | 2016-02-25 | THURSDAY
            """)
    void eventDates(String sentence, String published, String value, String weekday) {
        EventDate d = read(sentence, published).sentences().get(1).date();
        assertNotNull(d);
        assertEquals(value, d.value() == null ? null : d.value().toString());
        assertEquals(weekday, d.weekday().toString());
    }

    @Test
    void todayWithoutPublicationDateDatesNothing() {
        assertNull(read("Gunmen attacked the camp earlier today.", null).sentences().get(1).date());
    }
}
