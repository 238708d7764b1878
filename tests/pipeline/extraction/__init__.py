"""Tests of the extraction package (no broker needed)."""
