/**
 * Rounds the outline of a map shape (an SVG path of straight lines) to a
 * given number of decimals, so that the map costs a fraction of the bytes of
 * its source. Every point is made absolute and rounded before the path is
 * written again in relative steps: rounding the relative steps themselves
 * would add up the errors along a border of hundreds of points, and the
 * Länder would no longer meet.
 */

/** The path commands a map outline has: moves, lines and closes (curves are refused). */
const COMMANDS = new Set(['M', 'm', 'L', 'l', 'H', 'h', 'V', 'v', 'Z', 'z']);
const TOKEN = /[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

type Point = [number, number];

/**
 * Reads a path of `M`, `L`, `H`, `V` and `Z` commands (absolute or relative)
 * into its subpaths of absolute points. Throws on any other command, since
 * rounding a curve's control points as if they were corners would draw
 * something else.
 *
 * @example
 * readPath('m 1,1 2,0 0,2 z') // [[[1, 1], [3, 1], [3, 3]]]
 */
export function readPath(d: string): Point[][] {
	const tokens = d.match(TOKEN) ?? [];
	const subpaths: Point[][] = [];
	let current: Point[] | undefined;
	let point: Point = [0, 0];
	let start: Point = [0, 0];
	let command = '';
	let i = 0;
	const number = () => {
		const token = tokens[i++];
		const value = Number(token);
		if (token === undefined || !Number.isFinite(value)) throw new Error(`Expected a number in the path at token ${i}`);
		return value;
	};
	while (i < tokens.length) {
		if (/[a-zA-Z]/.test(tokens[i]!)) {
			command = tokens[i++]!;
			if (!COMMANDS.has(command))
				throw new Error(`Unexpected path command \`${command}\`, expected one of ${[...COMMANDS].join(', ')}`);
			if (command === 'Z' || command === 'z') {
				point = start;
				current = undefined;
				continue;
			}
		} else if (command === '' || command === 'Z' || command === 'z') {
			throw new Error(`Unexpected number in the path at token ${i + 1}, expected a command`);
		}
		const relative = command === command.toLowerCase();
		const upper = command.toUpperCase();
		const x = upper === 'V' ? (relative ? 0 : point[0]) : number();
		const y = upper === 'H' ? (relative ? 0 : point[1]) : number();
		point = relative ? [point[0] + x, point[1] + y] : [x, y];
		if (upper === 'M' || !current) {
			subpaths.push((current = []));
			start = point;
			// Pairs after a move are lines (SVG 2, 9.3.3).
			if (upper === 'M') command = relative ? 'l' : 'L';
		}
		current.push(point);
	}
	return subpaths;
}

/**
 * The path `d` with every point rounded to `decimals` places, written as
 * relative steps. Points that rounding makes equal to the one before are
 * dropped; so is a subpath left with fewer than three points (an island
 * smaller than the rounding, which would draw nothing).
 *
 * @example
 * roundPath('m 1.4,1.4 2.2,0 0,2.2 z', 0) // 'm1 1 3 0 0 3z'
 */
export function roundPath(d: string, decimals: number): string {
	const factor = 10 ** decimals;
	const round = (value: number) => Math.round(value * factor) / factor;
	const format = (value: number) => (Object.is(value, -0) ? '0' : String(value));
	let out = '';
	let previous: Point = [0, 0];
	for (const subpath of readPath(d)) {
		const points: Point[] = [];
		for (const [x, y] of subpath) {
			const rounded: Point = [round(x), round(y)];
			const last = points.at(-1);
			if (!last || last[0] !== rounded[0] || last[1] !== rounded[1]) points.push(rounded);
		}
		const first = points[0];
		if (first && points.at(-1)![0] === first[0] && points.at(-1)![1] === first[1]) points.pop();
		if (points.length < 3) continue;
		const numbers: number[] = [];
		for (const [x, y] of points) {
			numbers.push(round(x - previous[0]), round(y - previous[1]));
			previous = [x, y];
		}
		// After `z` the current point is the subpath's first: the next move is relative to it.
		previous = points[0]!;
		out += `m${numbers.map(format).join(' ').replace(/ -/g, '-')}z`;
	}
	return out;
}
