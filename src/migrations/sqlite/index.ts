import * as migration_20261125_125701_initial from './20261125_125701_initial';

export const migrations = [
  {
    up: migration_20261125_125701_initial.up,
    down: migration_20261125_125701_initial.down,
    name: '20261125_125701_initial'
  },
];
