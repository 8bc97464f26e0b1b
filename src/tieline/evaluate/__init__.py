"""Scorers for the shared benchmarks."""
