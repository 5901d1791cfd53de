"""An import-linter contract type for what the built-in ones cannot say: "these modules never
import one module of an external package" (``PySide6.QtWidgets``, not all of ``PySide6``).

import-linter sees an external package as one node (``PySide6``), so the built-in ``forbidden``
type cannot name ``PySide6.QtWidgets``. This type finds the modules whose import lines name it,
then forbids any chain of imports from the source modules to them, as ``forbidden`` does.
Registered in ``pyproject.toml`` (``[tool.importlinter] contract_types``).
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter.application import contract_utils, output
from importlinter.application.contract_utils import AlertLevel
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck
from importlinter.domain.helpers import module_expressions_to_modules


class ForbiddenExternalModule(Contract):
    """``source_modules`` (and their descendants) never import ``forbidden_module``
    (``package.module`` of an external package), directly or through other modules."""

    type_name = "forbidden_external_module"

    source_modules = fields.SetField(subfield=fields.ModuleExpressionField())
    forbidden_module = fields.StringField()
    ignore_imports = fields.SetField(subfield=fields.ImportExpressionField(), required=False)

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        warnings = contract_utils.remove_ignored_imports(
            graph=graph,
            ignore_imports=self.ignore_imports,  # type: ignore[arg-type]
            unmatched_alerting=AlertLevel.ERROR,
        )
        forbidden = str(self.forbidden_module)
        package, _, name = forbidden.partition(".")
        names_it = re.compile(rf"\b{re.escape(name)}\b")
        users = {
            module
            for module in graph.find_modules_that_directly_import(package)
            if any(
                names_it.search(detail["line_contents"])
                for detail in graph.get_import_details(importer=module, imported=package)
            )
        }
        sources: set[str] = set()
        for module in module_expressions_to_modules(graph, self.source_modules):  # type: ignore[arg-type]
            sources |= {module.name, *graph.find_descendants(module.name)}
        chains: list[list[str]] = []
        for source in sorted(sources):
            for user in sorted(users):
                chain = (source,) if user == source else graph.find_shortest_chain(source, user)
                if chain:
                    chains.append([*chain, forbidden])
        return ContractCheck(kept=not chains, warnings=warnings, metadata={"chains": chains})

    def render_broken_contract(self, check: ContractCheck) -> None:
        chains: list[list[str]] = check.metadata["chains"]
        for chain in chains:
            output.print_error(" -> ".join(chain), bold=False)
        output.new_line()
