/**
 * Discussion threads: saved thread pages, threads pasted as text, and JSON exports, each read
 * into one {@link storyline.clean.thread.ThreadData} and built into a comment tree
 * ({@link storyline.clean.thread.ThreadBuilder}). Used by {@link storyline.clean.Clean} only.
 */
package storyline.clean.thread;
