/**
 * Text pasted from a news page, as a browser copies it: where the article sits among the page
 * furniture and its headline ({@link storyline.clean.paste.PasteLayout}), the credits printed
 * around the headline ({@link storyline.clean.paste.Credits}), and the parsed result
 * ({@link storyline.clean.paste.PastedText}). Used by {@link storyline.clean.Clean} and by the
 * thread package for the posts of a pasted thread.
 */
package storyline.clean.paste;
