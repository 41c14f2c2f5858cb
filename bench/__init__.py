"""Benchmarks for borgertekst: ``python -m bench`` runs them and writes bench/RESULTS.md."""
