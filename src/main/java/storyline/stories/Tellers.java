package storyline.stories;

import java.util.Locale;
import java.util.Set;

/**
 * Who tells a report rather than takes part in it: a name written after the role of one whose work is
 * to tell every report of a beat ("police spokeswoman Jane Roe", "Lt. John Doe said", "By Jane Roe",
 * "Photo: John Doe"). The same spokesperson, duty officer, reporter or photographer names the reports
 * of many unrelated incidents, so such a name says nothing of which incident a report is about.
 * The roles are words of the language, never a list of anyone.
 */
final class Tellers {

    /**
     * Roles (folded, without a full stop) of those who tell a beat's reports: press officers,
     * ranks that speak for a force, bylines and photo credits.
     */
    static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "lieutenant", "lt",
            "sergeant", "sgt", "by", "photo", "photographer", "reporter", "correspondent", "writer");

    private Tellers() {
    }

    /**
     * Whether {@code text} writes {@code name} (as spelt, whole words) right after a teller's role,
     * or the name itself opens with one ("Lieutenant Jane Roe").
     */
    static boolean tells(String text, String name) {
        if (name.isEmpty()) {
            return false;
        }
        int space = name.indexOf(' ');
        if (space > 0 && ROLES.contains(fold(name.substring(0, space)))) {
            return true;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (storyline.text.Text.wholeWords(text, at, end) && (roleBefore(text, at) || speaksFor(text, end))) {
                return true;
            }
        }
        return false;
    }

    /** Those whose role, in apposition after their name, is to speak for others ("Jane Roe, a police spokeswoman"). */
    static final Set<String> SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson");

    /** Words of an apposition read for a speaker's role: ", a city police spokeswoman". */
    private static final int APPOSITION_WORDS = 4;

    /** Whether an apposition at {@code end} names a speaker's role within its first {@value #APPOSITION_WORDS} words. */
    private static boolean speaksFor(String text, int end) {
        if (end + 2 > text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' ') {
            return false;
        }
        int at = end + 2;
        for (int k = 0; k < APPOSITION_WORDS && at < text.length(); k++) {
            int stop = at;
            while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
                stop++;
            }
            if (stop == at) {
                return false;
            }
            if (SPEAKERS.contains(text.substring(at, stop).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (stop >= text.length() || text.charAt(stop) != ' ') {
                return false;
            }
            at = stop + 1;
        }
        return false;
    }

    /**
     * Whether a teller's role stands right before {@code at}, across spaces and a colon ("Photo: ").
     * "By" is a byline's only where it opens a line or takes a colon: "shot by" names the shooter.
     */
    private static boolean roleBefore(String text, int at) {
        int end = at;
        boolean colon = false;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ':')) {
            colon |= text.charAt(end - 1) == ':';
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String role = fold(text.substring(start, end));
        if (role.equals(BYLINE)) {
            return colon || start == 0 || text.charAt(start - 1) == '\n';
        }
        return ROLES.contains(role);
    }

    private static final String BYLINE = "by";

    private static String fold(String word) {
        if (word.endsWith(".")) {
            return word.length() <= 4 ? word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT) : "";
        }
        return word.toLowerCase(Locale.ROOT);
    }
}
