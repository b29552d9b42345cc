/**
 * Writes src/generated/world-map.json for the explore page's map: each country of Natural Earth's 1:110m
 * boundaries (the world-atlas package) as an SVG path in an Equal Earth projection, keyed by ISO 3166-1 alpha-2
 * (via i18n-iso-countries). Done at build time so that the extension ships paths, not a geodata toolkit.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REPO_ROOT } from '../src/node/readDataset';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
/** Shapes the atlas gives no ISO number. */
const BY_NAME: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

const WIDTH = 960;
const HEIGHT = 470;
const world = feature(topology, topology.objects.countries);
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], world);
const path = geoPath(projection).digits(1);

const shapes: { code: string; name: string; d: string }[] = [];
for (const f of world.features) {
  const code = (f.id !== undefined && countries.numericToAlpha2(String(f.id))) || BY_NAME[f.properties.name];
  const d = path(f);
  if (!code || !d || f.properties.name === 'Antarctica') continue;
  shapes.push({ code, name: f.properties.name, d });
}
const out = join(REPO_ROOT, 'src/generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'world-map.json'), JSON.stringify({ width: WIDTH, height: HEIGHT, shapes }));
console.log(`world map: ${shapes.length} shapes`);
