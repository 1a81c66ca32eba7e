"""Verifier mode: check what a learner shows, with no wallet (issue 14)."""
