import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publish → searchable latency and write throughput, against a running portal (a measurement, not a test).
 *
 * <p>java FeedBench.java BASE_URL ADMIN_PASSWORD [PER_WRITER] [WRITER_COUNTS…]
 *
 * <p>For each writer count: every writer creates an article with a word of its own, publishes it, and polls the
 * search API until the word finds it; the latency runs from sending the publish request to the first answer that
 * has the article. Throughput is published articles per second over the whole phase, creation included. An
 * article not found within {@link #GIVE_UP} counts as lost (the index skipped it) and out of the latencies.
 */
public class FeedBench {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration GIVE_UP = Duration.ofSeconds(20);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static String base;
    private static String auth;

    public static void main(String[] args) throws Exception {
        base = args[0];
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int perWriter = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        List<Integer> counts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            counts.add(Integer.parseInt(args[i]));
        }
        if (counts.isEmpty()) {
            counts = List.of(1, 8);
        }
        run(2, 5, "warm-up");
        System.out.printf("%-8s %8s %10s %10s %10s %12s %6s%n", "writers", "articles", "p50 ms", "p95 ms", "max ms",
                "published/s", "lost");
        for (int writers : counts) {
            Result r = run(writers, perWriter, "w" + writers);
            System.out.printf("%-8d %8d %10.1f %10.1f %10.1f %12.2f %6d%n", writers, writers * perWriter, r.pct(50),
                    r.pct(95), r.pct(100), writers * perWriter / r.seconds, r.lost.get());
        }
    }

    record Result(List<Double> latencies, AtomicInteger lost, double seconds) {
        double pct(int p) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }
    }

    private static Result run(int writers, int perWriter, String tag) throws Exception {
        String runWord = "zb" + letters(System.nanoTime() % 10_000_000) + tag;
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger n = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String word = runWord + "x" + letters(n.incrementAndGet());
                    String created = send("POST", "/api/v1/articles", "{\"title\":\"Đo độ trễ " + word
                            + "\",\"summary\":\"Tóm tắt\",\"body\":\"Nội dung " + word
                            + ".\",\"section\":\"tinh-hinh-tre-em\",\"tags\":[]}", 201);
                    Matcher m = ID.matcher(created);
                    m.find();
                    String id = m.group(1);
                    long sent = System.nanoTime();
                    send("POST", "/api/v1/articles/" + id + "/publish", null, 200);
                    boolean found;
                    while (!(found = send("GET", "/api/v1/search?type=article&q="
                            + URLEncoder.encode(word, StandardCharsets.UTF_8), null, 200).contains(id))
                            && System.nanoTime() - sent < GIVE_UP.toNanos()) {
                        Thread.sleep(5);
                    }
                    if (found) {
                        latencies.add((System.nanoTime() - sent) / 1e6);
                    } else {
                        lost.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return new Result(latencies, lost, (System.nanoTime() - start) / 1e9);
    }

    private static String send(String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (!method.equals("GET")) {
            request.header("Authorization", auth).header("Content-Type", "application/json");
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String letters(long v) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return s.toString();
    }
}
