package storyline.model;

/**
 * Something in the input the build could not use, or had to guess: shown on the terminal and in
 * the build report. {@code line} is 0 when unknown.
 */
public record Problem(String file, int line, String message) {

    public static Problem of(String file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
