"""Tools for developers, outside the shipped package: made-up diaries (:mod:`devtools.demo`)
for the tests, the benchmarks and the screenshots, and the screenshot renderers
(:mod:`devtools.screens`). Nothing in ``desktop/crampwise`` imports this package."""
