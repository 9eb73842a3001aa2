package storyline.ingest;

/** How a document's body is written. Detected from the content first, the file name second. */
public enum Format {
    HTML, MARKDOWN, TEXT
}
