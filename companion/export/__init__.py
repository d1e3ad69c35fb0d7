"""Exports: session summaries, archives, backups and importers."""
