/** `/favicon.svg`: the library's icon, shipped with the package so that an instance needs no `public/` folder. */
import type { APIRoute } from 'astro';
import favicon from '../assets/favicon.svg?raw';

export const GET: APIRoute = () => new Response(favicon, { headers: { 'Content-Type': 'image/svg+xml' } });
