"""The wallet as a whole: backups, the passphrase, the holder identity, settings."""
