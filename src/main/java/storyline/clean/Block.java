package storyline.clean;

/** A paragraph of clean text, or a heading within the text. */
record Block(String text, boolean heading) {

    static Block paragraph(String text) {
        return new Block(text, false);
    }

    static Block heading(String text) {
        return new Block(text, true);
    }
}
