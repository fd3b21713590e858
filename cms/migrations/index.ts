import * as migration_20261126_103801 from './20261126_103801';

export const migrations = [
  {
    up: migration_20261126_103801.up,
    down: migration_20261126_103801.down,
    name: '20261126_103801'
  },
];
