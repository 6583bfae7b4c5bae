/**
 * The messages for files under `content/` that are refused as files, whatever
 * they hold: links, unknown files and folders. The folder walk
 * (`content-files.ts`), the attachment check and the registry loader all say
 * the same thing about the same kind of entry.
 */
import type { Diagnostic } from './diagnostics.ts';
import { rule } from './rules.ts';
import { say, type Localized } from './messages.ts';

/**
 * A symbolic link is refused, never followed: it could point at any file of
 * the machine that runs the build (a key, `/etc/passwd`) and publish it, or
 * at nothing and crash a reader that follows it.
 */
export function symlinkProblem(file: string): Diagnostic {
	return {
		file,
		line: 1,
		column: 1,
		...rule('symlink'),
		message: say(
			`Unerwartete symbolische Verknüpfung \`${file}\`; erwartet: eine echte Datei oder ein echter Ordner – Verknüpfungen werden nicht verfolgt, weil sie aus der Bibliothek hinausführen können. Die Verknüpfung löschen und die Datei selbst hierher legen`,
			`Unexpected symbolic link \`${file}\`, expected a real file or folder – links are not followed, as they can lead out of the library; delete the link and put the file itself here`,
		),
	};
}

/** A file or folder where none is expected; `expected` says what belongs there. */
export function unknownEntry(file: string, folder: boolean, expected: Localized): Diagnostic {
	return {
		file,
		line: 1,
		column: 1,
		...rule('unknown-file'),
		message: folder
			? say(
					`Unerwarteter Ordner \`${file}/\`; erwartet: ${expected.de} – Ordner entfernen oder seine Dateien an die richtige Stelle verschieben`,
					`Unexpected folder \`${file}/\`, expected ${expected.en} – remove the folder or move its files where they belong`,
				)
			: say(
					`Unerwartete Datei \`${file}\`; erwartet: ${expected.de} – Datei entfernen oder an die richtige Stelle verschieben`,
					`Unexpected file \`${file}\`, expected ${expected.en} – remove the file or move it where it belongs`,
				),
	};
}

/** Formats a byte count for messages: `10 MiB`, `12,3 MiB` / `12.3 MiB`, `512 KiB`. */
export function formatBytes(bytes: number): Localized {
	const [value, unit] =
		bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MiB'] : bytes >= 1024 ? [bytes / 1024, 'KiB'] : [bytes, 'Bytes'];
	const text = value.toFixed(1).replace(/\.0$/, '');
	return say(`${text.replace('.', ',')} ${unit}`, `${text} ${unit === 'Bytes' ? 'bytes' : unit}`);
}

/**
 * A size over `limit` for messages: rounded like the limit, or in bytes where
 * rounding would make it read as the limit itself (`5 MiB` for 5 MiB + 1 byte).
 */
export function formatExcess(size: number, limit: number): Localized {
	const rounded = formatBytes(size);
	if (rounded.en !== formatBytes(limit).en) return rounded;
	return say(`${size.toLocaleString('de-DE')} Bytes`, `${size.toLocaleString('en-GB')} bytes`);
}
