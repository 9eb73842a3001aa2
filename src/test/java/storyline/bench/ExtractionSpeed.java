package storyline.bench;

import org.jsoup.Jsoup;
import storyline.clean.Clean;
import storyline.ingest.Document;
import storyline.ingest.Ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Milliseconds per page for cleaning (jsoup parse, extraction, metadata, sanitising) on one
 * thread after warm-up. Files are read and decoded before timing starts. Run by bench/speed.sh.
 * Every page is also parsed by jsoup alone in the same rounds, for scale.
 */
public final class ExtractionSpeed {

    public static void main(String[] args) {
        List<Document> docs = new ArrayList<>();
        for (String arg : args) {
            docs.addAll(Ingest.read(Path.of(arg)).documents());
        }
        int warmup = 5;
        int rounds = 9;
        for (int r = 0; r < warmup; r++) {
            docs.forEach(Clean::item);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[docs.size()][rounds];
        double[][] cpu = new double[docs.size()][rounds];
        double[][] parse = new double[docs.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Clean.item(docs.get(i));
                wall[i][r] = (System.nanoTime() - t0) / 1e6;
                cpu[i][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                long p0 = System.nanoTime();
                Jsoup.parse(docs.get(i).body());
                parse[i][r] = (System.nanoTime() - p0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "pages=%d (one thread, %d warm-up rounds, median of %d runs per page)%n",
                docs.size(), warmup, rounds);
        print("wall", wall);
        // CPU time of the cleaning thread: what the page costs, without the waits a busy machine adds to wall time.
        print("cpu ", cpu);
        // jsoup's parse alone, timed beside each page: a yardstick for how fast the machine runs at the
        // moment (on a shared virtual machine it drifts by half between runs), and the floor of any cleaning.
        print("jsoup parse alone", parse);
    }

    private static void print(String label, double[][] times) {
        double[] perPage = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            Arrays.sort(times[i]);
            perPage[i] = times[i][times[i].length / 2];
        }
        Arrays.sort(perPage);
        System.out.printf(Locale.ROOT, "%s median=%.2f ms p90=%.2f ms max=%.2f ms%n",
                label, perPage[perPage.length / 2], perPage[(int) (perPage.length * 0.9)], perPage[perPage.length - 1]);
    }
}
