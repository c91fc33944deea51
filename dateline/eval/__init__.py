"""Scorers for the gold sets and the quality gate (see :mod:`dateline.eval.runner`)."""
