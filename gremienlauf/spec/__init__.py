"""The German step library of the feature files: building a Vorlage, checking it, asserting findings.

The same functions serve the project's own pytest-bdd suite and a municipality's features, so a
Rechtsamt writes scenarios with exactly the steps the bundled rules are specified with.
"""
