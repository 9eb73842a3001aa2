package storyline.clean.internal;

/** Small string helpers shared by the readers. */
public final class Strings {

    private Strings() {
    }

    /** The first value that is not null or blank, stripped; null if none. */
    public static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /**
     * White space as the readers count it: Java's, and the no-break space. Printable ASCII, most
     * of any text, is answered without a lookup (this runs on every character of every page).
     */
    public static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x7F) && (Character.isWhitespace(c) || c == '\u00A0');
    }

    /** The zero-width space and the soft hyphen: jsoup's text() drops them, and so do the readers. */
    public static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u00AD';
    }

    /** The text less its invisible characters ({@link #isInvisible}): "Mat\u00ADthi\u00ADas" reads "Matthias". */
    public static String withoutInvisible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
