"""Tools for developers, outside the shipped package: made-up diaries (:mod:`devtools.demo`)
for the tests, the benchmarks and the screenshots, and the screenshot renderers
(:mod:`devtools.screens`), and an import-linter contract type (:mod:`devtools.import_contracts`).
Nothing in ``desktop/crampwise`` imports this package."""
