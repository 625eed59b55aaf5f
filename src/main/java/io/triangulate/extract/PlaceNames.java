package io.triangulate.extract;

import java.util.List;

/** What a gazetteer answers of the built-in one under it: the eager maps of {@link Gazetteer}, or the compact file of {@link GazetteerIndex}. */
interface PlaceNames {
    /** The places a name's key names, in the order the resource lists them. */
    List<Gazetteer.Entry> candidates(String key);

    /** The most words of a name that begins with this word (0: none). */
    int wordsFrom(String firstWord);

    Place place(String id);
}
