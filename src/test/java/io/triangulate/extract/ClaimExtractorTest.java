package io.triangulate.extract;

import io.triangulate.ingest.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction on sentences written for the project, one row per case. */
class ClaimExtractorTest {
    private static ExtractionFixture reader;

    @BeforeAll
    static void load() {
        reader = ExtractionFixture.of("en", "Title");
    }

    static ReportClaims read(String text, String published) {
        return reader.read(text, published);
    }

    static List<CasualtyClaim> casualties(String text) {
        return reader.casualties(text);
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
            The death toll rose to 59 on Sunday.                           | killed            | 59   | 59   | unknown         | exact
            Earlier reports had put the toll at 40.                        | killed            | 40   | 40   | unknown         | exact
            A bomb went off in the market, injuring more than 200.         | injured           | 201  | null | unknown         | more_than
            Dozens were killed.                                            | killed            | 24   | 99   | unknown         | vague
            Tens of fighters died in the air strikes.                      | killed            | 10   | 99   | attackers       | vague
            A man was shot dead outside the bank.                          | killed            | 1    | 1    | unknown         | exact
            There were no civilian casualties.                             | killed_or_injured | 0    | 0    | civilians       | negated
            The shell fell in a field without loss of life.                | killed            | 0    | 0    | unknown         | negated
            Up to 15 people may have died.                                 | killed            | 1    | 15   | unknown         | up_to
            Three men aged 18 to 25 were wounded.                          | injured           | 3    | 3    | unknown         | exact
            Two people aged between 19 and 22 were shot.                   | killed_or_injured | 2    | 2    | unknown         | exact
            A 9-month-old was wounded in the crossfire.                    | injured           | 1    | 1    | unknown         | exact
            Police found the bodies of two men in a field.                 | killed            | 2    | 2    | unknown         | exact
            The teen later succumbed to his wounds at the hospital.        | killed            | 1    | 1    | civilians       | exact
            Two of its soldiers were killed in the ambush.                 | killed            | 2    | 2    | military        | exact
            The blast claimed the lives of twelve people.                  | killed            | 12   | 12   | unknown         | exact
            """)
    void casualtyFigures(String sentence, String kind, Integer low, Integer high, String victims, String qualifier) {
        reader.assertOneCasualty(sentence, kind, low, high, victims, qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A man was shot in the leg.                  | true
            Reginald Robinson was shot and killed.      | true
            The victim died at the hospital.            | true
            One person was shot in the leg.             | false
            A man and a woman were shot.                | false
            """)
    void onePersonNamedWithoutANumberIsMarked(String sentence, boolean onePerson) {
        List<CasualtyClaim> found = casualties(sentence);
        assertEquals(1, found.size(), () -> "claims: " + found);
        assertEquals(onePerson, found.get(0).onePerson());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A dozen ambulances carried the wounded to hospital.
            The attack began at around 4am near the airport.
            The country has seen two putschs since 2020.
            Explosions were heard more than 5 km away.
            A 23-year-old student was among the crowd.
            The convoy of 40 vehicles was ambushed 15 km north of the town.
            Gunmen burned five trucks and stole $30,000 in cash.
            The group carried out three separate attacks on Friday.
            The brigade has 1,500 troops deployed in the province.
            Gunmen attacked a military camp and a police post.
            The army did not specify the number of people killed or injured.
            Some 200 houses were burned.
            Residents between the ages of 11 and 15 gathered at the school.
            The driver, who was not injured, told officers what he had seen.
            The guard had never been wounded before.
            Police are still investigating the Sept. 14 killings.
            Nobody has been charged over the June 30 deaths.
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

    @Test
    void anUnknownNameAfterInIsNoPlaceInEnglish() {
        // "in Englewood" names a part of a city the gazetteer lacks more often than a village: English has no unlisted-place cue
        var places = read("Two men were shot in Englewood, Illinois, on Friday.", null).sentences().get(1).places();
        assertTrue(places.stream().noneMatch(p -> p.name().equals("Englewood") && p.id().startsWith("S:")), places::toString);
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

    /** Sentences holding two figures: kind low high victims for each, in order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Twelve soldiers were killed and eight wounded.                    | killed 12 12 military; injured 8 8 military
            The attack left 11 dead and 20 wounded.                           | killed 11 11 unknown; injured 20 20 unknown
            Four people were dead, including the gunman.                      | killed 4 4 unknown; killed 1 1 attackers
            The explosion killed at least 14 civilians and wounded 30 others. | killed 14 null civilians; injured 30 30 unknown
            Seventeen soldiers and at least 20 civilians died.                | killed 17 17 military; killed 20 null civilians
            A policeman and two civilians were wounded.                       | injured 1 1 police; injured 2 2 civilians
            State television showed roughly 20 prisoners and three bodies.    | captured 20 20 attackers; killed 3 3 unknown
            A suicide bomber killed 22 people at a concert.                   | killed 22 22 unknown
            Eleven people, including two policemen, were injured.             | injured 11 11 unknown
            """)
    void severalFiguresInOneSentence(String sentence, String expected) {
        String found = String.join("; ", casualties(sentence).stream()
                .map(c -> c.kind() + " " + c.low() + " " + c.high() + " " + c.victims()).toList());
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Islamic State West Africa Province claimed responsibility for the attack. | ISWAP claimed
            Authorities blamed the attack on Boko Haram.                                  | Boko Haram attributed
            Police suspect the ELN of planting the car bomb.                              | ELN suspected
            The Taliban denied any involvement in the blast.                              | Taliban denied
            Both IS Sahel and JNIM claimed the ambush.                                    | IS Sahel claimed; JNIM claimed
            The LTTE was blamed for the bombing.                                          | LTTE attributed
            Officials said the attack bore the hallmarks of al-Shabaab.                   | al-Shabaab suspected
            An ADF attack on the village killed 20 people.                                | ADF attributed
            Some 300 ELN fighters attacked a military base.                               | ELN attributed
            Hamas said it had fired rockets at the city.                                  | Hamas claimed
            A jihadist alliance affiliated with al-Qaeda, JNIM, claimed the attack.       | JNIM claimed
            In El Salvador, church officials blamed the army for the killings.            | armed forces of El Salvador attributed
            """)
    void responsibility(String sentence, String expected) {
        String found = String.join("; ", read(sentence, null).claims().stream().filter(c -> c instanceof ResponsibilityClaim)
                .map(c -> ((ResponsibilityClaim) c).actor() + " " + ((ResponsibilityClaim) c).stance()).sorted().toList());
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Residents told Reuters they had heard gunfire.             | witness
            The death toll rose to 59, hospital officials said.        | medical
            According to the UN mission, 15 civilians were killed.     | un
            Sources within the security forces reported injuries.      | official
            "It was very loud," said Adama, a Bamako resident.         | witness
            Local media reported that five people were killed.         | media
            Human Rights Watch said at least 40 villagers were killed. | ngo
            The group was active, JNIM said, adding that it had won.    | perpetrator
            """)
    void speakerKinds(String sentence, String kind) {
        var speakers = read(sentence, null).sentences().get(1).speakers();
        assertEquals(1, speakers.size(), () -> "speakers: " + speakers);
        assertEquals(kind, speakers.get(0).kind());
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheSubject() {
        CasualtyClaim c = casualties("JNIM claimed the raid, saying it had inflicted heavy losses.").get(0);
        assertEquals("perpetrator", c.source().sourceKind());
        assertEquals("JNIM", c.source().attributedTo());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Boko Haram was blamed for the attack.
            The claim could not be independently verified.
            """)
    void sentencesWithNoSpeaker(String sentence) {
        assertEquals(List.of(), read(sentence, null).sentences().get(1).speakers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Insurgents stormed the town of Palma in Cabo Delgado province.  | Palma         | MZ
            A bomb exploded in the Spanish city of Palma.                   | Palma         | ES
            Gunmen attacked a checkpoint in Palma, Mozambique.              | Palma         | MZ
            Police said a man was shot dead in Birmingham, Alabama.         | Birmingham    | US
            Clashes were reported in San Salvador, the capital.             | San Salvador  | SV
            A bomb exploded outside a bank in San Salvador de Jujuy.        | San Salvador de Jujuy | AR
            Fighting was reported near Marib.                               | Ma'rib        | YE
            Boko Haram fighters attacked villages in Borno state.           | Borno State   | NG
            More than 70 people died in a blast in Abuja.                   | Abuja         | NG
            Police in Georgia said a man was shot in Albany on Monday.      | Albany        | US
            Georgia said shells fell on Gori overnight.                     | Gori          | GE
            """)
    void placesAmongNamesakes(String sentence, String name, String country) {
        List<Place> found = read(sentence, null).sentences().get(1).places();
        Place finest = found.stream().max(java.util.Comparator.comparingInt(Place::rank)).orElseThrow();
        assertEquals(name, finest.name(), () -> "places: " + found);
        assertEquals(country, finest.countryCode());
        assertTrue(found.stream().allMatch(p -> p.countryCode().equals(country)), () -> "places: " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Deputies in Aiken County, South Carolina, said a teenager was shot in Clearwater.  | Clearwater | South Carolina
            Police in West Virginia said the shooting happened in Clarksburg.                  | Clarksburg | West Virginia
            A man was shot in Clearwater on Friday.                                            | Clearwater | Florida
            """)
    void aStateNamedInTheReportPicksTheTownAmongNamesakes(String sentence, String name, String admin1) {
        Place town = read(sentence, null).sentences().get(1).places().stream().filter(p -> p.precision().equals("city")).findFirst().orElseThrow();
        assertEquals(name, town.name());
        assertEquals(admin1, town.admin1());
    }

    @ParameterizedTest(name = "{0} published {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Jihadists killed 12 soldiers near Djibo last week.          | 2024-10-10 | 2024-09-30..2024-10-06
            Militants attacked a checkpoint earlier this month.         | 2024-10-10 | 2024-10-01..2024-10-10
            A car bomb exploded at the academy on the 17th.             | 2019-01-18 | 2019-01-17
            A car bomb exploded at the academy on the 17th.             | 2019-02-05 | 2019-01-17
            Fighting broke out in Gao on Sept. 17.                      | 2024-09-20 | 2024-09-17
            Fighting broke out in Gao on the 17th of September.         | 2024-09-20 | 2024-09-17
            Gunmen attacked two hotels last night.                      | 2008-11-27 | 2008-11-26
            Sunday's attack on the base killed dozens of soldiers.      | 2024-09-18 | 2024-09-15
            Militants stormed the camp over the weekend.                | 2024-09-18 | 2024-09-14..2024-09-15
            """)
    void datesAndPeriods(String sentence, String published, String expected) {
        EventDate d = read(sentence, published).sentences().get(1).date();
        assertNotNull(d);
        assertEquals(expected, d.describe());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He served with the 1st Armored Division in Iraq.
            Officers from the 3rd Precinct responded to the call.
            He was charged with 2nd degree murder.
            """)
    void ordinalsThatAreNoDay(String sentence) {
        assertNull(read(sentence, "2014-04-03").sentences().get(1).date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Gunmen attacked the camp at dawn on Tuesday.                 | dawn
            It was around 4am on Tuesday that the blasts began.           | 04:00
            Shots rang out at 4.30 pm on Tuesday.                         | 16:30
            A statement issued at 08:00 local time on Tuesday said so.    | 08:00
            Gunmen attacked the camp on Tuesday night.                    | night
            Gunmen attacked the camp on Tuesday, killing 12 in 2 hours.   | null
            """)
    void timeOfDayIsKeptAsADetailOfTheDate(String sentence, String time) {
        DateClaim d = read(sentence, "2024-09-18").claims().stream().filter(c -> c instanceof DateClaim).map(c -> (DateClaim) c)
                .findFirst().orElseThrow();
        assertEquals(time, d.timeOfDay());
        assertEquals("2024-09-17", d.date().describe());
    }

    @Test
    void aDatelineAnchorsTodayAndNamesThePlaceInAllCaps() {
        Report r = new Report("w", "g", "w.txt", null, null, null, null, null,
                "SAN SALVADOR, 31 OCT 89 (AFP) -- [TEXT] TEN PEOPLE WERE KILLED TODAY WHEN A BOMB EXPLODED AT THE UNION OFFICES.\n");
        ReportClaims rc = reader.extractor().extract(r, reader.sentences().split(r.text()));
        SentenceReading s = rc.sentences().get(0);
        assertEquals("1989-10-31", s.date().describe());
        assertEquals(List.of("San Salvador"), s.places().stream().map(Place::name).toList(), "ALL-CAPS words are not names");
        assertEquals("SV", s.places().get(0).countryCode());
        CasualtyClaim c = (CasualtyClaim) rc.claims().stream().filter(x -> x instanceof CasualtyClaim).findFirst().orElseThrow();
        assertEquals(10, c.low());
    }

    @Test
    void aDatelineDateIsTheFilingDayNotTheEvent() {
        Report r = new Report("w", "g", "w.txt", null, null, null, null, null,
                "BOGOTA, 8 FEB 03 -- AT LEAST 32 PEOPLE DIED LAST NIGHT WHEN A CAR BOMB EXPLODED AT A CLUB.\n");
        assertEquals("2003-02-07", reader.extractor().extract(r, reader.sentences().split(r.text())).sentences().get(0).date().describe());
    }

    @Test
    void todayWithoutPublicationDateDatesNothing() {
        assertNull(read("Gunmen attacked the camp earlier today.", null).sentences().get(1).date());
    }

    @Test
    void aRangeThatNeverClosesIsNoRangeAndThrowsNothing() {
        // A real sentence once ended in "… 20 to" and threw IndexOutOfBoundsException, ending a whole run.
        List<CasualtyClaim> c = casualties("Officials said the number of wounded rose from 20 to");
        assertTrue(c.stream().noneMatch(x -> "range".equals(x.qualifier())), c::toString);
        assertTrue(casualties("Police said between 20 and").stream().noneMatch(x -> "range".equals(x.qualifier())));
    }

    static List<String> placeNames(String text, String published) {
        return read(text, published).sentences().stream().flatMap(s -> s.places().stream()).map(Place::name).toList();
    }

    @Test
    void peoplesNamesAreNotPlaces() {
        // "Kyle" is a town in Texas and "Morgan" one in Georgia; here they are people.
        assertEquals(List.of("Hartford"), placeNames("Kyle Carney, 22, was charged. Police say the shooting happened in Hartford.", null));
        assertEquals(List.of(), placeNames("Ariel Morgan was shot at a party. Morgan died later.", null));
    }

    @Test
    void theReportsStateDecidesAmongNamesakes() {
        Place p = read("CHARLESTON, W.Va. (AP) — A man was shot in Charleston on Sunday.", "2016-05-16").sentences().get(1).places().get(0);
        assertEquals("US.WV", p.admin1Code());
        Place sc = read("CHARLESTON, S.C. (AP) — A man was shot in Charleston on Sunday.", "2016-05-16").sentences().get(1).places().get(0);
        assertEquals("US.SC", sc.admin1Code()); // control: the other state's abbreviation
    }

    @Test
    void placesNamedForSomethingElseAreIncidental() {
        SentenceReading s = read("Two men were shot in New Carlisle and taken to a hospital in Dayton, Clark County deputies said.", "2016-04-19")
                .sentences().get(1);
        assertEquals(List.of("New Carlisle"), s.places().stream().map(Place::name).toList());
        assertTrue(s.incidental().stream().anyMatch(p -> p.name().equals("Dayton")), s.named()::toString);
    }

    @Test
    void theDateOfTheAftermathIsNotTheEvents() {
        ReportClaims rc = read("Two women were arraigned on Wednesday in the death of a Garden City student.\n"
                + "Investigators say the 17-year-old was shot and killed in Detroit on Friday, Feb. 24.", "2017-03-15");
        assertTrue(rc.sentences().get(1).aftermathDate(), "the arraignment's Wednesday");
        assertEquals(java.time.LocalDate.of(2017, 2, 24), rc.sentences().get(2).date().value());
        assertTrue(!rc.sentences().get(2).aftermathDate()); // control: the shooting's own date
    }
}
