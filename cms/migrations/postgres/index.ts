import * as migration_20261203_085131 from './20261203_085131';
import * as migration_20261203_124855 from './20261203_124855';

export const migrations = [
  {
    up: migration_20261203_085131.up,
    down: migration_20261203_085131.down,
    name: '20261203_085131',
  },
  {
    up: migration_20261203_124855.up,
    down: migration_20261203_124855.down,
    name: '20261203_124855'
  },
];
