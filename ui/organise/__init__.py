"""Organising: tags, collections, notes and the Skills view."""
