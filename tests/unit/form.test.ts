import { describe, expect, it } from 'vitest';
import { collectValues } from '../../src/lib/contribute/collect-values.ts';
import { documentFile, documentPath } from '../../src/lib/contribute/document-file.ts';
import { fieldsFor, formFields, type FormField } from '../../src/lib/contribute/form-model.ts';
import { findOrganizations } from '../../src/lib/contribute/reference-data.ts';
import { editFileUrl, newFileUrl } from '../../src/lib/routes/repository-links.ts';
import { POSITION_STATUSES, positionSchema } from '../../src/schemas/position.ts';

describe('form derived from the schema', () => {
	const fields = formFields(positionSchema);

	it('has every field of the schema but the example flag and the change notes, in schema order', () => {
		// A new document has no change notes yet: they are written when a published one changes.
		expect(fields.map((f) => f.key)).toEqual(
			Object.keys(positionSchema.shape).filter((k) => k !== 'example' && k !== 'changes'),
		);
	});

	it('picks controls by type: dates, selects, references, repeated groups', () => {
		const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
		expect(byKey.published!.control).toEqual({ type: 'date' });
		expect(byKey.status!.control).toMatchObject({
			type: 'select',
			options: ['draft', 'consultation', 'adopted', 'superseded', 'withdrawn'],
		});
		expect(byKey.lead!.control).toEqual({ type: 'references', source: 'organizations', many: false });
		expect(byKey.topics!.control).toEqual({ type: 'references', source: 'topics', many: true });
		expect(byKey.demands!.control.type).toBe('repeat');
		// A demand's history is written in the file when its status changes; a new paper's demands start open.
		const demand = byKey.demands!.control.type === 'repeat' ? byKey.demands!.control.item : [];
		expect(demand.map((f) => f.key)).toEqual(['text', 'addressee', 'status', 'since', 'note']);
		expect(demand.find((f) => f.key === 'status')!.control).toMatchObject({
			options: ['open', 'in-progress', 'partly-met', 'met', 'rejected'],
		});
		expect(byKey.title!.required).toBe(true);
		expect(byKey.related!.required).toBe(false);
	});

	it('collects entries into typed, nested data and drops what was left empty', () => {
		const data = collectValues(fields, [
			['title', ' Papier '],
			['topics', 'finanzen'],
			['topics', 'energie'],
			['addressees', 'level:bund'],
			['addressees', 'staedtetag\n\nBY'],
			['dates.drafted', '2024-01-10'],
			['dates.adopted', ''],
			['demands.0.text', 'Mehr Geld'],
			['demands.0.status', 'open'],
			['demands.3.text', ''],
			['demands.2.text', 'Weniger Bürokratie'],
			['cosignatories.0.organization', ''],
		]);
		expect(data).toEqual({
			title: 'Papier',
			topics: ['finanzen', 'energie'],
			addressees: ['level:bund', 'staedtetag', 'BY'],
			dates: { drafted: '2024-01-10' },
			demands: [{ text: 'Mehr Geld', status: 'open' }, { text: 'Weniger Bürokratie' }],
		});
	});
});

describe('fields by status', () => {
	const fields = formFields(positionSchema);
	/** The paths of the fields, into groups: `dates.adopted`. */
	const paths = (list: readonly FormField[]): string[] =>
		list.flatMap((f) => [f.path, ...(f.control.type === 'group' ? paths(f.control.fields) : [])]);
	const lifecycle = [
		'dates.consultationStart',
		'dates.consultationEnd',
		'dates.adopted',
		'dates.withdrawn',
		'adoptedBy',
		'withdrawalReason',
		'cosignatories',
	];

	it('asks a draft for none of the later lifecycle fields, and each later status for its own', () => {
		const shown = (status: string) => lifecycle.filter((path) => paths(fieldsFor(fields, status)).includes(path));
		expect(shown('draft')).toEqual([]);
		expect(shown('consultation')).toEqual(['dates.consultationStart', 'dates.consultationEnd', 'cosignatories']);
		expect(shown('adopted')).toEqual([
			'dates.consultationStart',
			'dates.consultationEnd',
			'dates.adopted',
			'adoptedBy',
			'cosignatories',
		]);
		expect(shown('withdrawn')).toEqual(lifecycle);
		// Fields of every status stay.
		expect(paths(fieldsFor(fields, 'draft'))).toEqual(
			expect.arrayContaining(['title', 'status', 'dates.drafted', 'demands']),
		);
	});

	it('shows every field the schema requires for a status (the two lists cannot drift apart)', () => {
		const base = {
			title: 'Papier',
			summary: 'Eine Zusammenfassung.',
			published: '2024-03-01',
			topics: ['energie'],
			sources: [{ title: 'Quelle', url: 'https://example.org/' }],
			dates: { drafted: '2024-01-10' },
			lead: 'staedtetag',
			addressees: ['level:bund'],
		};
		expect(positionSchema.safeParse({ ...base, status: 'draft' }).success).toBe(true);
		const requiredSomewhere = new Set<string>();
		for (const status of POSITION_STATUSES) {
			const result = positionSchema.safeParse({ ...base, status });
			const required = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
			required.forEach((path) => requiredSomewhere.add(path));
			expect(paths(fieldsFor(fields, status))).toEqual(expect.arrayContaining(required));
		}
		// The probe sees the status rules at all.
		expect([...requiredSomewhere].sort()).toEqual([
			'adoptedBy',
			'dates.adopted',
			'dates.consultationEnd',
			'dates.consultationStart',
			'dates.withdrawn',
			'withdrawalReason',
		]);
	});

	it('leaves fields of other statuses out of the file', () => {
		const entries: [string, string][] = [
			['title', 'Papier'],
			['status', 'draft'],
			['dates.drafted', '2024-01-10'],
			['dates.adopted', '2024-02-20'],
			['adoptedBy', 'Präsidium'],
			['cosignatories.0.organization', 'ags:07312000'],
		];
		expect(collectValues(fieldsFor(fields, 'draft'), entries)).toEqual({
			title: 'Papier',
			status: 'draft',
			dates: { drafted: '2024-01-10' },
		});
		expect(collectValues(fieldsFor(fields, 'adopted'), entries)).toMatchObject({
			dates: { drafted: '2024-01-10', adopted: '2024-02-20' },
			adoptedBy: 'Präsidium',
		});
	});
});

describe('document file', () => {
	it('writes YAML front matter and the standard sections', () => {
		const text = documentFile('lessons', { title: 'Hitzeschutz', published: '2026-11-27' });
		expect(text).toMatch(/^---\ntitle: Hitzeschutz\npublished: 2026-11-27\n---\n\n## Ausgangslage\n/);
		expect(documentPath('lessons', 'Hitzeschutz im Rathaus – Ärger?')).toBe(
			'content/lessons/hitzeschutz-im-rathaus-aerger.md',
		);
	});
});

describe('repository links', () => {
	const github = { host: 'github' as const, url: 'https://github.com/verband/bibliothek/', branch: 'main' };
	const gitlab = { host: 'gitlab' as const, url: 'https://gitlab.opencode.de/verband/bibliothek', branch: 'main' };

	it('edit a file on GitHub and GitLab', () => {
		expect(editFileUrl(github, 'content/guides/x.md')).toBe(
			'https://github.com/verband/bibliothek/edit/main/content/guides/x.md',
		);
		expect(editFileUrl(gitlab, 'content/guides/x.md')).toBe(
			'https://gitlab.opencode.de/verband/bibliothek/-/edit/main/content/guides/x.md',
		);
	});

	it('pre-fill a new file: name and content on GitHub, only the name on GitLab', () => {
		expect(newFileUrl(github, 'content/lessons/a b.md', '---\ntitle: Ä\n---\n')).toBe(
			'https://github.com/verband/bibliothek/new/main?filename=content%2Flessons%2Fa%20b.md&value=---%0Atitle%3A%20%C3%84%0A---%0A',
		);
		expect(newFileUrl(gitlab, 'content/lessons/a.md', 'ignored')).toBe(
			'https://gitlab.opencode.de/verband/bibliothek/-/new/main/?file_name=content%2Flessons%2Fa.md',
		);
	});
});

describe('organization search', () => {
	const data = {
		topics: [],
		crises: [],
		measures: [],
		documents: [],
		organizations: [
			['ags:07312000', 'Kaiserslautern, Stadt'],
			['ags:07335', 'Kaiserslautern'],
			['staedtetag', 'Deutscher Städtetag (DST)'],
			['BY', 'Bayern'],
		] as [string, string][],
	};

	it('finds by name or key, names starting with the query first', () => {
		expect(findOrganizations(data, 'kaisers').map(([ref]) => ref)).toEqual(['ags:07335', 'ags:07312000']);
		expect(findOrganizations(data, '07312').map(([ref]) => ref)).toEqual(['ags:07312000']);
		expect(findOrganizations(data, 'städtetag').map(([ref]) => ref)).toEqual(['staedtetag']);
		expect(findOrganizations(data, ' ')).toEqual([]);
	});
});
