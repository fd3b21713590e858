import * as migration_20261126_104850 from './20261126_104850';
import * as migration_20261126_114914 from './20261126_114914';
import * as migration_20261126_130124 from './20261126_130124';
import * as migration_20261126_133853 from './20261126_133853';
import * as migration_20261202_055731 from './20261202_055731';
import * as migration_20261202_072405 from './20261202_072405';
import * as migration_20261202_162653 from './20261202_162653';
import * as migration_20261203_124845 from './20261203_124845';
import * as migration_20261203_133214 from './20261203_133214';
import * as migration_20261204_190535 from './20261204_190535';
import * as migration_20261204_191307 from './20261204_191307';
import * as migration_20261204_192949 from './20261204_192949';
import * as migration_20261204_200938 from './20261204_200938';
import * as migration_20261207_215936 from './20261207_215936';

export const migrations = [
  {
    up: migration_20261126_104850.up,
    down: migration_20261126_104850.down,
    name: '20261126_104850',
  },
  {
    up: migration_20261126_114914.up,
    down: migration_20261126_114914.down,
    name: '20261126_114914',
  },
  {
    up: migration_20261126_130124.up,
    down: migration_20261126_130124.down,
    name: '20261126_130124',
  },
  {
    up: migration_20261126_133853.up,
    down: migration_20261126_133853.down,
    name: '20261126_133853',
  },
  {
    up: migration_20261202_055731.up,
    down: migration_20261202_055731.down,
    name: '20261202_055731',
  },
  {
    up: migration_20261202_072405.up,
    down: migration_20261202_072405.down,
    name: '20261202_072405',
  },
  {
    up: migration_20261202_162653.up,
    down: migration_20261202_162653.down,
    name: '20261202_162653',
  },
  {
    up: migration_20261203_124845.up,
    down: migration_20261203_124845.down,
    name: '20261203_124845',
  },
  {
    up: migration_20261203_133214.up,
    down: migration_20261203_133214.down,
    name: '20261203_133214',
  },
  {
    up: migration_20261204_190535.up,
    down: migration_20261204_190535.down,
    name: '20261204_190535',
  },
  {
    up: migration_20261204_191307.up,
    down: migration_20261204_191307.down,
    name: '20261204_191307',
  },
  {
    up: migration_20261204_192949.up,
    down: migration_20261204_192949.down,
    name: '20261204_192949',
  },
  {
    up: migration_20261204_200938.up,
    down: migration_20261204_200938.down,
    name: '20261204_200938',
  },
  {
    up: migration_20261207_215936.up,
    down: migration_20261207_215936.down,
    name: '20261207_215936'
  },
];
