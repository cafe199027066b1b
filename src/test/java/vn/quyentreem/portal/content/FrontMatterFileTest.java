package vn.quyentreem.portal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterFileTest {

    @Test
    void validFileGivesMetaAndBody() throws Exception {
        FrontMatterFile file = FrontMatterFile.parse("""
                ---
                title: "Ngôi nhà mơ ước"
                section: ket-qua-hoat-dong
                tags: ["Cuộc thi", "Thiếu nhi"]
                featured: true
                ---

                ## Thể lệ

                Nội dung **bài viết**.
                """);
        assertEquals("Ngôi nhà mơ ước", file.meta().get("title"));
        assertEquals("ket-qua-hoat-dong", file.text("section"));
        assertEquals(List.of("Cuộc thi", "Thiếu nhi"), file.meta().get("tags"));
        assertEquals(Boolean.TRUE, file.meta().get("featured"));
        assertEquals("## Thể lệ\n\nNội dung **bài viết**.\n", file.body());
    }

    @Test
    void textIsStrippedAndNullWhenAbsent() throws Exception {
        FrontMatterFile file = FrontMatterFile.parse("---\ntitle: \"  Tết ấm  \"\nyear: 2026\n---\nx\n");
        assertEquals("Tết ấm", file.text("title"));
        assertEquals("2026", file.text("year"));
        assertNull(file.text("summary"));
    }

    @Test
    void missingOpeningLineIsMalformed() {
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse("title: a\n---\nbody\n"));
    }

    @Test
    void openingLineNotAtTheStartIsMalformed() {
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse("\n---\ntitle: a\n---\nbody\n"));
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse("# Tiêu đề\n\nbody\n"));
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse(""));
    }

    @Test
    void missingClosingLineIsMalformed() {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> FrontMatterFile.parse("---\ntitle: a\nsection: b\n\nbody without end\n"));
        assertTrue(e.getMessage().contains("đóng"), e.getMessage());
    }

    @Test
    void invalidYamlIsMalformed() {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> FrontMatterFile.parse("---\ntitle: \"unclosed\nsection: a\n---\nbody\n"));
        assertTrue(e.getMessage().startsWith("YAML lỗi"), e.getMessage());
    }

    @Test
    void aYamlMistakeIsPlacedOnItsLineOfTheFile() {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> FrontMatterFile.parse("---\nname: \"Giải\"\ntimeline: [\n  a: b\n---\nbody\n"));
        assertTrue(e.getMessage().startsWith("YAML lỗi ở dòng 3: "), "where the unclosed [ begins: " + e.getMessage());
        FrontMatterFile.Malformed second = assertThrows(FrontMatterFile.Malformed.class,
                () -> FrontMatterFile.parse("---\nname: a\n  bad: x\n---\nbody\n"));
        assertTrue(second.getMessage().startsWith("YAML lỗi ở dòng 3: "), second.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "---\n- a\n- b\n---\nbody\n",
            "---\njust a sentence\n---\nbody\n",
            "---\n42\n---\nbody\n",
            "---\n---\nbody\n",
            "---\n\n---\nbody\n"})
    void frontMatterThatIsNotAMappingIsMalformed(String text) {
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse(text));
    }

    @Test
    void crlfLineEndingsAreHandled() throws Exception {
        FrontMatterFile file = FrontMatterFile.parse("---\r\ntitle: Tết ấm\r\nsection: x\r\n---\r\nDòng 1\r\nDòng 2\r\n");
        assertEquals(Map.of("title", "Tết ấm", "section", "x"), file.meta());
        assertEquals("Dòng 1\nDòng 2\n", file.body());
    }

    @Test
    void utf8ByteOrderMarkIsHandled() throws Exception {
        FrontMatterFile file = FrontMatterFile.parse("\uFEFF---\r\ntitle: Tết ấm\r\n---\r\nNội dung\r\n");
        assertEquals("Tết ấm", file.text("title"));
        assertEquals("Nội dung\n", file.body());
    }

    @Test
    void horizontalRuleInTheBodyStaysInTheBody() throws Exception {
        FrontMatterFile file = FrontMatterFile.parse("---\ntitle: a\n---\nTrên\n\n---\n\nDưới\n");
        assertEquals(Map.of("title", "a"), file.meta());
        assertEquals("Trên\n\n---\n\nDưới\n", file.body());
    }

    @Test
    void fileEndingRightAfterTheClosingLineHasABlankBody() throws Exception {
        FrontMatterFile file = FrontMatterFile.parse("---\ntitle: a\n---");
        assertEquals("a", file.text("title"));
        assertTrue(file.body().isBlank());
    }

    @Test
    void scriptEngineGadgetIsRejectedNotInstantiated() {
        String gadget = "---\ntitle: x\npayload: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/x.jar\"]]]]\n---\nbody\n";
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse(gadget));
    }

    @Test
    void globalTagNamingAJavaClassConstructsNothing() {
        Canary.constructed = false;
        String text = "---\ntitle: x\nbird: !!vn.quyentreem.portal.content.FrontMatterFileTest$Canary {name: tweety}\n---\nb\n";
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse(text));
        assertFalse(Canary.constructed, "the tag must not build the class");
    }

    @Test
    void rootTagNamingAJavaClassIsRejected() {
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse("---\n!!java.util.Date 2\n---\nb\n"));
    }

    @Test
    void aliasBombIsMalformedNotExpanded() {
        StringBuilder yaml = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            String prev = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, prev))).append("]\n");
        }
        yaml.append("---\nb\n");
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse(yaml.toString()));
    }

    @Test
    void unquotedTimestampBecomesADate() throws Exception {
        FrontMatterFile file = FrontMatterFile.parse("---\npublishedAt: 2026-03-18T14:30:00+07:00\n---\nb\n");
        Date date = assertInstanceOf(Date.class, file.meta().get("publishedAt"));
        assertEquals(java.time.Instant.parse("2026-03-18T07:30:00Z"), date.toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!float abc", "!!int abc", "!!binary '!!!'", "!!str {a: b}", "!!map [a]", "!!set [a]"})
    void standardTagThatCannotBeBuiltIsMalformed(String value) {
        assertThrows(FrontMatterFile.Malformed.class, () -> FrontMatterFile.parse("---\nx: " + value + "\n---\nb\n"));
    }

    /** Would record being built if a YAML tag could instantiate it. */
    public static class Canary {
        static volatile boolean constructed;
        private String name;

        public Canary() {
            constructed = true;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
