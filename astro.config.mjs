// @ts-check
// This repository is the reference instance of Dreiklang and the source of
// its package: it uses the integration as every instance does
// (`templates/instance/astro.config.mjs` imports it from `dreiklang`).
import { defineConfig } from 'astro/config';
import dreiklang from './src/integration.ts';

export default defineConfig({ integrations: [dreiklang()] });
