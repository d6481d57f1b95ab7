"""Readers turn input files into the model. They know nothing of rules."""
