package io.triangulate.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Tells the language of a report that does not state it, with Optimaize's n-gram profiles of 71 languages
 * (measured against Lingua in EXTRACTION.md, "Language"). The profiles take about a second and 75 MB to load, so
 * they are loaded once, on first use. Text is lower-cased first: the profiles are of ordinary text, and
 * all-capital wire copy is otherwise misread.
 */
public final class LanguageDetector {
    /** How sure the detector must be before its answer beats the default language. */
    private static final double MIN_PROBABILITY = 0.90;
    /** The first characters are enough: 200 are read right 99 times in 100 (EXTRACTION.md, "Language"), 1,000 costs a third of 3,000. */
    private static final int SAMPLE_CHARS = 1000;

    private static volatile LanguageDetector instance;

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts;

    private LanguageDetector() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language profiles", e);
        }
        texts = CommonTextObjectFactories.forDetectingOnLargeText();
    }

    /** The one detector of this process. */
    public static LanguageDetector get() {
        LanguageDetector d = instance;
        if (d == null) {
            synchronized (LanguageDetector.class) {
                d = instance;
                if (d == null) instance = d = new LanguageDetector();
            }
        }
        return d;
    }

    /** Below this, a text is judged only among the languages that have tables: a headline alone is misread one time in eight. */
    private static final int MIN_LETTERS = 100;

    /** Whether the text is long enough for its language to be told among all 71. */
    public static boolean longEnough(String text) {
        return text.chars().filter(Character::isLetter).limit(MIN_LETTERS).count() >= MIN_LETTERS;
    }

    /** The ISO 639-1 code of the text's language, or null when the detector is not sure. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample.toLowerCase(Locale.ROOT)));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) return null;
        return found.get(0).getLocale().getLanguage();
    }
}
