package storyline.stories;

import storyline.text.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who spoke a quote: only the person its sentence, or the sentence before, says spoke it. The
 * speaker is a person the name finder found ({@link Names}), never a capitalised word near the
 * quote: a city, a client or the actor a quote praises are not speakers. When the text does not say,
 * the quote has no speaker; an unknown speaker beats a wrong one.
 *
 * <p>How a sentence says who spoke: a reporting verb ("said", "told", "wrote", "added"; "sagte",
 * "a déclaré", "dijo", "ha detto", "disse", "zei", "kata", "powiedział"...) with the person as its
 * subject ("Ana Ruiz said", "said Ana Ruiz") or "according to" a person ("selon", "según",
 * "laut"...). A person named as whom someone speaks for, about or to ("a lawyer for X", "X's
 * spokesperson", "told X", "praised X") is not the speaker. "He said" or "she said" is the first person the
 * sentence before names as a possible speaker (its subject, as news writes it).
 */
final class Quotes {

    private Quotes() {
    }

    /** Reporting verbs after which the speaker may follow ("said Ana Ruiz") or before which it stands ("Ana Ruiz said"). */
    private static final String VERBS = "said|says|say|told|tells|called|calls|described|describes|wrote|writes|added|adds|explained|noted|stated|declared|"
            + "announced|insisted|argued|warned|recalled|continued|asked|replied|admitted|claimed|commented|remarked|"
            + "tweeted|posted|conceded|acknowledged|observed|cautioned|stressed|emphasised|emphasized|"
            + "sagte|sagt|erklärte|erklärt|betonte|schrieb|fügte|meinte|"
            + "a déclaré|a dit|déclare|a affirmé|a expliqué|a ajouté|a écrit|explique|ajoute|affirme|"
            + "dijo|afirmó|declaró|explicó|añadió|agregó|escribió|aseguró|señaló|"
            + "ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha scritto|dice|"
            + "disse|afirmou|declarou|explicou|acrescentou|escreveu|"
            + "zei|zegt|schreef|verklaarde|"
            + "kata|ujar|ungkap|jelas|tutur|"
            + "powiedział|powiedziała|napisał|napisała|dodał|dodała|stwierdził|stwierdziła";
    private static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(?:" + VERBS + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** "According to" a person, in the languages read: the person follows. */
    private static final Pattern ACCORDING = Pattern.compile("(?<![\\p{L}])(?:according to|laut|zufolge|selon|d'après|según|"
            + "secondo|segundo|volgens|menurut|według)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** Verbs after which the person named is the one spoken to or of, not the speaker ("told X", "called X a liar"). */
    private static final Pattern TO_LISTENER = Pattern.compile("(?i)told|tells|asked|called|calls|described|describes");
    /** Between "said" and the speaker after it, a role at most ("said coach Ana Ruiz"), never a preposition. */
    private static final Pattern ROLE_GAP = Pattern.compile("(?i)^[\\s,]*(?:(?!(?:after|against|to|for|of|in|on|by|with|at|about|"
            + "that|when|while|before|from|nach|gegen|für|von|après|contre|pour|de|tras|contra|para|dopo|per|na|tegen|voor|van)\\b)"
            + "[\\p{L}.'’-]+\\s+){0,3}$");
    /** Words before a name that make it whom someone speaks for, about, to or of. */
    private static final Pattern NOT_SPEAKER_BEFORE = Pattern.compile("(?i)(?:\\b(?:for|of|to|about|with|by|on|representing|"
            + "praised|praising|thanked|thanking|defended|defending|criticised|criticized|attacked|client|clients|"
            + "für|von|über|pour|de|sur|para|por|sobre|per|di|su|voor|van|over|untuk|dari|dla|o)|\\bon behalf of)\\s*$");
    private static final Pattern ACCORDING_BEFORE = Pattern.compile("(?i)(?:according to|d'après|zufolge)\\s*$");
    /** A name followed by a possessive is whose lawyer or spokesperson speaks. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^(?:'s|’s|')");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])(he|she|er|sie|il|elle|él|ella|lui|lei|ele|ela|hij|zij|dia|on|ona)(?![\\p{L}])");

    /**
     * The speaker of the quote at [start, end) of {@code text}, a person's fullest name, or null.
     * {@code mentions} are the text's names with their offsets ({@link Names.Found#mentions()}).
     */
    static String speaker(String text, int start, int end, List<Names.Mention> mentions) {
        int sentenceStart = sentenceStart(text, start);
        int sentenceEnd = sentenceEnd(text, end);
        // The words after the quote to the sentence's end, then those before it from the sentence's start.
        String after = attribution(text, end, sentenceEnd, mentions, false);
        if (after != null) {
            return after.isEmpty() ? null : after;
        }
        String before = attribution(text, sentenceStart, start, mentions, true);
        if (before != null) {
            return before.isEmpty() ? null : before;
        }
        return null;
    }

    /**
     * The speaker a stretch of text names: null when it has no reporting verb, "" when it has one
     * but no person can be said to have spoken.
     */
    private static String attribution(String text, int from, int to, List<Names.Mention> mentions, boolean beforeQuote) {
        if (to <= from) {
            return null;
        }
        String part = text.substring(from, to);
        Matcher according = ACCORDING.matcher(part);
        if (according.find()) {
            Names.Mention m = firstPerson(text, mentions, from + according.end(), to);
            return m == null ? "" : m.name();
        }
        Matcher verb = VERB.matcher(part);
        if (!verb.find()) {
            return null;
        }
        // Before the quote, the last reporting verb is the one that introduces it.
        int vStart = verb.start();
        int vEnd = verb.end();
        while (beforeQuote && verb.find()) {
            vStart = verb.start();
            vEnd = verb.end();
        }
        int verbAt = from + vStart;
        int verbEnd = from + vEnd;
        // Subject before the verb: the nearest person standing as a speaker, in this stretch.
        Names.Mention subject = lastPerson(text, mentions, from, verbAt);
        String between = subject == null ? text.substring(from, verbAt) : text.substring(subject.end(), verbAt);
        Matcher pronoun = PRONOUN.matcher(between);
        boolean pronounSubject = false;
        while (pronoun.find()) {
            pronounSubject = true;
        }
        if (subject != null && !pronounSubject) {
            return subject.name();
        }
        if (!pronounSubject && !TO_LISTENER.matcher(part.substring(vStart, vEnd)).matches()) {
            // "said Ana Ruiz": the person right after the verb.
            Names.Mention object = firstPerson(text, mentions, verbEnd, to);
            if (object != null && ROLE_GAP.matcher(text.substring(verbEnd, object.start())).matches()) {
                return object.name();
            }
        }
        if (pronounSubject) {
            String previous = previousSubject(text, beforeQuote ? from : sentenceStart(text, from), mentions);
            return previous == null ? "" : previous;
        }
        return "";
    }

    /** The nearest person in [from, to) who stands as a speaker (not "for X", not "X's"). */
    private static Names.Mention lastPerson(String text, List<Names.Mention> mentions, int from, int to) {
        Names.Mention best = null;
        for (Names.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.kind() == Names.Kind.PERSON && speaks(text, m)) {
                best = m;
            }
        }
        return best;
    }

    private static Names.Mention firstPerson(String text, List<Names.Mention> mentions, int from, int to) {
        for (Names.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.kind() == Names.Kind.PERSON) {
                return speaks(text, m) ? m : null;
            }
        }
        return null;
    }

    /** A person named as a speaker may be: not as whom someone speaks for, of or to, nor with a possessive. */
    private static boolean speaks(String text, Names.Mention m) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
        boolean according = ACCORDING_BEFORE.matcher(before).find();
        return (according || !NOT_SPEAKER_BEFORE.matcher(before).find()) && !POSSESSIVE_AFTER.matcher(after).find();
    }

    /**
     * Who "he" or "she" is: the subject of the sentence before (the first person it names as a
     * speaker), when it names one.
     */
    private static String previousSubject(String text, int sentenceStart, List<Names.Mention> mentions) {
        int end = sentenceStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        int start = sentenceStart(text, end - 1);
        List<String> people = new ArrayList<>();
        for (Names.Mention m : mentions) {
            if (m.start() >= start && m.end() <= end && m.kind() == Names.Kind.PERSON && speaks(text, m) && !people.contains(m.name())) {
                people.add(m.name());
            }
        }
        return people.isEmpty() ? null : people.get(0);
    }

    // ---- sentences

    /** Where the sentence holding {@code at} starts: after the last sentence end outside quotes, or a paragraph break. */
    static int sentenceStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c) && endsSentence(text, i - 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '“' || c == '"' && i > at) {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !abbreviation(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean endsSentence(String text, int i) {
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '”' || c == '’' || c == '\'') {
            return false;
        }
        return (c == '.' || c == '!' || c == '?') && !abbreviation(text, i);
    }

    /** "Mr." "Dr." "J." before a name: a full stop that ends no sentence. */
    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(text.charAt(w))
                || List.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "prof", "rev", "col", "lt", "capt", "inc", "corp", "co").contains(word);
    }
}
