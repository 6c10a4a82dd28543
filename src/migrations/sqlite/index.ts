import * as migration_20261125_124006_initial from './20261125_124006_initial';

export const migrations = [
  {
    up: migration_20261125_124006_initial.up,
    down: migration_20261125_124006_initial.down,
    name: '20261125_124006_initial'
  },
];
