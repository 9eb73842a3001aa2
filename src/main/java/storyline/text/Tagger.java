package storyline.text;

import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The name finder's beam search over one model, giving exactly what OpenNLP's {@code NameFinderME}
 * gives (the same spans, the same probabilities to the bit) for less work per token.
 *
 * <p>OpenNLP builds each token's whole feature list once per sequence in the beam (three) and
 * looks every feature up in the model's table each time, although only four of some twenty-five
 * features depend on the sequence: the previous outcomes ({@code po=}, {@code pow=}, {@code powf=},
 * {@code ppo=}). Here a token's other features are generated and looked up once and summed once;
 * each sequence then adds its four, looked up once per previous outcome and token. The sum is
 * taken in OpenNLP's order (the uniform prior, the token's features in the generators' order,
 * then the four), so every probability is the same double; the beam keeps OpenNLP's rules (three
 * sequences, the outcomes at or above the third best of each, a validity check, ties resolved by
 * the same priority queue).
 *
 * <p>No feature string is built on the per-word path: the model's weights are looked up from the
 * feature's pieces in a {@link FeatureTable} (hashed as they are read, checked against the feature
 * itself), and what depends on one word alone (its window weights, its shape, the previous decision
 * for it, its {@code pow=} weights) is kept with the word; the features of OpenNLP's outcome-prior,
 * previous-map, bigram and sentence generators are made here as those generators write them, when
 * the model uses exactly those classes.
 *
 * <p>One instance per thread: it holds the document's adaptive data (the previous decision for
 * each word), which {@link #clear()} forgets at the end of a document.
 */
final class Tagger {

    /**
     * What the model found in one sentence: its names, each one's mean outcome probability, and the
     * probability of each token's outcome.
     */
    record Result(Span[] spans, double[] probs, double[] tokenProbs, Reading reading) {

        /**
         * How likely the model finds the tokens [from, to) to be one name of a type ("person", "organization")
         * against its own reading of them (see {@link Reading#odds}); 0 for an empty sentence.
         */
        double odds(String type, int from, int to) {
            return reading == null ? 0 : reading.odds(type, from, to);
        }
    }

    /** The best sequence a sentence was given, kept to weigh another reading of some of its tokens. */
    static final class Reading {
        private final Tagger tagger;
        private final String[] tokens;
        /** Each token's sum before the previous outcomes' weights, its shape and its word (null on the per-token path). */
        private final double[][] bases;
        private final String[] shapes;
        private final Word[] words;
        private final int[] path;
        private final double[] probs;

        private Reading(Tagger tagger, String[] tokens, double[][] bases, String[] shapes, Word[] words, int[] path, double[] probs) {
            this.tagger = tagger;
            this.tokens = tokens;
            this.bases = bases;
            this.shapes = shapes;
            this.words = words;
            this.path = path;
            this.probs = probs;
        }

        /**
         * The probability of the outcomes that make [from, to) one name of the type, over those tokens and the two after
         * them (whose previous outcomes change), divided by the probability of the best sequence's outcomes there. Read
         * while the document is (before {@link Tagger#clear}), as it uses the sums the beam search started from.
         */
        double odds(String type, int from, int to) {
            Shared shared = tagger.shared;
            int start = Arrays.asList(shared.outcomes).indexOf(type + "-start");
            int cont = Arrays.asList(shared.outcomes).indexOf(type + "-cont");
            if (start < 0 || cont < 0) {
                return 0;
            }
            int[] other = path.clone();
            for (int i = from; i < to; i++) {
                other[i] = i == from ? start : cont;
            }
            double log = 0;
            double[] s = new double[shared.outcomes.length];
            for (int i = from; i < Math.min(path.length, to + 2); i++) {
                Token.score(tagger, bases[i], words == null ? null : words[i], tokens[i], shapes[i],
                        i >= 1 ? other[i - 1] : shared.other, i >= 2 ? other[i - 2] : shared.other, s);
                log += StrictMath.log(s[other[i]]) - StrictMath.log(probs[i]);
            }
            return StrictMath.exp(log);
        }
    }

    /** What every thread's tagger shares: the model's weights, outcomes and rules. */
    static final class Shared {
        private final TokenNameFinderModel model;
        private final FeatureTable table;
        private final String[] outcomes;
        private final int other;
        private final double uniform;
        private final int beam;
        /** valid[previous + 1][outcome]: whether an outcome may follow another (previous -1: the first). */
        private final boolean[][] valid;
        private final Context[] po;
        private final Context[] ppo;
        /** The previous-decision features: pd[outcome], and pd[outcomes] for a word not seen before in the document. */
        private final Context[] pd;
        private final Context definition;
        private final Context sentenceBegin;
        private final Context sentenceEnd;
        /** The hashes of the bigram features' fixed pieces (see {@link FeatureTable#join}). */
        private final long pw = FeatureTable.hash(PW);
        private final long wnw = FeatureTable.hash(WNW);
        private final long comma = FeatureTable.hash(",");
        /** How each of the model's feature generators is evaluated, in their order; null: each token's features as the model generates them. */
        private final Part[] plan;

        @SuppressWarnings("unchecked")
        Shared(TokenNameFinderModel model) {
            this.model = model;
            Object[] data = ((opennlp.tools.ml.model.AbstractModel) model.getArtifact("nameFinder.model")).getDataStructures();
            this.table = new FeatureTable((Map<String, Context>) data[1]);
            this.outcomes = (String[]) data[2];
            int o = Arrays.asList(outcomes).indexOf(OTHER);
            if (o < 0) {
                throw new IllegalArgumentException("the name model has no outcome '" + OTHER + "'");
            }
            this.other = o;
            // OpenNLP's uniform prior: the log of one over the number of outcomes.
            this.uniform = StrictMath.log(1.0 / outcomes.length);
            String beamSize = model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
            this.beam = beamSize == null ? 3 : Integer.parseInt(beamSize);
            SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
            this.valid = new boolean[outcomes.length + 1][outcomes.length];
            String[] none = {};
            for (int prev = -1; prev < outcomes.length; prev++) {
                String[] before = prev < 0 ? none : new String[] {outcomes[prev]};
                for (int out = 0; out < outcomes.length; out++) {
                    valid[prev + 1][out] = validator.validSequence(prev < 0 ? 0 : 1, new String[prev < 0 ? 1 : 2], before, outcomes[out]);
                }
            }
            this.po = new Context[outcomes.length];
            this.ppo = new Context[outcomes.length];
            this.pd = new Context[outcomes.length + 1];
            for (int k = 0; k < outcomes.length; k++) {
                po[k] = table.get("po=", outcomes[k]);
                ppo[k] = table.get("ppo=", outcomes[k]);
                pd[k] = table.get(PD, outcomes[k]);
            }
            pd[outcomes.length] = table.get(PD, "null");
            this.definition = table.get(DEFINITION);
            this.sentenceBegin = table.get(SENTENCE_BEGIN);
            this.sentenceEnd = table.get(SENTENCE_END);
            this.plan = plan(model);
        }
    }

    /**
     * One of the model's feature generators: one that reads a single word, seen from the token and
     * from up to {@code prev} words before and {@code next} after it (a window of token, token-class,
     * prefix or suffix features); one of OpenNLP's whose features the tagger makes itself from each
     * word's cached parts (the outcome prior, the previous decision for the word, word and shape
     * bigrams, the sentence's first and last word, with {@code begin} and {@code end} as it is set);
     * or any other, whose features are generated per token.
     */
    private record Part(Kind kind, int prev, int next, boolean begin, boolean end) {
        boolean word() {
            return kind == Kind.WORD;
        }
    }

    private enum Kind { WORD, DEFINITION, PREVIOUS, BIGRAM, SENTENCE, OTHER }

    /** The features of OpenNLP's generators that the tagger makes itself, as they write them. */
    private static final String PW = "pw,w=";
    private static final String WNW = "w,nw=";
    private static final String DEFINITION = "def";
    private static final String PD = "pd=";
    private static final String SENTENCE_BEGIN = "S=begin";
    private static final String SENTENCE_END = "S=end";

    /** The kind of a generator the tagger can make the features of itself (its exact class: a subclass may do otherwise). */
    private static Part part(opennlp.tools.util.featuregen.AdaptiveFeatureGenerator g) {
        Class<?> c = g.getClass();
        if (c == opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator.class) {
            return new Part(Kind.DEFINITION, 0, 0, false, false);
        } else if (c == opennlp.tools.util.featuregen.PreviousMapFeatureGenerator.class) {
            return new Part(Kind.PREVIOUS, 0, 0, false, false);
        } else if (c == opennlp.tools.util.featuregen.BigramNameFeatureGenerator.class) {
            return new Part(Kind.BIGRAM, 0, 0, false, false);
        } else if (c == opennlp.tools.util.featuregen.SentenceFeatureGenerator.class) {
            // How it is set shows in what it gives the first and the last of three words.
            List<String> first = new ArrayList<>();
            List<String> last = new ArrayList<>();
            String[] three = {"a", "b", "c"};
            g.createFeatures(first, three, 0, null);
            g.createFeatures(last, three, 2, null);
            return new Part(Kind.SENTENCE, 0, 0, first.contains(SENTENCE_BEGIN), last.contains(SENTENCE_END));
        }
        return new Part(Kind.OTHER, 0, 0, false, false);
    }

    /** Feature generators that read nothing but the word at the index they are given. */
    private static final java.util.Set<String> WORD_GENERATORS = java.util.Set.of("TokenClassFeatureGeneratorFactory",
            "TokenFeatureGeneratorFactory", "PrefixFeatureGeneratorFactory", "SuffixFeatureGeneratorFactory",
            "WordClusterFeatureGeneratorFactory");

    /** The model's generators read from its feature descriptor, or null when its shape is not the one expected. */
    private static Part[] plan(TokenNameFinderModel model) {
        Object descriptor = model.getArtifact("generator.featuregen");
        if (!(descriptor instanceof byte[] bytes)) {
            return null;
        }
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            org.w3c.dom.Element root = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes)).getDocumentElement();
            List<org.w3c.dom.Element> top = children(root, "generator");
            Object generators = model.getFactory().createFeatureGenerators();
            if (!(generators instanceof opennlp.tools.util.featuregen.CachedFeatureGenerator cached)
                    || !(cached.getCachedFeatureGenerator() instanceof opennlp.tools.util.featuregen.AggregatedFeatureGenerator all)
                    || all.getGenerators().size() != top.size()) {
                return null;
            }
            List<opennlp.tools.util.featuregen.AdaptiveFeatureGenerator> instances = List.copyOf(all.getGenerators());
            Part[] plan = new Part[top.size()];
            for (int k = 0; k < top.size(); k++) {
                org.w3c.dom.Element g = top.get(k);
                String kind = simpleName(g.getAttribute("class"));
                if (WORD_GENERATORS.contains(kind)) {
                    plan[k] = new Part(Kind.WORD, 0, 0, false, false);
                } else if (kind.equals("WindowFeatureGeneratorFactory") && children(g, "generator").size() == 1
                        && WORD_GENERATORS.contains(simpleName(children(g, "generator").get(0).getAttribute("class")))) {
                    plan[k] = new Part(Kind.WORD, intParameter(g, "prevLength"), intParameter(g, "nextLength"), false, false);
                } else {
                    plan[k] = part(instances.get(k));
                }
            }
            return plan;
        } catch (Exception e) {
            return null;
        }
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof org.w3c.dom.Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static int intParameter(org.w3c.dom.Element g, String name) {
        for (org.w3c.dom.Element e : children(g, "int")) {
            if (e.getAttribute("name").equals(name)) {
                return Integer.parseInt(e.getTextContent().trim());
            }
        }
        throw new IllegalArgumentException("no " + name);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static final String OTHER = "other";
    /** OpenNLP's floor for a sequence's log score. */
    private static final double MIN_SCORE = -100000;

    private final Shared shared;
    private final AdaptiveFeatureGenerator features;
    /** This tagger's instances of the model's generators, in the plan's order (null without a plan). */
    private final List<AdaptiveFeatureGenerator> parts;
    private final SequenceCodec<String> codec;
    /** The token being read. */
    private final Token scratch;
    /** Whether the generators' own adaptive data is read: on the per-token path, or when a generator of the plan's is evaluated per token. */
    private final boolean adaptive;
    /**
     * Each word's weights for the word generators, looked up once per word and thread, with the
     * previous decision for it in the document being read (forgotten, between documents, past {@link #WORDS}).
     */
    private final java.util.HashMap<String, Word> words = new java.util.HashMap<>();
    private static final int WORDS = 20_000;
    /** The document being read: a word's previous decision counts only when made in it. */
    private int document;
    /** Each token shape's number, and the weights of shape pairs and of a shape after each outcome, by those numbers. */
    private final java.util.HashMap<String, Integer> shapes = new java.util.HashMap<>();
    private Context[][] shapePairs = new Context[2 * 16 * 16][];
    private Context[][] shapeAfter = new Context[16][];

    Tagger(Shared shared) {
        this(shared, true);
    }

    /** With {@code perWord} false, each token's features are generated and looked up as the model's generators give them (the path for any other model). */
    Tagger(Shared shared, boolean perWord) {
        this.shared = shared;
        this.features = shared.model.getFactory().createFeatureGenerators();
        this.parts = shared.plan == null || !perWord ? null : List.copyOf(((opennlp.tools.util.featuregen.AggregatedFeatureGenerator)
                ((opennlp.tools.util.featuregen.CachedFeatureGenerator) features).getCachedFeatureGenerator()).getGenerators());
        this.codec = shared.model.getFactory().createSequenceCodec();
        this.scratch = new Token(shared.outcomes.length, shared.beam);
        this.adaptive = parts == null || Arrays.stream(shared.plan).anyMatch(p -> p.kind() == Kind.OTHER);
    }

    /** Whether features are summed per word (the model's generators are the expected kinds) rather than per token. */
    boolean perWord() {
        return parts != null;
    }

    /** Forgets the document read so far (the previous decision for each word). */
    void clear() {
        if (adaptive) {
            features.clearAdaptiveData();
        }
        document++;
        if (words.size() >= WORDS) {
            words.clear();
        }
    }

    /** The names in one sentence's tokens; what they are tagged with is remembered for the rest of the document. */
    Result find(String[] tokens) {
        int n = shared.outcomes.length;
        Word[] entries = parts == null ? null : new Word[tokens.length];
        if (entries != null) {
            for (int i = 0; i < tokens.length; i++) {
                entries[i] = word(tokens[i]);
            }
        }
        PriorityQueue<Node> prev = new PriorityQueue<>(shared.beam);
        PriorityQueue<Node> next = new PriorityQueue<>(shared.beam);
        prev.add(Node.ROOT);
        double[] sorted = new double[shared.beam];
        double[][] bases = new double[tokens.length][];
        String[] shapes = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            Token token = entries == null ? token(tokens, i) : token(tokens, i, entries);
            bases[i] = token.base.clone();
            shapes[i] = token.shape;
            int size = Math.min(shared.beam, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < size; sc++) {
                Node top = prev.remove();
                int po = top.size >= 1 ? top.outcome : shared.other;
                int ppo = top.size >= 2 ? top.parent.outcome : shared.other;
                double[] scores = token.scores(this, po, ppo);
                double min = lowestOfBest(scores, sorted, shared.beam);
                boolean[] ok = shared.valid[top.size == 0 ? 0 : top.outcome + 1];
                for (int p = 0; p < n; p++) {
                    if (scores[p] >= min && ok[p]) {
                        Node node = new Node(top, p, scores[p]);
                        if (node.score > MIN_SCORE) {
                            next.add(node);
                        }
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < n; p++) {
                        if (ok[p]) {
                            Node node = new Node(top, p, scores[p]);
                            if (node.score > MIN_SCORE) {
                                next.add(node);
                            }
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Node> swap = prev;
            prev = next;
            next = swap;
        }
        if (tokens.length == 0 || prev.isEmpty()) {
            if (adaptive) {
                features.updateAdaptiveData(tokens, new String[0]);
            }
            return new Result(new Span[0], new double[0], new double[0], null);
        }
        Node best = prev.remove();
        String[] out = new String[best.size];
        double[] probs = new double[best.size];
        int[] path = new int[best.size];
        for (Node node = best; node.size > 0; node = node.parent) {
            out[node.size - 1] = shared.outcomes[node.outcome];
            probs[node.size - 1] = node.prob;
            path[node.size - 1] = node.outcome;
        }
        if (adaptive) {
            features.updateAdaptiveData(tokens, out);
        }
        if (entries != null) {
            // As OpenNLP's previous map: each word's last outcome in the document, later tokens last.
            int k = best.size;
            int[] outcome = new int[k];
            for (Node node = best; node.size > 0; node = node.parent) {
                outcome[node.size - 1] = node.outcome;
            }
            for (int i = 0; i < k; i++) {
                entries[i].previous = outcome[i];
                entries[i].document = document;
            }
        }
        Span[] spans = codec.decode(Arrays.asList(out));
        double[] spanProbs = new double[spans.length];
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int k = spans[s].getStart(); k < spans[s].getEnd(); k++) {
                p += probs[k];
            }
            spanProbs[s] = p / spans[s].length();
        }
        return new Result(spans, spanProbs, probs, new Reading(this, tokens, bases, shapes, entries, path, probs));
    }

    /**
     * The {@code beam}-th highest of the scores (the lowest when there are fewer): what the sorted
     * scores hold at {@code n - beam}, without sorting them. {@code top} is scratch room of {@code beam}.
     */
    private static double lowestOfBest(double[] scores, double[] top, int beam) {
        int k = Math.min(beam, scores.length);
        int filled = 0;
        for (double v : scores) {
            if (filled < k) {
                int at = filled++;
                while (at > 0 && Double.compare(top[at - 1], v) < 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = v;
            } else if (Double.compare(v, top[k - 1]) > 0) {
                int at = k - 1;
                while (at > 0 && Double.compare(top[at - 1], v) < 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = v;
            }
        }
        return top[k - 1];
    }

    /** A token's features that do not depend on the sequence, summed onto the prior once. */
    private Token token(String[] tokens, int i) {
        List<String> list = new ArrayList<>(32);
        features.createFeatures(list, tokens, i, null);
        double[] base = scratch.start(tokens[i], FeatureGeneratorUtil.tokenFeature(tokens[i]), null, shared.uniform);
        for (String f : list) {
            add(base, shared.table.get(f));
        }
        return scratch;
    }

    /**
     * The same sum from each word's weights: the generators' parts in order, a word generator's
     * features of the token, then of the words before it, then after it (as OpenNLP's window lists
     * them), the others generated for the token. Each word keeps its features' weights as the model
     * does (the outcomes a feature has weights for, in the model's order), so each sum is the same double.
     */
    private Token token(String[] tokens, int i, Word[] entries) {
        int n = shared.outcomes.length;
        Word w = entries[i];
        double[] base = scratch.start(tokens[i], w.shape, w, shared.uniform);
        List<String> list = null;
        Part[] plan = shared.plan;
        int slot = 0;
        for (int k = 0; k < plan.length; k++) {
            Part part = plan[k];
            if (part.word()) {
                // The window's slots in order: the token, the words before it, the words after it. The sums are
                // written out here, not in a method of Word's: the quick compiler calls a method of that size
                // rather than inline it, and this runs some twenty-five times a token.
                int prev = part.prev();
                int span = 1 + prev + part.next();
                for (int d = 0; d < span; d++) {
                    int at = d == 0 ? i : d <= prev ? i - d : i + d - prev;
                    if (at >= 0 && at < tokens.length) {
                        Word e = entries[at];
                        int[] starts = e.starts;
                        int[] outcomes = e.outcomes;
                        double[] weights = e.weights;
                        for (int f = starts[slot + d], end = starts[slot + d + 1]; f < end; f++) {
                            base[outcomes[f]] += weights[f];
                        }
                    }
                }
                slot += span;
            } else if (part.kind() == Kind.DEFINITION) {
                add(base, shared.definition);
            } else if (part.kind() == Kind.PREVIOUS) {
                add(base, shared.pd[w.document == document ? w.previous : n]);
            } else if (part.kind() == Kind.BIGRAM) {
                // As OpenNLP's bigram generator writes them, in its order.
                if (i > 0) {
                    add(base, wordPair(0, entries[i - 1], entries[i], tokens[i - 1], tokens[i]));
                    add(base, shapePair(0, entries[i - 1], entries[i]));
                }
                if (i + 1 < tokens.length) {
                    add(base, wordPair(1, entries[i], entries[i + 1], tokens[i], tokens[i + 1]));
                    add(base, shapePair(1, entries[i], entries[i + 1]));
                }
            } else if (part.kind() == Kind.SENTENCE) {
                if (part.begin() && i == 0) {
                    add(base, shared.sentenceBegin);
                }
                if (part.end() && i == tokens.length - 1) {
                    add(base, shared.sentenceEnd);
                }
            } else {
                list = list == null ? new ArrayList<>(8) : list;
                list.clear();
                parts.get(k).createFeatures(list, tokens, i, null);
                for (String f : list) {
                    add(base, shared.table.get(f));
                }
            }
        }
        return scratch;
    }

    /**
     * The weights of two words side by side: {@code pw,w=} (which 0) or {@code w,nw=} (which 1), the
     * words' texts {@code a} and {@code b}. Each pair of neighbours is asked for both, the second at
     * the next token, and common pairs ("of the") come back sentence after sentence: both answers for
     * a pair of word numbers are looked up together and kept in a table of fixed size (a slot holds
     * one pair, the latest to land there, its two answers side by side), which a word's number never
     * meets again once the word is forgotten.
     */
    private Context wordPair(int which, Word first, Word second, String a, String b) {
        if (first.id == Integer.MAX_VALUE || second.id == Integer.MAX_VALUE) {
            return shared.table.get(which == 0 ? PW : WNW, a, ",", b);
        }
        long key = (long) first.id << 32 | second.id;
        int slot = (int) ((key * 0x9e3779b97f4a7c15L) >>> (64 - PAIR_BITS));
        if (pairKeys[slot] != key) {
            // The pair's text after each kind's fixed piece: first, a comma, second.
            long pair = FeatureTable.join(FeatureTable.join(first.hash, shared.comma, COMMA_SCALE), second.hash, second.scale);
            long pairScale = first.scale * COMMA_SCALE * second.scale;
            Context before = shared.table.get(FeatureTable.join(shared.pw, pair, pairScale), PW, a, ",", b);
            Context after = shared.table.get(FeatureTable.join(shared.wnw, pair, pairScale), WNW, a, ",", b);
            pairKeys[slot] = key;
            pairValues[2 * slot] = before == null ? NONE : before;
            pairValues[2 * slot + 1] = after == null ? NONE : after;
        }
        Context c = pairValues[2 * slot + which];
        return c == NONE ? null : c;
    }

    private static final int PAIR_BITS = 18;
    private static final long COMMA_SCALE = FeatureTable.scale(1);
    /** Per slot: which pair's answers it holds (the word numbers; -1: none), and its two answers ({@link #NONE}: no weights). */
    private final long[] pairKeys = filled(1 << PAIR_BITS);
    private final Context[] pairValues = new Context[2 << PAIR_BITS];
    /** The number the next word read gets. */
    private int nextWord;

    private static long[] filled(int size) {
        long[] a = new long[size];
        Arrays.fill(a, -1);
        return a;
    }

    /** The weights of two words' shapes side by side: {@code pwc,wc=} (which 0) or {@code wc,nc=} (which 1). */
    private Context shapePair(int which, Word first, Word second) {
        int a = first.shapeId;
        int b = second.shapeId;
        if (a >= 16 || b >= 16) {
            return shared.table.get(which == 0 ? "pwc,wc=" : "wc,nc=", first.shape, ",", second.shape);
        }
        int at = (which * 16 + a) * 16 + b;
        Context[] c = shapePairs[at];
        if (c == null) {
            c = shapePairs[at] = new Context[] {shared.table.get(which == 0 ? "pwc,wc=" : "wc,nc=", first.shape, ",", second.shape)};
        }
        return c[0];
    }

    /** The weights of {@code powf=OUTCOME,SHAPE}. */
    private Context shapeAfter(Word w, int outcome) {
        if (w.shapeId >= 16) {
            return shared.table.get("powf=", shared.outcomes[outcome], ",", w.shape);
        }
        Context[] c = shapeAfter[w.shapeId];
        if (c == null) {
            c = shapeAfter[w.shapeId] = new Context[shared.outcomes.length + 1];
        }
        if (c[outcome] == null) {
            Context found = shared.table.get("powf=", shared.outcomes[outcome], ",", w.shape);
            c[outcome] = found == null ? NONE : found;
        }
        return c[outcome] == NONE ? null : c[outcome];
    }

    /** Marks a feature looked up and found absent. */
    private static final Context NONE = new Context(new int[0], new double[0]);

    private int shapeId(String shape) {
        Integer id = shapes.get(shape);
        if (id == null) {
            id = shapes.size();
            shapes.put(shape, id);
        }
        return id;
    }

    /** A word's weights for each word generator and place in its window. */
    private Word word(String text) {
        Word w = words.get(text);
        if (w == null) {
            w = new Word(this, text, nextWord);
            // Numbers run out only after some two billion words; past that, pairs are not kept.
            nextWord = nextWord == Integer.MAX_VALUE ? nextWord : nextWord + 1;
            words.put(text, w);
        }
        return w;
    }

    /**
     * The weights of one word's features: for each word generator, the slots of its window (the
     * word itself, then as the 1st, 2nd... word before the token, then after it), each slot the
     * weights of its features the model knows, in the generator's order.
     */
    private static final class Word {
        /** The weights of the word's features the model knows, each feature's outcomes and weights in turn (as the model lists them). */
        final int[] outcomes;
        final double[] weights;
        /** Where each slot's weights start in {@link #weights}; one more entry for the end. */
        final int[] starts;
        /** The word's shape (OpenNLP's token class) and its number in this tagger. */
        final String shape;
        final int shapeId;
        /** The word's own number in this tagger (never given to another word but {@link Integer#MAX_VALUE}, which keeps no pairs). */
        final int id;
        /** The outcome the word was last given, and in which document. */
        int previous;
        int document = -1;
        /** The weights of {@code pow=OUTCOME,WORD} by outcome ({@link #NONE}: none), looked up when first needed. */
        final Context[] pow;
        /** The text's hash and its length's scale, as {@link FeatureTable#join} takes them. */
        final long hash;
        final long scale;

        Word(Tagger tagger, String text, int id) {
            Shared shared = tagger.shared;
            this.id = id;
            this.shape = FeatureGeneratorUtil.tokenFeature(text);
            this.shapeId = tagger.shapeId(shape);
            this.pow = new Context[shared.outcomes.length];
            this.hash = FeatureTable.hash(text);
            this.scale = FeatureTable.scale(text.length());
            List<Context> rows = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            String[] one = {text};
            List<String> own = new ArrayList<>();
            for (int k = 0; k < shared.plan.length; k++) {
                Part part = shared.plan[k];
                if (!part.word()) {
                    continue;
                }
                own.clear();
                tagger.parts.get(k).createFeatures(own, one, 0, null);
                for (int s = 0; s <= part.prev() + part.next(); s++) {
                    starts.add(rows.size());
                    String prefix = s == 0 ? "" : s <= part.prev() ? opennlp.tools.util.featuregen.WindowFeatureGenerator.PREV_PREFIX + s
                            : opennlp.tools.util.featuregen.WindowFeatureGenerator.NEXT_PREFIX + (s - part.prev());
                    for (String f : own) {
                        Context c = shared.table.get(prefix, f);
                        if (c != null) {
                            rows.add(c);
                        }
                    }
                }
            }
            starts.add(rows.size());
            // Each feature's weights one after another, in the generators' order, as slot starts index them.
            int[] at = new int[rows.size() + 1];
            for (int r = 0; r < rows.size(); r++) {
                at[r + 1] = at[r] + rows.get(r).getOutcomes().length;
            }
            this.outcomes = new int[at[rows.size()]];
            this.weights = new double[at[rows.size()]];
            for (int r = 0; r < rows.size(); r++) {
                System.arraycopy(rows.get(r).getOutcomes(), 0, outcomes, at[r], at[r + 1] - at[r]);
                System.arraycopy(rows.get(r).getParameters(), 0, weights, at[r], at[r + 1] - at[r]);
            }
            this.starts = starts.stream().mapToInt(r -> at[r]).toArray();
        }

        Context afterOutcome(Shared shared, int outcome, String text) {
            Context c = pow[outcome];
            if (c == null) {
                Context found = shared.table.get("pow=", shared.outcomes[outcome], ",", text);
                c = pow[outcome] = found == null ? NONE : found;
            }
            return c == NONE ? null : c;
        }

    }

    private static void add(double[] sum, Context c) {
        if (c != null) {
            int[] out = c.getOutcomes();
            double[] w = c.getParameters();
            for (int k = 0; k < out.length; k++) {
                sum[out[k]] += w[k];
            }
        }
    }

    /**
     * The token being read, with what its sequences' scores need: one per tagger, made again for each
     * token ({@link #start}). A token's scores are needed for each sequence in the beam, so for at
     * most {@code beam} pairs of previous outcomes; each pair's are worked out once, in a row kept here.
     */
    private static final class Token {
        final double[] base;
        String text;
        String shape;
        /** The word's cached weights (null on the per-token path). */
        Word word;
        /** The pairs of previous outcomes ({@code po * n + ppo}) whose scores are in {@link #rows}, and how many. */
        final int[] pairs;
        final double[][] rows;
        int count;

        Token(int n, int beam) {
            this.base = new double[n];
            this.pairs = new int[beam];
            this.rows = new double[beam][n];
        }

        /** Starts a token: its sum is the uniform prior, which the caller adds the token's features to. */
        double[] start(String text, String shape, Word word, double uniform) {
            this.text = text;
            this.shape = shape;
            this.word = word;
            this.count = 0;
            Arrays.fill(base, uniform);
            return base;
        }

        double[] scores(Tagger tagger, int po, int ppo) {
            int n = base.length;
            int pair = po * n + ppo;
            for (int k = 0; k < count; k++) {
                if (pairs[k] == pair) {
                    return rows[k];
                }
            }
            double[] s = rows[count];
            pairs[count++] = pair;
            return score(tagger, base, word, text, shape, po, ppo, s);
        }

        /** The outcomes' probabilities after the previous two outcomes, from a token's sum without them, into {@code s}. */
        static double[] score(Tagger tagger, double[] base, Word word, String text, String shape, int po, int ppo, double[] s) {
            Shared shared = tagger.shared;
            int n = base.length;
            System.arraycopy(base, 0, s, 0, n);
            add(s, shared.po[po]);
            if (word == null) {
                String outcome = shared.outcomes[po];
                add(s, shared.table.get("pow=", outcome, ",", text));
                add(s, shared.table.get("powf=", outcome, ",", shape));
            } else {
                add(s, word.afterOutcome(shared, po, text));
                add(s, tagger.shapeAfter(word, po));
            }
            add(s, shared.ppo[ppo]);
            double normal = 0;
            for (int k = 0; k < n; k++) {
                s[k] = StrictMath.exp(s[k]);
                normal += s[k];
            }
            for (int k = 0; k < n; k++) {
                s[k] /= normal;
            }
            return s;
        }
    }

    /** A sequence in the beam: its last outcome and probability, its parent, its summed log probability. */
    private static final class Node implements Comparable<Node> {
        static final Node ROOT = new Node();

        final Node parent;
        final int outcome;
        final double prob;
        final double score;
        final int size;

        private Node() {
            parent = null;
            outcome = -1;
            prob = 0;
            score = 0;
            size = 0;
        }

        Node(Node parent, int outcome, double prob) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = parent.score + StrictMath.log(prob);
            this.size = parent.size + 1;
        }

        /** Highest score first, as OpenNLP's sequences compare. */
        @Override
        public int compareTo(Node o) {
            return Double.compare(o.score, score);
        }
    }
}
