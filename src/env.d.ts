/** Values the site's integrations define for the pages (`src/integrations/validate-content.ts`). */
interface ImportMetaEnv {
	/** `true` under `astro dev`, where the pages are served while files are edited; `false` in a build. */
	readonly DREIKLANG_DEV_SERVER: boolean;
}
