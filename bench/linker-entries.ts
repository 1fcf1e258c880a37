/** The linker's gazetteer entries from the embedded cities500 and the countries, as the import maps them, for the linker benches. */
import { countryEntities } from '../src/gazetteer/countries.js';
import { EMBEDDED_CITIES } from '../src/gazetteer/default-set.js';
import type { Selection } from '../src/gazetteer/geonames.files.js';
import { selectedPlace } from '../src/gazetteer/geonames.mapping.js';
import { parseGeoname } from '../src/gazetteer/geonames.parse.js';
import { readLines } from '../src/gazetteer/lines.js';
import { toGazetteerEntry } from '../src/linking/linker-index.js';
import type { GazetteerEntry } from '../src/linking/linker.js';

export async function entriesOf(selection: Selection): Promise<GazetteerEntry[]> {
  const entries = countryEntities().map(toGazetteerEntry);
  for await (const line of readLines(EMBEDDED_CITIES)) {
    const record = parseGeoname(line);
    if (record && selection.keep(record))
      entries.push(toGazetteerEntry(selectedPlace(record, { areas: new Map(), admin1: new Map() }, selection)));
  }
  return entries;
}
