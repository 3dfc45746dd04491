"""Recoupe: a desktop reader and annotator for journalists who cross-check their sources."""

__version__ = "0.1.0"
