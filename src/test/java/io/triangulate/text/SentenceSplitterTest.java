package io.triangulate.text;

import io.triangulate.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Lexicon.load(Path.of("rules"), "en"));

    @Test
    void menuRunOnIsStrippedButItsLeadSentenceKeptWithOffsets() {
        String text = "Headline of the story\nWatch LiveHomeNewsSportBusinessInnovationCultureArtsTravelEarthAudioVideoLiveWeatherShareSave"
                + "Gunmen attacked an army post in the northern town of Kidal, the army said.\nSecond sentence here. And a third one.\n";
        CleanText ct = SPLITTER.split(text);
        List<String> s = ct.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Headline of the story", "Gunmen attacked an army post in the northern town of Kidal, the army said.",
                "Second sentence here.", "And a third one."), s);
        for (Sentence x : ct.sentences()) assertEquals(x.text(), text.substring(x.start(), x.end()));
        assertTrue(ct.sentences().get(0).heading());
    }

    @Test
    void furnitureTeasersMetadataAndCaptionsAreDropped() {
        String text = "Title line\n\nPhoto credit, Example Images\n18 minutes ago\nThe attack began at dawn, residents said.\n"
                + "Follow us on Twitter for more\nPREV Another story about somewhere else\nNEXT Yet another story\nhttps://example.org/x\nRating: 5\n";
        CleanText ct = SPLITTER.split(text);
        assertEquals(List.of("Title line", "The attack began at dawn, residents said."), ct.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of("18 minutes ago"), ct.hints());
    }

    @Test
    void frenchPageFurnitureIsDroppedByTheFrenchTables() {
        String text = "Titre de l'article\n\nPartager sur Facebook\nLire aussi : trois personnes ont été tuées à Beni la semaine dernière.\n"
                + "Des hommes armés ont attaqué le village à l'aube, selon des habitants.\nPublicité\n";
        SentenceSplitter french = new SentenceSplitter(Lexicon.load(Path.of("rules"), "fr"));
        assertEquals(List.of("Titre de l'article", "Des hommes armés ont attaqué le village à l'aube, selon des habitants."),
                french.split(text).sentences().stream().map(Sentence::text).toList());
        // control: the English tables know no French furniture, so the teaser, a sentence of its own, is read
        // (the short unpunctuated lines go either way, as captions)
        assertTrue(SPLITTER.split(text).sentences().stream().anyMatch(x -> x.text().startsWith("Lire aussi")));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        CleanText ct = SPLITTER.split("Body\nThe attack on Sept. 17 was claimed by Gen. X and U. N. staff left. Then more.\n");
        assertEquals(3, ct.sentences().size());
        assertFalse(ct.sentences().get(1).text().endsWith("Sept."));
    }

    @Test
    void aHardWrappedSentenceIsReadWholeEvenWhereOneOfItsLinesIsShortAndHasNoFullStop() {
        String text = "BOGOTA, 2 MAR 90 (RADIO) -- [TEXT] A FORMER CITY COUNCILMAN OF THE TOWN\n"
                + "OF SEGOVIA, 51, WAS SHOT DEAD BY UNIDENTIFIED INDIVIDUALS TODAY,\n"
                + "AS HE LEFT HIS HOUSE THIS MORNING.\n\nA short caption line\nThe army said it had sent troops to the area.\n";
        CleanText ct = SPLITTER.split(text);
        List<String> s = ct.sentences().stream().map(x -> x.text().replace('\n', ' ')).toList();
        assertEquals(List.of("BOGOTA, 2 MAR 90 (RADIO) -- [TEXT] A FORMER CITY COUNCILMAN OF THE TOWN OF SEGOVIA, 51, WAS SHOT DEAD BY UNIDENTIFIED INDIVIDUALS TODAY, "
                + "AS HE LEFT HIS HOUSE THIS MORNING.", "The army said it had sent troops to the area."), s);
        assertEquals(1, ct.droppedLines(), "the caption after a blank line is still dropped");
    }
}
