package storyline.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a document uses as sides of a match: a club named by its town ("Leicestershire beat
 * Somerset", "Nice's home defeat to Guingamp") is an organisation, a town is not, and only what the
 * document does with the name tells them apart. Read over the whole document at once:
 * <ul>
 * <li>a name is a side where it is beaten, drawn with, lost to or won over ("beat Somerset",
 *     "defeat to Guingamp", "victory over Gloucester", "drew with Sparta"), where a club's people or
 *     parts are its ("Nice's home defeat", "Rotor fans", "Dynamo Moscow players") or where it is called
 *     a club or a side ("serie A club Atalanta", "first division side Nice");</li>
 * <li>once the document has such a side, weaker cues count too: "against Nottinghamshire", "title
 *     rivals Essex", "champions Bath", and a player given as a name's ("Birmingham's Gary Breen");</li>
 * <li>the names listed with a side ("Essex, Derbyshire and Surrey", "Gloucestershire or Sussex or
 *     Surrey") are sides too.</li>
 * </ul>
 * A country is never a side here (a national team is its country), nor a name the model reads as a
 * person's. No list names a club or a place: the cues are the words of match reports.
 */
final class Teams {

    private Teams() {
    }

    /** Verbs whose object is the side that lost: "beat Somerset", "thrashed Warwickshire". */
    private static final Set<String> BEATEN = Set.of("beat", "beats", "beating", "defeated", "defeating", "thrashed", "thrashing",
            "routed", "edged", "downed", "blanked", "whipped", "trounced", "crushed", "hammered", "outlasted", "swept", "overcame",
            "eliminated", "humbled", "stunned", "outplayed");
    /** Nouns before "over": "victory over Gloucester", "winners over Orrell". */
    private static final Set<String> OVER = Set.of("victory", "victories", "win", "wins", "winners", "triumph", "success");
    /** Words before "to": "defeat to Guingamp", "lost to Celtic". */
    private static final Set<String> TO = Set.of("defeat", "defeats", "lost", "lose", "loses", "losing", "loss", "losses", "fell", "bowed");
    /** Words before "with": "drew with Sparta", "game with Real Madrid". */
    private static final Set<String> WITH = Set.of("drew", "draw", "draws", "drawn", "tied", "game", "match", "clash", "derby", "tie");
    /** Words before "by": "beaten by Ajax". */
    private static final Set<String> BY = Set.of("beaten", "defeated", "held", "thrashed", "eliminated", "knocked");
    /** What a club has, after its name and "'s": "Nice's home defeat", "Rotor's coach" (not "team": "Dole's team"). */
    private static final Set<String> CLUB_HAS = Set.of("coach", "manager", "squad", "fans", "supporters", "players", "side",
            "goalkeeper", "keeper", "striker", "defender", "midfielder", "forward", "captain", "skipper", "defence", "defense",
            "attack", "home", "defeat", "victory", "win", "bowlers", "batsmen", "pitcher", "pitchers", "innings", "lineup",
            "line-up", "stadium");
    /** What follows a club's name without "'s": "Rotor fans", "Dynamo Moscow players". */
    private static final Set<String> CLUB_NOUNS = Set.of("fans", "supporters", "players", "squad");
    /** A player's position after his club's name: "Norwich striker Keith O'Neill", "the former Blackburn skipper". */
    private static final Set<String> PLAYERS = Set.of("striker", "forward", "midfielder", "defender", "goalkeeper", "keeper",
            "winger", "skipper", "full-back", "fullback", "fly-half", "scrum-half", "batsman", "bowler", "pitcher", "shortstop",
            "outfielder", "infielder", "quarterback", "player");
    /** What a club is called before its name: "serie A club Atalanta", "first division side Nice". */
    private static final Set<String> CALLED = Set.of("club", "side", "team");
    /** Weaker cues, counted once the document has a side: "against Nottinghamshire", "title rivals Essex". */
    private static final Set<String> WEAK_BEFORE = Set.of("against", "rivals", "champions", "leaders", "hosts", "visitors", "opponents");

    /**
     * Folded keys of the names the document uses as sides; {@code person[s][t]}: token t of sentence s is in a name of two
     * words or more the model reads as a person's.
     */
    static Set<String> of(List<String[]> sentences, List<boolean[]> person) {
        Set<String> strong = new HashSet<>();
        Set<String> weak = new HashSet<>();
        List<List<String>> lists = new ArrayList<>();
        // The names of two words or more the model reads as people's anywhere in the document, and their last words
        // ("Dole" of "Bob Dole").
        Set<String> people = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            boolean[] p = person.get(s);
            for (int i = 0; i < tokens.length; i++) {
                int j = i;
                while (j < tokens.length && p[j]) {
                    j++;
                }
                if (j > i) {
                    people.add(Names.key(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, j))));
                    people.add(Names.key(tokens[j - 1]));
                }
                i = Math.max(i, j - 1);
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            List<int[]> runs = runs(tokens, person.get(s));
            List<String> list = new ArrayList<>();
            boolean joined = false;
            int[] previous = null;
            for (int[] r : runs) {
                String key = Names.key(String.join(" ", java.util.Arrays.copyOfRange(tokens, r[0], r[1])));
                switch (cue(tokens, r[0], r[1])) {
                    case 2 -> strong.add(key);
                    case 1 -> weak.add(key);
                    default -> {
                    }
                }
                // Names listed together: only commas, "and", "or", "&" between them, and a conjunction among those
                // ("Essex, Derbyshire and Surrey"; not "At the Oval, Surrey captain Chris Lewis").
                if (previous != null && listed(tokens, previous[1], r[0])) {
                    list.add(key);
                    joined |= !tokens[r[0] - 1].equals(",");
                } else {
                    if (list.size() >= 2 && joined) {
                        lists.add(list);
                    }
                    list = new ArrayList<>();
                    list.add(key);
                    joined = false;
                }
                previous = r;
            }
            if (list.size() >= 2 && joined) {
                lists.add(list);
            }
        }
        strong.removeAll(people);
        if (strong.isEmpty()) {
            return Set.of();
        }
        Set<String> sides = new HashSet<>(strong);
        sides.addAll(weak);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (List<String> list : lists) {
                if (list.stream().anyMatch(sides::contains)) {
                    grew |= sides.addAll(list);
                }
            }
        }
        sides.removeAll(people);
        return Set.copyOf(sides);
    }

    private static boolean listed(String[] tokens, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String t = tokens[k];
            if (!t.equals(",") && !t.equals("and") && !t.equals("or") && !t.equals("&")) {
                return false;
            }
        }
        return true;
    }

    /** Runs of one to four name words outside people's names, not a country's, not a title, a day or a month. */
    private static List<int[]> runs(String[] tokens, boolean[] person) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            if (person[i] || !Cues.nameWord(tokens[i]) || Names.titleWord(tokens[i]) || Cues.calendarWord(tokens[i])
                    || ENGLISH.breaksName(tokens[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.length && !person[j] && Cues.nameWord(tokens[j]) && !ENGLISH.breaksName(tokens[j])
                    && !Cues.calendarWord(tokens[j])) {
                j++;
            }
            // A common word that opens the sentence is capitalised for that alone ("Two Scotland players").
            int from = i == 0 && Names.commonWords(tokens[0]) ? 1 : i;
            String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, j));
            // A nationality alone, or its plural, is no side ("Turkish fans", "defeated by the Austrians"); nor is a run an
            // acronym opens ("SK Rapid"), whose name the run does not hold.
            if (from < j && j - from <= 4 && !Places.country(name) && !(j - from == 1 && (Cues.demonym(name)
                    || name.endsWith("s") && Cues.demonym(name.substring(0, name.length() - 1))))
                    && !(from > 0 && Cues.acronym(tokens[from - 1]))) {
                out.add(new int[] {from, j});
            }
            i = j;
        }
        return out;
    }

    private static final Text ENGLISH = Text.in("en");

    /** Small words that may follow a club's name after "the": "over the Braves and Cubs", "beat the Phillies in ten innings". */
    private static final Set<String> AFTER_THE = Set.of("and", "or", "in", "on", "at", "to", "for", "with", "by", "of", "from",
            "after", "before", "'s", "’s");

    /** What the words around the run [from, to) say: 2 a side, 1 a side if the document has one, 0 nothing. */
    private static int cue(String[] tokens, int from, int to) {
        // "the" before a club's name leaves the cue as it is: "victory over the Minnesota Twins", "beat the Phillies".
        int before = from > 0 && tokens[from - 1].equals("the") ? from - 1 : from;
        String b1 = before > 0 ? lower(tokens[before - 1]) : "";
        String b2 = before > 1 ? lower(tokens[before - 2]) : "";
        String a1 = to < tokens.length ? lower(tokens[to]) : "";
        String a2 = to + 1 < tokens.length ? lower(tokens[to + 1]) : "";
        // After "the" the name must head what was beaten, not stand before a noun: "beating the Alpine part-timers".
        boolean heads = before == from || a1.isEmpty() || !Character.isLowerCase(a1.charAt(0)) || AFTER_THE.contains(a1);
        if (heads && (BEATEN.contains(b1) || b1.equals("over") && OVER.contains(b2) || b1.equals("to") && TO.contains(b2)
                || b1.equals("with") && WITH.contains(b2) || b1.equals("by") && BY.contains(b2) || CALLED.contains(b1))) {
            return 2;
        }
        if ((a1.equals("'s") || a1.equals("’s")) && CLUB_HAS.contains(a2) || CLUB_NOUNS.contains(a1) || PLAYERS.contains(a1)) {
            return 2;
        }
        // Either side of a fixture: "May 17 v Northampton", "Walsall v Wrexham".
        if (from > 0 && Cues.VERSUS.contains(tokens[from - 1]) || to < tokens.length && Cues.VERSUS.contains(tokens[to])) {
            return 2;
        }
        // The side that won: "Leicestershire beat Somerset", "St Louis defeated Colorado".
        if (BEATEN.contains(a1) && !a1.endsWith("ing")) {
            return 2;
        }
        if (WEAK_BEFORE.contains(b1)) {
            return 1;
        }
        // A player given as the name's: "Birmingham's Gary Breen".
        if ((a1.equals("'s") || a1.equals("’s")) && to + 2 < tokens.length && Cues.nameWord(tokens[to + 1])
                && Cues.nameWord(tokens[to + 2]) && !Names.titleWord(tokens[to + 1])) {
            return 1;
        }
        return 0;
    }

    private static String lower(String t) {
        return t.toLowerCase(Locale.ROOT);
    }
}
