"""Engine, sessions, pragmas, migrations, integrity checks and backups."""
