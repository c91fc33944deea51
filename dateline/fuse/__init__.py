"""Fusion: mentions -> events within a report (:mod:`.within`), reports -> events (:mod:`.across`)."""
