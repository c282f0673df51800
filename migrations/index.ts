import * as migration_20261127_153055_initial from './20261127_153055_initial'

export const migrations = [
  {
    up: migration_20261127_153055_initial.up,
    down: migration_20261127_153055_initial.down,
    name: '20261127_153055_initial',
  },
]
