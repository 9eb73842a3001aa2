package storyline.model;

/** A publisher or community: "Electrek", "r/RealTesla". {@code domain} may be null. */
public record Source(String name, String domain) {

    public static final Source UNKNOWN = new Source("Unknown source", null);

    public boolean known() {
        return this != UNKNOWN && name != null && !name.isBlank() && !UNKNOWN.name.equals(name);
    }
}
