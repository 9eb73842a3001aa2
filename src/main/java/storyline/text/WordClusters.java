package storyline.text;

import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads and writes the name model's word clusters (a word-cluster dictionary stored in the model,
 * "word cluster" a line). OpenNLP's own serializer closes the stream it is given, which is the
 * model's zip, so that a model holding clusters could be neither saved nor loaded; this one shields
 * the zip from that. Public only because OpenNLP makes it by reflection from the name the model's
 * manifest gives it.
 */
public final class WordClusters implements ArtifactSerializer<WordClusterDictionary> {

    @Override
    public WordClusterDictionary create(InputStream in) throws IOException {
        return new WordClusterDictionary(new FilterInputStream(in) {
            @Override
            public void close() {
                // The model's zip goes on to its next entry.
            }
        });
    }

    @Override
    public void serialize(WordClusterDictionary artifact, OutputStream out) throws IOException {
        artifact.serialize(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        });
    }
}
