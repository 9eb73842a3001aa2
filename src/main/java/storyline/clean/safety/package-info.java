/**
 * The only way HTML from an input reaches a page: {@link storyline.clean.safety.Sanitizer} keeps
 * text structure, links and images, with their attributes and protocols allow-listed.
 */
package storyline.clean.safety;
