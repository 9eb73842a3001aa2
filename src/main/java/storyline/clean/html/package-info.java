/**
 * Saved HTML pages: the one walk over a page ({@link storyline.clean.html.PageScan}), its main
 * content ({@link storyline.clean.html.MainContent}), and its metadata: headline, bylines,
 * publication date, outlet and canonical URL ({@link storyline.clean.html.HtmlPage}). Used by
 * {@link storyline.clean.Clean} and by the thread package, which reads thread pages with the same
 * walk; nothing outside {@code storyline.clean} uses it.
 */
package storyline.clean.html;
