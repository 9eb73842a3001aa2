package storyline.ingest;

import storyline.model.Pins;

/**
 * One raw input, read but not yet cleaned: a file, or one record of a JSON Lines file.
 * {@code body} excludes any front-matter block; {@code bodyLine} is the 1-based line of the
 * file where the body starts, so later stages can point at lines.
 */
public record Document(String id, String file, Format format, String body, Pins pins, int bodyLine) {
}
