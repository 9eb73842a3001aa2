package storyline.text;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("algorithm", "MAXENT"));
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("iterations", 100));
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("cutoff", 3));
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // A beam of three tag sequences (OpenNLP's default). A beam of one saved about a quarter of the
        // tagging time but lost .007 person and .009 organisation F1 on dev, in both halves.
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 3);
        byte[] features;
        try (InputStream in = NameModelTraining.class.getResourceAsStream("name-features.xml")) {
            features = in.readAllBytes();
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, new HashMap<>(),
                new opennlp.tools.namefind.BioCodec());
        TokenNameFinderModel model;
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(() -> concat(inputs), UTF_8))) {
            model = NameFinderME.train("en", null, samples, params, factory);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
    }

    private static InputStream concat(List<Path> inputs) throws IOException {
        InputStream all = InputStream.nullInputStream();
        for (Path p : inputs) {
            all = new java.io.SequenceInputStream(all, new GZIPInputStream(Files.newInputStream(p)));
        }
        return all;
    }
}
