package it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole portal killed with kill -9 while three clients create and publish articles, at a random moment, three
 * times. After each restart every publication the portal acknowledged is in the store, in search and on its public
 * page; a mail queued before the first kill, while no mail server answered, is sent after it; an article scheduled
 * for a moment the portal was down goes out once when it is back, and its author is told once.
 *
 * <p>It runs its own Liberty server (portal-kill, created by the build beside portal-it) on its own data directory,
 * so the kills do not disturb the other tests.
 */
class KillNineIT {

    private static final String ADMIN_PASSWORD = "kill-admin-Secret-2026";
    private static final int CYCLES = 3;
    private static final int WRITERS = 3;
    private static final Duration READY = Duration.ofSeconds(180);
    private static final Duration FOLLOW = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base = "http://localhost:" + Integer.getInteger("it.kill.http.port", 9280);
    private final Random random = new Random();
    private Process server;
    private GreenMail smtp;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            kill(server);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void acknowledgedPublicationsAndQueuedMailSurviveKill9() throws Exception {
        Path wlp = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
        assertTrue(Files.isDirectory(wlp.resolve("usr/servers/portal-kill")), "the build creates the portal-kill server");
        Path data = Files.createDirectories(Path.of("target/kill-data"));
        Path content = Files.createDirectories(Path.of("target/kill-content"));
        deleteContents(data);

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // slug -> the word only it contains
        String invited = "moi-truoc-khi-tat-" + random.nextInt(1_000_000) + "@example.org";
        String author = "hen-gio-" + random.nextInt(1_000_000);
        Map<String, String> scheduled = new ConcurrentHashMap<>(); // slug -> word, once scheduled
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            server = start(wlp, data, content);
            if (cycle == 1) {
                // no mail server answers yet: the invitation waits in the queue, through the kill
                assertEquals(201, call("POST", "/api/v1/accounts", "{\"username\":\"" + invited.substring(0, invited.indexOf('@'))
                        + "\",\"displayName\":\"Người được mời\",\"email\":\"" + invited + "\",\"roles\":[\"journalist\"]}").statusCode());
                assertEquals(201, call("POST", "/api/v1/accounts", "{\"username\":\"" + author + "\",\"displayName\":\"Biên tập hẹn giờ"
                        + "\",\"email\":\"" + author + "@example.org\",\"roles\":[\"editor\"],\"password\":\""
                        + ADMIN_PASSWORD + "\"}").statusCode());
            } else {
                assertEverythingFollowed(acknowledged, cycle - 1);
            }
            int before = acknowledged.size();
            writeUntilKilled(cycle, acknowledged, cycle == 1 ? () -> schedule(author, scheduled) : () -> { });
            assertTrue(acknowledged.size() > before, "cycle " + cycle + ": some publications were acknowledged before the kill");
            if (cycle == 1) {
                smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.kill.smtp.port", 9326), "127.0.0.1",
                        ServerSetup.PROTOCOL_SMTP));
                smtp.start();
            }
        }
        server = start(wlp, data, content);
        assertEverythingFollowed(acknowledged, CYCLES);
        Mails.await(smtp, invited, "Mời tham gia");
        assertEquals(1, scheduled.size(), "an article was scheduled just before the first kill");
        assertEverythingFollowed(scheduled, CYCLES);
        Mails.await(smtp, author + "@example.org", "Bài của bạn đã được đăng");
        assertEquals(1, Mails.received(smtp, author + "@example.org", "Bài của bạn đã được đăng").size(),
                "the scheduled publication is taken once, and its author told once");
    }

    /** Schedules an article for three seconds ahead, a moment at which the portal is already killed. */
    private void schedule(String author, Map<String, String> scheduled) {
        String word = word(0, 0, 1 + random.nextInt(1_000_000));
        HttpResponse<String> created = callAs(author, "POST", "/api/v1/articles", "{\"title\":\"Tin hẹn giờ " + word
                + "\",\"summary\":\"Tóm tắt\",\"body\":\"Nội dung hẹn giờ có từ " + word
                + ".\",\"section\":\"tinh-hinh-tre-em\",\"tags\":[]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject article = Json.object(created.body());
        String at = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> published = callAs(author, "POST", "/api/v1/articles/" + article.getString("id") + "/publish",
                "{\"publishAt\":\"" + at + "\"}");
        assertEquals(200, published.statusCode(), published.body());
        scheduled.put(article.getString("slug"), word);
    }

    /** Every acknowledged publication: its page, its API answer and a search for its own word. */
    private void assertEverythingFollowed(Map<String, String> acknowledged, int kills) throws InterruptedException {
        long deadline = System.nanoTime() + FOLLOW.toNanos();
        List<String> missing;
        do {
            missing = new ArrayList<>();
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                if (get("/bai-viet/" + e.getKey()).statusCode() != 200) {
                    missing.add(e.getKey() + " (page)");
                } else if (get("/api/v1/articles/" + e.getKey()).statusCode() != 200) {
                    missing.add(e.getKey() + " (API)");
                } else if (!found(e.getValue(), e.getKey())) {
                    missing.add(e.getKey() + " (search)");
                }
            }
            if (missing.isEmpty()) {
                System.out.printf("KillNineIT: after %d kill(s), all %d acknowledged publications are in the store, "
                        + "on their pages and in search%n", kills, acknowledged.size());
                return;
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < deadline);
        fail("after " + kills + " kill(s), " + missing.size() + " of " + acknowledged.size()
                + " acknowledged publications are missing, e.g. " + missing.subList(0, Math.min(10, missing.size())));
    }

    private boolean found(String word, String slug) {
        HttpResponse<String> r = get("/api/v1/search?type=article&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        return r.statusCode() == 200 && Json.object(r.body()).getJsonArray("hits").stream()
                .map(JsonObject.class::cast).anyMatch(h -> h.getString("url").endsWith("/bai-viet/" + slug));
    }

    /** Writers create and publish until the JVM is killed at a random moment; returns once all writers stopped. */
    private void writeUntilKilled(int cycle, Map<String, String> acknowledged, Runnable lastly) throws Exception {
        AtomicBoolean dead = new AtomicBoolean();
        AtomicInteger counter = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                while (!dead.get()) {
                    String word = word(cycle, writer, counter.incrementAndGet());
                    try {
                        HttpResponse<String> created = call("POST", "/api/v1/articles", "{\"title\":\"Tin kiểm thử tắt máy "
                                + word + "\",\"summary\":\"Tóm tắt\",\"body\":\"Nội dung có từ " + word
                                + ".\",\"section\":\"tinh-hinh-tre-em\",\"tags\":[]}");
                        if (created.statusCode() != 201) {
                            continue;
                        }
                        JsonObject article = Json.object(created.body());
                        HttpResponse<String> published = call("POST", "/api/v1/articles/" + article.getString("id")
                                + "/publish", null);
                        if (published.statusCode() == 200) {
                            acknowledged.put(article.getString("slug"), word);
                        }
                    } catch (IllegalStateException e) {
                        // the portal is gone: whatever was not acknowledged does not count
                    }
                }
            }, "kill-writer-" + writer);
            writers.add(thread);
            thread.start();
        }
        Thread.sleep(3_000 + random.nextInt(9_000));
        lastly.run();
        kill(server);
        server = null;
        dead.set(true);
        for (Thread thread : writers) {
            thread.join(60_000);
        }
        System.out.printf("KillNineIT cycle %d: killed with %d acknowledged publications so far%n", cycle, acknowledged.size());
    }

    /** A word found in one article only: letters, so the analyzer keeps it whole. */
    private static String word(int cycle, int writer, int n) {
        StringBuilder s = new StringBuilder("zk").append((char) ('a' + cycle)).append((char) ('a' + writer));
        for (int v = n; v > 0; v /= 26) {
            s.append((char) ('a' + v % 26));
        }
        return s.toString();
    }

    private Process start(Path wlp, Path data, Path content) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", "portal-kill")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/kill-server-console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("PORTAL_HTTP_PORT", Integer.toString(Integer.getInteger("it.kill.http.port", 9280)));
        env.put("PORTAL_HTTPS_PORT", Integer.toString(Integer.getInteger("it.kill.https.port", 9643)));
        env.put("PORTAL_DATA_DIR", data.toAbsolutePath().toString());
        env.put("PORTAL_CONTENT_DIR", content.toAbsolutePath().toString());
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORTAL_SMTP_HOST", "127.0.0.1");
        env.put("PORTAL_SMTP_PORT", Integer.toString(Integer.getInteger("it.kill.smtp.port", 9326)));
        env.put("PORTAL_MAIL_RETRY_DELAYS", "PT2S,PT5S,PT10S,PT30S,PT1M,PT5M");
        Process process = builder.start();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the portal-kill server stopped while starting (exit " + process.exitValue()
                        + "); see target/kill-server-console.log");
            }
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        kill(process);
        return fail("the portal-kill server was not ready within " + READY);
    }

    /** SIGKILL to the server's JVM (the script runs it as its child, or becomes it), then to the script. */
    private static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> jvms = process.descendants().toList();
        for (ProcessHandle jvm : jvms) {
            jvm.destroyForcibly();
        }
        process.destroyForcibly();
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().join();
        }
        process.waitFor();
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> call(String method, String path, String json) {
        return callAs("admin", method, path, json);
    }

    private HttpResponse<String> callAs(String username, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("portal-kill not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
        assertNotNull(dir);
    }
}
