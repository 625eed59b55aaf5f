package io.triangulate.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** French sentences, written for the project, read with the French tables only. */
class FrenchClaimExtractorTest {
    private static ExtractionFixture reader;

    @BeforeAll
    static void load() {
        reader = ExtractionFixture.of("fr", "Titre");
    }

    static ReportClaims read(String text, String published) {
        return reader.read(text, published);
    }

    static List<CasualtyClaim> casualties(String text) {
        return reader.casualties(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Au moins 30 soldats ont été tués.                              | killed            | 30   | null | military        | at_least
            Quatorze personnes ont été tuées dimanche.                     | killed            | 14   | 14   | unknown         | exact
            Une attaque a fait 11 morts parmi les civils.                  | killed            | 11   | 11   | unknown         | exact
            Cinq civils ont été abattus par des hommes armés.              | killed            | 5    | 5    | civilians       | exact
            Les rebelles ont tué 8 personnes.                              | killed            | 8    | 8    | unknown         | exact
            Plus de 40 civils ont été tués.                                | killed            | 41   | null | civilians       | more_than
            Une dizaine de personnes ont été blessées.                     | injured           | 10   | 10   | unknown         | vague
            Une trentaine de villageois ont été tués.                      | killed            | 30   | 30   | civilians       | vague
            Deux assaillants ont été neutralisés.                          | killed            | 2    | 2    | attackers       | exact
            Trois personnes ont perdu la vie.                              | killed            | 3    | 3    | unknown         | exact
            Huit personnes ont péri dans l'incendie.                       | killed            | 8    | 8    | unknown         | exact
            Vingt-deux personnes ont été tuées.                            | killed            | 22   | 22   | unknown         | exact
            Soixante-dix personnes ont trouvé la mort.                     | killed            | 70   | 70   | unknown         | exact
            Aucune victime n'a été signalée.                               | killed_or_injured | 0    | 0    | unknown         | negated
            Le bilan provisoire est de sept (7) déplacés tués.             | killed            | 7    | 7    | civilians       | exact
            Au moins 5 000 personnes ont été tuées.                        | killed            | 5000 | null | unknown         | at_least
            Plus de 6.000 civils ont été tués.                             | killed            | 6001 | null | civilians       | more_than
            Treize personnes ont été brûlées vives.                        | killed            | 13   | 13   | unknown         | exact
            Jusqu'à 15 personnes auraient été tuées.                       | killed            | 1    | 15   | unknown         | up_to
            Des dizaines de personnes ont été blessées.                    | injured           | 24   | 99   | unknown         | vague
            Le pays pleure la mort de 92 soldats.                          | killed            | 92   | 92   | military        | exact
            Deux de ses soldats ont été tués.                              | killed            | 2    | 2    | military        | exact
            L'attaque a coûté la vie à douze personnes.                     | killed            | 12   | 12   | unknown         | exact
            """)
    void casualtyFigures(String sentence, String kind, Integer low, Integer high, String victims, String qualifier) {
        reader.assertOneCasualty(sentence, kind, low, high, victims, qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Des rebelles ont attaqué le village de Ndimo, dans la province de l'Ituri.        | Ndimo       | city   | Ituri      | CD
            Le site de déplacés de Plaine Savo a été attaqué, en Ituri.                        | Plaine Savo | city   | Ituri      | CD
            Des hommes armés ont tué six civils au village Makumo, en Ituri.                   | Makumo      | city   | Ituri      | CD
            Une attaque a visé Beni, dans le Nord-Kivu.                                        | Beni        | city   | North Kivu | CD
            Des miliciens ont attaqué un site dans le territoire de Djugu, en Ituri.           | Djugu       | admin2 | Ituri      | CD
            Des rebelles ont tué six civils à Kishishe, au Nord-Kivu.                          | Kishishe    | city   | North Kivu | CD
            Des miliciens ont attaqué le marché à Djugu, en Ituri.                             | Djugu       | city   | Ituri      | CD
            Des séparatistes ont attaqué une école dans la région de l'Extrême-Nord du Cameroun. | Far North | admin1 | Far North  | CM
            Des rebelles ont tué dix civils au village Manyama-beu, au Nord-Kivu.              | Manyama-beu | city | North Kivu | CD
            Des rebelles ont tué dix civils dans le secteur de Beni-Mbau, au Nord-Kivu.        | Beni-Mbau   | city | North Kivu | CD
            """)
    void placesTheGazetteerLacksOrNamesOtherwise(String sentence, String name, String precision, String admin1, String country) {
        var places = read(sentence, null).sentences().get(1).places();
        Place p = places.stream().filter(x -> x.precision().equals(precision)).findFirst().orElseThrow(() -> new AssertionError(places.toString()));
        assertEquals(name, p.name());
        assertEquals(admin1, p.admin1());
        assertEquals(country, p.countryCode());
    }

    /** "Beni-Mbau" is a sector, not Beni the town: a part of a hyphenated name is no place of its own (control: "Beni, dans …"). */
    @org.junit.jupiter.api.Test
    void aPartOfAHyphenatedNameIsNotThePlaceItNames() {
        assertEquals(List.of("Beni-Mbau", "North Kivu"), read("Des rebelles ont tué dix civils dans le secteur de Beni-Mbau, au Nord-Kivu.", null)
                .sentences().get(1).places().stream().map(Place::name).toList());
        assertEquals("Beni", read("Une attaque a visé Beni, dans le Nord-Kivu.", null).sentences().get(1).places().get(0).name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Des rebelles ont attaqué Ndimo, dans la province de l'Ituri.
            Le village de Ndimo a été attaqué.
            Des rebelles ont attaqué à Ndimo, sans que l'on sache où.
            """)
    void anUnknownNameIsAPlaceOnlyAfterASettlementWordOrCueAndInAKnownDivision(String sentence) {
        // controls: no settlement word; a settlement word but no division or country to put it in
        var places = read(sentence, null).sentences().get(1).places();
        assertEquals(List.of(), places.stream().filter(p -> p.name().equals("Ndimo")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Selon l'armée, les assaillants ont été repoussés.          | official
            Six civils ont été tués, a indiqué mardi un élu local.     | official
            Le bilan est de 62 morts, a annoncé jeudi la société civile. | ngo
            D'après des sources locales, dix personnes ont péri.       | unknown
            Au moins 14 morts, selon Human Rights Watch.               | ngo
            Le porte-parole de l'armée a confirmé la mort de 3 soldats. | official
            """)
    void speakerKinds(String sentence, String kind) {
        var speakers = read(sentence, null).sentences().get(1).speakers();
        assertEquals(1, speakers.size(), () -> "speakers: " + speakers);
        assertEquals(kind, speakers.get(0).kind());
    }
}
