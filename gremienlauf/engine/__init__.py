"""The engine: judges the model. It imports neither readers' file handling, formats nor the CLI."""
