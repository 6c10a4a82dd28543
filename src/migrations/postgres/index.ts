import * as migration_20261125_132151_initial from './20261125_132151_initial';

export const migrations = [
  {
    up: migration_20261125_132151_initial.up,
    down: migration_20261125_132151_initial.down,
    name: '20261125_132151_initial'
  },
];
