"""Helpers for the deploy tests: a real Prometheus started from Debian's binary, dashboard queries."""
