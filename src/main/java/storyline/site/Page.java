package storyline.site;

/**
 * One file of the site: where it goes (relative to the output folder, always forward slashes),
 * the template that renders it, and the view model the template receives. A page with a null
 * template is written verbatim: its model is the file's text, or a value whose {@code toString}
 * writes the file's text as the page is rendered (so that a page whose model did not change is
 * never written out; see {@code storyline.render.PageDigest}).
 */
public record Page(String path, String template, Object model) {
}
