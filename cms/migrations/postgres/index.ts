import * as migration_20261203_085131 from './20261203_085131';
import * as migration_20261203_124855 from './20261203_124855';
import * as migration_20261203_133226 from './20261203_133226';
import * as migration_20261204_190544 from './20261204_190544';
import * as migration_20261204_191314 from './20261204_191314';
import * as migration_20261204_192956 from './20261204_192956';
import * as migration_20261204_200947 from './20261204_200947';
import * as migration_20261207_215959 from './20261207_215959';

export const migrations = [
  {
    up: migration_20261203_085131.up,
    down: migration_20261203_085131.down,
    name: '20261203_085131',
  },
  {
    up: migration_20261203_124855.up,
    down: migration_20261203_124855.down,
    name: '20261203_124855',
  },
  {
    up: migration_20261203_133226.up,
    down: migration_20261203_133226.down,
    name: '20261203_133226',
  },
  {
    up: migration_20261204_190544.up,
    down: migration_20261204_190544.down,
    name: '20261204_190544',
  },
  {
    up: migration_20261204_191314.up,
    down: migration_20261204_191314.down,
    name: '20261204_191314',
  },
  {
    up: migration_20261204_192956.up,
    down: migration_20261204_192956.down,
    name: '20261204_192956',
  },
  {
    up: migration_20261204_200947.up,
    down: migration_20261204_200947.down,
    name: '20261204_200947',
  },
  {
    up: migration_20261207_215959.up,
    down: migration_20261207_215959.down,
    name: '20261207_215959'
  },
];
