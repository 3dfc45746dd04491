"""Exports: one module per format; each writes files from a Store and changes nothing."""
