/**
 * What the post page looks for in a post's article HTML to load a feature's
 * assets only where it is used. Kept apart from the rehype steps that write
 * them, so the page imports two strings and not KaTeX.
 */

/** On each lite YouTube player (lib/markdown/rehype/embeds.ts): the page then mounts the player's few lines of script. */
export const YOUTUBE_PLAYER_MARKER = 'data-youtube-id=';

/** On each typeset formula (lib/markdown/rehype/math.ts): the page then links KaTeX's stylesheet. */
export const MATH_MARKER = 'class="katex"';
