package vn.quyentreem.portal.platform;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPathTest {

    @Test
    void addressesAreBuiltAndServedFromOneTable() {
        assertEquals("/bai-viet/mua-he-an-toan", PublicPath.ARTICLE.of("mua-he-an-toan"));
        assertEquals("/bai-du-thi/nnmu-2027-0001", PublicPath.ENTRY.of("NNMU-2027-0001"), "codes are linked in lower case");
        assertEquals("/cuoc-thi/ngoi-nha-mo-uoc-2027/binh-chon", PublicPath.gallery("ngoi-nha-mo-uoc-2027"));
        assertEquals("/giai-thuong/guong-mat-tre-em/2026", PublicPath.awardYear("guong-mat-tre-em", 2026));
        for (PublicPath path : PublicPath.values()) {
            String prefix = path.of("x").split("/")[1];
            assertEquals(path, PublicPath.byPrefix(prefix).orElseThrow(), "each prefix leads back to its own view");
            assertTrue(path.view().startsWith("/") && path.view().endsWith("="), path.view());
        }
        assertEquals(PublicPath.values().length, Arrays.stream(PublicPath.values()).map(p -> p.of("x")).distinct().count());
        assertTrue(PublicPath.byPrefix("khong-co").isEmpty());
    }
}
