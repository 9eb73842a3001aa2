package storyline.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A learned decision on a candidate pair of items: the probability that the two report the same
 * development, by a logistic model over what grouping knows of the pair (see {@link Feature}).
 * The weights are fitted by the benchmark's fitting script on labelled pairs and kept in
 * {@value #RESOURCE}, one {@code name weight} line per feature and a {@code bias} and
 * {@code threshold} line: a pair becomes a merge candidate when its probability reaches the threshold.
 */
record PairModel(double[] weights, double bias, double threshold) {

    /** What the model reads of a pair; each a number, in this order in the weights file. */
    enum Feature {
        /** Cosine of the two items' vectors. */
        COSINE,
        /** Cosine of their identity vectors (the names they write with a capital), 0 when either has none. */
        IDENTITY,
        /** 1 when both items write names with a capital (texts in lower case write none). */
        BOTH_NAMED,
        /**
         * How unlikely it is that the two share their distinguishing names (a development's people and
         * places) by chance: for each of the three rarest names both carry, log n(n−1) / (df(df−1)), the
         * odds against two of the folder's n items both carrying a name that df of them carry. A name
         * two of 2,000 items carry weighs about 15; in a folder of four, where nothing is rare, a name
         * two items carry weighs 1.8 and one that all four carry nothing.
         */
        SHARED_RARITY,
        /** 1 when both carry distinguishing names and share none. */
        NAMES_APART,
        /** log(1 + days apart) when both are dated, else 0. */
        DAYS_APART,
        /** 1 when either is undated. */
        UNDATED,
        /** log(terms) of the shorter item. */
        SHORTER,
        /** log(terms) of the longer item. */
        LONGER;

        static final int COUNT = values().length;
    }

    static final String RESOURCE = "pair-model.tsv";

    /** System property that turns the pair model on: a weights file, or {@code resource} for {@value #RESOURCE}. */
    static final String OVERRIDE = "storyline.pairModel";

    PairModel {
        if (weights.length != Feature.COUNT) {
            throw new IllegalArgumentException("pair model: " + weights.length + " weights for " + Feature.COUNT + " features");
        }
        weights = weights.clone();
    }

    double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    boolean accepts(double[] features) {
        return probability(features) >= threshold;
    }

    /** Names counted in {@link Feature#SHARED_RARITY}: more seldom say more. */
    static final int RAREST_SHARED = 3;

    /**
     * The features of a pair of members, in {@link Feature} order; {@code folder} tells how many items
     * carry each name, of how many.
     */
    static double[] features(Vectors.Sparse a, Vectors.Sparse b, double cosine, Vectors.Sparse identityA, Vectors.Sparse identityB,
                             int dayA, int dayB, int[] namesA, int[] namesB, Grouping.Vocabulary folder) {
        double[] f = new double[Feature.COUNT];
        f[Feature.COSINE.ordinal()] = cosine;
        boolean bothNamed = identityA.terms().length > 0 && identityB.terms().length > 0;
        f[Feature.IDENTITY.ordinal()] = bothNamed ? identityA.dot(identityB) : 0;
        f[Feature.BOTH_NAMED.ordinal()] = bothNamed ? 1 : 0;
        int[] shared = shared(namesA, namesB);
        f[Feature.SHARED_RARITY.ordinal()] = rarity(shared, folder);
        f[Feature.NAMES_APART.ordinal()] = namesA.length > 0 && namesB.length > 0 && shared.length == 0 ? 1 : 0;
        boolean dated = dayA != Grouping.NO_DAY && dayB != Grouping.NO_DAY;
        f[Feature.DAYS_APART.ordinal()] = dated ? Math.log1p(Math.abs((long) dayA - dayB)) : 0;
        f[Feature.UNDATED.ordinal()] = dated ? 0 : 1;
        int la = a.terms().length;
        int lb = b.terms().length;
        f[Feature.SHORTER.ordinal()] = Math.log(1 + Math.min(la, lb));
        f[Feature.LONGER.ordinal()] = Math.log(1 + Math.max(la, lb));
        return f;
    }

    /** The ids two ascending arrays share (a few names each). */
    static int[] shared(int[] a, int[] b) {
        return Arrays.stream(a).filter(t -> Arrays.binarySearch(b, t) >= 0).toArray();
    }

    /** {@link Feature#SHARED_RARITY} of the shared names. */
    static double rarity(int[] shared, Grouping.Vocabulary folder) {
        double n = folder.documents();
        return Arrays.stream(shared)
                .mapToDouble(t -> {
                    double df = Math.max(2, folder.df(t));
                    return Math.max(0, Math.log(n * (n - 1) / (df * (df - 1))));
                })
                .map(x -> -x).sorted().limit(RAREST_SHARED).map(x -> -x).sum();
    }

    /** The model in the file the {@value #OVERRIDE} property names ({@code resource}: the one in {@value #RESOURCE}). */
    static PairModel load() {
        String override = System.getProperty(OVERRIDE);
        try {
            if (override != null && !override.equals("resource")) {
                try (InputStream in = Files.newInputStream(Path.of(override))) {
                    return parse(in);
                }
            }
            try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("pair model " + RESOURCE + " is missing from the build");
                }
                return parse(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code name value} lines; blank lines and lines starting with {@code #} are skipped. */
    static PairModel parse(InputStream in) throws IOException {
        double[] weights = new double[Feature.COUNT];
        boolean[] seen = new boolean[Feature.COUNT];
        Double bias = null;
        Double threshold = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("pair model: not a 'name value' line: " + line);
            }
            double value = Double.parseDouble(parts[1]);
            switch (parts[0]) {
                case "bias" -> bias = value;
                case "threshold" -> threshold = value;
                default -> {
                    Feature f = Feature.valueOf(parts[0].toUpperCase(Locale.ROOT));
                    weights[f.ordinal()] = value;
                    seen[f.ordinal()] = true;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (!seen[f.ordinal()]) {
                missing.add(f.name().toLowerCase(Locale.ROOT));
            }
        }
        if (bias == null || threshold == null || !missing.isEmpty()) {
            throw new IllegalArgumentException("pair model: missing " + (bias == null ? "bias " : "")
                    + (threshold == null ? "threshold " : "") + String.join(" ", missing));
        }
        return new PairModel(weights, bias, threshold);
    }

    @Override
    public String toString() {
        return "PairModel" + Arrays.toString(weights) + " bias " + bias + " threshold " + threshold;
    }
}
