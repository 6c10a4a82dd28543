import * as migration_20261125_125706_initial from './20261125_125706_initial';

export const migrations = [
  {
    up: migration_20261125_125706_initial.up,
    down: migration_20261125_125706_initial.down,
    name: '20261125_125706_initial'
  },
];
