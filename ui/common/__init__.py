"""Pieces every screen shares: the background-task helper, verdict labels, error reporting,
idle tracking, eliding, theme, latency probes, plurals and the drop/paste collector."""
