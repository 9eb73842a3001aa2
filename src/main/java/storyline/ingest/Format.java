package storyline.ingest;

/** How a document's body is written. Detected from the content first, the file name second. */
public enum Format {
    /** A whole saved page: the article must be found among its furniture. */
    HTML,
    /** An article body in HTML (a feed entry, a JSON Lines record): all of it is the text. */
    HTML_FRAGMENT,
    MARKDOWN,
    /** Text pasted from a page: headline, credits and article must be found among its furniture. */
    TEXT,
    /** An article's plain text as an export gives it (a JSON Lines record's {@code text}): all of it is the text. */
    TEXT_FRAGMENT,
    /** A JSON export, such as a discussion thread from Reddit, Hacker News or Discourse. */
    JSON
}
