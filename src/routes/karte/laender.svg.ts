/**
 * `/karte/laender.svg`: the outlines of the 16 Länder, which the map on the
 * home page, the Länder index and the topic hubs draws from
 * (`src/lib/map/laender-sprite.ts`). One file for every page, in both
 * languages: the outlines have no words.
 */
import type { APIRoute } from 'astro';
import { laenderSprite } from '../../lib/map/laender-sprite.ts';

export const GET: APIRoute = () =>
	new Response(laenderSprite(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
