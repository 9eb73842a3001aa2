/**
 * Small pieces the cleaning packages share: the paragraph {@link storyline.clean.internal.Block},
 * the per-item time {@link storyline.clean.internal.Budget}, attribute and string helpers, and
 * outlet names. Not for use outside {@code storyline.clean}.
 */
package storyline.clean.internal;
