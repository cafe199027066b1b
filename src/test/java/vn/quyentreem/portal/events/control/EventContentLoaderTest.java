package vn.quyentreem.portal.events.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.platform.Problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventContentLoaderTest {

    @Test
    void everySampleEventIsValidAndTimesAreVietnamese() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("content", "events"))) {
            files = list.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md")).toList();
        }
        assertTrue(files.size() >= 3);
        for (Path file : files) {
            ClubEvent e = EventContentLoader.toEvent(FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8)));
            assertTrue(e.getEndsAt().isAfter(e.getStartsAt()), file.toString());
        }
        ClubEvent training = EventContentLoader.toEvent(FrontMatterFile.parse(Files.readString(
                Path.of("content", "events", "tap-huan-dua-tin-ve-tre-em-bi-xam-hai-2026.md"), StandardCharsets.UTF_8)));
        assertEquals(Instant.parse("2026-12-12T01:00:00Z"), training.getStartsAt(), "08:00 in Hà Nội");
        assertEquals(40, training.getCapacity());
        assertEquals(ClubEvent.Kind.TRAINING, training.kind());
    }

    @Test
    void anEditorsMistakesAreNamed() {
        EventInput.Checked checked = new EventInput("Lớp", "TRAINING", null, null, "Hà Nội", "12/12/2026", "08:00",
                "12/12/2026", "07:00", "13/12/2026", "17:00", "0").check();
        assertEquals(List.of("Giờ kết thúc phải sau giờ bắt đầu", "Hạn đăng ký phải trước giờ bắt đầu",
                "Số chỗ phải là số nguyên từ 1 đến 5000"), checked.problems().stream().map(Problem::message).toList());
        assertEquals(List.of("endDay", "closesDay", "capacity"), checked.problems().stream().map(Problem::field).toList());
        assertTrue(new EventInput("Lớp", "TRAINING", null, null, "Hà Nội", "31/02/2026", "08:00", "12/12/2026", "17:00",
                "10/12/2026", "17:00", "30").check().problems().get(0).message().contains("31/02/2026"));
        assertThrows(IllegalArgumentException.class, () -> EventContentLoader.toEvent(new FrontMatterFile(
                java.util.Map.of("title", "X", "startsAt", "2026-12-12 08:00", "endsAt", "2026-12-12 07:00",
                        "registrationClosesAt", "2026-12-10 08:00", "place", "Huế", "capacity", "5"), "")));
    }
}
