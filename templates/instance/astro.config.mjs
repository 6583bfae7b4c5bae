// @ts-check
// The whole site comes from the `dreiklang` package; what differs between
// libraries is in site.config.yaml and content/.
import { defineConfig } from 'astro/config';
import dreiklang from 'dreiklang';

export default defineConfig({ integrations: [dreiklang()] });
