"""Runs every German feature file under features/ as pytest-bdd scenarios."""

from pytest_bdd import scenarios

scenarios(".")
