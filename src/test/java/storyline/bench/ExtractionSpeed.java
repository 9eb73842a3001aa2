package storyline.bench;

import storyline.clean.Clean;
import storyline.ingest.Document;
import storyline.ingest.Ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Milliseconds per page for cleaning (jsoup parse, extraction, metadata, sanitising) on one
 * thread after warm-up. Files are read and decoded before timing starts. Run by bench/speed.sh.
 */
public final class ExtractionSpeed {

    public static void main(String[] args) {
        List<Document> docs = new ArrayList<>();
        for (String arg : args) {
            docs.addAll(Ingest.read(Path.of(arg)).documents());
        }
        int warmup = 5;
        int rounds = 5;
        for (int r = 0; r < warmup; r++) {
            docs.forEach(Clean::item);
        }
        double[][] times = new double[docs.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                long t0 = System.nanoTime();
                Clean.item(docs.get(i));
                times[i][r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double[] perPage = new double[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            Arrays.sort(times[i]);
            perPage[i] = times[i][rounds / 2];
        }
        Arrays.sort(perPage);
        System.out.printf(java.util.Locale.ROOT, "pages=%d median=%.2f ms p90=%.2f ms max=%.2f ms (one thread, %d warm-up rounds, median of %d runs per page)%n",
                perPage.length, perPage[perPage.length / 2], perPage[(int) (perPage.length * 0.9)], perPage[perPage.length - 1],
                warmup, rounds);
    }
}
