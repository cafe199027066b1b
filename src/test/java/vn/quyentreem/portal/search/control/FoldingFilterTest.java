package vn.quyentreem.portal.search.control;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table-driven folding must give exactly Lucene's output, or the index and the queries would disagree. */
class FoldingFilterTest {

    @Test
    void foldsVietnameseLikeLucene() throws IOException {
        String text = "Ngôi nhà mơ ước Đà Nẵng đường Bắc Kạn Thừa Thiên Huế ỦY BAN ữ ỹ ẵ";
        assertEquals(tokens(text, ASCIIFoldingFilter::new), tokens(text, FoldingFilter::new));
        assertEquals(List.of("ngoi", "nha", "mo", "uoc", "da", "nang"),
                tokens("ngôi nhà mơ ước đà nẵng", FoldingFilter::new));
    }

    @Test
    void everyCharacterFoldsAsLuceneFoldsIt() throws IOException {
        // one token per UTF-16 unit outside ASCII, surrogates and spaces: single-character and multi-character folds alike
        StringBuilder text = new StringBuilder();
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                text.append('a').append((char) c).append('b').append(' ');
            }
        }
        List<String> lucene = tokens(text.toString(), ASCIIFoldingFilter::new);
        assertEquals(lucene, tokens(text.toString(), FoldingFilter::new));
        assertEquals("aaeb", tokens("aæb", FoldingFilter::new).get(0), "a character folding into two");
    }

    @Test
    void mixedTokensFoldAsLuceneFoldsThem() throws IOException {
        Random random = new Random(7);
        char[] alphabet = "aăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵæœßﬁÆĲ①⒜ǅ"
                .toCharArray();
        StringBuilder text = new StringBuilder();
        for (int word = 0; word < 5_000; word++) {
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            text.append(' ');
        }
        assertEquals(tokens(text.toString(), ASCIIFoldingFilter::new), tokens(text.toString(), FoldingFilter::new));
    }

    private static List<String> tokens(String text, Function<TokenStream, TokenStream> folding) throws IOException {
        Tokenizer source = new WhitespaceTokenizer();
        source.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = folding.apply(source)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
