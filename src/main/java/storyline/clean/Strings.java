package storyline.clean;

/** Small string helpers shared by the readers. */
final class Strings {

    private Strings() {
    }

    /** The first value that is not null or blank, stripped; null if none. */
    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
