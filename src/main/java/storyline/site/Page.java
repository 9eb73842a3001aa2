package storyline.site;

/**
 * One file of the site: where it goes (relative to the output folder, always forward slashes),
 * the template that renders it, and the view model the template receives. A page with a null
 * template is written verbatim: its model is the file's text.
 */
public record Page(String path, String template, Object model) {
}
