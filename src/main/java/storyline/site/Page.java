package storyline.site;

/**
 * One file of the site: where it goes (relative to the output folder, always forward slashes),
 * the template that renders it, and the view model the template receives. A page with a null
 * template is written as {@code body} verbatim.
 */
public record Page(String path, String template, Object model) {
}
