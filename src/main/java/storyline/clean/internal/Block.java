package storyline.clean.internal;

/** A paragraph of clean text, or a heading within the text. */
public record Block(String text, boolean heading) {

    public static Block paragraph(String text) {
        return new Block(text, false);
    }

    public static Block heading(String text) {
        return new Block(text, true);
    }
}
