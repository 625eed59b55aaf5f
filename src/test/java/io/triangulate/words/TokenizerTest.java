package io.triangulate.words;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a sentence is cut into words: elided particles, names with apostrophes, hyphens, numbers. */
class TokenizerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dans le territoire d'Irumu         | dans le territoire d' irumu
            D'après l'armée                    | d' apres l' armee
            Sean O'Brien said                  | sean o'brien said
            Jama'at Nusrat al-Islam            | jama'at nusrat al islam
            Mali's army                        | mali ' s army
            1,300 killed on 2024-09-17         | 1,300 killed on 2024 09 17
            """)
    void words(String sentence, String words) {
        List<String> got = Tokenizer.tokens(sentence).stream().map(Token::norm).toList();
        assertEquals(List.of(words.split(" ")), got);
    }
}
