import * as migration_20261127_144512_initial from './20261127_144512_initial';

export const migrations = [
  {
    up: migration_20261127_144512_initial.up,
    down: migration_20261127_144512_initial.down,
    name: '20261127_144512_initial'
  },
];
