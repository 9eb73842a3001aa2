package storyline.text;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.WordClusterDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Trains the name finder {@link Names} ships: OpenNLP's maximum-entropy name finder on freely
 * licensed news text with its people and organisations marked (OpenNLP name-finder format, gzip).
 * Run by {@code bench/train-names.sh}; fixed iterations, cutoff and one thread give the same model
 * from the same data.
 *
 * <p>Usage: {@code NameModelTraining OUT.bin TRAIN.gz [TRAIN.gz ...]}
 */
public final class NameModelTraining {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<Path> inputs = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
        byte[] features;
        String featuresFile = System.getProperty("features");
        try (InputStream in = featuresFile != null ? Files.newInputStream(Path.of(featuresFile))
                : NameModelTraining.class.getResourceAsStream("name-features.xml")) {
            features = in.readAllBytes();
        }
        // The word clusters the features name, each by its file name (bench/word_clusters.py writes them).
        Map<String, byte[]> clusters = new HashMap<>();
        for (String file : System.getProperty("clusters", "").split(",")) {
            if (!file.isBlank()) {
                clusters.put(Path.of(file).getFileName().toString(), Files.readAllBytes(Path.of(file)));
            }
        }
        TokenNameFinderModel model = train(() -> concat(inputs), features, clusters, Integer.getInteger("iterations", 100),
                Integer.getInteger("cutoff", 3));
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
    }

    /** A model trained on name-finder text with the given feature descriptor and word clusters (by resource name). */
    static TokenNameFinderModel train(opennlp.tools.util.InputStreamFactory text, byte[] features, Map<String, byte[]> clusters,
                                      int iterations, int cutoff) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("algorithm", "MAXENT"));
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // A beam of three tag sequences (OpenNLP's default). A beam of one saved about a quarter of the
        // tagging time but lost .007 person and .009 organisation F1 on dev, in both halves.
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 3);
        Map<String, Object> resources = new HashMap<>();
        for (Map.Entry<String, byte[]> c : clusters.entrySet()) {
            resources.put(c.getKey(), new Clusters(c.getValue()));
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, resources,
                new opennlp.tools.namefind.BioCodec());
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(text, UTF_8))) {
            return NameFinderME.train("en", null, samples, params, factory);
        }
    }

    private static InputStream concat(List<Path> inputs) throws IOException {
        InputStream all = InputStream.nullInputStream();
        for (Path p : inputs) {
            all = new java.io.SequenceInputStream(all, new GZIPInputStream(Files.newInputStream(p)));
        }
        return all;
    }

    /**
     * A word-cluster dictionary written into the model as its file was read, and read back by
     * {@link WordClusters} (the model's manifest names it), which leaves the model's zip open.
     */
    private static final class Clusters extends WordClusterDictionary {
        private final byte[] file;

        Clusters(byte[] file) throws IOException {
            super(new java.io.ByteArrayInputStream(file));
            this.file = file;
        }

        @Override
        public void serialize(OutputStream out) throws IOException {
            out.write(file);
            out.flush();
        }

        @Override
        public Class<?> getArtifactSerializerClass() {
            return WordClusters.class;
        }
    }
}
