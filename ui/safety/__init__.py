"""Data safety in the GUI: start-up checks, backups, restore, retention and the audit log."""
