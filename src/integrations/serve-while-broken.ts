/**
 * `astro dev` with a broken document: Astro's loader stops the whole server
 * when a file does not match its schema while the server starts. In dev, this
 * wrapper leaves such a file out instead (a file already loaded keeps its last
 * good version), so that the server starts and stays up: the library's own
 * check (`watch-library.ts`) says what is wrong, with its place, in the
 * terminal and in the overlay, and the file is loaded once it is fixed.
 * `astro build` has no watcher and is left exactly as it is: there the check
 * before the build stops on any error.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** `loader`, but in dev an entry whose data does not parse is skipped rather than fatal. */
export function serveWhileBroken(loader: Loader): Loader {
	return {
		...loader,
		load: (context: LoaderContext) => {
			if (!context.watcher) return loader.load(context);
			const refused = new Set<string>();
			const parseData: LoaderContext['parseData'] = async (props) => {
				try {
					return await context.parseData(props);
				} catch {
					refused.add(props.id);
					return props.data;
				}
			};
			// The store, except that a refused entry is not written.
			const store = new Proxy(context.store, {
				get(target, key) {
					if (key === 'set')
						return (entry: Parameters<typeof target.set>[0]) => (refused.delete(entry.id) ? false : target.set(entry));
					const value = Reflect.get(target, key, target);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			return loader.load({ ...context, parseData, store });
		},
	};
}
