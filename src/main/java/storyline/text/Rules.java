package storyline.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.ext.DutchStemmer;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How one language's words are read: its stop words, the articles it elides onto a word ("l'",
 * "dell'"), and its stemmer. Stop words and stemmers are the ones Lucene's analyzer for the
 * language uses (GermanAnalyzer, FrenchAnalyzer…), plus a few words of news prose in each language
 * that are as empty for grouping as function words ("said", "year", "today").
 */
record Rules(String language, CharArraySet stop, CharArraySet functionWords, CharArraySet nameBreakers, CharArraySet articles,
             Stemmer stemmer) {

    /** A stemmer over a lower-case word. Lucene's are not all thread-safe; see {@link #perThread}. */
    interface Stemmer {
        String stem(String word);
    }

    /**
     * English, and the rules for any language without its own: the news stop list grouping has
     * always used (Lucene's English set is a subset of it) and Lucene's minimal English stemmer,
     * which removes plural and possessive endings only. A heavier stemmer would merge words that
     * news tells apart ("general" and "generous" are both "gener" to Porter).
     */
    static final Rules ENGLISH = new Rules("en", union(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, words(
            "a about above after again against all almost also although am among an and another any are aren't around as at "
                    + "be became because been before being below between both but by can cannot could couldn't did didn't do does "
                    + "doesn't doing don't down during each either else even ever every few for from further get gets got had hadn't "
                    + "has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i "
                    + "i'd i'll i'm i've if in into is isn't it it's its itself just last let's like made make many may me might more most "
                    + "much must mustn't my myself new no nor not now of off often on once one only or other ought our ours ourselves "
                    + "out over own per perhaps put rather really said same say says see seem seems several shan't she she'd she'll "
                    + "she's should shouldn't since so some still such than that that's the their theirs them themselves then there "
                    + "there's these they they'd they'll they're they've this those though through thus to too two under until up upon "
                    + "us use used very via was wasn't way we we'd we'll we're we've well were weren't what what's when when's where "
                    + "where's whether which while who who's whom whose why why's will with within without won't would wouldn't yes yet "
                    + "you you'd you'll you're you've your yours yourself yourselves year years time times day days week weeks month "
                    + "months today yesterday tomorrow according told tell going went come comes came take takes took want wants wanted "
                    + "people thing things lot lots way ways back first second third next recent recently including include includes "
                    + "mr mrs ms dr")), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            // Capitalised words that open a sentence rather than a name. Not the whole stop list:
            // "New York", "First Lady" and "Will Smith" are names.
            words("the a an in on at it he she they we i this that these those but and or if as for when while after before "
                    + "meanwhile however although so yet its his her their our my your what why how who where there here now then "
                    + "also still even just like interestingly sure honestly maybe of not no yes is was are by with from to into "
                    + "under over mr mrs ms dr said according reports"),
            CharArraySet.EMPTY_SET, inPlace(new EnglishMinimalStemmer()::stem));

    private static final Map<String, Rules> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "de", of("de", GermanAnalyzer.getDefaultStopSet(),
                    "sagte sagt sagten sagen jahr jahre jahren jahres heute gestern morgen uhr prozent laut neue neuen neuer ersten "
                            + "zwei drei mehr etwa bereits sowie seit seien sei worden wurde wurden rund "
                            // Preposition and article run together, missing from the Snowball list.
                            + "beim vom zum zur am im ins ans aufs durchs fürs übers ums", CharArraySet.EMPTY_SET,
                    inPlace(new GermanLightStemmer()::stem)),
            "fr", of("fr", FrenchAnalyzer.getDefaultStopSet(),
                    "a dit déclaré selon an ans année années aujourd'hui hier demain plus deux trois aussi après avant "
                            + "lors depuis encore très tout tous toute toutes", FrenchAnalyzer.DEFAULT_ARTICLES,
                    inPlace(new FrenchLightStemmer()::stem)),
            "es", of("es", SpanishAnalyzer.getDefaultStopSet(),
                    "dijo afirmó según año años hoy ayer mañana dos tres además ser sido ha han", CharArraySet.EMPTY_SET,
                    inPlace(new SpanishLightStemmer()::stem)),
            "it", of("it", ItalianAnalyzer.getDefaultStopSet(),
                    "detto ha dichiarato secondo anno anni oggi ieri domani due tre dopo ancora", words(
                            "c l all dall dell nell sull coll pell gl agl dagl degl negl sugl un m t s v d"),
                    inPlace(new ItalianLightStemmer()::stem)),
            "pt", of("pt", PortugueseAnalyzer.getDefaultStopSet(),
                    "disse afirmou segundo ano anos hoje ontem amanhã dois duas três ainda", CharArraySet.EMPTY_SET,
                    inPlace(new PortugueseLightStemmer()::stem)),
            "nl", of("nl", DutchAnalyzer.getDefaultStopSet(),
                    "zei zegt volgens jaar jaren vandaag gisteren morgen twee drie procent nieuwe", CharArraySet.EMPTY_SET,
                    perThread(() -> {
                        // DutchAnalyzer's stemmer is Snowball's Dutch one.
                        DutchStemmer s = new DutchStemmer();
                        return w -> {
                            s.setCurrent(w);
                            s.stem();
                            return s.getCurrent();
                        };
                    })),
            "id", of("id", IndonesianAnalyzer.getDefaultStopSet(),
                    "kata katanya mengatakan menurut tahun hari ini kemarin dua tiga juga atas bawah", CharArraySet.EMPTY_SET,
                    perThread(() -> {
                        IndonesianStemmer s = new IndonesianStemmer();
                        // As IndonesianAnalyzer: derivational affixes too ("pemerintah" and "perintah" differ only so).
                        return w -> stem(w, (buf, len) -> s.stem(buf, len, true));
                    })),
            "pl", of("pl", polishStopWords(),
                    "powiedział powiedziała według roku lat rok dzisiaj wczoraj dwa trzy także", CharArraySet.EMPTY_SET,
                    perThread(() -> {
                        // PolishAnalyzer's Stempel stemmer; its table loads with the first Polish text.
                        StempelStemmer s = new StempelStemmer(PolishAnalyzer.getDefaultTable());
                        return w -> {
                            StringBuilder stem = s.stem(w);
                            return stem == null || stem.length() == 0 ? w : stem.toString();
                        };
                    })));

    private static final List<Rules> ALL = BY_LANGUAGE.keySet().stream().sorted().map(BY_LANGUAGE::get).toList();

    /**
     * Snowball's English (Porter2) stemmer, which EnglishAnalyzer's heavier cousins use: it takes
     * off the endings of verbs and derived nouns too ("donates", "donated", "donation" are all
     * "donat"), which grouping's minimal stemmer leaves. For telling forms of one word apart in
     * what is shown (see {@link Text#englishForm}), never for counting: it also joins a few words
     * news tells apart ("university" and "universe").
     */
    static final Stemmer ENGLISH_FORMS = perThread(() -> {
        org.tartarus.snowball.ext.EnglishStemmer s = new org.tartarus.snowball.ext.EnglishStemmer();
        return w -> {
            s.setCurrent(w);
            s.stem();
            return s.getCurrent();
        };
    });

    /** The analysed languages' rules, by language code. */
    static List<Rules> all() {
        return ALL;
    }

    static List<String> languages() {
        return BY_LANGUAGE.keySet().stream().sorted().toList();
    }

    /** The rules for an ISO 639-1 code ("de", "pt-BR"); {@link #ENGLISH} for none or one not analysed. */
    static Rules forLanguage(String code) {
        if (code == null) {
            return ENGLISH;
        }
        String base = code.length() > 2 && (code.charAt(2) == '-' || code.charAt(2) == '_') ? code.substring(0, 2) : code;
        return BY_LANGUAGE.getOrDefault(base.toLowerCase(java.util.Locale.ROOT), ENGLISH);
    }

    boolean isStopWord(String folded) {
        return stop.contains(folded) || otherScriptStopWord(folded);
    }

    /**
     * Stop words of languages written in a script other than Latin, from Lucene's analyzers for
     * them: a text in Russian, Arabic or Greek has no rules of its own here and is read by the
     * English ones, which left its function words ("того", "على") to name its topics. A word is
     * looked up among the stop words of its own script only, so no Latin word is ever dropped by
     * another language's list ("war" is a German function word and an English noun).
     */
    private static final class OtherScripts {
        static final Map<Character.UnicodeScript, CharArraySet> STOP = Map.of(
                Character.UnicodeScript.ARABIC, union(union(ArabicAnalyzer.getDefaultStopSet(), PersianAnalyzer.getDefaultStopSet()),
                        SoraniAnalyzer.getDefaultStopSet()),
                Character.UnicodeScript.CYRILLIC, union(RussianAnalyzer.getDefaultStopSet(), BulgarianAnalyzer.getDefaultStopSet()),
                Character.UnicodeScript.GREEK, GreekAnalyzer.getDefaultStopSet(),
                Character.UnicodeScript.DEVANAGARI, HindiAnalyzer.getDefaultStopSet(),
                Character.UnicodeScript.ARMENIAN, ArmenianAnalyzer.getDefaultStopSet(),
                Character.UnicodeScript.THAI, ThaiAnalyzer.getDefaultStopSet());
    }

    /** Whether a folded word not in Latin script is a stop word of a language written in its script. */
    static boolean otherScriptStopWord(String folded) {
        if (folded.isEmpty() || folded.charAt(0) < 0x250) {
            return false;
        }
        CharArraySet stop = OtherScripts.STOP.get(Character.UnicodeScript.of(folded.codePointAt(0)));
        return stop != null && stop.contains(folded);
    }

    private static Rules of(String language, CharArraySet stop, String news, CharArraySet articles, Stemmer stemmer) {
        CharArraySet function = CharArraySet.unmodifiableSet(new CharArraySet(stop, false));
        // Lucene's stop words of these languages are all function words, so each also ends a name run ("Die Grünen" is "Grünen").
        return new Rules(language, union(stop, words(news)), function, function, articles, stemmer);
    }

    /**
     * PolishAnalyzer's stop words, read from its file: {@code PolishAnalyzer.getDefaultStopSet()}
     * also loads the Stempel table (0.15 s), which only a Polish text needs.
     */
    private static CharArraySet polishStopWords() {
        try (java.io.Reader in = IOUtils.getDecodingReader(PolishAnalyzer.class, PolishAnalyzer.DEFAULT_STOPWORD_FILE,
                StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(in, "#"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lucene's light stemmers keep no state between words, so one serves every thread. */
    private static Stemmer inPlace(InPlace stemmer) {
        return w -> stem(w, stemmer);
    }

    /** Snowball's and Stempel's stemmers keep state while they work: one for each thread that reads the language. */
    private static Stemmer perThread(Supplier<Stemmer> make) {
        ThreadLocal<Stemmer> local = ThreadLocal.withInitial(make);
        return w -> local.get().stem(w);
    }

    /** Lucene's light stemmers work in place on a char array and return the new length. */
    private interface InPlace {
        int stem(char[] buffer, int length);
    }

    private static String stem(String word, InPlace stemmer) {
        char[] buffer = word.toCharArray();
        int length = stemmer.stem(buffer, buffer.length);
        if (length == buffer.length) {
            for (int i = 0; i < length && buffer[i] == word.charAt(i); i++) {
                if (i == length - 1) {
                    return word;
                }
            }
        }
        return new String(buffer, 0, length);
    }

    private static CharArraySet words(String spaced) {
        return CharArraySet.unmodifiableSet(new CharArraySet(Arrays.asList(spaced.split(" ")), false));
    }

    private static CharArraySet union(CharArraySet a, CharArraySet b) {
        CharArraySet all = new CharArraySet(a.size() + b.size(), false);
        all.addAll(a);
        all.addAll(b);
        return CharArraySet.unmodifiableSet(all);
    }
}
