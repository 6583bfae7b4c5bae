/**
 * The bounds on what one contribution may ask of the validator, the build and
 * a reader's browser. Every input is checked against them before the costly
 * work starts, with a message that names the limit, so that no file can stall
 * or crash a run.
 */
export const BODY_LIMITS = {
	/** Characters in a document body: the longest federal law in the test corpora has about 590,000. */
	characters: 1_000_000,
	/** Levels of nesting in the rendered body (lists in lists, quotes in quotes, elements in elements). */
	depth: 100,
	/**
	 * `<` and `{` in an MDX body: the MDX parser's time grows with the square of
	 * the elements and expressions in one paragraph (20,000 took 5 s), and a
	 * document needs a few dozen `<Hinweis>` at most.
	 */
	mdxMarks: 2_000,
} as const;

export const FILE_LIMITS = {
	/** Bytes in one document file. */
	documentBytes: 1_200_000,
	/** Bytes of front matter: a paper with several hundred co-signatories needs about 100,000. */
	frontMatterBytes: 400_000,
	/** Levels of nesting in front matter. */
	frontMatterDepth: 20,
} as const;
