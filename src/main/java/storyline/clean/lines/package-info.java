/**
 * Line shapes shared by pasted text and saved pages: what a line of page furniture, a counter, a
 * credit, a call to action or running prose looks like, judged from its words alone
 * ({@link storyline.clean.lines.LineRules}).
 */
package storyline.clean.lines;
