package vn.quyentreem.portal.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Đoàn kết, đổi mới                    | doan-ket-doi-moi
            ĐẠI HỘI ĐOÀN KẾT                     | dai-hoi-doan-ket
            Ngôi nhà mơ ước                      | ngoi-nha-mo-uoc
            Trường học hạnh phúc                 | truong-hoc-hanh-phuc
            Tổng đài 111                         | tong-dai-111
            Trẻ em vùng cao: ấm áp mùa đông      | tre-em-vung-cao-am-ap-mua-dong
            Luật Trẻ em 2016 – 7 câu hỏi         | luat-tre-em-2016-7-cau-hoi
            """)
    void vietnameseTitlesBecomeAsciiSlugs(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
    }

    /** Every vowel with every tone, lower and upper case, loses its marks. */
    @ParameterizedTest
    @CsvSource({
            "aàáảãạ, a", "ăằắẳẵặ, a", "âầấẩẫậ, a",
            "eèéẻẽẹ, e", "êềếểễệ, e",
            "iìíỉĩị, i",
            "oòóỏõọ, o", "ôồốổỗộ, o", "ơờớởỡợ, o",
            "uùúủũụ, u", "ưừứửữự, u",
            "yỳýỷỹỵ, y",
            "đ, d"})
    void everyToneMarkIsRemoved(String letters, String base) {
        for (String text : new String[] {letters, letters.toUpperCase(java.util.Locale.ROOT)}) {
            String spaced = String.join(" ", text.split(""));
            String expected = String.join("-", java.util.Collections.nCopies(text.length(), base));
            assertEquals(expected, Slugs.of(spaced), "for " + spaced);
        }
    }

    @Test
    void initialsBeginTheCodesOfEntriesAndNominations() {
        assertEquals("NNMU", Slugs.initials("Ngôi nhà mơ ước", "BDT"));
        assertEquals("GMTETB", Slugs.initials("Gương mặt trẻ em tiêu biểu", "DC"));
        assertEquals("THHP", Slugs.initials("“Trường học — hạnh phúc”", "BDT"), "punctuation is no syllable");
        assertEquals("DC", Slugs.initials("—", "DC"));
        assertEquals("DC", Slugs.initials(null, "DC"));
    }

    @Test
    void foldingDropsCaseAndMarksButKeepsPunctuationAndLength() {
        assertEquals("nguyen van lan <lan@example.org>", Slugs.fold("Nguyễn Văn Lân <LAN@example.org>"));
        assertEquals("do thi ha", Slugs.fold(Normalizer.normalize("Đỗ Thị Hà", Normalizer.Form.NFD)));
        assertEquals(200, Slugs.fold("Đ".repeat(200)).length(), "no cut at the slug limit");
        assertEquals("", Slugs.fold(null));
    }

    @Test
    void decomposedInputGivesTheSameSlugAsComposed() {
        String composed = "Trường học hạnh phúc";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals("truong-hoc-hanh-phuc", Slugs.of(decomposed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "Tết ấm" cho em!!!                      | tet-am-cho-em
            ...Chào   mừng --- ngày 1/6...          | chao-mung-ngay-1-6
            🎉🎉 Vui Tết Trung thu 🎉 🏮             | vui-tet-trung-thu
            «Quyền» ‘trẻ’ “em” (2025) & bạn bè?     | quyen-tre-em-2025-ban-be
            a___b,,,c                               | a-b-c
            """)
    void punctuationQuotesAndEmojiCollapseToSingleDashes(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "🎉🎉", "“”"})
    void textWithoutLettersOrDigitsGivesEmptySlug(String text) {
        assertEquals("", Slugs.of(text));
    }

    @Test
    void longTitleIsCutAtADashWithinTheLimit() {
        String title = "Tổng kết tháng hành động vì trẻ em năm 2025: lắng nghe nhiều hơn, mùa hè an toàn hơn "
                + "cho mọi trẻ em ở vùng sâu, vùng xa và hải đảo";
        String full = "tong-ket-thang-hanh-dong-vi-tre-em-nam-2025-lang-nghe-nhieu-hon-mua-he-an-toan-hon"
                + "-cho-moi-tre-em-o-vung-sau-vung-xa-va-hai-dao";
        String slug = Slugs.of(title);
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug.length() + ": " + slug);
        assertTrue(full.startsWith(slug + "-"), "cut at a word boundary: " + slug);
        assertEquals("tong-ket-thang-hanh-dong-vi-tre-em-nam-2025-lang-nghe-nhieu-hon-mua-he-an-toan", slug);
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void dashExactlyAtTheLimitGivesEightyChars() {
        // dashes fall at 10, 20, … 80: the cut keeps the 80 characters before the one at 80
        String title = "abcdefghij" + " abcdefghi".repeat(8) + " cuoi";
        String slug = Slugs.of(title);
        assertEquals(Slugs.MAX_LENGTH, slug.length());
        assertTrue(slug.endsWith("-abcdefghi"), slug);
    }

    @Test
    void titleOfExactlyTheLimitIsKeptWhole() {
        String title = "abcdefghij" + " abcdefghi".repeat(7);
        assertEquals(Slugs.MAX_LENGTH, Slugs.of(title).length());
        assertEquals(Slugs.of(title), Slugs.of(title + "!!!"));
    }

    @Test
    void wordLongerThanTheLimitIsCutHard() {
        String slug = Slugs.of("Xin chào " + "a".repeat(200));
        assertEquals(Slugs.MAX_LENGTH, slug.length());
        assertTrue(slug.startsWith("xin-chao-aaa"));
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void uniqueAppendsTwoThenThree() {
        assertEquals("doan-ket", Slugs.unique("Đoàn kết", s -> false));
        assertEquals("doan-ket-2", Slugs.unique("Đoàn kết", Set.of("doan-ket")::contains));
        assertEquals("doan-ket-3", Slugs.unique("Đoàn kết", Set.of("doan-ket", "doan-ket-2")::contains));
    }

    @Test
    void uniqueOfTextWithoutLettersFallsBackToBaiViet() {
        assertEquals("bai-viet", Slugs.unique("🎉", s -> false));
        assertEquals("bai-viet-2", Slugs.unique("!!!", Set.of("bai-viet")::contains));
    }

    @Test
    void uniqueOfALongTitleIsStillValid() {
        String title = "Tổng kết tháng hành động vì trẻ em năm 2025: lắng nghe nhiều hơn, mùa hè an toàn hơn cho mọi em";
        String base = Slugs.of(title);
        String slug = Slugs.unique(title, Set.of(base)::contains);
        assertEquals(base + "-2", slug);
        assertTrue(Slugs.isValid(slug), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"doan-ket-doi-moi", "a", "111", "tong-dai-111", "bai-viet-2"})
    void acceptsSlugs(String slug) {
        assertTrue(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../x", "A", "a--b", "-a", "a-", "a b", "a/b", "a.b", "đoàn-kết", "a\n", "%2e%2e"})
    void rejectsWhatIsNotASlug(String slug) {
        assertFalse(Slugs.isValid(slug));
    }

    @Test
    void rejectsSlugsFarBeyondTheLimit() {
        assertFalse(Slugs.isValid("a".repeat(200)));
    }

    @Test
    void everySlugItMakesIsValid() {
        for (String title : new String[] {"Đoàn kết, đổi mới", "  — Tổng đài 111 — ", "x".repeat(500),
                "Trẻ em " .repeat(40), "Ơn giời, cậu đây rồi!"}) {
            assertTrue(Slugs.isValid(Slugs.of(title)), title);
        }
    }
}
